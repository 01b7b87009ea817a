package org.realpolitik.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How firmly the source states a claim. Only facts, and flagged allegations, make an edge exist. */
public enum Modality {

	FACT, ALLEGED, INTENDED, HYPOTHETICAL;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Modality> parse(String value) {
		return Arrays.stream(values()).filter(m -> m.value().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
	}

	public static List<String> valueNames() {
		return Arrays.stream(values()).map(Modality::value).toList();
	}

}
