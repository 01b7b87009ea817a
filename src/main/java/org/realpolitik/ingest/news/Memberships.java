package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Who acts for whom in a sentence (MEMBER_OF): people named with a noun of office and the actor they serve ("Russia's
 * special envoy, Zamir Kabulov", "Hezbollah official X"), people who lead or were elected to something, titled people
 * by the office the dictionary gives them, and bodies named as another's organ ("Argentina's Secretariat of
 * Intelligence"). A former office ends the membership. What bodies and verbs say of a body's members (joining,
 * leaving, lists of members) is read by {@link BodyMemberships}.
 */
final class Memberships {

	/** A modifier that names a backer or a leader, not an owner: "Cuban-sponsored", "Iran-backed", "Saudi-led". */
	static final java.util.regex.Pattern BACKER_MODIFIER = java.util.regex.Pattern
		.compile("-(sponsored|backed|funded|financed|supported|armed|trained|led|allied|aligned|friendly)$",
				java.util.regex.Pattern.CASE_INSENSITIVE);


	/** Resolves a token to the actors it names, as the sentence's other rules do. */
	interface Resolver {

		void resolve(Sentence s, IndexedWord token, Set<Entry> into);

	}

	private static final Set<String> LEAD_VERBS = Set.of("lead", "head", "command", "found", "run", "chair");

	/** Nouns that make a group part of another: "a faction of al-Qaeda", "an offshoot of ISIS". */
	private static final Set<String> BRANCH_NOUNS = Set.of("faction", "branch", "affiliate", "wing", "offshoot",
			"division", "province", "subsidiary", "arm", "unit", "chapter", "splinter", "franchise", "member", "part");

	/**
	 * "Jabhat al-Nusra is a faction of al-Qaeda", "ISWAP, an offshoot of ISIS": a group that the sentence calls a
	 * branch of another, by a copula or an apposition, belongs to it.
	 */
	private List<Found> branchOf(Sentence s, IndexedWord name, Entry group) {
		SemanticGraph g = s.graph();
		List<IndexedWord> predicates = new ArrayList<>(children(g, name, "appos"));
		// "Hayat Tahrir al-Sham, formerly an al-Qaeda affiliate, ...": a noun phrase the parser hangs as a clause
		children(g, name, "acl:relcl").stream().filter(p -> p.tag().startsWith("NN")).forEach(predicates::add);
		predicates.addAll(predicatesOf(g, name));
		List<Found> found = new ArrayList<>();
		for (IndexedWord predicate : predicates) {
			// "a member state of the SCO", "a member country of ASEAN"
			boolean memberOf = children(g, predicate, "compound").stream().anyMatch(c -> c.lemma().equalsIgnoreCase("member"));
			if (!BRANCH_NOUNS.contains(predicate.lemma().toLowerCase(Locale.ROOT)) && !memberOf) {
				continue;
			}
			Set<Entry> parents = new LinkedHashSet<>();
			// "a faction of al-Qaeda", "al-Qaeda's Sahel branch", "an al-Qaeda affiliate"
			for (IndexedWord of : children(g, predicate, "nmod:of", "nmod:poss", "compound")) {
				this.resolver.resolve(s, of, parents);
			}
			Polarity polarity = former(g, predicate) ? Polarity.ENDED : Polarity.ASSERTED;
			PartialDate[] dates = dated(s, predicate);
			for (Entry whole : parents) {
				if (whole != group && whole.kind() != ActorKind.PERSON) {
					found.add(new Found(group, RelationshipType.MEMBER_OF, whole, polarity, Modality.FACT, dates[0],
							dates[1], "member:branch", 0.6));
				}
			}
		}
		return found;
	}

	/** Verbs that give their subject the role their complement names: "became a member of NATO", "served as envoy". */
	private static final Set<String> ROLE_VERBS = Set.of("become", "serve", "remain", "succeed", "replace", "act");

