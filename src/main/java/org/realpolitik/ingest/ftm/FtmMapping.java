package org.realpolitik.ingest.ftm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;

/**
 * What one FtM entity says, in the project's vocabulary (docs/ftm.md): an actor for Person, Organization, Company,
 * LegalEntity and PublicBody; SANCTIONED claims for a Sanction and for an entity with topic {@code sanction} in a
 * sanctions dataset; MEMBER_OF claims for Membership, Directorship, Employment and Representation. Claims name the
 * entities they are about by FtM id; the importer resolves those to actors. Pure: no database.
 */
final class FtmMapping {

	static final String SOURCE = "ftm";

	static final double SANCTION_CONFIDENCE = 0.95;

	static final double MEMBERSHIP_CONFIDENCE = 0.9;

	/** Lower than a Sanction entity's: the listing's date, programme and reason are not in the entity. */
	static final double TOPIC_CONFIDENCE = 0.7;

	static final Set<String> ACTOR_SCHEMATA = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody");

	/** Relationship schemata that become MEMBER_OF: schema → the properties naming the member and the organisation. */
	static final Map<String, List<String>> MEMBERSHIPS = Map.of("Membership", List.of("member", "organization"),
			"Directorship", List.of("director", "organization"), "Employment", List.of("employee", "employer"),
			"Representation", List.of("agent", "client"));

	private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

	/** An actor an entity claims about: one already known by actor id, or an FtM entity to resolve. */
	record Ref(String actorId, String ftmId) {

		static Ref actor(String id) {
			return new Ref(id, null);
		}

		static Ref entity(String ftmId) {
			return new Ref(null, ftmId);
		}

	}

	/**
	 * A claim before its FtM references are resolved to actors. Modality is always {@code fact}. A record has no
	 * sentence to quote: its evidence is the role (memberships) and the details (a sanction's programme, authority,
	 * reason and entity id; the datasets of a topic).
	 */
	record ClaimDraft(Ref subject, RelationshipType type, Ref object, Polarity polarity, PartialDate from,
			PartialDate until, String role, Map<String, String> details, String method, double confidence,
			String source) {
	}

	/** An actor an entity describes, before it is matched to the graph. */
	record ActorDraft(String ftmId, List<String> referents, String name, List<String> aliases, ActorKind kind,
			String wikidataId, List<String> countries) {

		/** The entity's id first, then its referents. */
		List<String> ids() {
			List<String> ids = new ArrayList<>();
			ids.add(this.ftmId);
			this.referents.stream().filter(r -> !r.equals(this.ftmId)).forEach(ids::add);
			return ids;
		}

	}

	/**
	 * What an entity says: the actor it is (or null), its claims, and why it makes nothing when it makes nothing.
	 *
	 * @param skip   the counted reason when the entity is not mapped at all, else null
	 * @param notes  counted reasons for parts of the entity that were left out (a date that is not a date, ...)
	 */
	record Mapped(FtmEntity entity, ActorDraft actor, List<ClaimDraft> claims, String skip, List<String> notes) {

		String title() {
			if (this.entity.caption() != null) {
				return this.entity.caption();
			}
			return this.actor != null ? this.actor.name() : this.entity.schema() + " " + this.entity.id();
		}

		String url() {
			return this.entity.first("sourceUrl");
		}

		LocalDate observedAt() {
			String seen = this.entity.lastSeen();
			if (seen == null || seen.length() < 10) {
				return null;
			}
			try {
				return LocalDate.parse(seen.substring(0, 10));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}

	}

	private final Authorities authorities;

	private final Function<String, String> actorByCameo;

	private final LocalDate today;

	/**
	 * @param actorByCameo the graph's state of a CAMEO code, or null; for the Sanction {@code country} fallback
	 * @param today        a Sanction whose endDate is before this day has ended
	 */
	FtmMapping(Authorities authorities, Function<String, String> actorByCameo, LocalDate today) {
		this.authorities = authorities;
		this.actorByCameo = actorByCameo;
		this.today = today;
	}

	Mapped map(FtmEntity entity) {
		String schema = entity.schema();
		List<String> notes = new ArrayList<>();
		if ("Sanction".equals(schema)) {
			return sanction(entity, notes);
		}
		if (MEMBERSHIPS.containsKey(schema)) {
			return membership(entity, MEMBERSHIPS.get(schema), notes);
		}
		if (ACTOR_SCHEMATA.contains(schema)) {
			return actor(entity, notes);
		}
		return new Mapped(entity, null, List.of(), "schema " + schema + " not mapped", notes);
	}

	private Mapped sanction(FtmEntity entity, List<String> notes) {
		List<String> targets = entity.values("entity");
		if (targets.isEmpty()) {
			return new Mapped(entity, null, List.of(), "Sanction without an entity", notes);
		}
		Set<String> by = new LinkedHashSet<>();
		for (String authority : entity.values("authority")) {
			this.authorities.byAuthority(authority).ifPresent(by::add);
		}
		if (by.isEmpty()) {
			for (String country : entity.values("country")) {
				Authorities.byCountry(country, this.actorByCameo).ifPresent(by::add);
			}
		}
		if (by.isEmpty()) {
			return new Mapped(entity, null, List.of(), "Sanction with no authority we can resolve", notes);
		}
		PartialDate from = date(entity, notes, "startDate", "listingDate");
		PartialDate until = date(entity, notes, "endDate");
		Polarity polarity = until != null && until.last().isBefore(this.today) ? Polarity.ENDED : Polarity.ASSERTED;
		Map<String, String> details = sanctionDetails(entity);
		String source = entity.firstOf("sourceUrl", "programUrl");
		List<ClaimDraft> claims = new ArrayList<>();
		for (String authority : by) {
			for (String target : targets) {
				claims.add(new ClaimDraft(Ref.actor(authority), RelationshipType.SANCTIONED, Ref.entity(target),
						polarity, from, until, null, details, "ftm:Sanction", SANCTION_CONFIDENCE, source));
			}
		}
		return new Mapped(entity, null, claims, null, notes);
	}

