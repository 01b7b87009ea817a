package org.realpolitik.params;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.text.LowerCaseValues;

/**
 * Typed query parameters: how a parameter's text becomes an enum constant (any case, "armed-group" as
 * "ARMED_GROUP") or a {@link PartialDate}, and the one wording of what is wrong when the text does not convert or a
 * value is out of its range, so every endpoint answers a bad parameter alike: the parameter, what was wrong, what is
 * allowed (as {@link Params} does for the command line). The web layer registers these with Spring.
 */
public final class ParameterConversions {

	private ParameterConversions() {
	}

	/** The constant of {@code type} that {@code text} names, in any case, hyphens and spaces as underscores. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <E extends Enum<?>> E enumValue(Class<E> type, String text) {
		String wanted = text.strip();
		return wanted.isEmpty() ? null
				: (E) Enum.valueOf((Class) type, wanted.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
	}

	/** Readers of the parameter types that are not enums: dates of year, month or day precision. */
	public static Map<Class<?>, Function<String, Object>> valueReaders() {
		return Map.of(PartialDate.class, text -> text.isBlank() ? null : PartialDate.parse(text.strip()));
	}

	/**
	 * What to tell the caller about {@code value} of {@code name} that could not be read as {@code type} (for a list,
	 * its element type): an integer (in {@code min..max}), a boolean, a relationship type, an actor kind, another enum
	 * or a date.
	 */
	public static InvalidParameterException unreadable(String name, Object value, Class<?> type, long min, long max,
			Throwable cause) {
		String text = String.valueOf(value);
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return outOfRange(name, text, min, max);
		}
		if (type == Boolean.class || type == boolean.class) {
			return new InvalidParameterException(name, "parameter '" + name + "' must be true or false, was '" + text + "'",
					List.of("true", "false"));
		}
		if (type == RelationshipType.class) {
			return new InvalidParameterException(name,
					"parameter '" + name + "' has unknown relationship type '" + badElement(text) + "'",
					RelationshipType.names());
		}
		if (type == ActorKind.class) {
			return new InvalidParameterException(name,
					"parameter '" + name + "' has unknown actor kind '" + text.strip() + "'", ActorKind.valueNames());
		}
		if (type.isEnum()) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			List<String> allowed = LowerCaseValues.values((Class) type);
			return new InvalidParameterException(name,
					"parameter '" + name + "' must be one of " + String.join(", ", allowed) + ", was '" + text + "'",
					allowed);
		}
		if (type == PartialDate.class) {
			Throwable root = cause;
			while (root != null && root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return new InvalidParameterException(name, "parameter '" + name + "': "
					+ (root != null && root.getMessage() != null ? root.getMessage() : "not a date: '" + text + "'"),
					List.of("YYYY", "YYYY-MM", "YYYY-MM-DD"));
		}
		return new InvalidParameterException(name, "parameter '" + name + "' cannot be read: '" + text + "'", List.of());
	}

	/** A number outside {@code min..max}, or no number. */
	public static InvalidParameterException outOfRange(String name, String value, long min, long max) {
		return new InvalidParameterException(name,
				"parameter '" + name + "' must be an integer from " + min + " to " + max + ", was '" + value + "'",
				List.of(min + ".." + max));
	}

	/** The first comma-separated part of a list that names no relationship type. */
	private static String badElement(String text) {
		String list = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		for (String part : list.split(",")) {
			if (!part.isBlank() && RelationshipType.parse(part).isEmpty()) {
				return part.strip();
			}
		}
		return text.strip();
	}

}
