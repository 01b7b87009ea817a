package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Small questions asked of a sentence's dependency graph by every step of the extractor. */
final class Dependencies {

	private Dependencies() {
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

	static boolean passive(SemanticGraph g, IndexedWord verb) {
		return !children(g, verb, "nsubj:pass", "aux:pass").isEmpty()
				|| Triggers.participle(verb) && !children(g, verb, "cop").isEmpty();
	}

	/** The nearest verb above a noun, through at most three noun attachments. */
	static IndexedWord governingVerb(SemanticGraph g, IndexedWord noun) {
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
	static boolean afterComma(Sentence s, IndexedWord verb) {
		int before = verb.index() - 2;
		if (before >= 0 && s.tokens().get(before).tag().startsWith("RB")) {
			before--;
		}
		return before >= 0 && s.tokens().get(before).word().equals(",");
	}

	/** The noun a participle modifies ("Russia, facing sanctions" → Russia). */
	static IndexedWord modifiedBy(SemanticGraph g, IndexedWord verb) {
		IndexedWord parent = g.getParent(verb);
		if (parent != null && g.getEdge(parent, verb).getRelation().toString().startsWith("acl")) {
			return parent;
		}
		return null;
	}

}
