package org.realpolitik.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a claim says the relationship holds, does not hold, or stopped holding. */
public enum Polarity {

	/** it happened or holds */
	ASSERTED,
	/** the source says it did not or does not hold */
	NEGATED,
	/** it stopped; the claim's {@code until} is the date it ended */
	ENDED;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Polarity> parse(String value) {
		return Arrays.stream(values()).filter(p -> p.value().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
	}

	public static List<String> valueNames() {
		return Arrays.stream(values()).map(Polarity::value).toList();
	}

}