	/**
	 * The nouns a sentence says its actor is, by a copula ("X is the leader of Y", "X, who is a member of Y") or a verb
	 * of becoming ("X became a member of Y", "X served as Y's envoy", "X succeeded Z as head of Y").
	 */
	private static List<IndexedWord> predicatesOf(SemanticGraph g, IndexedWord actor) {
		List<IndexedWord> predicates = new ArrayList<>();
		for (edu.stanford.nlp.semgraph.SemanticGraphEdge edge : g.incomingEdgeList(actor)) {
			if (!edge.getRelation().toString().equals("nsubj")) {
				continue;
			}
			IndexedWord governor = edge.getGovernor();
			if (!children(g, governor, "cop").isEmpty() && governor.tag().startsWith("NN")) {
				predicates.add(governor);
			}
			else if (ROLE_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
				children(g, governor, "xcomp", "obl:as").stream().filter(p -> p.tag().startsWith("NN"))
					.forEach(predicates::add);
			}
		}
		return predicates;
	}

	/** "a former member", "formerly an affiliate", "the then-commander": a role held once. */
	private static boolean former(SemanticGraph g, IndexedWord role) {
		for (IndexedWord modifier : children(g, role, "amod", "advmod")) {
			String m = modifier.lemma().toLowerCase(Locale.ROOT);
			if (m.equals("former") || m.equals("formerly") || m.equals("ex") || m.equals("then")
					|| m.equals("once")) {
				return true;
			}
		}
		return false;
	}

	/** The dates of the verb a role hangs on ("became a member of NATO in 2023"), none for a bare noun. */
	private static PartialDate[] dated(Sentence s, IndexedWord role) {
		IndexedWord governor = s.graph().getParent(role);
		String relation = governor == null ? "" : s.graph().getEdge(governor, role).getRelation().toString();
		if (governor != null && governor.tag().startsWith("VB") && (relation.equals("xcomp") || relation.equals("obl:as"))) {
			return ClaimDates.dates(s, governor);
		}
		return new PartialDate[2];
	}

	private final Lexicon lexicon;

	private final Resolver resolver;

	private final BodyMemberships bodies;

	Memberships(Lexicon lexicon, Resolver resolver) {
		this.lexicon = lexicon;
		this.resolver = resolver;
		this.bodies = new BodyMemberships(resolver);
	}

	/** Words that name a body as an organ of another: a ministry, an office, a service, an army, a court. */
	private static final Pattern ORGAN_NAME = Pattern.compile("(?i)\\b(ministry|department|office|secretariat|service|"
			+ "agency|directorate|bureau|court|parliament|army|navy|air force|guard|corps|intelligence|police|treasury|"
			+ "committee|commission|assembly|cabinet|command)\\b");

	/** A body whose name says it is an organ of something ("Secretariat of Intelligence"), not a group or movement. */
	private static boolean organ(Entry body) {
		return (body.kind() == ActorKind.ORGANISATION || body.kind() == ActorKind.AGENCY)
				&& ORGAN_NAME.matcher(body.name()).find();
	}

	/** Nouns of office: a person named with one and an actor acts for that actor ("Saudi analyst" is no office). */
	private static final Set<String> OFFICES = Set.of("leader", "chief", "head", "commander", "spokesman",
			"spokesperson", "spokeswoman", "secretary", "minister", "president", "official", "envoy", "ambassador",
			"member", "founder", "chairman", "chairwoman", "chair", "director", "deputy", "general", "emir", "king",
			"queen", "prince", "governor", "premier", "chancellor", "diplomat", "representative", "negotiator",
			"officer", "commissioner", "adviser", "advisor", "aide", "militant", "fighter", "operative", "financier",
			"co-founder", "mayor", "senator", "lawmaker", "legislator", "colonel", "admiral", "lieutenant",
			"captain", "major", "marshal", "sheikh", "mullah", "cleric", "coordinator", "counselor", "counsellor");

	/** Offices held towards someone else: "the envoy for Afghanistan" is not Afghanistan's. */
	private static final Set<String> ENVOYS = Set.of("envoy", "ambassador", "representative", "coordinator",
			"commissioner", "negotiator", "mediator", "rapporteur");

