package org.realpolitik.claim;

import java.util.List;
import java.util.Optional;

import org.realpolitik.text.LowerCaseValues;

/** Whether a claim says the relationship holds, does not hold, or stopped holding. */
public enum Polarity {

	/** it happened or holds */
	ASSERTED,
	/** the source says it did not or does not hold */
	NEGATED,
	/** it stopped; the claim's {@code until} is the date it ended */
	ENDED;

	public String value() {
		return LowerCaseValues.value(this);
	}

	public static Optional<Polarity> parse(String value) {
		return LowerCaseValues.parse(Polarity.class, value);
	}

	public static List<String> valueNames() {
		return LowerCaseValues.values(Polarity.class);
	}

}