	/** The evidence a Sanction gives: programme, its id, authority, reason, and the Sanction entity's id. */
	static Map<String, String> sanctionDetails(FtmEntity entity) {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		details.put("program", String.join("; ", entity.values("program")));
		details.put("programId", String.join("; ", entity.values("programId")));
		details.put("authority", String.join("; ", entity.values("authority")));
		details.put("reason", String.join(" ", entity.values("reason")));
		details.put("sanction", entity.id());
		details.values().removeIf(String::isEmpty);
		return details;
	}

	private Mapped membership(FtmEntity entity, List<String> roles, List<String> notes) {
		String member = entity.first(roles.get(0));
		String organisation = entity.first(roles.get(1));
		if (member == null || organisation == null) {
			return new Mapped(entity, null, List.of(),
					entity.schema() + " without " + (member == null ? roles.get(0) : roles.get(1)), notes);
		}
		PartialDate from = date(entity, notes, "startDate");
		PartialDate until = date(entity, notes, "endDate");
		List<String> role = entity.values("role");
		ClaimDraft claim = new ClaimDraft(Ref.entity(member), RelationshipType.MEMBER_OF, Ref.entity(organisation),
				Polarity.ASSERTED, from, until, role.isEmpty() ? null : String.join("; ", role),
				Map.of(entity.schema().toLowerCase(Locale.ROOT), entity.id()), "ftm:" + entity.schema(),
				MEMBERSHIP_CONFIDENCE, entity.first("sourceUrl"));
		return new Mapped(entity, null, List.of(claim), null, notes);
	}

	private Mapped actor(FtmEntity entity, List<String> notes) {
		Set<String> names = new LinkedHashSet<>();
		if (entity.caption() != null) {
			names.add(entity.caption());
		}
		names.addAll(entity.values("name"));
		if (names.isEmpty()) {
			return new Mapped(entity, null, List.of(), entity.schema() + " without a name", notes);
		}
		List<String> all = new ArrayList<>(names);
		String name = all.get(0);
		Set<String> aliases = new LinkedHashSet<>(all.subList(1, all.size()));
		aliases.addAll(entity.values("alias"));
		aliases.addAll(entity.values("previousName"));
		aliases.remove(name);
		Set<String> countries = new TreeSet<>();
		for (String country : entity.values("country")) {
			countries.add(country.toLowerCase(Locale.ROOT));
		}
		for (String country : entity.values("nationality")) {
			countries.add(country.toLowerCase(Locale.ROOT));
		}
		ActorDraft actor = new ActorDraft(entity.id(), entity.referents(), name, List.copyOf(aliases), kind(entity),
				wikidata(entity), List.copyOf(countries));
		List<ClaimDraft> claims = new ArrayList<>();
		if (entity.hasTopic("sanction")) {
			Map<String, Set<String>> datasetsBy = new java.util.TreeMap<>();
			for (String dataset : entity.datasets()) {
				this.authorities.byDataset(dataset)
					.ifPresent(id -> datasetsBy.computeIfAbsent(id, k -> new TreeSet<>()).add(dataset));
			}
			if (datasetsBy.isEmpty()) {
				notes.add("topic sanction in no dataset we know the authority of");
			}
			datasetsBy.forEach((authority, datasets) -> claims.add(new ClaimDraft(Ref.actor(authority),
					RelationshipType.SANCTIONED, Ref.entity(entity.id()), Polarity.ASSERTED, null, null, null,
					Map.of("topic", "sanction", "datasets", String.join(", ", datasets)), "ftm:topic:sanction",
					TOPIC_CONFIDENCE, entity.first("sourceUrl"))));
		}
		return new Mapped(entity, actor, claims, null, notes);
	}

	/**
	 * Person is a person, PublicBody an agency; an Organization or LegalEntity with topic {@code crime.terror} an
	 * armed group; every other organisation an organisation. Other topics ({@code sanction}, {@code role.pep}) do not
	 * change the kind.
	 */
	static ActorKind kind(FtmEntity entity) {
		return switch (entity.schema()) {
			case "Person" -> ActorKind.PERSON;
			case "PublicBody" -> ActorKind.AGENCY;
			case "Organization", "LegalEntity" ->
				entity.hasTopic("crime.terror") ? ActorKind.ARMED_GROUP : ActorKind.ORGANISATION;
			default -> ActorKind.ORGANISATION;
		};
	}

	/** The {@code wikidataId} property, else the entity id when it is a QID (OpenSanctions keys some entities so). */
	static String wikidata(FtmEntity entity) {
		for (String value : entity.values("wikidataId")) {
			if (ActorInput.WIKIDATA.matcher(value).matches()) {
				return value;
			}
		}
		return ActorInput.WIKIDATA.matcher(entity.id()).matches() ? entity.id() : null;
	}

	/** The first value of the first property that is a date (FtM dates may carry a time, which is dropped). */
	private static PartialDate date(FtmEntity entity, List<String> notes, String... properties) {
		for (String property : properties) {
			for (String value : entity.values(property)) {
				String text = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
				if (DATE.matcher(text).matches()) {
					try {
						return PartialDate.parse(text);
					}
					catch (IllegalArgumentException ex) {
						// fall through to the note
					}
				}
				notes.add(entity.schema() + " " + property + " that is not a date");
			}
		}
		return null;
	}

}
