package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

/**
 * Reads claims off one parsed sentence, in these steps:
 * <ol>
 * <li>{@link Triggers}: the words that express a relationship, and its type;</li>
 * <li>here: the trigger's subject and object in the dependency graph (active and passive voice, control and relative
 * clauses, nominals with possessives and prepositions, light verbs, coordination, appositions and lists);</li>
 * <li>here ({@code resolve}): the actors those words name, through names, roles, pronouns and lists;</li>
 * <li>{@link MoodReader}: polarity and modality from the words that govern the trigger;</li>
 * <li>{@link ClaimDates}: when the claim holds;</li>
 * <li>{@link Memberships}: who acts for whom, read off the names of the sentence;</li>
 * <li>{@link Constructions}: modifiers ("anti-X", "X-backed"), nouns of backing said of an actor, mediators.</li>
 * </ol>
 * {@link NewsExtractor} runs it sentence by sentence, with the gazetteer's mentions, and emits the claims with their
 * evidence.
 */
final class ClaimExtractor {

	/** One claim found in a sentence, before it gets its document and offsets. */
	record Found(Entry subject, RelationshipType type, Entry object, Polarity polarity, Modality modality,
			PartialDate from, PartialDate until, String rule, double confidence) {
	}

	/** A parsed sentence with the actor under each token (1-based token index), and recent context. */
	record Sentence(List<CoreLabel> tokens, SemanticGraph graph, Map<Integer, Entry> actorAt, Context context,
			java.util.function.Function<String, Entry> lookup, java.util.function.Function<Entry, Entry> organOf) {
	}

	/** What the preceding sentences said: the latest group-like actor, for "the group", "them", "it". */
	static final class Context {

		/** The latest movement or armed group mentioned: "the group", "they". */
		Entry lastGroup;

		/** The actor the previous sentence was about (its main subject): "it", "its". */
		Entry lastSubject;

		/** The states named so far, the latest first: "the two countries". */
		final java.util.LinkedList<Entry> states = new java.util.LinkedList<>();

		/** Remembers the states a sentence names, in its order, so that the last one named comes first. */
		void statesNamed(java.util.Collection<Entry> named) {
			for (Entry entry : named) {
				if (entry.kind() == ActorKind.STATE) {
					this.states.remove(entry);
					this.states.addFirst(entry);
				}
			}
			while (this.states.size() > 8) {
				this.states.removeLast();
			}
		}

		private final Map<RelationshipType, Map<Entry, Integer>> objects = new java.util.EnumMap<>(RelationshipType.class);

		/**
		 * What the document has so far most often named as the object of this type: an article about recognising the
		 * Taliban goes on to say "stopped short of formal recognition" without naming them again.
		 */
		Entry lastObject(RelationshipType type) {
			Map<Entry, Integer> counts = this.objects.get(type);
			if (counts == null) {
				return null;
			}
			// of those named most often, the one named last
			Entry best = null;
			int most = 0;
			for (Map.Entry<Entry, Integer> named : counts.entrySet()) {
				if (named.getValue() >= most) {
					best = named.getKey();
					most = named.getValue();
				}
			}
			return best;
		}

		void objectOf(RelationshipType type, Entry object) {
			Map<Entry, Integer> counts = this.objects.computeIfAbsent(type, t -> new java.util.LinkedHashMap<>());
			// re-inserted, so the map keeps the order in which objects were last named
			Integer before = counts.remove(object);
			counts.put(object, before == null ? 1 : before + 1);
		}

	}

	/**
	 * "U.S. sanctions need not be permanent": a bare plural that is its clause's subject says something general ("A
	 * similar recognition by the US is unlikely" still speaks of the recognition the article is about).
	 */
	private static boolean subjectOfClause(SemanticGraph g, IndexedWord noun) {
		IndexedWord parent = g.getParent(noun);
		return parent != null && g.getEdge(parent, noun).getRelation().toString().startsWith("nsubj")
				&& "NNS".equals(noun.tag()) && children(g, noun, "det").isEmpty();
	}

	/**
	 * True when a noun of recognition or sanction says what it is of or on, actor or not: "sanctions on Russian
	 * oligarchs" leaves no object unsaid, "granted recognition" does.
	 */
	private static boolean namesItsObject(SemanticGraph g, IndexedWord noun) {
		if (!children(g, noun, "nmod:on", "nmod:against", "nmod:to", "nmod:of", "nmod:over").isEmpty()) {
			return true;
		}
		if (children(g, noun, "acl").stream().anyMatch(c -> !children(g, c, "obl:on", "obl:to", "obl:against").isEmpty())) {
			return true; // "sanctions imposed on Russian oligarchs"
		}
		IndexedWord verb = g.getParent(noun);
		return verb != null && verb.tag().startsWith("VB") && g.getEdge(verb, noun).getRelation().toString().startsWith("obj")
				&& !children(g, verb, "obl:on", "obl:against", "obl:to", "obl:over").isEmpty();
	}

	/** Participles whose stative passive names its object with "with": "affiliated with". */
	private static final Set<String> STATIVE_WITH = Set.of("affiliate");

	/** Nouns of a relation that holds both ways: "Russia and Iran are close allies". */
	private static final Set<String> SYMMETRIC_NOUNS = Set.of("ally", "partner", "rival", "enemy", "adversary", "foe");

	/** Types of what one actor gives another: "with the support of Iran", "fought with Iranian backing". */
	private static final Set<RelationshipType> GIVEN = Set.of(RelationshipType.SUPPORTS, RelationshipType.ARMED);

	/** True when the noun names what one actor gives another: support, backing, weapons. */
	private boolean given(IndexedWord noun) {
		RelationshipType type = noun.lemma() == null ? null : this.lexicon.noun(noun.lemma().toLowerCase(Locale.ROOT));
		return type != null && GIVEN.contains(type);
	}

	/** Types whose object a text often leaves implicit once named ("stopped short of formal recognition"). */
	private static final Set<RelationshipType> IMPLICIT_OBJECT = Set.of(RelationshipType.RECOGNISED,
			RelationshipType.SANCTIONED);

	static final Set<String> HEAD_NOUNS = Set.of("government", "regime", "leadership", "authority", "official",
			"administration", "force", "troop", "troops" /* the lemmatiser keeps "troops" */, "state", "movement", "group", "fighter", "militant", "envoy", "minister",
			"president", "diplomat", "delegation", "embassy", "court", "parliament", "military", "army", "intelligence",
			"kingdom", "republic", "emirate", "leader", "ruler", "side", "people", "soldier", "policy", "posture",
			"counterpart", "representative", "spokesman", "spokesperson", "ambassador", "foreign", "ministry", "2.0",
			"militia", "rebel", "insurgent", "faction", "branch", "affiliate", "wing", "navy", "coalition", "junta",
			"independence", "sovereignty", "statehood", "legitimacy", "militiaman", "gunman", "jihadist", "security", "defense", "defence", "interest",
			"integrity", "party", "nation", "country",
			// the arms that act for their side: "Turkish drones struck", "Russian missiles hit Kyiv"
			"drone", "jet", "warplane", "aircraft", "plane", "missile", "rocket", "artillery", "warship", "tank",
			"helicopter", "bomber", "submarine", "gunboat", "mercenary", "paramilitary",
			// what an attack hits stands for its owner: "strikes against Iranian nuclear sites"
			"site", "facility", "installation", "base", "position", "target", "infrastructure", "refinery",
			"tanker", "vessel", "ship", "convoy", "outpost", "garrison");

	/** What an attack hits that stands for the state it is in: "struck an oil refinery in Russia". */
	private static final Set<String> TARGET_NOUNS = Set.of("site", "facility", "installation", "base", "position",
			"target", "infrastructure", "refinery", "depot", "airfield", "airport", "port", "city", "town", "village",
			"plant", "outpost", "garrison", "headquarters", "camp", "compound");

	/** Nouns of a choice someone makes, acting through them: "the decision by the EU to designate". */
	private static final Set<String> DECISION_NOUNS = Set.of("decision", "move", "choice", "step");

	/** The standing of an actor, whose "in" is where the actor is: "the independence of X in eastern Ukraine". */
	private static final Set<String> STATUS_HEADS = Set.of("independence", "sovereignty", "statehood", "legitimacy",
			"integrity");

