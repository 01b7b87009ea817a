package org.realpolitik.ingest.gdelt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorInput;

/**
 * Which of our actors one side of a GDELT event is, from its CAMEO fields, or why it is none. In order:
 * <ol>
 * <li>no actor code: none (a one-sided event);</li>
 * <li>a known-group code: the group of {@code known-groups.tsv} ({@code AFGINSTAL} is the Taliban, not
 * Afghanistan), or none when the group is not listed;</li>
 * <li>a country code of one of our actors ({@code cameo} property), and either no role (a bare country code,
 * {@code AFG}) or only roles that are organs of the state ({@code GOV, MIL, SPY, JUD, LEG, COP}): the state;</li>
 * <li>rebels, insurgents, unaligned armed forces or separatists without a known group: none (we cannot tell
 * which group);</li>
 * <li>any other role ({@code BUS, CVL, MED, OPP, ...}), or an ethnic or religious qualifier: none, they are people
 * of the country, not the state.</li>
 * </ol>
 * A side skipped because its country is not in the gazetteer also says what the setup is missing
 * ({@link Resolution#missing()}): a gazetteer at all when no actor has a CAMEO code, else the gazetteer's actors for
 * those countries.
 */
final class ActorResolver {

	/** What is missing when no actor has a CAMEO code: a store whose seeds were not imported. */
	static final String NO_GAZETTEER = "a gazetteer: no actor has a CAMEO code, so no country resolves "
			+ "(import one: import curated seeds/actors.yaml)";

	/** What is missing when the gazetteer has CAMEO codes, but not the countries of the events. */
	static final String NO_COUNTRIES = "gazetteer actors with the events' CAMEO country codes";

	/** Roles that act for the state: government, military, intelligence, judiciary, legislature, police. */
	static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "SPY", "JUD", "LEG", "COP");

	/** Armed non-state roles: which actor they are depends on a known group. */
	static final Set<String> ARMED_NON_STATE = Set.of("REB", "INS", "UAF", "SEP");

	/** Sector prefixes of a group's own code ({@code IGOUNO}, {@code NGOHRIAMN}, {@code IMGMUSALQ}). */
	private static final List<String> SECTORS = List.of("IGO", "NGO", "IMG", "NGM", "MNC");

	/**
	 * The outcome for one side.
	 *
	 * @param actor  the actor id, or null
	 * @param skip   why there is none, a reason counted in the report
	 * @param itself  whether the code denotes the actor itself (a bare country or group code), so the name GDELT
	 *                gives is a name of the actor and may become an alias
	 * @param missing when there is none for want of something the setup provides, what that is
	 *                ({@link #NO_GAZETTEER}, {@link #NO_COUNTRIES}); else null
	 */
	record Resolution(String actor, String skip, boolean itself, String missing) {

		Resolution(String actor, String skip, boolean itself) {
			this(actor, skip, itself, null);
		}

		static Resolution none(String reason) {
			return new Resolution(null, reason, false);
		}

	}

	private final Map<String, String> byCameo = new HashMap<>();

	private final Map<String, ActorInput> groups;

	private final Map<String, Resolution> cache = new HashMap<>();

	/** @param actors every actor the database has (their {@code cameo} codes); @param groups known-group codes */
	ActorResolver(List<ActorInput> actors, Map<String, ActorInput> groups) {
		for (ActorInput actor : actors) {
			if (actor.cameo() != null && !actor.cameo().isBlank()) {
				this.byCameo.putIfAbsent(actor.cameo(), actor.id());
			}
		}
		this.groups = groups;
	}

	/** The group actors of known-group codes (to create those the database does not have). */
	Map<String, ActorInput> groups() {
		return this.groups;
	}

	Resolution resolve(ActorFields a) {
		String cacheKey = a.code() + '\u001f' + a.country() + '\u001f' + a.group() + '\u001f' + a.type1() + '\u001f'
				+ a.type2() + '\u001f' + a.type3();
		Resolution known = this.cache.get(cacheKey);
		if (known == null) {
			known = compute(a);
			this.cache.put(cacheKey, known);
		}
		return known;
	}

	private Resolution compute(ActorFields a) {
		if (a.code().isEmpty()) {
			return Resolution.none("no actor code (one-sided event)");
		}
		if (!a.group().isEmpty()) {
			ActorInput group = this.groups.get(a.group());
			if (group == null) {
				return Resolution.none("known group " + a.group() + " not mapped");
			}
			return new Resolution(group.id(), null, groupItself(a));
		}
		String exact = this.byCameo.get(a.code());
		if (exact != null && a.code().length() > 3) {
			return new Resolution(exact, null, true);
		}
		if (a.country().isEmpty()) {
			String role = firstRole(a);
			return Resolution.none(role == null ? "actor without country or known group"
					: "role " + role + " without country or known group");
		}
		String state = this.byCameo.get(a.country());
		if (state == null) {
			return new Resolution(null, "country " + a.country() + " not in the gazetteer", false,
					this.byCameo.isEmpty() ? NO_GAZETTEER : NO_COUNTRIES);
		}
		String role = firstRole(a);
		if (role == null) {
			return a.code().equals(a.country()) ? new Resolution(state, null, true)
					: Resolution.none("ethnic or religious group, not the state");
		}
		for (String r : new String[] { a.type1(), a.type2(), a.type3() }) {
			if (ARMED_NON_STATE.contains(r)) {
				return Resolution.none("role " + r + " without known group");
			}
		}
		for (String r : new String[] { a.type1(), a.type2(), a.type3() }) {
			if (!r.isEmpty() && !STATE_ORGANS.contains(r)) {
				return Resolution.none("role " + r + " is not the state");
			}
		}
		return new Resolution(state, null, false);
	}

	private static String firstRole(ActorFields a) {
		return !a.type1().isEmpty() ? a.type1() : !a.type2().isEmpty() ? a.type2() : a.type3().isEmpty() ? null : a.type3();
	}

	/** {@code TAL}, {@code IGOUNO}, {@code IGOEUREEC}: the code is the group's own, not one of its members'. */
	private static boolean groupItself(ActorFields a) {
		String code = a.code();
		if (!code.endsWith(a.group())) {
			return false;
		}
		String rest = code.substring(0, code.length() - a.group().length());
		for (String sector : SECTORS) {
			if (rest.startsWith(sector)) {
				rest = rest.substring(sector.length());
				break;
			}
		}
		return rest.isEmpty() || rest.equals(a.country());
	}

}