	private boolean office(IndexedWord role) {
		String lemma = role.lemma().toLowerCase(Locale.ROOT);
		// "then-commander", "ex-president": the office after the prefix
		lemma = lemma.substring(lemma.lastIndexOf('-') + 1);
		return OFFICES.contains(lemma) || ActorResolver.HEAD_NOUNS.contains(lemma) || this.lexicon.isAgent(lemma)
				|| this.lexicon.isDiplomatNoun(lemma);
	}

	/**
	 * "The U.S. Department of the Treasury", "Iranian Revolutionary Guard Corps": an organ whose name, as the text
	 * gives it, names the state it belongs to is a member of that state.
	 */
	private static List<Found> stateInName(Sentence s, IndexedWord head, Entry organ) {
		Entry state = s.organOf().apply(organ);
		if (state == null || state.kind() != ActorKind.STATE) {
			return List.of();
		}
		int first = head.index(), last = head.index();
		while (s.actorAt().get(first - 1) == organ) {
			first--;
		}
		while (s.actorAt().get(last + 1) == organ) {
			last++;
		}
		for (int t = first; t <= last; t++) {
			String word = s.tokens().get(t - 1).word();
			if (Character.isUpperCase(word.charAt(0)) && s.lookup().apply(word) == state) {
				return List.of(new Found(organ, RelationshipType.MEMBER_OF, state, Polarity.ASSERTED, Modality.FACT,
						null, null, "member:state-in-name", 0.7));
			}
		}
		return List.of();
	}