	/** Heads of groups that are where they fight, not of the place: "armed groups in Somalia", "rebels in Syria". */
	/** Nouns for armed groups that a state's adjective does not make the state's: "Iraqi militias", "Syrian rebels". */
	private static final Set<String> NON_STATE_HEADS = Set.of("militia", "rebel", "insurgent", "militant", "jihadist",
			"gunman", "militiaman", "faction", "insurgency", "guerrilla", "separatist", "extremist", "terrorist");

	private static final Set<String> FIGHTER_HEADS = Set.of("group", "militia", "rebel", "insurgent", "fighter",
			"militant", "faction", "movement", "jihadist", "gunman", "militiaman", "mercenary", "paramilitary",
			"affiliate", "branch", "cell", "network");

	private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization", "regime",
			"outfit", "militia", "insurgent", "insurgency");

	private static final Set<String> PRONOUNS = Set.of("them", "they", "it", "its", "their");


	/** Nouns of an undertaking whose "to ..." names what its runner does: "a programme to equip the rebels". */
	static final Set<String> PURPOSE_NOUNS = Set.of("programme", "program", "plan", "effort", "operation", "mission",
			"campaign", "initiative", "scheme", "project", "fund", "policy");

	/** Verbs whose "for ..." gives the reason someone was acted against: "designated X for supporting Y". */
	static final Set<String> REASON_VERBS = Set.of("designate", "sanction", "list", "target", "blacklist", "penalize",
			"penalise", "punish", "indict", "charge", "accuse", "blame", "arrest", "condemn", "criticize", "criticise",
			"fine", "prosecute", "convict", "identify");

	/** Verbs that say what their subject is, like a copula: "remain rivals", "became allies". */
	private static final Set<String> LINKING_VERBS = Set.of("remain", "become", "stay", "seem", "appear", "prove");

	/** Nouns of handing something over, whose "of" names what is handed over: "the sale of F-16 jets to Turkey". */
	private static final Set<String> TRANSFER_NOUNS = Set.of("sale", "delivery", "shipment", "transfer", "supply",
			"provision", "export", "consignment", "donation", "package", "tranche");

	static final Set<String> APPOINT_VERBS = Set.of("appoint", "name", "nominate", "designate", "elect", "send");

	/** Verbs whose subject receives what the trigger noun names ("faces sanctions", "won recognition"). */
	/** Verbs of relying on someone for something: "turned to Russia for assistance", "depends on Iran for arms". */
	private static final Set<String> RELY_VERBS = Set.of("turn", "look", "rely", "depend", "lean", "count");

	private static final Set<String> RECEIVER_VERBS = Set.of("face", "suffer", "endure", "receive", "undergo", "get",
			"win", "gain", "secure", "earn", "obtain", "enjoy", "attract", "buy", "purchase", "acquire", "import",
			"procure", "accept");

	/** "During the insurgency, X provided ...": an event noun that only dates the clause has no arguments there. */
	private static final Set<String> TEMPORAL = Set.of("obl:during", "obl:after", "obl:before", "obl:since",
			"obl:until", "obl:amid", "obl:following", "obl:throughout", "obl:prior_to", "obl:in_wake_of");

	/** Verbs of viewing: "X views Y as an adversary". */
	static final Set<String> VIEW_VERBS = Set.of("view", "see", "regard", "consider", "describe", "call",
			"label", "brand", "treat", "perceive", "name", "designate", "list", "deem");

	private final Lexicon lexicon;

	private final MoodReader moods;

	private final Memberships memberships;

	private final Triggers triggers;

	private final Constructions constructions;

	ClaimExtractor(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.triggers = new Triggers(lexicon);
		this.moods = new MoodReader(lexicon);
		Memberships.Resolver resolver = (s, token, into) -> resolve(s, token, into, new java.util.HashSet<>(), 0);
		this.memberships = new Memberships(lexicon, resolver);
		this.constructions = new Constructions(this.triggers, this.moods, resolver);
	}

	/** The relationship types a word of the sentence expresses (for explaining what the extractor saw). */
	List<RelationshipType> triggers(Sentence s, IndexedWord word) {
		return this.triggers.of(s, word);
	}

	List<Found> extract(Sentence s) {
		List<Found> found = new ArrayList<>();
		for (IndexedWord word : s.graph().vertexListSorted()) {
			found.addAll(this.constructions.read(s, word));
			for (RelationshipType type : this.triggers.of(s, word)) {
				extract(s, word, type, found);
			}
		}
		PartialDate[] leading = ClaimDates.leadingDates(s.tokens());
		for (Found membership : this.memberships.find(s)) {
			found.add(leading == null ? membership : ClaimDates.dated(membership, leading));
		}
		for (Found f : found) {
			if (f.type() != RelationshipType.MEMBER_OF && !f.rule().contains("implicit")) {
				s.context().objectOf(f.type(), f.object());
			}
		}
		return found;
	}

	/** The claims one trigger word makes. */
	private void extract(Sentence s, IndexedWord word, RelationshipType type, List<Found> found) {
		boolean verb = word.tag().startsWith("VB") || Triggers.participle(word);
		boolean hostile = type == RelationshipType.OPPOSES || type == RelationshipType.ATTACKED;
		// hostile acts and sanctions reach an actor through what it owns: "condemned Russia's move", "sanctions on
		// Syria's central bank"
		boolean possessors = hostile || type == RelationshipType.SANCTIONED;
		Arguments args = verb ? verbArguments(s, word, hostile, possessors) : nounArguments(s, word, hostile, possessors);
		if (args.quantifiedNegation) {
			return;
		}
		Set<Entry> subjects = args.subjects;
		Set<Entry> objects = args.objects;
		if (word.lemma().equalsIgnoreCase("predecessor")) {
			// "the Soviet Union, the predecessor state to the Russian Federation": the other way round
			subjects = args.objects;
			objects = args.subjects;
		}
		double confidence = verb ? 0.8 : 0.7;
		String rule = (verb ? "verb" : "noun") + ":" + word.lemma().toLowerCase(Locale.ROOT) + args.how;
		String before = word.index() >= 2 ? s.tokens().get(word.index() - 2).word() : "";
		if (!verb && word.lemma().equalsIgnoreCase("war")
				&& (before.equalsIgnoreCase("proxy") || before.equalsIgnoreCase("cold"))) {
			// "proxy wars between the U.S. and Russia", "a cold war between": hostility short of force, both ways
			type = RelationshipType.OPPOSES;
			Set<Entry> both = new LinkedHashSet<>(subjects);
			both.addAll(objects);
			subjects = both;
			objects = both;
		}
		if (!verb && args.how.startsWith("-between")
				&& (type == RelationshipType.ATTACKED || type == RelationshipType.OPPOSES)) {
			// "the fighting between the rebels and Gadhafi's loyalists", "clashes between Sudanese and Chadian
			// troops": each side fights the other
			Set<Entry> both = new LinkedHashSet<>(subjects);
			both.addAll(objects);
			subjects = both;
			objects = both;
		}
		if (objects.isEmpty() && subjects.size() >= 2 && type == RelationshipType.ENGAGES
				&& (verb ? (RECIPROCAL_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT))
						|| MUTUAL_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT))) && coordinatedSubject(s.graph(), word)
						: reciprocal(s.graph(), word))) {
			// "Egypt and Israel signed a peace treaty", "the two established diplomatic relations", "Russia and
			// Ukraine signed the Minsk Protocol", "the two leaders met": with each other
			objects = subjects;
			rule += "+mutual";
		}
		if (objects.isEmpty() && subjects.size() >= 2 && !verb && args.how.endsWith("-predicate")
				&& SYMMETRIC_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT))) {
			// "Russia and Iran are close allies", "India and Pakistan are rivals": each to the other
			objects = subjects;
			rule += "+mutual";
		}
		if (objects.isEmpty() && subjects.size() >= 2 && type == RelationshipType.ATTACKED
				&& (verb ? MUTUAL_FIGHT_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT)) && coordinatedSubject(s.graph(), word)
						: s.graph().getParent(word) != null
								&& MUTUAL_FIGHT_VERBS.contains(s.graph().getParent(word).lemma().toLowerCase(Locale.ROOT))
								&& coordinatedSubject(s.graph(), s.graph().getParent(word)))) {
			// "Armenia and Azerbaijan fought a war", "Indian and Pakistani troops clashed": each fought the other
			objects = subjects;
			rule += "+mutual";
		}
		if (objects.isEmpty() && !subjects.isEmpty() && !verb && type == RelationshipType.ENGAGES) {
			// "While China has not recognised the Taliban, it has maintained high-level engagements": engagement
			// short of recognition is with the one counterpart whose recognition the sentence discusses
			Set<Entry> named = new LinkedHashSet<>();
			found.stream().filter(f -> f.type() == RelationshipType.RECOGNISED).forEach(f -> named.add(f.object()));
			named.removeAll(subjects);
			if (named.size() == 1) {
				objects = named;
				confidence -= 0.2;
				rule += "+sentence-object";
			}
		}
		if (objects.isEmpty() && !subjects.isEmpty() && !verb && IMPLICIT_OBJECT.contains(type)
				&& s.context().lastObject(type) != null && !namesItsObject(s.graph(), word) && !subjectOfClause(s.graph(), word)) {
			// the object left unsaid: what the sentence is about, if that is not the subject, else what the article
			// has named most often for this type
			Entry topic = topic(s);
			objects = Set.of(topic != null && !subjects.contains(topic) ? topic : s.context().lastObject(type));
			confidence -= 0.2;
			rule += "+implicit-object";
		}
		if (subjects.isEmpty() && IMPLICIT_OBJECT.contains(type)) {
			// "104 members had announced they recognised the NTC": what is recognised is named even where who
			// recognises it is not an actor, and the text may go on without naming it again
			for (Entry object : objects) {
				s.context().objectOf(type, object);
			}
		}
		if (subjects.isEmpty() || objects.isEmpty()) {
			return;
		}
		MoodReader.Mood read = this.moods.read(s, word, type);
		// "withdrew its ambassador": withdrawing a diplomat is the act of opposition, not the end of one
		MoodReader.Mood mood = read.polarity() == Polarity.ENDED && args.how.equals("-diplomat")
				&& type == RelationshipType.OPPOSES ? new MoodReader.Mood(Polarity.ASSERTED, read.modality(), "") : read;
		PartialDate[] dates = ClaimDates.dates(s, word);
		PartialDate from = dates[0];
		PartialDate until = dates[1];
		if (mood.polarity() == Polarity.ENDED && until == null && from != null) {
			until = from;
			from = null;
		}
		if (type == RelationshipType.RECOGNISED || type == RelationshipType.SANCTIONED) {
			// recognising and banning are acts of state: a state's court or parliament acts for the state
			Set<Entry> states = new LinkedHashSet<>();
			for (Entry subject : subjects) {
				Entry state = s.organOf().apply(subject);
				states.add(state != null ? state : subject);
				if (state != null) {
					rule += "+organ-of-state";
				}
			}
			subjects = states;
		}
		else {
			// a body of an international organisation acts for it: "the Security Council condemned" is the UN's act
			Set<Entry> withParents = new LinkedHashSet<>(subjects);
			for (Entry subject : subjects) {
				Entry parent = s.organOf().apply(subject);
				if (parent != null && subject.kind() == ActorKind.ORGANISATION) {
					withParents.add(parent);
				}
			}
			subjects = withParents;
		}
		// "Ukraine terminated diplomatic ties with North Korea": cutting ties ends the engagement and is an act of
		// opposition (CAMEO 16, reducing relations)
		boolean cutOff = type == RelationshipType.ENGAGES && mood.polarity() == Polarity.ENDED
				&& CUTTING_CUES.stream().anyMatch(cue -> mood.rule().contains("+ended:" + cue));
		boolean militarily = type == RelationshipType.SUPPORTS && (verb
				? children(s.graph(), word, "advmod").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("militarily"))
				: s.graph().getParents(word).stream().anyMatch(first -> first.lemma().equalsIgnoreCase("military")
						&& s.graph().getEdge(first, word).getRelation().toString().startsWith("conj")));
		for (Entry subject : subjects) {
			for (Entry object : objects) {
				if (!subject.id().equals(object.id()) && plausible(type, subject, object)) {
					found.add(new Found(subject, type, object, mood.polarity(), mood.modality(), from, until,
							rule + mood.rule(), confidence));
					if (cutOff) {
						found.add(new Found(subject, RelationshipType.OPPOSES, object, Polarity.ASSERTED, mood.modality(),
								until != null ? until : from, null, rule + "+cut-off" + mood.rule(), confidence - 0.1));
					}
					if (militarily) {
						// "politically and militarily supported by Iran", "military and political support": arming
						found.add(new Found(subject, RelationshipType.ARMED, object, mood.polarity(), mood.modality(), from,
								until, rule + "+militarily" + mood.rule(), confidence - 0.1));
					}
				}
			}
		}
	}

	private static boolean plausible(RelationshipType type, Entry subject, Entry object) {
		if (type == RelationshipType.RECOGNISED) {
			return subject.kind() == ActorKind.STATE || subject.kind() == ActorKind.ORGANISATION
					|| subject.kind() == ActorKind.BLOC;
		}
		if (type == RelationshipType.MEMBER_OF) {
			// one joins something that has members: a group, a body, an alliance or a coalition, not a state or a person
			return object.kind() != ActorKind.STATE && object.kind() != ActorKind.PERSON;
		}
		return true;
	}

	static boolean passive(SemanticGraph g, IndexedWord verb) {
		return !children(g, verb, "nsubj:pass", "aux:pass").isEmpty()
				|| Triggers.participle(verb) && !children(g, verb, "cop").isEmpty();
	}

	private static final class Arguments {

		final Set<Entry> subjects = new LinkedHashSet<>();

		final Set<Entry> objects = new LinkedHashSet<>();

		String how = "";

		boolean quantifiedNegation;

		/** Hostile types: "criticised Russia's move", "counter any US return" name their object by its possessor. */
		boolean possessorObjects;

		/**
		 * Sanctions reach an owner only through a possessive ("Iran's central bank", "the assets of Iran's bank"):
		 * "sanctioned three Chinese companies" sanctions the companies, not China.
		 */
		boolean ownersOnly;

	}

	private Arguments verbArguments(Sentence s, IndexedWord verb, boolean hostile, boolean possessors) {
		Arguments args = new Arguments();
		// "froze the assets of Russian banks": where the object noun is part of the phrase, its owner is the object
		args.possessorObjects = possessors || this.triggers.objectPhrase(s, verb) != null;
		args.ownersOnly = !hostile;
		SemanticGraph g = s.graph();
		boolean passive = passive(g, verb);
		IndexedWord coordinator = g.getParent(verb);
		if (!passive && verb.tag().equals("VBN") && coordinator != null
				&& (g.getEdge(coordinator, verb).getRelation().toString().startsWith("conj")
						|| g.getEdge(coordinator, verb).getRelation().toString().equals("dep"))
				&& (passive(g, coordinator) || coordinator.tag().equals("VBN")
						&& !children(g, coordinator, "obl:agent", "obl:by").isEmpty()
						&& children(g, coordinator, "obj", "aux", "nsubj").isEmpty())) {
			// "were heavily armed and funded by the United States", "is supported by Iran, actively supported by
			// Hezbollah": the second participle shares the passive
			passive = true;
		}
		if (!passive && (verb.tag().equals("VBN") || verb.tag().equals("VBD") && afterComma(s, verb)
				&& this.lexicon.phrasal(verb.lemma().toLowerCase(Locale.ROOT) + " by") == null)
				&& !children(g, verb, "obl:agent", "obl:by").isEmpty() && children(g, verb, "obj", "aux").isEmpty()) {
			// a participle with its agent and no auxiliary is passive ("a militia armed by Iran"), also where the
			// parser gave it the noun it modifies as subject ("Syria's government, supported by Russia, regained")
			passive = true;
		}
		List<IndexedWord> statedWith = STATIVE_WITH.contains(verb.lemma().toLowerCase(Locale.ROOT))
				? children(g, verb, "obl:with") : List.of();
		if (passive && children(g, verb, "obl:agent", "obl:by").isEmpty()
				&& (!children(g, verb, "obl:to").isEmpty() || !statedWith.isEmpty())) {
			// "the Taliban, who are opposed to ISKP", "al-Shabaab is affiliated with al-Qaeda": a stative passive
			// with "to" (or "with") names the object
			args.how = "-stative";
			List<IndexedWord> holders = new ArrayList<>(children(g, verb, "nsubj:pass", "nsubj", "obj"));
			IndexedWord parent = g.getParent(verb);
			if (parent != null && g.getEdge(parent, verb).getRelation().toString().equals("acl:relcl")) {
				holders.add(parent);
			}
			addAll(s, args, holders, true);
			addAll(s, args, children(g, verb, "obl:to"), false);
			addAll(s, args, statedWith, false);
		}
		else if (passive) {
			args.how = "-passive";
			addAll(s, args, children(g, verb, "obl:agent", "obl:by"), true);
			if (args.subjects.isEmpty() && verb.lemma().equalsIgnoreCase("list")) {
				// "was first listed at the UN": where a listing is kept is who keeps it
				addAll(s, args, children(g, verb, "obl:at"), true);
			}
			if (args.subjects.isEmpty() && hostile) {
				// "a Hamas commander was killed in an Israeli airstrike": the one who carried out the attack it
				// happened in
				for (IndexedWord event : children(g, verb, "obl:in", "obl:during", "obl:by", "obl:agent")) {
					if (this.lexicon.noun(event.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
						addAll(s, args, children(g, event, "amod", "compound", "nmod:poss", "nmod:by"), true);
						addAll(s, args, performers(g, event), true);
					}
				}
			}
			if (args.subjects.isEmpty()) {
				// "was designated a Foreign Terrorist Organization by the United States": the agent parsed onto the
				// predicate
				for (IndexedWord predicate : children(g, verb, "obj", "xcomp", "obl:as")) {
					addAll(s, args, children(g, predicate, "nmod:by", "nmod:agent"), true);
				}
			}
			addAll(s, args, children(g, verb, "nsubj:pass", "nsubj"), false);
			// "armed and trained by the CIA": the second participle is said of what the first is
			IndexedWord participle = coordinator != null && g.getEdge(coordinator, verb).getRelation().toString().startsWith("conj")
					? coordinator : verb;
			IndexedWord described = g.getParent(participle);
			String how = described == null ? "" : g.getEdge(described, participle).getRelation().toString();
			if (args.objects.isEmpty() && described != null && (how.startsWith("acl") || how.equals("amod"))
					&& described.tag().startsWith("NN")) {
				// "The Taliban, long sheltered by Pakistan, returned": the participle is said of the noun it modifies
				addAll(s, args, List.of(described), false);
			}
			else if (args.objects.isEmpty() && described != null && participle.index() < described.index()
					&& (how.startsWith("advcl") || how.equals("advmod") || how.equals("dep"))
					&& described.tag().startsWith("VB")) {
				// "Backed by Iran, the Houthis seized Sanaa": an opening participle is said of the clause's subject
				addAll(s, args, children(g, described, "nsubj", "nsubj:pass"), false);
			}
		}
		else {
			addAll(s, args, children(g, verb, "nsubj", "nsubj:xsubj", "csubj"), true);
			if (args.subjects.isEmpty() && hostile) {
				// "A drone attack by the Houthis hit an oil facility": the attack's perpetrator hits
				for (IndexedWord event : children(g, verb, "nsubj")) {
					if (this.lexicon.noun(event.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
						addAll(s, args, children(g, event, "nmod:by", "nmod:poss"), true);
						addAll(s, args, performers(g, event), true);
						for (IndexedWord modifier : children(g, event, "amod", "compound")) {
							if (s.actorAt().containsKey(modifier.index())) {
								addAll(s, args, List.of(modifier), true);
							}
						}
					}
				}
			}
			if (args.subjects.isEmpty()) {
				// "the CIA ran a programme to equip the rebels": a programme, a plan or an operation to do something
				// is done by the one who runs it
				for (IndexedWord purpose : children(g, verb, "nsubj:xsubj", "nsubj")) {
					IndexedWord runner = g.getParent(purpose);
					if (PURPOSE_NOUNS.contains(purpose.lemma().toLowerCase(Locale.ROOT)) && runner != null
							&& runner != verb) {
						addAll(s, args, children(g, runner, "nsubj"), true);
					}
				}
			}
			String verbLemma = verb.lemma().toLowerCase(Locale.ROOT);
			List<IndexedWord> diplomats = this.lexicon.verb(verbLemma) == null
					? this.triggers.diplomats(s, verb) : List.of();
			List<IndexedWord> postedTo = new ArrayList<>(children(g, verb, "obl:from", "obl:to"));
			for (IndexedWord diplomat : diplomats) {
				postedTo.addAll(children(g, diplomat, "nmod:to", "nmod:in"));
			}
			List<IndexedWord> postings = this.lexicon.verb(verb.lemma().toLowerCase(Locale.ROOT)) == null
					&& APPOINT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) ? this.triggers.postings(s, verb) : List.of();
			if (!postings.isEmpty()) {
				args.how = "-posting";
				addAll(s, args, postings, false);
			}
			else if (!diplomats.isEmpty() && this.lexicon.isHostileDiplomatVerb(verbLemma) && !postedTo.isEmpty()) {
				// "recalled its ambassador from Algeria": the state the diplomat was posted to
				args.how = "-diplomat";
				addAll(s, args, postedTo, false);
			}
			else if (!diplomats.isEmpty()) {
				// the diplomat's sender: "Afghanistan's ambassador", "ambassadors appointed by the Taliban"
				args.how = "-diplomat";
				for (IndexedWord diplomat : diplomats) {
					List<IndexedWord> senders = new ArrayList<>(children(g, diplomat, "nmod:poss", "compound", "amod",
							"nmod:of"));
					for (IndexedWord clause : children(g, diplomat, "acl")) {
						senders.addAll(children(g, clause, "obl:agent", "obl:by"));
					}
					addAll(s, args, senders, false);
				}
			}
			else if (verb.lemma().equalsIgnoreCase("blame") && !children(g, verb, "obl:on").isEmpty()) {
				// "blamed the attacks on Al Qaeda": the one blamed is after "on"
				addAll(s, args, children(g, verb, "obl:on"), false);
			}
			else if (REASON_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
					&& !children(g, verb, "obl:for", "advcl:for").isEmpty() && !children(g, verb, "obj").isEmpty()) {
				// "designated Hezbollah for supplying weapons to the Houthis": what follows the reason is the
				// reason's, even where the parser hangs it on the verb
				addAll(s, args, children(g, verb, "obj"), false);
			}
			else {
				// "will stand with Israel against Hamas": who is stood against is no partner of a friendly act
				List<IndexedWord> partners = new ArrayList<>(hostile ? children(g, verb, "obj", "obl:against", "obl:to", "obl:on")
						: children(g, verb, "obj", "obl:to", "obl:on"));
				for (IndexedWord with : children(g, verb, "obl:with", "nmod:with")) {
					// "fought with Iranian backing", "attacked with Russian weapons": what was given is no partner
					if (!given(with)) {
						partners.add(with);
					}
				}
				addAll(s, args, partners, false);
				String lemma = verb.lemma().toLowerCase(Locale.ROOT);
				if (args.objects.isEmpty() && this.lexicon.hasPhrasal(lemma)) {
					// "stand up for Israel's security", "lash out at Washington", "fought alongside the Syrian army":
					// the actor after the phrase's preposition
					for (SemanticGraphEdge edge : g.outgoingEdgeList(verb)) {
						String rel = edge.getRelation().toString();
						if (rel.startsWith("obl:") && (rel.equals("obl:for") || rel.equals("obl:at") || rel.equals("obl:by")
								|| this.lexicon.phrasal(lemma + " " + rel.substring(4).replace('_', ' ')) != null)) {
							addAll(s, args, List.of(edge.getDependent()), false);
						}
					}
					for (IndexedWord after : this.triggers.nounPhrasals(s, verb).keySet()) {
						// "pledged allegiance to the Islamic State": the preposition hung on the phrase's noun
						if (args.objects.isEmpty()) {
							addAll(s, args, List.of(after), false);
						}
					}
				}
				if (args.objects.isEmpty() && hostile) {
					// "threatened to attack Israel": a threat is against the target of what it threatens
					for (IndexedWord clause : children(g, verb, "xcomp")) {
						addAll(s, args, children(g, clause, "obj", "obl:on", "obl:against"), false);
					}
				}
				if (args.objects.isEmpty() && hostile && !children(g, verb, "obj").isEmpty()) {
					// "condemned the missile launches by Iran", the "by" attached to the verb: the doer of the act
					addAll(s, args, children(g, verb, "obl:by"), false);
				}
				if (args.objects.isEmpty() && hostile && children(g, verb, "obj").stream()
					.anyMatch(o -> TARGET_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT)))) {
					// "Ukraine struck an oil refinery in Russia": what is hit in a state is the state's
					addAll(s, args, children(g, verb, "obl:in", "obl:inside"), false);
				}
			}
		}
		if (args.subjects.isEmpty() || args.objects.isEmpty()) {
			// coordinated verbs share their arguments: "were heavily armed and funded by the United States"
			List<IndexedWord> siblings = new ArrayList<>(children(g, verb, "conj:and", "conj:or", "conj"));
			IndexedWord parent = g.getParent(verb);
			String up = parent == null ? "" : g.getEdge(parent, verb).getRelation().toString();
			if (parent != null && (up.startsWith("conj")
					|| up.equals("dep") && parent.tag().startsWith("VB") && verb.tag().startsWith("VB"))) {
				// "is supported by Iran, actively supported by Hezbollah": a loosely attached second verb too
				siblings.add(parent);
			}
			for (IndexedWord sibling : siblings) {
				if (args.subjects.isEmpty()) {
					addAll(s, args, passive ? children(g, sibling, "obl:agent", "obl:by") : children(g, sibling, "nsubj"),
							true);
				}
				if (args.objects.isEmpty() && (passive || children(g, verb, "obj").isEmpty()
						|| sibling.lemma().equalsIgnoreCase(verb.lemma()))) {
					// a verb with an object of its own ("condemned the coup and demanded the release of X") shares
					// none: only an open slot ("armed and funded X") or the same verb again ("designated X as ...
					// and designated Specially Designated Global Terrorists") takes the other verb's
					addAll(s, args, children(g, sibling, passive ? "nsubj:pass" : "obj"), false);
				}
			}
		}
		IndexedWord modified = g.getParent(verb);
		if (args.objects.isEmpty() && modified != null && s.actorAt().containsKey(modified.index())
				&& g.getEdge(modified, verb).getRelation().toString().equals("amod")) {
			// "interest in arming Syria" parsed with "arming" modifying "Syria"
			addAll(s, args, List.of(modified), false);
		}
		// an event as subject ("the attack that killed four soldiers") is done by whoever the clause around it names
		boolean ownSubject = children(g, verb, "nsubj").stream()
			.anyMatch(n -> n.tag().startsWith("NN") && this.triggers.of(s, n).isEmpty());
		IndexedWord holder = g.getParent(verb);
		if (args.subjects.isEmpty() && !args.quantifiedNegation && holder != null && holder.tag().equals("NNS")
				&& COLLECTIVE_NOUNS.contains(holder.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(holder, verb).getRelation().toString().startsWith("acl")) {
			// "Among the first states to recognise Bangladesh were India and Bhutan": the states the noun stands for
			addAll(s, args, List.of(holder), true);
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation && !ownSubject) {
			// a clause without a subject of its own takes its controller's; one whose subject names no actor
			// ("while the Eastern Bloc and Third World countries recognized the PRC") takes nobody's
			IndexedWord agent = climbToAgent(s, verb, 0);
			if (agent != null) {
				args.how += "-controlled";
				addAll(s, args, List.of(agent), true);
			}
		}
		return args;
	}

	private Arguments nounArguments(Sentence s, IndexedWord trigger, boolean hostile, boolean possessors) {
		Arguments args = new Arguments();
		args.possessorObjects = possessors;
		args.ownersOnly = !hostile;
		SemanticGraph g = s.graph();
		IndexedWord noun = trigger;
		IndexedWord up = g.getParent(trigger);
		if (up != null && up.tag().startsWith("NN") && g.getEdge(up, trigger).getRelation().toString().equals("compound")
				&& !s.actorAt().containsKey(up.index())) {
			// "counterterrorism efforts against X", "arms supplies to X": the head noun carries the arguments
			noun = up;
		}
		else if (up != null && up.tag().startsWith("NN") && TRANSFER_NOUNS.contains(up.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(up, trigger).getRelation().toString().equals("nmod:of") && !s.actorAt().containsKey(up.index())) {
			// "approved the sale of F-16 jets to Turkey", "deliveries of aid to Ukraine": the transfer carries them
			noun = up;
		}
		if (this.lexicon.isListNoun(noun.lemma().toLowerCase(Locale.ROOT))) {
			return listArguments(s, noun, args);
		}
		addAll(s, args, children(g, noun, "nmod:poss", "nmod:by", "nmod:from"), true);
		addAll(s, args, performers(g, noun), true);
		for (IndexedWord modifier : children(g, noun, "amod", "compound")) {
			if (s.actorAt().containsKey(modifier.index())) {
				addAll(s, args, List.of(modifier), true);
			}
		}
		if (args.subjects.isEmpty()) {
			// "Soviet military and political support": the actor before the first conjunct modifies them all
			for (IndexedWord first : g.getParents(noun)) {
				if (g.getEdge(first, noun).getRelation().toString().startsWith("conj") && first.tag().startsWith("NN")) {
					for (IndexedWord modifier : children(g, first, "amod", "compound", "nmod:poss")) {
						if (s.actorAt().containsKey(modifier.index())) {
							addAll(s, args, List.of(modifier), true);
						}
					}
				}
			}
		}
		addAll(s, args, children(g, noun, "nmod:of", "nmod:to", "nmod:against", "nmod:on", "nmod:for", "nmod:with",
				"nmod:toward", "nmod:towards", "nmod:over", "acl:of"), false);
		if (args.objects.isEmpty()) {
			// "the sanctions imposed by the United States on Venezuela": the participle's "on" or "to"
			for (IndexedWord clause : children(g, noun, "acl")) {
				if (PERFORM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
					addAll(s, args, children(g, clause, "obl:on", "obl:to", "obl:against"), false);
				}
				else if (AIM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
					// "new sanctions targeting Iranian military officials"
					addAll(s, args, children(g, clause, "obj"), false);
				}
			}
		}
		if (args.objects.isEmpty()) {
			// "a treaty of friendship with the Soviet Union", "an agreement on cooperation with Iran": the partner
			// hangs from the noun's complement
			for (IndexedWord complement : children(g, noun, "nmod:of", "nmod:on")) {
				if (!s.actorAt().containsKey(complement.index())) {
					addAll(s, args, children(g, complement, "nmod:with"), false);
				}
			}
		}
		List<IndexedWord> between = children(g, noun, "nmod:between");
		for (IndexedWord complement : children(g, noun, "nmod:of")) {
			if (between.isEmpty() && !s.actorAt().containsKey(complement.index())) {
				// "the treaty of friendship between India and the Soviet Union"
				between = children(g, complement, "nmod:between");
			}
		}
		if (args.subjects.isEmpty() && args.objects.isEmpty() && between.size() >= 2) {
			// "the war between Russia and Ukraine": the first named fights the others
			args.how = "-between";
			addAll(s, args, List.of(between.get(0)), true);
			addAll(s, args, between.subList(1, between.size()), false);
		}
		else if (args.subjects.isEmpty() && args.objects.isEmpty() && between.size() == 1) {
			// "relations between the two countries": one phrase that names both
			Set<Entry> both = new LinkedHashSet<>();
			resolve(s, between.get(0), both, new java.util.HashSet<>(), 0);
			if (both.size() >= 2) {
				args.how = "-between";
				List<Entry> named = new ArrayList<>(both);
				args.subjects.add(named.get(0));
				args.objects.addAll(named.subList(1, named.size()));
			}
		}
		if (args.objects.isEmpty() && lexicon.noun(noun.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.ATTACKED) {
			// "its war in Ukraine", "attacks in Moscow", "attacks, including the massacre in Moscow"
			addAll(s, args, children(g, noun, "nmod:in"), false);
			for (IndexedWord instance : children(g, noun, "nmod:including", "nmod:such_as")) {
				if (args.objects.isEmpty()) {
					addAll(s, args, children(g, instance, "nmod:in"), false);
				}
			}
		}
		IndexedWord governor = g.getParent(noun);
		for (IndexedWord parent : g.getParents(noun)) {
			if (governor != null && g.getEdge(governor, noun).getRelation().toString().startsWith("conj")
					&& !g.getEdge(parent, noun).getRelation().toString().startsWith("conj")) {
				// a conjunct's own governor ("received military and political support") over the first conjunct
				governor = parent;
			}
		}
		if (governor != null && !args.quantifiedNegation) {
			String rel = g.getEdge(governor, noun).getRelation().toString();
			String lemma = governor.lemma().toLowerCase(Locale.ROOT);
			if (rel.equals("obl:under") && (lemma.equals("come") || lemma.equals("fall") || lemma.equals("be"))) {
				// "Ukrainian positions came under attack from Russian forces": the subject is attacked
				args.how = "-under";
				args.objects.clear();
				addAll(s, args, children(g, governor, "obl:from", "obl:by"), true);
				addAll(s, args, children(g, governor, "nsubj"), false);
			}
			else if (rel.equals("obl:for") && RELY_VERBS.contains(lemma)) {
				// "Mali turned to Russia for security assistance": the one turned to gives, the one turning receives
				args.how = "-relied-on";
				args.subjects.clear();
				args.objects.clear();
				addAll(s, args, children(g, governor, "obl:to", "obl:on", "obl:upon"), true);
				addAll(s, args, children(g, governor, "nsubj"), false);
			}
			else if ((rel.equals("obl:on") || rel.equals("obl:upon")) && RELY_VERBS.contains(lemma)
					&& !args.subjects.isEmpty()) {
				// "the Houthis rely on Iran's support": the one who relies receives it
				args.how = "-relied-on";
				args.objects.clear();
				addAll(s, args, children(g, governor, "nsubj", "nsubj:xsubj"), false);
			}
			else if ((rel.startsWith("obj") || rel.equals("obl:in") && !args.subjects.isEmpty())
					&& RECEIVER_VERBS.contains(lemma)) {
				// "received weapons from Iran", "received billions of dollars in support from the United States"
				args.how = "-received";
				args.objects.clear();
				// "was founded ..., and received Soviet support": a conjunct may carry the first verb's passive subject
				addAll(s, args, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (args.subjects.isEmpty()) {
					// "Russia purchased shells and rockets from North Korea": the seller supplies
					addAll(s, args, children(g, governor, "obl:from"), true);
				}
				IndexedWord modified = modifiedBy(g, governor);
				if (modified != null) {
					addAll(s, args, List.of(modified), false);
				}
			}
			else if ((rel.equals("obl:with") || rel.equals("nmod:with")) && args.subjects.isEmpty()
					&& !args.objects.isEmpty() && !children(g, noun, "nmod:of").isEmpty()
					&& given(noun)) {
				// "seized the capital with the support of Iran": the one whose support it is gives it, the holder of
				// the clause receives it
				args.how = "-with";
				args.subjects.addAll(args.objects);
				args.objects.clear();
				addAll(s, args, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (s.actorAt().containsKey(governor.index())) {
					addAll(s, args, List.of(governor), false);
				}
				args.objects.removeAll(args.subjects);
			}
			else if ((rel.equals("obl:with") || rel.equals("nmod:with")) && args.objects.isEmpty()
					&& !args.subjects.isEmpty()) {
				// "the Taliban — with support from Pakistan — took control": the holder is the object
				args.how = "-with";
				addAll(s, args, children(g, governor, "nsubj", "nsubj:pass"), false);
				if (s.actorAt().containsKey(governor.index())) {
					addAll(s, args, List.of(governor), false);
				}
			}
			else if ((rel.equals("obl:for") || rel.equals("advcl:for") || rel.equals("obl:over"))
					&& REASON_VERBS.contains(lemma)) {
				// "Treasury designated X for providing support to the Houthis": the one designated gave the support,
				// not the one designating; nobody when the one designated is no actor
				args.how = "-designated-for";
				args.subjects.clear();
				addAll(s, args, children(g, governor, "obj", "nsubj:pass"), true);
				if (args.objects.isEmpty()) {
					// "for supplying weapons to the Houthis" with "to the Houthis" hung on the designation
					addAll(s, args, children(g, governor, "obl:to"), false);
				}
				return args;
			}
			else if ((rel.equals("obl:as") || rel.equals("xcomp")) && VIEW_VERBS.contains(lemma)) {
				args.how = "-viewed-as";
				addAll(s, args, children(g, governor, "nsubj"), true);
				if (args.objects.isEmpty()) {
					addAll(s, args, children(g, governor, "obj"), false);
				}
			}
			else if (args.subjects.isEmpty() && (rel.startsWith("nmod:as") || rel.equals("appos"))
					&& s.actorAt().containsKey(governor.index())) {
				args.how = "-apposed";
				addAll(s, args, List.of(governor), true);
			}
			else if (args.subjects.isEmpty() && (rel.startsWith("obj") || rel.startsWith("obl") && !TEMPORAL.contains(rel)
					|| rel.equals("nsubj:pass"))) {
				args.how = "-light-verb";
				addAll(s, args, children(g, governor, "nsubj", "nsubj:xsubj", "obl:agent"), true);
				if (args.subjects.isEmpty()) {
					IndexedWord agent = climbToAgent(s, governor, 0);
					if (agent != null) {
						addAll(s, args, List.of(agent), true);
					}
				}
				if (args.objects.isEmpty() && (rel.equals("obl:with") || rel.equals("nmod:with"))) {
					// "supplied the Houthis with missiles", "provide Ukraine with air defences": the object receives
					addAll(s, args, children(g, governor, "obj", "iobj"), false);
				}
				if (args.objects.isEmpty()) {
					addAll(s, args, children(g, governor, "obl:to", "obl:against", "obl:on", "obl:with"), false);
				}
			}
			else if (args.subjects.isEmpty() && rel.equals("nsubj") && governor.tag().startsWith("NN")) {
				// "the Taliban ... is a counterforce" style copula: the subject of the copula
				addAll(s, args, children(g, governor, "nsubj"), true);
			}
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation && !children(g, noun, "cop").isEmpty()) {
			// "the Houthis have been at war with Saudi Arabia", "Iran is a threat to Israel": the copula's subject
			args.how += "-predicate";
			addAll(s, args, children(g, noun, "nsubj"), true);
		}
		IndexedWord linking = g.getParent(noun);
		if (args.subjects.isEmpty() && !args.quantifiedNegation && linking != null
				&& LINKING_VERBS.contains(linking.lemma().toLowerCase(Locale.ROOT))
				&& g.getEdge(linking, noun).getRelation().toString().equals("xcomp")) {
			// "India and Pakistan remain bitter rivals", "Iran became Russia's main supplier": the linking verb's subject
			args.how += "-predicate";
			addAll(s, args, children(g, linking, "nsubj"), true);
		}
		if (args.subjects.isEmpty() && !args.quantifiedNegation) {
			// the agent of the clause the noun is part of ("providing assistance in terms of arms to Ukraine")
			IndexedWord agent = climbToAgent(s, noun, 0);
			if (agent != null) {
				args.how += "-clause-agent";
				addAll(s, args, List.of(agent), true);
				IndexedWord verb = governingVerb(g, noun);
				// hostility needs its target on the noun itself ("threats to X", "a war against X"), not in the clause
				if (args.objects.isEmpty() && verb != null && !hostile) {
					addAll(s, args, children(g, verb, "obl:to", "obl:against", "obl:on", "iobj"), false);
				}
			}
		}
		return args;
	}

	/**
	 * "X removed Y from its list of terrorist organisations", "Y is on X's list of banned organisations": the list's
	 * owner sanctions what the clause puts on or takes off the list.
	 */
	private Arguments listArguments(Sentence s, IndexedWord list, Arguments args) {
		SemanticGraph g = s.graph();
		args.how = "-list";
		IndexedWord verb = g.getParent(list);
		if (verb == null) {
			if (!children(g, list, "cop").isEmpty()) {
				// "Cuba is on the US list of state sponsors of terrorism": the list is the predicate
				for (IndexedWord owner : children(g, list, "nmod:poss", "compound", "amod")) {
					if (s.actorAt().containsKey(owner.index())) {
						addAll(s, args, List.of(owner), true);
					}
				}
				addAll(s, args, children(g, list, "nsubj"), false);
			}
			return args;
		}
		List<IndexedWord> owners = children(g, list, "nmod:poss");
		boolean pronounOwner = owners.stream().anyMatch(o -> o.tag().startsWith("PRP"));
		if (!owners.isEmpty() && !pronounOwner) {
			addAll(s, args, owners, true);
		}
		else {
			addAll(s, args, children(g, verb, "nsubj", "obl:agent"), true);
			if (args.subjects.isEmpty()) {
				IndexedWord agent = climbToAgent(s, verb, 0);
				if (agent != null) {
					addAll(s, args, List.of(agent), true);
				}
			}
		}
		addAll(s, args, children(g, verb, "obj", "nsubj:pass"), false);
		if (args.objects.isEmpty() && !pronounOwner && !owners.isEmpty()) {
			addAll(s, args, children(g, verb, "nsubj"), false);
		}
		return args;
	}

	/** The agent of a clause without its own subject: the controller of an xcomp, the noun an acl modifies, ... */
	private IndexedWord climbToAgent(Sentence s, IndexedWord word, int depth) {
		if (depth > 4) {
			return null;
		}
		SemanticGraph g = s.graph();
		IndexedWord governor = g.getParent(word);
		if (governor == null) {
			return null;
		}
		String rel = g.getEdge(governor, word).getRelation().toString();
		if (REQUEST_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT)) && governor.tag().startsWith("VB")
				&& (rel.startsWith("obl") || rel.startsWith("obj"))) {
			// "Russia has called for an end to sanctions on Syria", "Iran demanded sanctions on Israel": who asks for
			// something does not do it
			return null;
		}
		if (rel.startsWith("nmod:to") && RESPONSE_NOUNS.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
			// "in response to the recognition of Russia, Ukraine cut ties": the one who responds did not do it
			return null;
		}
		if ((rel.equals("obl:for") || rel.equals("advcl:for"))
				&& (REASON_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))
						|| governor.lemma().equalsIgnoreCase("impose") || governor.lemma().equalsIgnoreCase("announce"))) {
			// "the US is imposing sanctions on them for their involvement in generating support for the Houthis":
			// the reason is someone else's doing
			return null;
		}
		if (rel.startsWith("acl") && governor.tag().startsWith("NN")) {
			if (s.actorAt().containsKey(governor.index())) {
				return governor;
			}
			// "Russia's decision to recognise", "the decision by the European Union to designate the IRGC"
			for (IndexedWord of : children(g, governor, "nmod:of", "nmod:poss", "nmod:by")) {
				if (s.actorAt().containsKey(of.index()) && of.index() < word.index()) {
					return of;
				}
			}
			// "Russia has become the first country to recognise": the noun is predicated of a subject; a participle
			// ("entities involved in procuring weapons for the Houthis") makes the noun itself the agent
			boolean infinitive = children(g, word, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"));
			if (!infinitive && (word.tag().equals("VBN") || word.tag().equals("VBG"))) {
				return null;
			}
			if (infinitive && !children(g, governor, "cop").isEmpty() && !children(g, governor, "nsubj").isEmpty()) {
				// "the Soviet Union was the first state to recognise Israel": the copula's subject
				return children(g, governor, "nsubj").get(0);
			}
			IndexedWord higher = g.getParent(governor);
			if (higher != null) {
				List<IndexedWord> subjects = children(g, higher, "nsubj");
				String up = g.getEdge(higher, governor).getRelation().toString();
				if (!subjects.isEmpty() && !subjects.contains(governor)
						&& (up.equals("xcomp") || up.startsWith("obj") || up.startsWith("obl"))) {
					return subjects.get(0);
				}
				if (subjects.contains(governor)) {
					return null;
				}
			}
			return climbToAgent(s, governor, depth + 1);
		}
		if (rel.equals("amod")) {
			return climbToAgent(s, governor, depth + 1);
		}
		if ((rel.equals("advcl:of") || rel.equals("advcl")
				&& children(g, word, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("of")))
				&& governor.tag().startsWith("VB") && !children(g, governor, "obj").isEmpty()) {
			// "accused Iran of supplying", "suspected the group of plotting": the object of the charge did it
			return children(g, governor, "obj").get(0);
		}
		if (rel.equals("advcl:of") && governor.tag().startsWith("VB") && !children(g, governor, "nsubj:pass").isEmpty()) {
			// "Iran has been accused of supplying the Houthis": the one accused, in the passive
			return children(g, governor, "nsubj:pass").get(0);
		}
		if (rel.equals("xcomp") && governor.tag().startsWith("VB")) {
			// object control: "helps these states to engage", "urged India to recognise"
			List<IndexedWord> objects = children(g, governor, "obj");
			if (!objects.isEmpty()) {
				return objects.get(0);
			}
		}
		if (rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
				|| rel.startsWith("obl") || rel.startsWith("obj") || rel.equals("dep") || rel.startsWith("nmod")
				|| rel.equals("advmod")) {
			List<IndexedWord> subjects = children(g, governor, "nsubj", "nsubj:xsubj");
			if (!subjects.isEmpty()) {
				return subjects.get(0);
			}
			if (rel.startsWith("advcl") && governor.tag().startsWith("NN")) {
				return governor;
			}
			return climbToAgent(s, governor, depth + 1);
		}
		return null;
	}

	/** The nearest verb above a noun, through at most three noun attachments. */
	private static IndexedWord governingVerb(SemanticGraph g, IndexedWord noun) {
		IndexedWord node = noun;
		for (int i = 0; i < 4 && node != null; i++) {
			IndexedWord parent = g.getParent(node);
			if (parent != null && parent.tag().startsWith("VB")) {
				return parent;
			}
			node = parent;
		}
		return null;
	}

	/** "Syria's government, supported by Russia, ...": a verb right after a comma (or a comma and an adverb). */
	private static boolean afterComma(Sentence s, IndexedWord verb) {
		int before = verb.index() - 2;
		if (before >= 0 && s.tokens().get(before).tag().startsWith("RB")) {
			before--;
		}
		return before >= 0 && s.tokens().get(before).word().equals(",");
	}

	/** The noun a participle modifies ("Russia, facing sanctions" → Russia). */
	private static IndexedWord modifiedBy(SemanticGraph g, IndexedWord verb) {
		IndexedWord parent = g.getParent(verb);
		if (parent != null && g.getEdge(parent, verb).getRelation().toString().startsWith("acl")) {
			return parent;
		}
		return null;
	}

	/** Resolves argument tokens to actors, expanding coordination, appositions and "such as" lists. */
	private void addAll(Sentence s, Arguments args, List<IndexedWord> tokens, boolean subject) {
		for (IndexedWord token : tokens) {
			if (quantifiedNegation(s.graph(), token)) {
				args.quantifiedNegation = true;
				return;
			}
			Set<Entry> into = subject ? args.subjects : args.objects;
			Entry direct = s.actorAt().get(token.index());
			Entry office = subject && direct != null && direct.kind() == ActorKind.PERSON
					? officeHolderOf(s, token, direct) : null;
			if (office != null) {
				// "Saudi King Salman accused Iran": an official named with the actor he serves acts for it
				into.add(office);
				continue;
			}
			resolve(s, token, into, new java.util.HashSet<>(), 0);
			if (!subject && into.isEmpty() && args.possessorObjects && token.tag().startsWith("NN")) {
				// "condemned the missile launches by the DPRK": the one who did what is condemned
				List<IndexedWord> owners = args.ownersOnly ? children(s.graph(), token, "nmod:poss", "nmod:of")
						: children(s.graph(), token, "nmod:poss", "compound", "amod", "nmod:of", "nmod:by", "nmod:agent");
				for (IndexedWord modifier : owners) {
					Entry entry = s.actorAt().get(modifier.index());
					if (entry != null) {
						into.add(entry);
					}
					else if (s.graph().getEdge(token, modifier).getRelation().toString().equals("nmod:of")) {
						// "the assets of Iran's central bank", "the bases of Russian forces": the owner's own owner
						for (IndexedWord owner : args.ownersOnly ? children(s.graph(), modifier, "nmod:poss")
								: children(s.graph(), modifier, "nmod:poss", "compound", "amod")) {
							Entry ownerEntry = s.actorAt().get(owner.index());
							if (ownerEntry != null) {
								into.add(ownerEntry);
							}
						}
					}
				}
			}
		}
	}

	/** "no country (other than Russia)": a quantified negation names no actor and makes no claim. */
	private static boolean quantifiedNegation(SemanticGraph g, IndexedWord token) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(token)) {
			String rel = edge.getRelation().toString();
			String lemma = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
			if ((rel.equals("det") || rel.equals("det:qmod") || rel.equals("advmod")) && lemma.equals("no")) {
				return true;
			}
			if (rel.startsWith("nmod:other") || rel.startsWith("obl:other")) {
				return true;
			}
		}
		return false;
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
		else if ((HEAD_NOUNS.contains(lemma) || this.lexicon.isAgent(lemma) || token.tag().startsWith("NNP"))
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
		else if (HEAD_NOUNS.contains(lemma) || this.lexicon.isAgent(lemma) || token.tag().startsWith("NNP")) {
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
					if (entry != null && entry.kind() == ActorKind.STATE && NON_STATE_HEADS.contains(lemma)
							&& !relation.equals("nmod:poss")) {
						// "Iraqi militias", "Syrian rebels": armed groups of a country are not its state ("Iran's
						// militias" are its own)
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
			Set<Entry> subjectsHere = new java.util.HashSet<>();
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
			else if (pronoun || (GROUP_NOUNS.contains(lemma) && hasDefiniteArticle(g, token))) {
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
	 * The state or body a person is named with as its official: "Saudi King Salman", "Iran's foreign minister Javad
	 * Zarif", "Russian President Vladimir Putin"; null when the name carries no such actor.
	 */
	private Entry officeHolderOf(Sentence s, IndexedWord name, Entry person) {
		SemanticGraph g = s.graph();
		List<IndexedWord> modifiers = new ArrayList<>(children(g, name, "amod", "compound", "nmod:poss"));
		for (IndexedWord role : children(g, name, "compound", "appos")) {
			if (!s.actorAt().containsKey(role.index())) {
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

	private static boolean body(Entry actor) {
		return actor != null && actor.kind() != ActorKind.PERSON;
	}

	/** The actor the main clause is about: its subject, or the owner of its subject ("Russia's objective ..."). */
	private static Entry topic(Sentence s) {
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

	/** Verbs that two parties do together to an agreement or relations: "signed a treaty", "established relations". */
	private static final Set<String> RECIPROCAL_VERBS = Set.of("sign", "conclude", "establish", "reach", "restore",
			"forge", "normalise", "normalize", "resume", "strike", "ink", "hold", "seal", "negotiate");

	/** True when the noun is the object of a verb two parties do together ("Egypt and Israel signed a treaty"). */
	private static boolean reciprocal(SemanticGraph g, IndexedWord noun) {
		IndexedWord verb = g.getParent(noun);
		String rel = verb == null ? "" : g.getEdge(verb, noun).getRelation().toString();
		// "Egypt and Israel signed a treaty", and in the passive "the treaty was signed by Israel and Jordan"
		return (rel.equals("obj") || rel.equals("nsubj:pass") && !children(g, verb, "obl:agent").isEmpty())
				&& RECIPROCAL_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
	}

	/** "Russia and China met": the verb's subject is a coordination (not "the West, particularly the US"). */
	private static boolean coordinatedSubject(SemanticGraph g, IndexedWord verb) {
		// or "the two sides fought a war", "both countries signed"
		return children(g, verb, "nsubj").stream()
			.anyMatch(subject -> !children(g, subject, "conj:and").isEmpty() || namesAPair(g, subject));
	}

	/** "the two countries", "both governments": a noun for states with "two" or "both". */
	private static boolean namesAPair(SemanticGraph g, IndexedWord noun) {
		return PAIR_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT)) && g.getChildList(noun)
			.stream()
			.anyMatch(d -> d.lemma().equalsIgnoreCase("two") || d.lemma().equalsIgnoreCase("both"));
	}

	/** Nouns of reacting: what they react to was done by someone else. */
	private static final Set<String> RESPONSE_NOUNS = Set.of("response", "reaction", "retaliation", "reply", "answer",
			"objection", "opposition");

	/** Endings of an engagement that are hostile acts: severing, cutting, breaking off, suspending ties. */
	private static final Set<String> CUTTING_CUES = Set.of("sever", "cut", "break", "terminate", "downgrade",
			"suspend");

	/** Verbs of fighting whose coordinated subjects fight each other: "Armenia and Azerbaijan fought a war". */
	private static final Set<String> MUTUAL_FIGHT_VERBS = Set.of("fight", "wage", "clash");

	/** Verbs of engaging whose coordinated subjects engage each other: "Russia and China met". */
	private static final Set<String> MUTUAL_VERBS = Set.of("meet", "negotiate", "talk", "confer", "engage");

	/** Verbs that say who performed an event: "an attack carried out by", "a raid conducted by". */
	/** Participles that say whom a measure is aimed at: "sanctions targeting Iranian officials". */
	private static final Set<String> AIM_VERBS = Set.of("target", "cover", "hit", "affect", "penalise", "penalize");

	private static final Set<String> PERFORM_VERBS = Set.of("carry", "conduct", "launch", "stage", "perpetrate",
			"mount", "execute", "claim", "commit", "organise", "organize", "lead",
			// and who gave what: "the sanctions imposed by the United States on Venezuela", "aid provided by Japan"
			"impose", "provide", "supply", "deliver", "grant", "extend", "send", "offer", "levy", "give");

	/** Who performed an event noun, by a participle clause on it: "an attack carried out by X". */
	private static List<IndexedWord> performers(SemanticGraph g, IndexedWord event) {
		List<IndexedWord> found = new ArrayList<>();
		for (IndexedWord clause : children(g, event, "acl")) {
			if (PERFORM_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))) {
				found.addAll(children(g, clause, "obl:agent", "obl:by"));
			}
		}
		return found;
	}

	/** Nouns that name a government by its leader: "the Reagan administration", "the Modi government". */
	private static final Set<String> ADMINISTRATIONS = Set.of("administration", "government", "cabinet");

	/** Nouns that, with "two" or "both", refer back to the last two states named: "the two countries". */
	private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "state", "government", "side",
			"capital", "neighbour", "neighbor");

	/** Nouns that, with "that" or "the" and nothing else, refer back to a state: "that country's launches". */
	private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");

	/** Plural nouns for a set of actors the sentence goes on to name: "the following countries", "five EU members". */
	private static final Set<String> COLLECTIVE_NOUNS = Set.of("country", "state", "nation", "member", "government",
			"power", "signatory", "ally");

	/** Verbs of asking for something, whose object another is to do: "called for sanctions", "demanded an end to". */
	private static final Set<String> REQUEST_VERBS = Set.of("call", "demand", "request", "urge", "seek", "ask", "appeal",
			"lobby", "petition");

	/** Words that pick some of a set: "one of the countries", "among the states". */
	private static final Set<String> PICKING_WORDS = Set.of("one", "some", "several", "few", "many", "two", "three",
			"first", "last", "among");

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


	static List<IndexedWord> children(SemanticGraph g, IndexedWord word, String... relations) {
		List<IndexedWord> result = new ArrayList<>();
		for (SemanticGraphEdge edge : g.outgoingEdgeList(word)) {
			String rel = edge.getRelation().toString();
			for (String wanted : relations) {
				if (rel.equals(wanted)) {
					result.add(edge.getDependent());
					break;
				}
			}
		}
		return result;
	}

}
