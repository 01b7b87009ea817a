package org.realpolitik.ingest.news;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * Mends kinds of parse the dependency parser gets wrong and the rules depend on: a sentence that opens with an
 * adverbial phrase the parser takes for the subject ("Fast forward to today, on July 03, 2025, Russia became the
 * first country to ..." parses with the adjective "Fast" as subject and Russia as an apposition of the date). Where
 * a verb's subject is an adjective or adverb that names no actor, and an actor's name stands right before the verb
 * attached as an apposition or dependent, the name becomes the subject, of the verb and of the verbs it controls,
 * and the opening phrase (with the date it carries) an adverbial of the verb.
 */
final class ParseRepair {

	private ParseRepair() {
	}

	static <E> void subjects(SemanticGraph g, Map<Integer, E> actorAt) {
		reportedSubjects(g, actorAt);
		activeSubjects(g);
		providedWith(g, actorAt);
		gerundsBeforeTheirObject(g, actorAt);
		openingParticiples(g);
		reducedRelatives(g);
		for (SemanticGraphEdge edge : List.copyOf(g.edgeListSorted())) {
			if (!edge.getRelation().toString().equals("nsubj")) {
				continue;
			}
			IndexedWord verb = edge.getGovernor();
			IndexedWord subject = edge.getDependent();
			String tag = subject.tag() == null ? "" : subject.tag();
			if (!(tag.startsWith("JJ") || tag.startsWith("RB")) || actorAt.containsKey(subject.index())
					|| !verb.tag().startsWith("VB")) {
				continue;
			}
			IndexedWord name = g.getNodeByIndexSafe(verb.index() - 1);
			if (name == null || !actorAt.containsKey(name.index()) || !name.tag().startsWith("NNP")) {
				continue;
			}
			SemanticGraphEdge into = g.getIncomingEdgesSorted(name).stream().findFirst().orElse(null);
			String rel = into == null ? "" : into.getRelation().toString();
			if (!(rel.equals("appos") || rel.equals("dep"))) {
				continue;
			}
			g.removeEdge(into);
			for (SemanticGraphEdge other : List.copyOf(g.incomingEdgeList(subject))) {
				String r = other.getRelation().toString();
				if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
					g.removeEdge(other);
					g.addEdge(other.getGovernor(), name,
							r.equals("nsubj") ? UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT
									: UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
							other.getWeight(), other.isExtra());
				}
			}
			// the opening phrase, with the dates it carries, modifies the verb
			g.addEdge(verb, subject, UniversalEnglishGrammaticalRelations.ADVERBIAL_MODIFIER, 1.0, false);
		}
	}

	/**
	 * "An attack carried out by Hamas killed 1,200 people": the parser takes the participle of the reduced relative
	 * clause ("carried out by Hamas") for the main verb, with the noun as its subject and the real main verb as a
	 * loose dependent that has an object but no subject. The participle becomes a clause of the noun again, and the
	 * noun the subject of the main verb.
	 */
	private static void reducedRelatives(SemanticGraph g) {
		for (IndexedWord root : List.copyOf(g.getRoots())) {
			if (!"VBN".equals(root.tag()) && !"VBD".equals(root.tag())) {
				continue;
			}
			List<IndexedWord> subjects = Dependencies.children(g, root, "nsubj");
			boolean agent = !Dependencies.children(g, root, "obl:by", "obl:agent").isEmpty();
			boolean auxiliary = g.outgoingEdgeList(root).stream()
				.anyMatch(e -> e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("cop"));
			if (subjects.size() != 1 || !agent || auxiliary || !subjects.get(0).tag().startsWith("NN")) {
				continue;
			}
			for (SemanticGraphEdge loose : List.copyOf(g.outgoingEdgeList(root))) {
				IndexedWord verb = loose.getDependent();
				if (!loose.getRelation().toString().equals("dep") || !"VBD".equals(verb.tag())
						|| verb.index() < root.index() || !Dependencies.children(g, verb, "nsubj").isEmpty()
						|| Dependencies.children(g, verb, "obj").isEmpty()) {
					continue;
				}
				IndexedWord noun = subjects.get(0);
				g.removeEdge(loose);
				g.removeEdge(g.getEdge(root, noun));
				g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
				g.addEdge(noun, root, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, 1.0, false);
				g.resetRoots();
				g.setRoot(verb);
				break;
			}
		}
	}

	/**
	 * "Additionally, non-UN members, Kosovo, Palestine, also granted recognition": a past-tense verb the parser took
	 * for a passive participle although no form of "be" goes with it and it has an object of its own; its subject is
	 * an active one.
	 */
	private static void activeSubjects(SemanticGraph g) {
		for (SemanticGraphEdge edge : List.copyOf(g.edgeListSorted())) {
			if (!edge.getRelation().toString().equals("nsubj:pass")) {
				continue;
			}
			IndexedWord verb = edge.getGovernor();
			boolean auxiliary = g.outgoingEdgeList(verb).stream()
				.anyMatch(e -> e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("cop"));
			boolean object = g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("obj"));
			if (!auxiliary && object && ("VBD".equals(verb.tag()) || "VBN".equals(verb.tag()))) {
				g.removeEdge(edge);
				g.addEdge(verb, edge.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, edge.getWeight(),
						edge.isExtra());
			}
		}
	}

	/**
	 * "He insisted the Saudis are conducting a war": a verb of saying or thinking whose object is an actor followed by
	 * a finite verb with no subject, which the parser hung on it as a loose dependent, reports a clause: the actor is
	 * that verb's subject and the clause the reporting verb's complement.
	 */
	private static <E> void reportedSubjects(SemanticGraph g, Map<Integer, E> actorAt) {
		for (SemanticGraphEdge edge : List.copyOf(g.edgeListSorted())) {
			if (!edge.getRelation().toString().equals("dep")) {
				continue;
			}
			IndexedWord reporting = edge.getGovernor();
			IndexedWord clause = edge.getDependent();
			if (!reporting.tag().startsWith("VB") || !clause.tag().startsWith("VB")
					|| !REPORTING.contains(reporting.lemma().toLowerCase(java.util.Locale.ROOT))
					|| g.outgoingEdgeList(clause).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
				continue;
			}
			for (SemanticGraphEdge object : List.copyOf(g.outgoingEdgeList(reporting))) {
				IndexedWord actor = object.getDependent();
				if (object.getRelation().toString().equals("obj") && actorAt.containsKey(actor.index())
						&& actor.index() < clause.index()) {
					g.removeEdge(object);
					g.removeEdge(edge);
					g.addEdge(clause, actor, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
					g.addEdge(reporting, clause, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, 1.0, false);
					break;
				}
			}
		}
	}

	/**
	 * "Armed and trained by the CIA, the Contras waged war": an opening participle parsed as the verb's subject, with
	 * the real subject as its apposition. The apposition becomes the subject, the participles (with their agent) an
	 * adverbial clause of the verb.
	 */
	private static void openingParticiples(SemanticGraph g) {
		IndexedWord first = g.getNodeByIndexSafe(1);
		if (first == null || !("VBN".equals(first.tag()) || first.word().endsWith("ed") && first.tag().matches("VBD|JJ|NNP"))) {
			return;
		}
		for (SemanticGraphEdge subject : List.copyOf(g.incomingEdgeList(first))) {
			IndexedWord verb = subject.getGovernor();
			SemanticGraphEdge appos = g.outgoingEdgeList(first).stream()
				.filter(e -> e.getRelation().toString().equals("appos") && e.getDependent().tag().startsWith("NN"))
				.findFirst().orElse(null);
			if (!subject.getRelation().toString().equals("nsubj") || !verb.tag().startsWith("VB") || appos == null) {
				continue;
			}
			for (SemanticGraphEdge other : List.copyOf(g.outgoingEdgeList(verb))) {
				IndexedWord participle = other.getDependent();
				if (other.getRelation().toString().equals("nsubj") && participle.index() < appos.getDependent().index()) {
					g.removeEdge(other); // "Armed and trained by ...": both conjuncts were taken for subjects
				}
			}
			g.removeEdge(appos);
			// the tagger may have read the capitalised participle as an adjective or a name
			first.setTag("VBN");
			first.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(first.word().toLowerCase(java.util.Locale.ROOT), "VBN"));
			g.addEdge(verb, appos.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
			g.addEdge(verb, first, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, 1.0, false);
			for (SemanticGraphEdge by : List.copyOf(g.outgoingEdgeList(first))) {
				if (by.getRelation().toString().equals("nmod:by")) {
					g.removeEdge(by);
					g.addEdge(first, by.getDependent(), edu.stanford.nlp.trees.GrammaticalRelation
						.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish, "obl:by"), 1.0, false);
				}
			}
			return;
		}
	}

	/**
	 * "Qatar has been accused of funding Hamas", "Eritrea was sanctioned for supporting al-Shabaab": a gerund after a
	 * preposition, parsed as a modifier (compound, amod) of the actor it governs. It becomes the clause it is: the
	 * preposition's clause on the verb ({@code advcl:of}, {@code advcl:for}), with the actor as its object.
	 */
	private static <E> void gerundsBeforeTheirObject(SemanticGraph g, Map<Integer, E> actorAt) {
		for (SemanticGraphEdge modifier : List.copyOf(g.edgeListSorted())) {
			String rel = modifier.getRelation().toString();
			IndexedWord actor = modifier.getGovernor();
			IndexedWord gerund = modifier.getDependent();
			if (!(rel.equals("compound") || rel.equals("amod")) || !actorAt.containsKey(actor.index())
					|| actorAt.containsKey(gerund.index()) || !gerund.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
					|| gerund.index() != actor.index() - 1 && !actorAt.containsKey(gerund.index() + 1)) {
				continue;
			}
			SemanticGraphEdge attached = g.incomingEdgeList(actor).stream()
				.filter(e -> e.getRelation().toString().matches("obl:(of|for)") && e.getGovernor().tag().startsWith("VB"))
				.findFirst().orElse(null);
			if (attached == null) {
				continue;
			}
			IndexedWord verb = attached.getGovernor();
			String preposition = attached.getRelation().toString().substring(4);
			g.removeEdge(modifier);
			g.removeEdge(attached);
			gerund.setTag("VBG");
			gerund.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(gerund.word().toLowerCase(java.util.Locale.ROOT), "VBG"));
			g.addEdge(verb, gerund, edu.stanford.nlp.trees.GrammaticalRelation
				.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish, "advcl:" + preposition), 1.0, false);
			g.addEdge(gerund, actor, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, 1.0, false);
			for (SemanticGraphEdge caseMarker : List.copyOf(g.outgoingEdgeList(actor))) {
				if (caseMarker.getRelation().toString().equals("case")) {
					g.removeEdge(caseMarker);
					g.addEdge(gerund, caseMarker.getDependent(), UniversalEnglishGrammaticalRelations.MARKER, 1.0, false);
				}
			}
		}
	}

	/** Verbs of providing someone with something: "supplied North Vietnam with weapons". */
	private static final java.util.Set<String> PROVIDING = java.util.Set.of("supply", "provide", "equip", "furnish",
			"arm", "resupply", "present", "reward");

	/**
	 * "China supplied North Vietnam with weapons" parsed with "with weapons" on the name that receives them: what the
	 * actor is provided with belongs to the verb of providing.
	 */
	private static <E> void providedWith(SemanticGraph g, Map<Integer, E> actorAt) {
		for (SemanticGraphEdge edge : List.copyOf(g.edgeListSorted())) {
			if (!edge.getRelation().toString().equals("nmod:with") || !actorAt.containsKey(edge.getGovernor().index())) {
				continue;
			}
			IndexedWord receiver = edge.getGovernor();
			for (SemanticGraphEdge object : g.incomingEdgeList(receiver)) {
				IndexedWord verb = object.getGovernor();
				if (object.getRelation().toString().equals("obj") && verb.tag().startsWith("VB")
						&& PROVIDING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
					g.removeEdge(edge);
					g.addEdge(verb, edge.getDependent(), edu.stanford.nlp.trees.GrammaticalRelation
						.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish, "obl:with"), 1.0, false);
					break;
				}
			}
		}
	}

	private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "insist", "claim", "believe",
			"argue", "warn", "note", "add", "assert", "think", "know", "allege", "confirm", "report", "tell");

}
