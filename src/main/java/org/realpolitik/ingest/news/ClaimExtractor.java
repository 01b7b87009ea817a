package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Reads claims off one parsed sentence, one step after the other, each in its own class:
 * <ol>
 * <li>{@link Triggers}: the words that express a relationship, and its type;</li>
 * <li>{@link VerbArguments} and {@link NounArguments}: the trigger's subject and object in the dependency graph
 * (active and passive voice, control and relative clauses, nominals with possessives and prepositions, light verbs,
 * coordination, appositions and lists), gathered in {@link Arguments};</li>
 * <li>{@link ActorResolver}: the actors those words name, through names, organs, pronouns, pairs and lists;</li>
 * <li>{@link MoodReader}: polarity and modality from the words that govern the trigger;</li>
 * <li>{@link ClaimDates}: when the claim holds;</li>
 * <li>here: the claims themselves, one per subject and object, with what holds both ways ("Russia and Iran are
 * allies"), the object left implicit ("stopped short of formal recognition"), an organ acting for its state and a
 * cut-off of ties that is also an act of opposition;</li>
 * <li>{@link Memberships}: who acts for whom, read off the names of the sentence ({@link BodyMemberships}: the members
 * of bodies, as verbs and lists say), and {@link Constructions}: modifiers ("anti-X", "X-backed"), nouns of backing
 * said of an actor, mediators, demands, states at odds.</li>
 * </ol>
 * {@link NewsExtractor} runs it sentence by sentence, with the gazetteer's mentions, and emits the claims with their
 * evidence.
 */
final class ClaimExtractor {

	/** Nouns of a relation that holds both ways: "Russia and Iran are close allies". */
	private static final Set<String> SYMMETRIC_NOUNS = Set.of("ally", "partner", "rival", "enemy", "adversary", "foe");

	/** Types whose object a text often leaves implicit once named ("stopped short of formal recognition"). */
	private static final Set<RelationshipType> IMPLICIT_OBJECT = Set.of(RelationshipType.RECOGNISED,
			RelationshipType.SANCTIONED);

	/** Verbs that two parties do together to an agreement or relations: "signed a treaty", "established relations". */
	private static final Set<String> RECIPROCAL_VERBS = Set.of("sign", "conclude", "establish", "reach", "restore",
			"forge", "normalise", "normalize", "resume", "strike", "ink", "hold", "seal", "negotiate");

	/** Endings of an engagement that are hostile acts: severing, cutting, breaking off, suspending ties. */
	private static final Set<String> CUTTING_CUES = Set.of("sever", "cut", "break", "terminate", "downgrade",
			"suspend");

	/** Verbs of fighting whose coordinated subjects fight each other: "Armenia and Azerbaijan fought a war". */
	private static final Set<String> MUTUAL_FIGHT_VERBS = Set.of("fight", "wage", "clash");

	/** Verbs of engaging whose coordinated subjects engage each other: "Russia and China met". */
	private static final Set<String> MUTUAL_VERBS = Set.of("meet", "negotiate", "talk", "confer", "engage");

	/** Verbs that keep arms from someone, making an arms embargo: "prevent the supply of arms to". */
	private static final Set<String> EMBARGO_CUES = Set.of("prevent", "ban", "prohibit", "forbid", "bar", "embargo",
			"block");

	/** What a person can be an official of, and act for: "Iran's foreign minister", "Hezbollah's leader". */
	private static final Set<ActorKind> OFFICE_KINDS = Set.of(ActorKind.STATE, ActorKind.MOVEMENT,
			ActorKind.ARMED_GROUP, ActorKind.ORGANISATION);

	private final ActorResolver resolver;

	private final VerbArguments verbArguments;

	private final NounArguments nounArguments;

	private final MoodReader moods;

	private final Memberships memberships;

	private final Triggers triggers;

	private final Constructions constructions;

	ClaimExtractor(Lexicon lexicon) {
		this.triggers = new Triggers(lexicon);
		this.moods = new MoodReader(lexicon);
		ActorResolver resolver = new ActorResolver(lexicon);
		this.resolver = resolver;
		this.verbArguments = new VerbArguments(lexicon, this.triggers, resolver);
		this.nounArguments = new NounArguments(lexicon, resolver);
		this.memberships = new Memberships(lexicon, resolver::resolve);
		this.constructions = new Constructions(this.triggers, this.moods, resolver::resolve);
	}

	/** The relationship types a word of the sentence expresses (for explaining what the extractor saw). */
	List<RelationshipType> triggers(Sentence s, IndexedWord word) {
		return this.triggers.of(s, word);
	}

	List<Found> extract(Sentence s) {
		List<Found> found = new ArrayList<>();
		authorOfAnInstrument(s);
		for (IndexedWord word : s.graph().vertexListSorted()) {
			found.addAll(this.constructions.read(s, word));
			for (RelationshipType type : this.triggers.of(s, word)) {
				extract(s, word, type, found);
			}
		}
		PartialDate[] leading = ClaimDates.leadingDates(s.tokens());
		for (Found membership : this.memberships.find(s)) {
			found.add(leading == null ? membership : ClaimDates.dated(membership, leading));
			if (s.context() != null && membership.subject().kind() == ActorKind.PERSON
					&& membership.polarity() == Polarity.ASSERTED && membership.until() == null
					&& OFFICE_KINDS.contains(membership.object().kind())) {
				s.context().holdsOffice(membership.subject(), membership.object());
			}
		}
		for (Found f : found) {
			if (f.type() != RelationshipType.MEMBER_OF && !f.rule().contains("implicit")) {
				s.context().objectOf(f.type(), f.object());
			}
		}
		return found;
	}

	/** Remembers who adopts, passes or signs an instrument in this sentence: "The Council adopted resolution 2653". */
	private void authorOfAnInstrument(Sentence s) {
		if (s.context() == null) {
			return;
		}
		SemanticGraph g = s.graph();
		for (IndexedWord verb : g.vertexListSorted()) {
			if (!verb.tag().startsWith("VB") || !Arguments.ADOPT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
				continue;
			}
			boolean instrument = children(g, verb, "obj", "nsubj:pass").stream()
				.anyMatch(o -> Arguments.INSTRUMENT_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT)));
			List<IndexedWord> authors = children(g, verb, "obj").isEmpty() ? children(g, verb, "obl:by", "obl:agent")
					: children(g, verb, "nsubj");
			if (instrument && !authors.isEmpty()) {
				Set<Entry> author = new LinkedHashSet<>();
				this.resolver.resolve(s, authors.get(0), author);
				if (author.size() == 1) {
					s.context().lastAuthor = author.iterator().next();
				}
			}
		}
	}

	/** The claims one trigger word makes. */
	private void extract(Sentence s, IndexedWord word, RelationshipType type, List<Found> found) {
		// a word the tagger took for a noun but the parser gives an auxiliary or a direct object is a verb ("the United
		// States could sanction Turkey", tagged NN): nouns take neither, but for a copula's ("have been rivals")
		boolean verb = word.tag().startsWith("VB") || Triggers.participle(word)
				|| !children(s.graph(), word, "aux", "obj").isEmpty() && children(s.graph(), word, "cop").isEmpty();
		boolean hostile = type == RelationshipType.OPPOSES || type == RelationshipType.ATTACKED;
		// hostile acts and sanctions reach an actor through what it owns: "condemned Russia's move", "sanctions on
		// Syria's central bank"
		boolean possessors = hostile || type == RelationshipType.SANCTIONED;
		Arguments args = verb ? this.verbArguments.read(s, word, hostile, possessors)
				: this.nounArguments.read(s, word, hostile, possessors);
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
			Entry topic = ActorResolver.topic(s);
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
		if (type == RelationshipType.ENGAGES && subjects.stream().noneMatch(e -> e.kind() == ActorKind.PERSON)) {
			// "Russia's president met Chinese President Xi Jinping": a state meeting another's official engages that
			// state (a person who acts for no one meets the person)
			objects = officialsForTheirOffice(s, objects);
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
			subjects = s.withWhomTheyActFor(subjects);
		}
		// "Ukraine terminated diplomatic ties with North Korea": cutting ties ends the engagement and is an act of
		// opposition (CAMEO 16, reducing relations)
		boolean cutOff = type == RelationshipType.ENGAGES && mood.polarity() == Polarity.ENDED
				&& CUTTING_CUES.stream().anyMatch(cue -> mood.rule().contains("+ended:" + cue));
		// "all States shall prevent the supply of arms to the Houthis", "banned arms sales to X": an arms embargo is a
		// sanction on the one it keeps arms from
		boolean embargo = type == RelationshipType.ARMED && mood.polarity() == Polarity.NEGATED
				&& EMBARGO_CUES.stream().anyMatch(cue -> mood.rule().contains("+negated:" + cue));
		boolean militarily = type == RelationshipType.SUPPORTS && (verb
				? children(s.graph(), word, "advmod").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("militarily"))
				: s.graph().getParents(word).stream().anyMatch(first -> first.lemma().equalsIgnoreCase("military")
						&& s.graph().getEdge(first, word).getRelation().toString().startsWith("conj")));
		for (Entry subject : subjects) {
			for (Entry object : objects) {
				if (!subject.id().equals(object.id()) && plausible(type, subject, object)) {
					found.add(new Found(subject, type, object, mood.polarity(), mood.modality(), from, until,
							rule + mood.rule(), confidence));
					if (embargo && subject.kind() != ActorKind.PERSON) {
						found.add(new Found(subject, RelationshipType.SANCTIONED, object, Polarity.ASSERTED, mood.modality(),
								from, until, rule + "+embargo" + mood.rule(), confidence - 0.1));
					}
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

	/**
	 * The actors, with each person named in this sentence as an official ("Chinese President Xi Jinping") or earlier in
	 * the article replaced by the state or group they serve.
	 */
	private Set<Entry> officialsForTheirOffice(Sentence s, Set<Entry> actors) {
		Set<Entry> mapped = new LinkedHashSet<>();
		for (Entry actor : actors) {
			Entry office = null;
			if (actor.kind() == ActorKind.PERSON) {
				for (IndexedWord token : s.graph().vertexListSorted()) {
					if (office == null && s.actorAt().get(token.index()) == actor) {
						office = this.resolver.officeHolderOf(s, token, actor);
					}
				}
				if (office == null && s.context() != null) {
					office = s.context().officeOf(actor);
				}
			}
			mapped.add(office != null ? office : actor);
		}
		return mapped;
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
			.anyMatch(subject -> !children(g, subject, "conj:and").isEmpty() || ActorResolver.namesAPair(g, subject));
	}

}
