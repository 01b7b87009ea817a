package org.realpolitik.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;

/**
 * Parsing of query parameters, shared by all endpoints so that every bad value gets the same kind of answer: a 400
 * that names the parameter, what was wrong and what is allowed.
 */
public final class Params {

	private Params() {
	}

	/** The forms of a date parameter, for the API description: a year, a month or a day. */
	public static final String DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

	/**
	 * The most any page may skip. Larger offsets are read as this one: a page past the end is empty, and no query or
	 * list is ever sized by what a caller asks to skip.
	 */
	public static final int MAX_OFFSET = 1_000_000;

	/** One of {@code type}'s constants by name, case-insensitive; {@code defaultValue} when blank. */
	public static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E defaultValue) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return ParameterConversions.enumValue(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw ParameterConversions.unreadable(name, value, type, 0, 0, ex);
		}
	}

	/** Comma-separated relationship types; all types when blank. */
	public static List<RelationshipType> types(String name, String value) {
		if (value == null || value.isBlank()) {
			return List.of(RelationshipType.values());
		}
		Set<RelationshipType> types = new LinkedHashSet<>();
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				types.add(RelationshipType.parse(part)
					.orElseThrow(() -> ParameterConversions.unreadable(name, part, RelationshipType.class, 0, 0, null)));
			}
		}
		if (types.isEmpty()) {
			throw new InvalidParameterException(name, "parameter '" + name + "' names no relationship type",
					RelationshipType.names());
		}
		return new ArrayList<>(types);
	}

	/**
	 * Relationship types converted by the web layer, without repeats; all types when none is given. A list of empty
	 * parts only ("types=,") names none, which is an error, as it is for {@link #types(String, String)}.
	 */
	public static List<RelationshipType> types(String name, List<RelationshipType> given) {
		if (given == null || given.isEmpty()) {
			return List.of(RelationshipType.values());
		}
		List<RelationshipType> types = given.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (types.isEmpty()) {
			throw new InvalidParameterException(name, "parameter '" + name + "' names no relationship type",
					RelationshipType.names());
		}
		return types;
	}

	/** A page offset already checked to be 0 or more: anything past {@link #MAX_OFFSET} is the (empty) page there. */
	public static int offset(int value) {
		return Math.min(value, MAX_OFFSET);
	}

	/**
	 * A date ({@code 2025-07-03}; a month or a year stand for their first day), or null when blank.
	 */
	public static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parse(value).first();
		}
		catch (IllegalArgumentException ex) {
			throw ParameterConversions.unreadable(name, value, PartialDate.class, 0, 0, ex);
		}
	}

	/** An actor id in its canonical form, or null when blank and optional. */
	public static String actorId(String name, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new InvalidParameterException(name, "parameter '" + name + "' is required (an actor id such as 'russia')",
						List.of());
			}
			return null;
		}
		String id = value.strip();
		if (!ActorInput.ID.matcher(id).matches()) {
			throw new InvalidParameterException(name, "parameter '" + name + "' is not an actor id: '" + id
					+ "'; ids are lower-case letters, digits and hyphens (find one with GET /api/actors?q=)",
					List.of());
		}
		return id;
	}

	public static String required(String name, String value, String hint) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameterException(name, "parameter '" + name + "' is required: " + hint, List.of());
		}
		return value.strip();
	}

}
