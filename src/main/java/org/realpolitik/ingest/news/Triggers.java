package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.claim.RelationshipType;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Step 1 of reading a sentence: which words express a relationship, and of which type. Verbs, nouns and adjectives
 * of the lexicon (hand-written over the generated CAMEO verbs), phrasal verbs, two-word nouns, nouns that need an
 * "against" object, labels under a verb of viewing, weapons handed over, lists of banned organisations,
 * designations, and diplomats received or sent. A word inside an actor's name triggers nothing.
 */
final class Triggers {

	private final Lexicon lexicon;

	Triggers(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** Modifiers that make a campaign or an operation military: "air campaign", "military operation". */
	private static final Set<String> FORCE_MODIFIERS = Set.of("air", "military", "armed", "bombing", "aerial", "naval",
			"ground", "guerrilla", "counterinsurgency", "counter-insurgency", "missile", "drone", "artillery");

	/** The types a word triggers: "weapons support" is ARMED and SUPPORTS. */
	List<RelationshipType> of(Sentence s, IndexedWord word) {
		RelationshipType type = trigger(s, word);
		if (type == null) {
			return List.of();
		}
		RelationshipType head = word.tag().startsWith("NN")
				? this.lexicon.noun(word.lemma().toLowerCase(Locale.ROOT)) : null;
		return head != null && head != type ? List.of(type, head) : List.of(type);
	}

	/** Verbs that hand something over: a weapon handed over is arming. */
	private static final Set<String> TRANSFER_VERBS = Set.of("supply", "provide", "deliver", "send", "sell", "ship",
			"transfer", "give", "equip", "furnish", "smuggle", "donate", "airlift", "export", "funnel", "channel",
			"pledge", "promise", "offer", "hand", "lend", "arm", "receive", "acquire", "obtain", "buy", "purchase",
			"procure", "import", "get", "provision", "resupply", "re-supply", "rearm", "sale", "delivery",
			"shipment");

	/**
	 * A weapon named in the dictionaries' weapon sets arms someone only where something hands it over: "supplied the
	 * Houthis with missiles", "deliveries of drones to Russia", not "missile attacks on Saudi Arabia".
	 */
	/** The verb of a word in -ing, whatever the tagger made of it ("arming" as a noun, "supplying" as an adjective). */
	private static String gerundLemma(IndexedWord word) {
		String form = word.word().toLowerCase(Locale.ROOT);
		return form.endsWith("ing") ? edu.stanford.nlp.process.Morphology.lemmaStatic(form, "VBG") : null;
	}

	private static boolean handedOver(SemanticGraph g, IndexedWord weapon) {
		for (IndexedWord modifier : children(g, weapon, "amod")) {
			String gerund = gerundLemma(modifier);
			if (gerund != null && TRANSFER_VERBS.contains(gerund)) {
				return true; // "sanctioned Iran for supplying drones to Russia": the gerund read as an adjective
			}
		}
		IndexedWord node = weapon;
		for (int i = 0; i < 3 && node != null; i++) {
			IndexedWord parent = g.getParent(node);
			if (parent == null) {
				return false;
			}
			String rel = g.getEdge(parent, node).getRelation().toString();
			if (TRANSFER_VERBS.contains(parent.lemma().toLowerCase(Locale.ROOT))
					&& (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("iobj")
							|| rel.equals("compound"))) {
				return true;
			}
			if (!(rel.equals("conj") || rel.startsWith("conj:") || rel.startsWith("nmod") || rel.equals("compound"))) {
				return false;
			}
			node = parent;
		}
		return false;
	}

	private RelationshipType trigger(Sentence s, IndexedWord word) {
		String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
		String tag = word.tag();
		if (s.actorAt().containsKey(word.index())) {
			return null;
		}
		if (tag.startsWith("VB")) {
			RelationshipType phrasal = phrasal(s, word);
			if (phrasal != null) {
				return phrasal;
			}
			// a verb with its object ("froze the assets") says more than the verb alone
			RelationshipType verb = objectPhrase(s, word);
			if (verb == null) {
				verb = this.lexicon.verb(lemma);
			}
			if (verb == null && this.lexicon.isHostileDiplomatVerb(lemma) && !diplomats(s, word).isEmpty()) {
				return RelationshipType.OPPOSES;
			}
			if (verb == null && this.lexicon.isDiplomatVerb(lemma) && !diplomats(s, word).isEmpty()) {
				return RelationshipType.ENGAGES;
			}
			if (verb == null && VerbArguments.APPOINT_VERBS.contains(lemma) && !postings(s, word).isEmpty()) {
				return RelationshipType.ENGAGES;
			}
			if (verb == null && NounArguments.VIEW_VERBS.contains(lemma) && designatedAsBanned(s, word)) {
				// "designated the Houthis as a terrorist organisation", "listed it as a banned group"
				return RelationshipType.SANCTIONED;
			}
			return verb;
		}
		if (tag.startsWith("NN")) {
			IndexedWord compoundHead = s.graph().getParent(word);
			if (compoundHead != null && compoundHead.tag().startsWith("NN")
					&& s.graph().getEdge(compoundHead, word).getRelation().toString().equals("compound")
					&& this.lexicon.noun(compoundHead.lemma().toLowerCase(Locale.ROOT)) == RelationshipType.SANCTIONED) {
				// "an arms embargo", "a weapons ban": what the sanction covers, not a relation of its own
				return null;
			}
			for (SemanticGraphEdge edge : s.graph().outgoingEdgeList(word)) {
				String rel = edge.getRelation().toString();
				if (rel.equals("amod") || rel.equals("compound")) {
					RelationshipType multi = this.lexicon.multiWordNoun(edge.getDependent().lemma().toLowerCase(Locale.ROOT), lemma);
					if (multi == null) {
						// "arms shipments": the modifier as written ("arms" is no plural of "arm" here)
						multi = this.lexicon.multiWordNoun(edge.getDependent().word().toLowerCase(Locale.ROOT), lemma);
					}
					if (multi != null) {
						return multi;
					}
				}
			}
			if (this.lexicon.isListNoun(lemma) && listOfBanned(s, word)) {
				return RelationshipType.SANCTIONED;
			}
			RelationshipType label = this.lexicon.label(lemma);
			if (label != null) {
				IndexedWord governor = s.graph().getParent(word);
				String rel = governor == null ? "" : s.graph().getEdge(governor, word).getRelation().toString();
				// "designated X as a Specially Designated Global Terrorist" is a sanction, read on the verb
				return governor != null && !governor.lemma().equalsIgnoreCase("designate")
						&& NounArguments.VIEW_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT))
						&& (rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("obj")) ? label : null;
			}
			if (this.lexicon.isWeapon(lemma)) {
				return handedOver(s.graph(), word) ? RelationshipType.ARMED : null;
			}
			RelationshipType noun = this.lexicon.noun(lemma);
			if (noun == null) {
				// plural-only nouns: "arms" is not the plural of "arm" here
				noun = this.lexicon.noun(word.word().toLowerCase(Locale.ROOT));
			}
			if (noun == null && gerundLemma(word) != null) {
				// a gerund the tagger read as a noun: "interest in arming"
				noun = this.lexicon.verb(gerundLemma(word));
			}
			if (noun == null && this.lexicon.againstNoun(lemma) != null) {
				IndexedWord head = word;
				IndexedWord parent = s.graph().getParent(word);
				if (parent != null && s.graph().getEdge(parent, word).getRelation().toString().equals("compound")) {
					head = parent;
				}
				if (!children(s.graph(), head, "nmod:against").isEmpty()) {
					// "an intensive air campaign against ISIL", "a guerrilla war against": force, not words
					boolean force = children(s.graph(), word, "amod", "compound").stream()
						.anyMatch(m -> FORCE_MODIFIERS.contains(m.lemma().toLowerCase(Locale.ROOT)));
					return force ? RelationshipType.ATTACKED : this.lexicon.againstNoun(lemma);
				}
			}
			return noun;
		}
		if (tag.startsWith("JJ")) {
			RelationshipType adjective = this.lexicon.adjective(lemma);
			if (adjective != null) {
				return adjective;
			}
			// "were heavily armed": a participle the tagger read as an adjective
			return participle(word) ? this.lexicon.verb(verbLemma(word)) : null;
		}
		return null;
	}

	/**
	 * The type of a phrasal verb of the lexicon ("stand up for", "side with", "open fire on"): the verb, its particle
	 * if the phrase has one, and the preposition of an argument of the verb.
	 */
	private RelationshipType phrasal(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (!this.lexicon.hasPhrasal(lemma)) {
			return null;
		}
		StringBuilder particles = new StringBuilder();
		for (IndexedWord particle : children(s.graph(), verb, "compound:prt")) {
			particles.append(' ').append(particle.word().toLowerCase(Locale.ROOT));
		}
		for (IndexedWord object : children(s.graph(), verb, "obj")) {
			// "open fire on", "take up arms against": the object noun is part of the phrase
			particles.append(' ').append(object.lemma().toLowerCase(Locale.ROOT));
		}
		for (SemanticGraphEdge edge : s.graph().outgoingEdgeList(verb)) {
			String rel = edge.getRelation().toString();
			if (rel.startsWith("obl:")) {
				String phrase = lemma + particles + " " + rel.substring(4).replace('_', ' ');
				RelationshipType type = this.lexicon.phrasal(phrase);
				if (type == null && particles.length() > 0) {
					// without the object noun: "stand up for X"
					type = this.lexicon.phrasal(lemma + " " + rel.substring(4).replace('_', ' '));
				}
				if (type != null) {
					return type;
				}
			}
		}
		return nounPhrasals(s, verb).values().stream().findFirst().orElse(null);
	}

	/**
	 * "pledged allegiance to the Islamic State": a phrasal verb whose preposition hangs on the phrase's noun; each word
	 * after such a preposition, with the phrase's type, in the order of the parse.
	 */
	Map<IndexedWord, RelationshipType> nounPhrasals(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		Map<IndexedWord, RelationshipType> found = new LinkedHashMap<>();
		if (!this.lexicon.hasPhrasal(lemma)) {
			return found;
		}
		for (IndexedWord object : children(s.graph(), verb, "obj")) {
			for (SemanticGraphEdge edge : s.graph().outgoingEdgeList(object)) {
				String rel = edge.getRelation().toString();
				RelationshipType type = rel.startsWith("nmod:") ? this.lexicon.phrasal(lemma + " "
						+ object.lemma().toLowerCase(Locale.ROOT) + " " + rel.substring(5).replace('_', ' ')) : null;
				if (type != null) {
					found.putIfAbsent(edge.getDependent(), type);
				}
			}
		}
		return found;
	}

	/**
	 * The type of a verb with its object noun from the generated phrases ("froze the assets of", "fired rockets at"):
	 * the object's lemma, or a compound and its head ("bank account").
	 */
	RelationshipType objectPhrase(Sentence s, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		for (IndexedWord object : children(s.graph(), verb, "obj")) {
			String head = object.lemma().toLowerCase(Locale.ROOT);
			if (s.actorAt().containsKey(object.index()) || this.lexicon.noun(head) != null) {
				// "extended support to Kosovo": a noun of the lexicon carries the relation, the verb is light
				continue;
			}
			for (IndexedWord modifier : children(s.graph(), object, "compound")) {
				RelationshipType type = this.lexicon.objectPhrase(lemma,
						modifier.lemma().toLowerCase(Locale.ROOT) + " " + head);
				if (type != null) {
					return type;
				}
			}
			RelationshipType type = this.lexicon.objectPhrase(lemma, head);
			if (type != null) {
				return type;
			}
		}
		return null;
	}

	/** "appoints X as ambassador to Russia": the states a diplomat is posted to. */
	List<IndexedWord> postings(Sentence s, IndexedWord verb) {
		List<IndexedWord> found = new ArrayList<>();
		for (IndexedWord role : children(s.graph(), verb, "obl:as", "xcomp")) {
			if (this.lexicon.isDiplomatNoun(role.lemma().toLowerCase(Locale.ROOT))) {
				found.addAll(children(s.graph(), role, "nmod:to", "nmod:in"));
			}
		}
		return found;
	}

	/** The diplomats a verb receives or sends ("accepted ambassadors appointed by the Taliban"). */
	List<IndexedWord> diplomats(Sentence s, IndexedWord verb) {
		List<IndexedWord> found = new ArrayList<>();
		for (IndexedWord object : children(s.graph(), verb, "obj", "nsubj:pass")) {
			if (this.lexicon.isDiplomatNoun(object.lemma().toLowerCase(Locale.ROOT))) {
				found.add(object);
			}
		}
		return found;
	}

	/** Words that name a legal basis for a designation: "under Executive Order 13224", "pursuant to Section 219". */
	private static final Set<String> LEGAL_BASES = Set.of("order", "act", "section", "resolution", "authority", "law",
			"regulation", "e.o.", "statute", "decree");

	private boolean designatedAsBanned(Sentence s, IndexedWord verb) {
		if (verb.lemma().equalsIgnoreCase("designate")
				&& !children(s.graph(), verb, "obl:for", "advcl:for").isEmpty()) {
			return true; // "OFAC designated X for providing support to Y": designated for a reason is a sanction
		}
		if (verb.lemma().equalsIgnoreCase("designate")) {
			// "was designated under Executive Order 13224", "designated pursuant to Section 219": a sanctions listing
			for (IndexedWord basis : children(s.graph(), verb, "obl:under", "obl:pursuant_to", "obl:according_to")) {
				if (LEGAL_BASES.contains(basis.lemma().toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
		}
		if (verb.lemma().equalsIgnoreCase("designate") && children(s.graph(), verb, "obl:as", "xcomp").isEmpty()
				&& !children(s.graph(), verb, "obj", "nsubj:pass").isEmpty()) {
			// "OFAC designated three Hezbollah financiers", "the company was designated on Tuesday": designating
			// someone, not as something ("designated him as envoy"), is the sanctions listing
			return true;
		}
		if (verb.lemma().equalsIgnoreCase("list") && !children(s.graph(), verb, "nsubj:pass").isEmpty()) {
			// "was listed by the UN", "first listed at the UN", "was listed on the sanctions list": listed by a body
			for (IndexedWord where : children(s.graph(), verb, "obl:at", "obl:by", "obl:agent")) {
				Gazetteer.Entry body = s.actorAt().get(where.index());
				if (body != null && (body.kind() == org.realpolitik.actor.ActorKind.ORGANISATION
						|| body.kind() == org.realpolitik.actor.ActorKind.BLOC)) {
					return true;
				}
			}
			for (IndexedWord list : children(s.graph(), verb, "obl:on", "obl:to")) {
				if (this.lexicon.isListNoun(list.lemma().toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
		}
		List<IndexedWord> predicates = new ArrayList<>(children(s.graph(), verb, "obl:as", "xcomp"));
		if (!children(s.graph(), verb, "nsubj:pass").isEmpty()) {
			// "Hamas was designated a Foreign Terrorist Organization": the passive's predicate parsed as its object
			predicates.addAll(children(s.graph(), verb, "obj"));
		}
		for (IndexedWord as : predicates) {
			if (this.lexicon.isListModifier(as.lemma().toLowerCase(Locale.ROOT))) {
				return true; // "as a Specially Designated Global Terrorist"
			}
			for (IndexedWord modifier : children(s.graph(), as, "amod", "compound")) {
				if (this.lexicon.isListModifier(modifier.lemma().toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean participle(IndexedWord word) {
		String w = word.word().toLowerCase(Locale.ROOT);
		return word.tag().startsWith("JJ") && (w.endsWith("ed") || w.endsWith("en"));
	}

	private static String verbLemma(IndexedWord word) {
		return edu.stanford.nlp.process.Morphology.lemmaStatic(word.word().toLowerCase(Locale.ROOT), "VBN");
	}

	private boolean listOfBanned(Sentence s, IndexedWord list) {
		for (IndexedWord dep : s.graph().descendants(list)) {
			if (dep != list && this.lexicon.isListModifier(dep.lemma().toLowerCase(Locale.ROOT))
					&& s.graph().getShortestDirectedPathNodes(list, dep).size() <= 3) {
				return true;
			}
		}
		return false;
	}

}
