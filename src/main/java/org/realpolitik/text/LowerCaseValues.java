package org.realpolitik.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enums written in lower case in data and APIs ({@code asserted}, {@code armed_group}): parsing and listing. */
public final class LowerCaseValues {

	private LowerCaseValues() {
	}

	public static String value(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** The constant written as {@code text}, ignoring case and surrounding space. */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		String wanted = text == null ? "" : text.strip();
		return Arrays.stream(type.getEnumConstants()).filter(c -> value(c).equalsIgnoreCase(wanted)).findFirst();
	}

	public static <E extends Enum<E>> List<String> values(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(LowerCaseValues::value).toList();
	}

}
