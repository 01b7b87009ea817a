package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Step three: the actors the argument words name. The actor under a word, or reached through it: names coordinated
 * and in apposition, "such as" lists, the states of a bloc, organs and forces named by their owner ("Russian
 * troops", "Iran's foreign minister"), the government a leader's name stands for ("the Reagan administration"),
 * pronouns and "the group" for what the article named before, "the two countries", and plurals for states that the
 * sentence goes on to name ("the following countries: ...").
 */
final class ActorResolver {

	/**
	 * Head nouns that a state, group or body named in their modifiers owns, and that act for it: "the Russian
	 * government", "Iran's foreign minister", "Turkish drones", "Iranian nuclear sites".
	 */
	static final Set<String> HEAD_NOUNS = Set.of("government", "regime", "leadership", "authority", "official",
			"administration", "force", "troop", "troops" /* the lemmatiser keeps "troops" */, "state", "movement", "group", "fighter", "militant", "envoy", "minister",
			"president", "diplomat", "delegation", "embassy", "court", "parliament", "military", "army", "intelligence",
			"kingdom", "republic", "emirate", "leader", "ruler", "side", "people", "soldier", "policy", "posture",
			"counterpart", "representative", "spokesman", "spokesperson", "ambassador", "foreign", "ministry", "2.0",
			"militia", "rebel", "insurgent", "faction", "branch", "affiliate", "wing", "navy", "coalition", "junta",
			"independence", "sovereignty", "statehood", "legitimacy", "militiaman", "gunman", "jihadist", "security", "defense", "defence", "interest",
			"integrity", "party", "nation", "country",
			// what a state or group owns stands for it where it is frozen or seized: "froze Syrian assets"
			"asset", "fund", "reserve",
			// the arms that act for their side: "Turkish drones struck", "Russian missiles hit Kyiv"
			"drone", "jet", "warplane", "aircraft", "plane", "missile", "rocket", "artillery", "warship", "tank",
			"helicopter", "bomber", "submarine", "gunboat", "mercenary", "paramilitary",
			// what an attack hits stands for its owner: "strikes against Iranian nuclear sites"
			"site", "facility", "installation", "base", "position", "target", "infrastructure", "refinery",
			"tanker", "vessel", "ship", "convoy", "outpost", "garrison");

	/** Nouns of a choice someone makes, acting through them: "the decision by the EU to designate". */
	private static final Set<String> DECISION_NOUNS = Set.of("decision", "move", "choice", "step");

	/** The standing of an actor, whose "in" is where the actor is: "the independence of X in eastern Ukraine". */
	private static final Set<String> STATUS_HEADS = Set.of("independence", "sovereignty", "statehood", "legitimacy",
			"integrity");

	/**
	 * Nouns for armed groups that a state's adjective does not make the state's ("Iraqi militias", "Syrian rebels"), and
	 * that are where they fight, not of the place ("armed groups in Somalia").
	 */
	private static final Set<String> NON_STATE_HEADS = Set.of("militia", "rebel", "insurgent", "militant", "jihadist",
			"gunman", "militiaman", "faction", "insurgency", "guerrilla", "separatist", "extremist", "terrorist");

	/** Nouns for fighters and their groups: "Hamas fighters", "a Hezbollah cell". */
	private static final Set<String> FIGHTER_HEADS = Set.of("group", "militia", "rebel", "insurgent", "fighter",
			"militant", "faction", "movement", "jihadist", "gunman", "militiaman", "mercenary", "paramilitary",
			"affiliate", "branch", "cell", "network");

	/** Nouns that refer back to the group the article named last: "the group", "the militia", "the rebels". */
	private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization", "regime",
			"outfit", "militia", "insurgent", "insurgency", "rebel", "militant", "fighter", "jihadist", "guerrilla");

	/** Pronouns that refer back to the group or subject named before. */
	private static final Set<String> PRONOUNS = Set.of("them", "they", "it", "its", "their");

	/** Nouns that name a government by its leader: "the Reagan administration", "the Modi government". */
	private static final Set<String> ADMINISTRATIONS = Set.of("administration", "government", "cabinet");

	/** Nouns that, with "two" or "both", refer back to the last two states named: "the two countries". */
	private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "state", "government", "side",
			"capital", "neighbour", "neighbor");

	/** Nouns that, with "that" or "the" and nothing else, refer back to a state: "that country's launches". */
	private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");

	/** Plural nouns for a set of actors the sentence goes on to name: "the following countries", "five EU members". */
	static final Set<String> COLLECTIVE_NOUNS = Set.of("country", "state", "nation", "member", "government",
			"power", "signatory", "ally");

	/** Words that pick some of a set: "one of the countries", "among the states". */
	private static final Set<String> PICKING_WORDS = Set.of("one", "some", "several", "few", "many", "two", "three",
			"first", "last", "among");

	/** Verbs that say who performed an event: "an attack carried out by", "a raid conducted by". */
	static final Set<String> PERFORM_VERBS = Set.of("carry", "conduct", "launch", "stage", "perpetrate",
			"mount", "execute", "claim", "commit", "organise", "organize", "lead",
			// and who gave what: "the sanctions imposed by the United States on Venezuela", "aid provided by Japan"
			"impose", "provide", "supply", "deliver", "grant", "extend", "send", "offer", "levy", "give");

	private final Lexicon lexicon;

	ActorResolver(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** Adds the actors a word names to {@code into}: the actor under it, or through the words it governs. */
	void resolve(Sentence s, IndexedWord token, Set<Entry> into) {
		resolve(s, token, into, new HashSet<>(), 0);
	}

	private void resolve(Sentence s, IndexedWord token, Set<Entry> into, Set<IndexedWord> seen, int depth) {
		if (!seen.add(token) || depth > 5) {
			return;
		}
		SemanticGraph g = s.graph();
		Entry direct = s.actorAt().get(token.index());
		String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
		List<IndexedWord> members = children(g, token, "nmod:of");
		if (direct != null && direct.kind() == ActorKind.BLOC && !members.isEmpty()
				&& s.actorAt().containsKey(members.get(0).index())) {
			// "the Central Asian states of Kazakhstan and Kyrgyzstan": the members the text names
			for (IndexedWord member : members) {
				resolve(s, member, into, seen, depth + 1);
			}
			return;
		}
		if (direct == null && COLLECTIVE_NOUNS.contains(lemma) && token.tag().equals("NNS")) {
			// "the UK became one of the first Western countries to recognise": the states the sentence says are among
			// them, before what their modifiers name
			Set<Entry> named = new LinkedHashSet<>();
			listed(s, token, named, seen, depth);
			for (IndexedWord member : children(g, token, "nmod:including", "acl:including", "nmod:such_as", "nmod:like")) {
				// "104 UN member states, including the United States", "most Western countries, including France":
				// the states it names, not the body or bloc the plural is of
				resolve(s, member, named, seen, depth + 1);
			}
			if (!named.isEmpty()) {
				into.addAll(named);
				return;
			}
		}
		if (direct != null) {
			into.add(direct);
			for (IndexedWord part : children(g, token, "compound")) {
				// "North and South Korea": each of the names coordinated before one head is an actor of its own
				Entry named = s.actorAt().get(part.index());
				if (named != null && !named.equals(direct) && !children(g, part, "conj:and", "conj:or").isEmpty()) {
					into.add(named);
				}
			}
		}
		else if ((HEAD_NOUNS.contains(lemma) || agent(g, token) || token.tag().startsWith("NNP"))
				&& children(g, token, "appos").stream().anyMatch(a -> body(s.actorAt().get(a.index())))) {
			// "Venezuelan intelligence forces (SEBIN)": the name in apposition says who they are (a person in
			// apposition, "Egypt's foreign minister, Sameh Shoukry", acts for the state instead)
			for (IndexedWord name : children(g, token, "appos")) {
				if (body(s.actorAt().get(name.index()))) {
					resolve(s, name, into, seen, depth + 1);
				}
			}
			return;
		}
		else if (HEAD_NOUNS.contains(lemma) || agent(g, token) || token.tag().startsWith("NNP")) {
			// the nearest modifier first: "Yemen's Houthi militia" is the Houthis'
			for (String relation : List.of("compound", "amod", "nmod:poss", "nmod:of", "nmod:from", "nmod:in")) {
				if (relation.equals("nmod:in") && (FIGHTER_HEADS.contains(lemma) || STATUS_HEADS.contains(lemma))) {
					// "armed groups in Somalia" fight there, they are not Somalia's ("the government in Kabul" is);
					// "the independence of X in eastern Ukraine" is X's
					continue;
				}
				for (IndexedWord modifier : children(g, token, relation)) {
					if (relation.equals("nmod:of") && s.actorAt().get(modifier.index()) == null
							&& HEAD_NOUNS.contains(modifier.lemma().toLowerCase(Locale.ROOT))) {
						// "the independence of the breakaway states of Donetsk and Luhansk": the states the head names
						Set<Entry> named = new LinkedHashSet<>();
						resolve(s, modifier, named, seen, depth + 1);
						if (!named.isEmpty()) {
							into.addAll(named);
							return;
						}
					}
					Entry entry = s.actorAt().get(modifier.index());
					if (entry != null && entry.kind() == ActorKind.STATE && !relation.equals("nmod:poss")
							&& (NON_STATE_HEADS.contains(lemma) || children(g, token, "compound", "amod").stream()
								.anyMatch(m -> NON_STATE_HEADS.contains(m.lemma().toLowerCase(Locale.ROOT))))) {
						// "Iraqi militias", "Syrian rebels", "Syrian rebel fighters": armed groups of a country are
						// not its state ("Iran's militias" are its own)
						continue;
					}
					if (entry != null && entry.kind() == ActorKind.PERSON && ADMINISTRATIONS.contains(lemma)) {
						// "the Reagan administration": the state the person led, where the dictionary knows it
						Entry state = s.organOf().apply(entry);
						if (state != null) {
							into.add(state);
							return;
						}
						continue;
					}
					if (entry != null && !Constructions.isBackerModifier(modifier)) {
						// "Russia's special envoy, Zamir Kabulov": the envoy acts for Russia; the person is a member;
						// "the states of Nigeria, Cameroon and Chad": every state the list names
						resolve(s, modifier, into, seen, depth + 1);
						return;
					}
				}
			}
		}
		else if (lemma.equals("jure") || lemma.equals("facto")) {
			// "recognised Israel de jure", parsed as a compound of "jure": the name before it
			for (IndexedWord name : children(g, token, "compound")) {
				if (!name.word().equalsIgnoreCase("de")) {
					resolve(s, name, into, seen, depth + 1);
				}
			}
		}
		else if (DECISION_NOUNS.contains(lemma)) {
			// "the decision by the European Union to designate the IRGC", "Russia's move to recognise": the one who
			// decides does it
			for (IndexedWord owner : children(g, token, "nmod:poss", "nmod:by", "nmod:of")) {
				resolve(s, owner, into, seen, depth + 1);
			}
		}
		else if (token.tag().startsWith("NN") && this.lexicon.noun(lemma) != null && !performers(g, token).isEmpty()) {
			// "an attack carried out by the Taliban killed ...": the event acts through who carried it out
			for (IndexedWord performer : performers(g, token)) {
				resolve(s, performer, into, seen, depth + 1);
			}
		}
		else if (token.tag().startsWith("NN") && depth == 0 && this.lexicon.noun(lemma) != null) {
			// "Russia's recognition ... is a move to counter": an event noun acts through its possessor
			for (IndexedWord owner : children(g, token, "nmod:poss")) {
				Entry entry = s.actorAt().get(owner.index());
				if (entry != null) {
					into.add(entry);
				}
			}
		}
		if (direct == null && into.isEmpty() && namesAPair(g, token) && s.context() != null
				&& children(g, token, "amod", "compound", "nmod:poss", "nmod:of").stream().noneMatch(m -> s.actorAt().containsKey(m.index()))) {
			// "the two countries", "both governments": the last two states named
			List<Entry> latest = new ArrayList<>();
			// "North Korea tried to maintain good relations with both countries": not with the clause's own subject
			Set<Entry> subjectsHere = new HashSet<>();
			IndexedWord up = g.getParent(token);
			for (int level = 0; up != null && level < 4; level++, up = g.getParent(up)) {
				if (up.tag().startsWith("VB")) {
					for (IndexedWord subject : children(g, up, "nsubj", "nsubj:xsubj")) {
						if (s.actorAt().containsKey(subject.index())) {
							subjectsHere.add(s.actorAt().get(subject.index()));
						}
					}
					break;
				}
			}
			for (int t = token.index() - 1; t >= 1; t--) {
				Entry named = s.actorAt().get(t);
				if (named != null && named.kind() == ActorKind.STATE && !latest.contains(named)
						&& !subjectsHere.contains(named)) {
					latest.add(named);
				}
			}
			for (Entry named : s.context().states) {
				if (!latest.contains(named) && !subjectsHere.contains(named)) {
					latest.add(named);
				}
			}
			if (latest.size() >= 2) {
				into.addAll(latest.subList(0, 2));
			}
		}
		if (direct == null && into.isEmpty() && COUNTRY_NOUNS.contains(lemma) && children(g, token, "det").stream()
			.anyMatch(d -> d.lemma().equalsIgnoreCase("that") || d.lemma().equalsIgnoreCase("this")
					|| d.lemma().equalsIgnoreCase("the"))
				&& children(g, token, "amod", "compound", "nmod:poss", "nmod:of").isEmpty()) {
			// "that country's ballistic missile launches", "the country's leader": the state named last before
			Entry state = null;
			for (int t = token.index() - 1; t >= 1 && state == null; t--) {
				Entry named = s.actorAt().get(t);
				state = named != null && named.kind() == ActorKind.STATE ? named : null;
			}
			if (state == null && s.context() != null && s.context().lastSubject != null
					&& s.context().lastSubject.kind() == ActorKind.STATE) {
				state = s.context().lastSubject;
			}
			if (state != null) {
				into.add(state);
			}
		}
		if (direct == null && into.isEmpty() && !children(g, token, "cop").isEmpty()) {
			// "The Contras were the rebels who waged a war": the predicate noun is its subject
			for (IndexedWord subject : children(g, token, "nsubj")) {
				resolve(s, subject, into, seen, depth + 1);
			}
		}
		if (direct == null && into.isEmpty() && COLLECTIVE_NOUNS.contains(lemma) && token.tag().equals("NNS")) {
			listed(s, token, into, seen, depth);
		}
		if (direct == null && into.isEmpty() && s.context() != null) {
			String word = token.word().toLowerCase(Locale.ROOT);
			boolean pronoun = PRONOUNS.contains(lemma) || PRONOUNS.contains(word);
			boolean neuter = word.equals("it") || word.equals("its");
			IndexedWord predicate = g.getParent(token);
			if (word.equals("it") && predicate != null && predicate.tag().startsWith("JJ") && !children(g, predicate, "cop").isEmpty()) {
				// "It is false that ...", "it is unclear whether ...": an expletive stands for nobody
				pronoun = false;
				neuter = false;
			}
			IndexedWord antecedent = pronoun ? precedingSubject(s, token) : null;
			if (antecedent != null && neuter && s.actorAt().get(antecedent.index()) != null
					&& s.actorAt().get(antecedent.index()).kind() == ActorKind.PERSON) {
				antecedent = null; // "it" is never a person
			}
			if (antecedent != null) {
				resolve(s, antecedent, into, seen, depth + 1);
			}
			else if (neuter) {
				Entry last = s.context().lastSubject;
				if (last != null && last.kind() != ActorKind.PERSON) {
					into.add(last);
				}
			}
			else if (pronoun || (GROUP_NOUNS.contains(lemma) && hasDefiniteArticle(g, token)
					&& children(g, token, "amod", "compound", "nmod:poss").stream().noneMatch(m -> s.actorAt().containsKey(m.index())))) {
				// "the group", "the militant group", "the rebels": the group the article named last (not "the Syrian
				// rebels", named by their own words)
				if (s.context().lastGroup != null) {
					into.add(s.context().lastGroup);
				}
			}
		}
		for (IndexedWord more : children(g, token, "conj:and", "conj:or", "conj", "appos", "nmod:such_as",
				"nmod:like", "nmod:including", "acl:including", "nmod:namely")) {
			resolve(s, more, into, seen, depth + 1);
		}
	}

	/**
	 * The actors a plural noun for states stands for where the sentence names them: "Spain is one of five EU members
	 * that have not recognised Kosovo", "Among the first states to recognise Bangladesh were India and Bhutan", "The
	 * following countries have recognised Kosovo: Albania, Costa Rica and Senegal".
	 */
	private void listed(Sentence s, IndexedWord token, Set<Entry> into, Set<IndexedWord> seen, int depth) {
		SemanticGraph g = s.graph();
		for (SemanticGraphEdge edge : g.incomingEdgeList(token)) {
			String rel = edge.getRelation().toString();
			IndexedWord up = edge.getGovernor();
			if (rel.equals("nmod:of") && PICKING_WORDS.contains(up.lemma().toLowerCase(Locale.ROOT))
					&& !children(g, up, "cop").isEmpty()) {
				// "Spain is one of the members that ..."
				for (IndexedWord subject : children(g, up, "nsubj")) {
					resolve(s, subject, into, seen, depth + 1);
				}
			}
			else if (rel.equals("nsubj") && s.actorAt().containsKey(up.index()) && !children(g, up, "cop").isEmpty()) {
				// "Among the first states to recognise Bangladesh were India and Bhutan": the predicate names them
				resolve(s, up, into, seen, depth + 1);
				for (IndexedWord other : children(g, up, "conj:and")) {
					resolve(s, other, into, seen, depth + 1);
				}
			}
		}
		IndexedWord picked = g.getParent(token);
		if (picked != null && children(g, token, "det:qmod").stream().anyMatch(q -> PICKING_WORDS.contains(q.lemma().toLowerCase(Locale.ROOT)))
				&& g.getEdge(picked, token).getRelation().toString().equals("obj")
				&& Set.of("become", "remain").contains(picked.lemma().toLowerCase(Locale.ROOT))) {
			// "the United Kingdom became one of the first Western countries to recognise China"
			for (IndexedWord subject : children(g, picked, "nsubj")) {
				resolve(s, subject, into, seen, depth + 1);
			}
		}
		for (IndexedWord among : children(g, token, "nmod:among")) {
			// "recognised by 12 countries, among them Paraguay and Guatemala"
			for (IndexedWord name : children(g, among, "dep", "appos")) {
				resolve(s, name, into, seen, depth + 1);
			}
		}
		if (!into.isEmpty() || !children(g, token, "amod").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("following"))) {
			return;
		}
		// "the following countries ...: Albania, Costa Rica and Senegal": the names listed after the colon
		int colon = -1;
		for (int t = token.index(); t < s.tokens().size() && colon < 0; t++) {
			if (s.tokens().get(t).word().equals(":")) {
				colon = t + 1;
			}
		}
		for (SemanticGraphEdge edge : g.edgeIterable()) {
			IndexedWord name = edge.getDependent();
			if (colon > 0 && name.index() > colon && edge.getRelation().toString().equals("dep")
					&& s.actorAt().containsKey(name.index())) {
				resolve(s, name, into, seen, depth + 1);
			}
		}
	}

	/**
	 * The state or body a person is named with as its official: "Saudi King Salman", "Iran's foreign minister Javad
	 * Zarif", "Russian President Vladimir Putin"; null when the name carries no such actor.
	 */
	Entry officeHolderOf(Sentence s, IndexedWord name, Entry person) {
		SemanticGraph g = s.graph();
		List<IndexedWord> modifiers = new ArrayList<>(children(g, name, "amod", "compound", "nmod:poss"));
		for (IndexedWord role : children(g, name, "compound", "appos")) {
			// the title may be part of the person's name in the gazetteer ("President Vladimir Putin")
			if (!s.actorAt().containsKey(role.index()) || s.actorAt().get(role.index()) == person) {
				modifiers.addAll(children(g, role, "amod", "compound", "nmod:poss", "nmod:of"));
			}
		}
		for (IndexedWord modifier : modifiers) {
			Entry actor = s.actorAt().get(modifier.index());
			if (actor != null && actor != person && (actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.ORGANISATION
					|| actor.kind() == ActorKind.MOVEMENT || actor.kind() == ActorKind.ARMED_GROUP)) {
				return actor;
			}
		}
		return null;
	}

	/**
	 * True when the noun, alone or with the compound before it, is an agent of the dictionary: "minister", and "chief"
	 * as in "army chief" or "prince" as in "crown prince" (the dictionary lists the pair, not the head alone).
	 */
	boolean agent(SemanticGraph g, IndexedWord noun) {
		String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
		if (this.lexicon.isAgent(lemma)) {
			return true;
		}
		IndexedWord before = null;
		for (IndexedWord modifier : children(g, noun, "compound")) {
			if (modifier.index() < noun.index() && (before == null || modifier.index() > before.index())) {
				before = modifier;
			}
		}
		return before != null && before.index() == noun.index() - 1
				&& this.lexicon.isAgent(before.word().toLowerCase(Locale.ROOT) + " " + lemma);
	}

	private static boolean body(Entry actor) {
		return actor != null && actor.kind() != ActorKind.PERSON;
	}

	/** The actor the main clause is about: its subject, or the owner of its subject ("Russia's objective ..."). */
	static Entry topic(Sentence s) {
		return mainClauseSubject(s.graph(), s.actorAt(), true);
	}

	/**
	 * The actor that is the subject of the sentence's main clause, or, with {@code owners}, the actor that owns that
	 * subject; null when neither names an actor.
	 */
	static Entry mainClauseSubject(SemanticGraph graph, Map<Integer, Entry> actorAt, boolean owners) {
		for (IndexedWord root : graph.getRoots()) {
			for (IndexedWord subject : children(graph, root, "nsubj", "nsubj:pass")) {
				Entry direct = actorAt.get(subject.index());
				if (direct != null) {
					return direct;
				}
				if (owners) {
					for (IndexedWord owner : children(graph, subject, "nmod:poss")) {
						if (actorAt.containsKey(owner.index())) {
							return actorAt.get(owner.index());
						}
					}
				}
			}
		}
		return null;
	}

	/** The nearest actor before the token that is the subject of a clause in the same sentence. */
	private static IndexedWord precedingSubject(Sentence s, IndexedWord token) {
		IndexedWord found = null;
		for (SemanticGraphEdge edge : s.graph().edgeIterable()) {
			String rel = edge.getRelation().toString();
			IndexedWord dep = edge.getDependent();
			// "Israel's military said it killed ...": a subject that is an actor's organ or forces counts too
			boolean named = s.actorAt().containsKey(dep.index()) || HEAD_NOUNS.contains(dep.lemma().toLowerCase(Locale.ROOT))
					&& children(s.graph(), dep, "nmod:poss", "amod", "compound").stream().anyMatch(m -> s.actorAt().containsKey(m.index()));
			if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && dep.index() < token.index() && named
					&& (found == null || dep.index() > found.index())) {
				found = dep;
			}
		}
		return found;
	}

	private static boolean hasDefiniteArticle(SemanticGraph g, IndexedWord noun) {
		for (IndexedWord det : children(g, noun, "det")) {
			if (det.lemma().equalsIgnoreCase("the")) {
				return true;
			}
		}
		return false;
	}

	/** "the two countries", "both governments": a noun for states with "two" or "both". */
	static boolean namesAPair(SemanticGraph g, IndexedWord noun) {
		return PAIR_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT)) && g.getChildList(noun)
			.stream()
			.anyMatch(d -> d.lemma().equalsIgnoreCase("two") || d.lemma().equalsIgnoreCase("both"));
	}

	/** Who performed an event noun, by a participle clause on it: "an attack carried out by X". */
	static List<IndexedWord> performers(SemanticGraph g, IndexedWord event) {
		List<IndexedWord> found = new ArrayList<>();
		for (IndexedWord clause : children(g, event, "acl")) {
			if (PERFORM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
				found.addAll(children(g, clause, "obl:agent", "obl:by"));
			}
		}
		return found;
	}

}
