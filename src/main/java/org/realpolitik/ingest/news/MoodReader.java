package org.realpolitik.ingest.news;

import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Lexicon.Cue;

import static org.realpolitik.ingest.news.Dependencies.children;

/**
 * Step 4 of reading a sentence: what a trigger's sentence says of it. Polarity (asserted, negated, ended) and
 * modality (fact, alleged, intended, hypothetical) come from the cue words of the lexicon on the trigger and on the
 * words that govern it, up the dependency graph to the clause that holds it.
 */
final class MoodReader {

	private final Lexicon lexicon;

	MoodReader(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** "no longer" on a verb: an adverb "longer" with "no" before it. */
	private static boolean noLonger(SemanticGraph g, IndexedWord verb) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(verb)) {
			IndexedWord longer = edge.getDependent();
			if (edge.getRelation().toString().equals("advmod") && longer.word().equalsIgnoreCase("longer")) {
				return true; // "no" hangs on "longer" or on the verb; "longer" as adverb of a verb is "no longer"
			}
		}
		return false;
	}

	/** True for a conjunct of "neither ... nor": the first with "neither", the others joined by "nor". */
	private static boolean neitherNor(SemanticGraph g, IndexedWord word) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(word)) {
			if (edge.getRelation().toString().equals("cc:preconj") && edge.getDependent().word().equalsIgnoreCase("neither")) {
				return true;
			}
		}
		return g.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().equals("conj:nor"));
	}

	/** Nouns for steps towards something: "accession talks", "a membership bid", "a recognition request". */
	private static final Set<String> PROSPECT_NOUNS = Set.of("talk", "talks", "negotiation", "process", "bid",
			"application", "request", "plan", "path", "candidacy", "aspiration", "roadmap");

	/** Verbs of sending forces: what they are sent to do, they do. */
	private static final Set<String> DEPLOY_VERBS = Set.of("send", "deploy", "dispatch", "station", "airlift");

	record Mood(Polarity polarity, Modality modality, String rule) {
	}

	/** Nouns whose absence leaves what they would show open: "no evidence that", "no sign that". */
	private static final Set<String> EVIDENCE_NOUNS = Set.of("evidence", "sign", "indication", "proof", "confirmation",
			"trace");

	/**
	 * "Russia considers NATO a threat": a view verb over a noun in a small clause states a view, which is no
	 * hypothesis ("considers recognising the Taliban" is one).
	 */
	private static boolean viewedAs(SemanticGraph g, IndexedWord verb, IndexedWord below) {
		return below != null && below.tag().startsWith("NN") && g.getEdge(verb, below) != null
				&& g.getEdge(verb, below).getRelation().toString().matches("xcomp|obl:as")
				&& NounArguments.VIEW_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
	}

	/**
	 * "Taiwan lost the recognition of Nicaragua" ends the recognition; "Russia lost its naval chief in an attack by
	 * Ukraine" ends no attack: losing ends only what is lost, its object.
	 */
	private static boolean lostItself(SemanticGraph g, IndexedWord verb, IndexedWord below) {
		return !verb.lemma().equalsIgnoreCase("lose") || below != null && g.getEdge(verb, below) != null
				&& g.getEdge(verb, below).getRelation().toString().equals("obj");
	}

	/** The verbs of "has yet to", "is yet to". */
	private static final Set<String> YET_TO_HEADS = Set.of("have", "be");

	/** Polarity and modality from the cue words on the trigger and on the words that govern it. */
	Mood read(Sentence s, IndexedWord trigger, RelationshipType type) {
		SemanticGraph g = s.graph();
		Polarity polarity = Polarity.ASSERTED;
		Modality modality = Modality.FACT;
		String rule = "";
		// a possessed or predicated event noun ("the Taliban's efforts", "as the successor") is presupposed:
		// the modality and negation of the clause around it are not its own, only an ending is
		IndexedWord head = g.getParent(trigger);
		if (head != null && head.tag().startsWith("NN")
				&& g.getEdge(head, trigger).getRelation().toString().equals("compound")) {
			if (PROSPECT_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
				// "Ukraine's accession talks", "a recognition bid": what is sought, not what is
				modality = Modality.INTENDED;
				rule += "+sought:" + head.lemma().toLowerCase(Locale.ROOT);
			}
			trigger = head;
		}
		boolean presupposedNoun = trigger.tag().startsWith("NN") && (!children(g, trigger, "nmod:poss").isEmpty()
				|| g.getParent(trigger) != null && g.getEdge(g.getParent(trigger), trigger).getRelation().toString()
					.matches("(nmod|obl):as|appos"));
		IndexedWord purpose = g.getParent(trigger);
		if (trigger.tag().startsWith("VB") && purpose != null
				&& g.getEdge(purpose, trigger).getRelation().toString().startsWith("advcl")
				&& children(g, trigger, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"))) {
			if (DEPLOY_VERBS.contains(purpose.lemma().toLowerCase(Locale.ROOT))
					&& (type == RelationshipType.SUPPORTS || type == RelationshipType.ATTACKED)) {
				// "Cuba sent troops to Angola to support the MPLA": forces sent to support or to fight do so
				rule += "+deployed";
			}
			else {
				modality = Modality.INTENDED;
				rule += "+purpose";
			}
		}
		IndexedWord node = trigger;
		IndexedWord below = null;
		for (int depth = 0; node != null && depth < 6; depth++) {
			String lemma = node.lemma().toLowerCase(Locale.ROOT);
			if (depth > 0 && polarity == Polarity.ASSERTED) {
				if (this.lexicon.is(Cue.NEGATING_VERBS, lemma) && !presupposedNoun) {
					polarity = Polarity.NEGATED;
					rule += "+negated:" + lemma;
				}
				else if (this.lexicon.is(Cue.ENDING, lemma) && !requested(g, node) && lostItself(g, node, below)) {
					polarity = Polarity.ENDED;
					rule += "+ended:" + lemma;
				}
				else if (this.lexicon.is(Cue.ENDING, lemma)) {
					// "urged the US to stop supplying arms": the supply goes on; only its end is asked for
					rule += "+presupposed:" + lemma;
				}
			}
			if (depth == 0 && this.lexicon.is(Cue.ENDING, lemma)) {
				polarity = Polarity.ENDED;
			}
			if (depth == 0) {
				for (IndexedWord modifier : children(g, node, "amod", "acl")) {
					if (this.lexicon.is(Cue.ENDING, modifier.lemma().toLowerCase(Locale.ROOT))) {
						polarity = Polarity.ENDED;
						rule += "+ended:" + modifier.lemma().toLowerCase(Locale.ROOT);
					}
				}
			}
			if (polarity == Polarity.ASSERTED && node.tag().startsWith("VB")
					&& children(g, node, "advmod").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("yet"))
					&& children(g, node, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"))
					&& g.getParent(node) != null && YET_TO_HEADS.contains(g.getParent(node).lemma().toLowerCase(Locale.ROOT))) {
				// "Saudi Arabia has yet to recognise Israel", "is yet to decide": not (yet) done
				polarity = Polarity.NEGATED;
				rule += "+negated:yet-to";
			}
			if ((lemma.equals("stop") || lemma.equals("short")) && !presupposedNoun) {
				for (IndexedWord dep : g.getChildList(node)) {
					if (dep.lemma().equalsIgnoreCase("short") || lemma.equals("short")) {
						polarity = Polarity.NEGATED;
						rule += "+negated:stop-short";
						break;
					}
				}
			}
			// the noun that takes the trigger as its complement speaks for it: "any possibility of the Taliban's support"
			boolean complementOf = depth == 1 && g.getEdge(node, trigger) != null
					&& g.getEdge(node, trigger).getRelation().toString().matches("nmod:of|acl(:of)?");
			if (modality == Modality.FACT && depth > 0 && (!presupposedNoun || complementOf)) {
				if (this.lexicon.is(Cue.ALLEGED, lemma)) {
					modality = Modality.ALLEGED;
				}
				else if (this.lexicon.is(Cue.INTENDED, lemma)) {
					modality = Modality.INTENDED;
				}
				else if (this.lexicon.is(Cue.HYPOTHETICAL, lemma) && !viewedAs(g, node, below)) {
					modality = Modality.HYPOTHETICAL;
				}
			}
			for (SemanticGraphEdge edge : g.outgoingEdgeList(node)) {
				String rel = edge.getRelation().toString();
				String dep = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
				if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("aux") || rel.equals("det")
						|| rel.equals("cc:preconj")) && this.lexicon.is(Cue.NEGATION, dep) && !rel.equals("det")
						&& polarity == Polarity.ASSERTED && (depth == 0 || !presupposedNoun)) {
					polarity = Polarity.NEGATED;
					rule += "+negated:" + dep;
				}
				if (modality == Modality.FACT && (depth == 0 || !presupposedNoun)
						&& (rel.equals("aux") || rel.equals("advmod") || rel.equals("mark"))) {
					if (this.lexicon.is(Cue.ALLEGED, dep)) {
						modality = Modality.ALLEGED;
					}
					else if (this.lexicon.is(Cue.HYPOTHETICAL, dep)
							&& !(dep.equals("will") && CONTINUING.contains(lemma))) {
						// "will continue to stand up for": what goes on holds now, whatever the future tense says
						modality = Modality.HYPOTHETICAL;
					}
				}
			}
			if (depth == 0 && polarity == Polarity.ASSERTED && trigger.tag().startsWith("NN")
					&& children(g, node, "det").stream().anyMatch(d -> d.lemma().equalsIgnoreCase("no"))) {
				// "Bhutan has no diplomatic relations with China", "no sanctions were imposed": the noun is denied
				polarity = Polarity.NEGATED;
				rule += "+negated:no";
			}
			if (depth == 0 && polarity == Polarity.ASSERTED && trigger.tag().startsWith("VB") && noLonger(g, node)) {
				// "Russia no longer recognises the ICC"
				polarity = Polarity.ENDED;
				rule += "+ended:no-longer";
			}
			IndexedWord parent = g.getParent(node);
			if (depth == 0 && polarity == Polarity.ASSERTED && parent != null && parent.word().equalsIgnoreCase("used")
					&& g.getEdge(parent, node).getRelation().toString().equals("xcomp")
					&& g.outgoingEdgeList(parent).stream().noneMatch(e -> e.getRelation().toString().equals("obj"))) {
				// "Kenya used to back Somalia's government": it did, and no longer does ("Russia used Belarus to attack
				// Ukraine" is no habit that ended)
				polarity = Polarity.ENDED;
				rule += "+ended:used-to";
			}
			if (modality == Modality.FACT && depth > 0 && EVIDENCE_NOUNS.contains(lemma) && node.tag().startsWith("NN")
					&& children(g, node, "det").stream().anyMatch(d -> this.lexicon.is(Cue.NEGATION, d.lemma().toLowerCase(Locale.ROOT)))) {
				// "had no evidence that China was arming Russia", "no sign that": neither said nor denied
				modality = Modality.HYPOTHETICAL;
				rule += "+no-evidence";
			}
			if (modality == Modality.FACT && parent != null && parent.lemma().equalsIgnoreCase("claim")
					&& g.getEdge(parent, node).getRelation().toString().equals("ccomp")) {
				// "The Houthis claimed that Israel had attacked Yemen" (but "claimed responsibility" is no report)
				modality = Modality.ALLEGED;
				rule += "+claimed";
			}
			if (depth == 0 && polarity == Polarity.ASSERTED && trigger.tag().startsWith("VB")) {
				// "Neither China nor India has recognised the Taliban", "recognised neither Kosovo nor Taiwan"
				for (SemanticGraphEdge edge : g.outgoingEdgeList(node)) {
					String rel = edge.getRelation().toString();
					if ((rel.startsWith("nsubj") || rel.equals("obj")) && neitherNor(g, edge.getDependent())) {
						polarity = Polarity.NEGATED;
						rule += "+negated:neither";
						break;
					}
				}
			}
			if (parent == null) {
				break;
			}
			String up = g.getEdge(parent, node).getRelation().toString();
			boolean nominalCoordination = up.startsWith("conj") && node.tag().startsWith("NN");
			// "By engaging with the Taliban, Russia hopes ...": the means is done, whatever the hope
			// "accused of supplying the Houthis with weapons": the charge ("of ...") is what is alleged, however deep
			if (up.startsWith("conj") && !nominalCoordination || up.equals("parataxis")
					|| up.startsWith("advcl") && !up.equals("advcl:of") && depth > 0 || up.equals("obl:by")) {
				break;
			}
			// a clause that modifies an actor, or a noun attached to another noun, has its own scope
			if (s.actorAt().containsKey(parent.index()) && up.startsWith("acl") || up.equals("appos")) {
				break;
			}
			// "Russia's recognition could open the door": a definite event noun as subject is presupposed
			if (node.tag().startsWith("NN") && up.equals("nsubj") && presupposed(g, node)) {
				break;
			}
			below = node;
			node = parent;
		}
		String text = " " + sentenceText(s).toLowerCase(Locale.ROOT);
		if (polarity == Polarity.ASSERTED) {
			for (String phrase : this.lexicon.negatingPhrases()) {
				if (text.contains(" " + phrase + " ")) {
					polarity = Polarity.NEGATED;
					rule += "+negated:" + phrase.replace(' ', '-');
				}
			}
		}
		if (modality == Modality.FACT && yesNoQuestion(s)) {
			// "Will Egypt recognise Kosovo?" asks; "Why did Russia invade Ukraine?" takes the invasion as given
			modality = Modality.HYPOTHETICAL;
			rule += "+question";
		}
		if (modality != Modality.FACT) {
			rule += "+" + modality.value();
		}
		return new Mood(polarity, modality, rule);
	}

	/** A sentence that ends in a question mark and asks no wh-question. */
	private static boolean yesNoQuestion(Sentence s) {
		var tokens = s.tokens();
		if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).word().equals("?")) {
			return false;
		}
		return tokens.stream().noneMatch(t -> t.tag().startsWith("W"));
	}

	/** Verbs of going on: "will continue to support X" says that X is supported now. */
	private static final Set<String> CONTINUING = Set.of("continue", "remain", "keep");

	/** Verbs that ask someone to do something: what they ask for has not happened. */
	private static final Set<String> REQUEST_VERBS = Set.of("urge", "ask", "call", "demand", "press", "appeal",
			"request", "encourage", "implore", "beg", "want");

	/** True when the clause of {@code verb} is what someone asks for: "urged X to stop", "called on X to end". */
	private static boolean requested(SemanticGraph g, IndexedWord verb) {
		IndexedWord parent = g.getParent(verb);
		return parent != null && g.getEdge(parent, verb).getRelation().toString().equals("xcomp")
				&& REQUEST_VERBS.contains(parent.lemma().toLowerCase(Locale.ROOT));
	}

	private static boolean presupposed(SemanticGraph g, IndexedWord noun) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(noun)) {
			String rel = edge.getRelation().toString();
			String lemma = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
			if (rel.equals("nmod:poss") || (rel.equals("det") && (lemma.equals("the") || lemma.equals("this")
					|| lemma.equals("that")))) {
				return true;
			}
		}
		return false;
	}

	private static String sentenceText(Sentence s) {
		StringBuilder text = new StringBuilder();
		for (CoreLabel token : s.tokens()) {
			text.append(token.word()).append(' ');
		}
		return text.toString();
	}

}
