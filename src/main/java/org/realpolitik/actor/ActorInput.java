package org.realpolitik.actor;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.realpolitik.claim.PartialDate;

/**
 * An actor as an importer hands it over. Aliases are added to those the actor already has.
 *
 * @param wikidataId   the Wikidata item, only where it is known for certain
 * @param cameo        the CAMEO actor code, for matching event data
 * @param existedFrom  the day (or month, or year) the actor came into being, where it matters: a state founded or a
 *                     government installed; null when unknown or long ago
 * @param existedUntil the day it ceased to exist (the Soviet Union on 1991-12-26 is gone); null while it exists
 */
public record ActorInput(String id, String name, ActorKind kind, List<String> aliases, String wikidataId,
		String cameo, PartialDate existedFrom, PartialDate existedUntil) {

	/** An actor without a known lifetime. */
	public ActorInput(String id, String name, ActorKind kind, List<String> aliases, String wikidataId, String cameo) {
		this(id, name, kind, aliases, wikidataId, cameo, null, null);
	}

	/** Lower-case ASCII letters, digits and single hyphens: {@code united-states}, {@code iskp}. */
	public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	public static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

	/** A CAMEO actor code: three upper-case letters per part ({@code RUS}, {@code AFGINSTAL}). */
	public static final Pattern CAMEO = Pattern.compile("(?:[A-Z0-9]{3})+");

	public ActorInput {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		if (existedFrom != null && existedUntil != null && existedUntil.last().isBefore(existedFrom.first())) {
			throw new IllegalArgumentException("actor " + id + " ceased to exist (" + existedUntil
					+ ") before it came into being (" + existedFrom + ")");
		}
	}

}