	/** "Russia's special envoy, Zamir Kabulov" and "Russian President Vladimir Putin": a person acting for an actor. */
	List<Found> find(Sentence s) {
		List<Found> found = new ArrayList<>();
		SemanticGraph g = s.graph();
		for (IndexedWord verb : g.vertexListSorted()) {
			found.addAll(this.bodies.find(s, verb));
		}
		for (IndexedWord word : g.vertexListSorted()) {
			Entry person = s.actorAt().get(word.index());
			if (person == null) {
				continue;
			}
			IndexedWord head = g.getParent(word);
			if (head != null && s.actorAt().get(head.index()) == person) {
				continue; // not the head of its name
			}
			if (person.kind() != ActorKind.PERSON && person.kind() != ActorKind.AGENCY) {
				// "Argentina's Secretariat of Intelligence", "the Treasury's Office of Foreign Assets Control": a body
				// named as another's belongs to it
				for (IndexedWord owner : children(g, word, "nmod:poss")) {
					Entry organisation = s.actorAt().get(owner.index());
					if (organisation != null && organisation != person && (organisation.kind() == ActorKind.STATE
							|| organisation.kind() == ActorKind.ORGANISATION || organisation.kind() == ActorKind.AGENCY)
							&& organ(person)) {
						found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, Polarity.ASSERTED,
								Modality.FACT, null, null, "member:possessive", 0.6));
					}
				}
				found.addAll(branchOf(s, word, person));
				continue;
			}
			int before = found.size();
			// "former US Ambassador Zalmay Khalilzad": the membership has ended
			boolean former = false;
			List<IndexedWord> described = new ArrayList<>(children(g, word, "appos", "compound"));
			described.add(word);
			if (g.getParent(word) != null && g.getEdge(g.getParent(word), word).getRelation().toString().equals("appos")) {
				described.add(g.getParent(word));
			}
			for (IndexedWord role : described) {
				for (IndexedWord modifier : children(g, role, "amod")) {
					String m = modifier.lemma().toLowerCase(Locale.ROOT);
					former |= m.equals("former") || m.equals("ex") || m.equals("then");
				}
			}
			Polarity membership = former ? Polarity.ENDED : Polarity.ASSERTED;
			for (IndexedWord modifier : children(g, word, "nmod:poss", "compound", "amod")) {
				Entry organisation = s.actorAt().get(modifier.index());
				if (BACKER_MODIFIER.matcher(modifier.word()).find()) {
					continue; // "the Cuban-sponsored intelligence forces" are backed by Cuba, not Cuba's
				}
				// an organ of an organ is a member of it ("the Treasury's Office of Foreign Assets Control"); a person
				// named with an organ acts for the organ's state (read elsewhere)
				if (organisation != null && organisation != person && organisation.kind() != ActorKind.PERSON
						&& (organisation.kind() != ActorKind.AGENCY || person.kind() == ActorKind.AGENCY)) {
					found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, membership,
							Modality.FACT, null, null, "member:modifier", 0.7));
				}
			}
			if (person.kind() == ActorKind.AGENCY && before == found.size()) {
				found.addAll(stateInName(s, word, person));
			}
			IndexedWord governor = g.getParent(word);
			String up = governor == null ? "" : g.getEdge(governor, word).getRelation().toString();
			String governing = governor == null ? "" : governor.lemma().toLowerCase(Locale.ROOT);
			for (edu.stanford.nlp.semgraph.SemanticGraphEdge edge : g.incomingEdgeList(word)) {
				// "He heads the G9 Families and Allies", "Masoud led the Northern Alliance", "al-Baghdadi, who led the
				// Islamic State, ..."
				if (!edge.getRelation().toString().equals("nsubj")
						|| !LEAD_VERBS.contains(edge.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
					continue;
				}
				Set<Entry> led = new LinkedHashSet<>();
				for (IndexedWord object : children(g, edge.getGovernor(), "obj")) {
					this.resolver.resolve(s, object, led);
				}
				for (Entry organisation : led) {
					if (organisation != person && organisation.kind() != ActorKind.PERSON) {
						found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, Polarity.ASSERTED,
								Modality.FACT, null, null, "member:leads", 0.7));
					}
				}
			}
			if (governor != null && up.equals("nsubj:pass") && VerbArguments.APPOINT_VERBS.contains(governing)) {
				// "Putin was elected President of Russia in 2000"
				PartialDate[] dates = ClaimDates.dates(s, governor);
				for (IndexedWord role : children(g, governor, "xcomp", "obl:as", "obj")) {
					Set<Entry> of = new LinkedHashSet<>();
					for (IndexedWord modifier : children(g, role, "nmod:of", "nmod:poss", "amod", "compound")) {
						this.resolver.resolve(s, modifier, of);
					}
					for (Entry organisation : of) {
						if (organisation != person && organisation.kind() != ActorKind.PERSON) {
							found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, Polarity.ASSERTED,
									Modality.FACT, dates[0], dates[1], "member:appointed-as", 0.7));
						}
					}
				}
			}
			if (governor != null && (up.equals("obl:agent") || up.equals("obl:by"))
					&& LEAD_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
				// "the Northern Alliance led by Ahmad Shah Masoud"
				IndexedWord led = g.getParent(governor);
				Entry organisation = led == null ? null : s.actorAt().get(led.index());
				if (organisation != null && organisation != person) {
					found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, Polarity.ASSERTED,
							Modality.FACT, null, null, "member:led-by", 0.7));
				}
			}
			if (governor != null && up.equals("nmod:of") && person.kind() == ActorKind.PERSON) {
				// "Al Qaeda of Osama bin Laden"
				Entry organisation = s.actorAt().get(governor.index());
				if (organisation != null && organisation != person && organisation.kind() != ActorKind.STATE
						&& organisation.kind() != ActorKind.PERSON) {
					found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, Polarity.ASSERTED,
							Modality.FACT, null, null, "member:of", 0.6));
				}
			}
			if (governor != null && up.equals("obj") && VerbArguments.APPOINT_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))
					&& children(g, governor, "obl:as").stream().anyMatch(this::office)) {
				// "The Taliban appointed X as ambassador": X acts for the appointer (designated as a terrorist is no
				// office)
				Set<Entry> appointers = new LinkedHashSet<>();
				for (IndexedWord subject : children(g, governor, "nsubj")) {
					this.resolver.resolve(s, subject, appointers);
				}
				for (Entry appointer : appointers) {
					if (appointer != person) {
						found.add(new Found(person, RelationshipType.MEMBER_OF, appointer, Polarity.ASSERTED,
								Modality.FACT, null, null, "member:appointed", 0.7));
					}
				}
			}
			List<IndexedWord> roles = new ArrayList<>(children(g, word, "appos", "compound"));
			List<IndexedWord> predicated = predicatesOf(g, word);
			roles.addAll(predicated);
			if (governor != null && up.equals("obj") && ROLE_VERBS.contains(governing)) {
				// "al-Zawahiri succeeded bin Laden as head of al-Qaeda": the one succeeded held the office before
				children(g, governor, "obl:as").forEach(roles::add);
			}
			IndexedWord parent = g.getParent(word);
			String toParent = parent == null ? "" : g.getEdge(parent, word).getRelation().toString();
			// "Russia's special envoy Zamir Kabulov met ...": the parser often hangs a name after its title as an
			// unlabelled dependent; that is an apposition too
			if (toParent.equals("appos") || toParent.equals("dep") && parent.index() < word.index()) {
				roles.add(parent);
				IndexedWord office = g.getParent(parent);
				if (s.actorAt().containsKey(parent.index()) && office != null
						&& g.getEdge(office, parent).getRelation().toString().equals("nmod:of")) {
					// "the director of the Federal Security Service, Alexander Bortnikov": the name hung on the body
					// the office is of
					roles.add(office);
				}
			}
			for (IndexedWord role : roles) {
				// the title may be part of the person's name in the gazetteer ("President Vladimir Putin")
				if (s.actorAt().get(role.index()) != null && s.actorAt().get(role.index()) != person || !office(role)) {
					continue;
				}
				String roleLemma = role.lemma().toLowerCase(Locale.ROOT);
				boolean sent = this.lexicon.isDiplomatNoun(roleLemma) || ENVOYS.contains(roleLemma);
				// "a spokesman for al-Shabaab" speaks for it; "the envoy for Afghanistan" is sent to it
				List<IndexedWord> owners = sent ? children(g, role, "nmod:poss", "amod", "compound", "nmod:of")
						: children(g, role, "nmod:poss", "amod", "compound", "nmod:of", "nmod:for");
				for (IndexedWord modifier : owners) {
					Set<Entry> owning = new LinkedHashSet<>();
					this.resolver.resolve(s, modifier, owning);
					Entry organisation = owning.isEmpty() ? null : owning.iterator().next();
					Entry state = organisation != null && organisation.kind() == ActorKind.AGENCY
							? s.organOf().apply(organisation) : null;
					if (state != null) {
						// "David Barnea, the chief of the Mossad": the head of a state's organ acts for the state
						organisation = state;
					}
					if (organisation != null && organisation != person && organisation.kind() != ActorKind.PERSON
							&& organisation.kind() != ActorKind.AGENCY) {
						boolean succeeded = governor != null && up.equals("obj") && ROLE_VERBS.contains(governing)
								&& governor.equals(s.graph().getParent(role));
						Polarity held = succeeded || former(g, role) ? Polarity.ENDED : membership;
						PartialDate[] dates = succeeded ? ClaimDates.dates(s, governor)
								: predicated.contains(role) ? dated(s, role) : new PartialDate[2];
						found.add(new Found(person, RelationshipType.MEMBER_OF, organisation, held, Modality.FACT,
								succeeded ? null : dates[0], succeeded ? dates[0] : dates[1],
								"member:" + role.lemma().toLowerCase(Locale.ROOT), 0.7));
					}
				}
			}
			if (found.size() == before && person.kind() == ActorKind.PERSON) {
				// "Secretary of State Hillary Clinton": a title without the actor, which the dictionary's dated
				// offices of the person supply
				Entry office = s.organOf().apply(person);
				boolean titled = roles.stream().anyMatch(r -> s.actorAt().get(r.index()) == null && office(r))
						// "Israeli Prime Minister Benjamin Netanyahu" as one name: the title inside it
						|| g.vertexSet().stream().anyMatch(t -> t.index() != word.index()
								&& s.actorAt().get(t.index()) == person && office(t));
				if (office != null && titled) {
					found.add(new Found(person, RelationshipType.MEMBER_OF, office, membership, Modality.FACT, null,
							null, "member:office", 0.6));
				}
			}
		}
		return found;
	}

}
