package org.realpolitik.claim;

import java.util.List;
import java.util.Optional;

import org.realpolitik.text.LowerCaseValues;

/** How firmly the source states a claim. Only facts, and flagged allegations, make an edge exist. */
public enum Modality {

	FACT, ALLEGED, INTENDED, HYPOTHETICAL;

	public String value() {
		return LowerCaseValues.value(this);
	}

	public static Optional<Modality> parse(String value) {
		return LowerCaseValues.parse(Modality.class, value);
	}

	public static List<String> valueNames() {
		return LowerCaseValues.values(Modality.class);
	}

}
