package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;

/**
 * Step 5 of reading a sentence: when a claim holds. The date attached to the trigger's own clause (or to a "which
 * started in" / "when" clause), a year range in the sentence, the date that opens the line; "until" marks an end, and
 * an ending's date is its end. Dates keep their precision (a year, a month, a day).
 */
final class ClaimDates {

	private static final Pattern YEAR_RANGE = Pattern.compile("((?:1[89]|20)\\d{2})\\s*[-–]\\s*((?:1[89]|20)\\d{2})");

	private static final Pattern NORMALISED_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

	private static final Set<String> START_VERBS = Set.of("start", "begin", "erupt", "break", "launch", "commence",
			"open");

	private static final Set<String> END_VERBS = Set.of("end", "conclude", "finish", "cease", "stop", "close");

	private ClaimDates() {
	}

	/**
	 * The dates of a claim: a year range in the sentence ("1996-2001"), or the date attached to the trigger or a word
	 * that governs it, or the only date of the sentence. "since"/"as early as" mark a start, "until" an end.
	 */
	static PartialDate[] dates(Sentence s, IndexedWord trigger) {
		for (CoreLabel token : s.tokens()) {
			Matcher range = YEAR_RANGE.matcher(token.word());
			if (range.matches() && Integer.parseInt(range.group(1)) < Integer.parseInt(range.group(2))) {
				return new PartialDate[] { PartialDate.parse(range.group(1)), PartialDate.parse(range.group(2)) };
			}
		}
		List<int[]> spans = new ArrayList<>();
		List<PartialDate> values = new ArrayList<>();
		for (int i = 0; i < s.tokens().size(); i++) {
			CoreLabel token = s.tokens().get(i);
			String normalised = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
			if (!"DATE".equals(token.ner()) || normalised == null) {
				continue;
			}
			Matcher m = NORMALISED_DATE.matcher(normalised);
			Matcher decade = DECADE.matcher(normalised);
			PartialDate date;
			if (m.lookingAt()) {
				date = PartialDate.parse(m.group());
			}
			else if (decade.matches()) {
				date = PartialDate.parse(decade.group(1) + "0"); // "the 1980s": from 1980
			}
			else {
				continue;
			}
			if (!values.isEmpty() && values.get(values.size() - 1).equals(date) && spans.get(spans.size() - 1)[1] == i) {
				spans.get(spans.size() - 1)[1] = i + 1;
			}
			else {
				values.add(date);
				spans.add(new int[] { i, i + 1 });
			}
		}
		if (values.isEmpty()) {
			return new PartialDate[2];
		}
		// the date of the trigger's own clause: attached to the trigger, or to the verb that governs it
		SemanticGraph g = s.graph();
		List<IndexedWord> anchors = new ArrayList<>();
		IndexedWord clause = trigger;
		IndexedWord subordinate = null;
		for (int i = 0; i < 4 && clause != null; i++) {
			anchors.add(clause);
			IndexedWord parent = g.getParent(clause);
			if (parent == null) {
				break;
			}
			String up = g.getEdge(parent, clause).getRelation().toString();
			// a relative clause or a participle ("the Taliban, long sheltered by Pakistan, returned in 2021") is not
			// dated by the clause of the noun it modifies; a purpose is dated by what is done
			// for it ("sent troops in 1962 to support X")
			boolean purpose = up.startsWith("advcl") && g.outgoingEdgeList(clause).stream()
				.anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"));
			if (!purpose && (up.startsWith("conj") || up.equals("parataxis") || up.startsWith("advcl")
					|| up.equals("acl:relcl") || up.equals("acl") && clause.tag().equals("VBN"))) {
				if (up.startsWith("advcl")) {
					subordinate = clause;
				}
				break;
			}
			clause = parent;
		}
		int chosen = -1;
		boolean ends = false;
		for (IndexedWord anchor : anchors) {
			List<IndexedWord> holders = new ArrayList<>(List.of(anchor));
			for (SemanticGraphEdge edge : g.outgoingEdgeList(anchor)) {
				String rel = edge.getRelation().toString();
				String lemma = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
				// "the war, which started in February 2022"; "when the Taliban took control in 1996, they ..."
				if (rel.equals("acl:relcl") && (START_VERBS.contains(lemma) || END_VERBS.contains(lemma))
						|| rel.equals("advcl:when") || rel.equals("advcl") && introducedByWhen(g, edge.getDependent())) {
					holders.add(edge.getDependent());
				}
			}
			for (IndexedWord holder : holders) {
				for (SemanticGraphEdge edge : g.outgoingEdgeList(holder)) {
					String rel = edge.getRelation().toString();
					if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod") || rel.equals("appos"))) {
						continue;
					}
					for (IndexedWord dep : g.descendants(edge.getDependent())) {
						for (int d = 0; d < spans.size() && chosen < 0; d++) {
							if (dep.index() - 1 >= spans.get(d)[0] && dep.index() - 1 < spans.get(d)[1]
									&& g.getShortestDirectedPathNodes(edge.getDependent(), dep).size() <= 2) {
								chosen = d;
								ends = holder != anchor && END_VERBS.contains(holder.lemma().toLowerCase(Locale.ROOT));
							}
						}
					}
				}
			}
			if (chosen >= 0) {
				break;
			}
		}
		if (chosen < 0 && subordinate != null) {
			chosen = dateBeforeMainClause(s, subordinate, spans);
		}
		if (ends) {
			return new PartialDate[] { null, values.get(chosen) };
		}
		if (chosen < 0 && (spans.get(0)[0] == 0 || dateline(s, spans.get(0)))) {
			// a line that starts with its date: "1979 | Soviet Invasion of Afghanistan | ...", "July 2025: ...", or
			// with a dateline: "WASHINGTON, March 3, 2020 - Today, ..."
			chosen = 0;
		}
		if (chosen < 0) {
			return new PartialDate[2];
		}
		if (chosen > 0 && joined(s, spans.get(chosen - 1), spans.get(chosen))) {
			chosen--; // "from 1979 to 1989" with the parser's attachment on the second year
		}
		int first = spans.get(chosen)[0];
		String before = first > 0 ? s.tokens().get(first - 1).word().toLowerCase(Locale.ROOT) : "";
		if (before.equals("until") || before.equals("till")) {
			return new PartialDate[] { null, values.get(chosen) };
		}
		if (chosen + 1 < spans.size() && joined(s, spans.get(chosen), spans.get(chosen + 1))) {
			// "from 1979 to 1989", "between 1965 and 1975"
			PartialDate end = values.get(chosen + 1);
			String last = s.tokens().get(spans.get(chosen + 1)[1] - 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
			Matcher decade = last == null ? null : DECADE.matcher(last);
			return new PartialDate[] { values.get(chosen),
					decade != null && decade.matches() ? PartialDate.parse(decade.group(1) + "9") : end };
		}
		String normalised = s.tokens().get(first).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
		Matcher decade = normalised == null ? null : DECADE.matcher(normalised);
		String preposition = first > 1 && s.tokens().get(first).word().equalsIgnoreCase("the")
				? s.tokens().get(first - 1).word().toLowerCase(Locale.ROOT) : before;
		if (decade != null && decade.matches() && (preposition.equals("throughout") || preposition.equals("during"))) {
			// "throughout the 1980s": the whole decade
			return new PartialDate[] { values.get(chosen), PartialDate.parse(decade.group(1) + "9") };
		}
		return new PartialDate[] { values.get(chosen), null };
	}

	/** A decade as the recogniser normalises it: "the 1980s" is 198X. */
	private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

	/** True when two date spans make a range: "from 1979 to 1989", "between 1965 and 1975", "1970s and 1980s". */
	private static boolean joined(Sentence s, int[] earlier, int[] later) {
		if (later[0] != earlier[1] + 1) {
			return false;
		}
		String between = s.tokens().get(earlier[1]).word().toLowerCase(Locale.ROOT);
		String opening = earlier[0] > 0 ? s.tokens().get(earlier[0] - 1).word().toLowerCase(Locale.ROOT) : "";
		return (between.equals("to") || between.equals("until") || between.equals("through") || between.equals("-")
				|| between.equals("\u2013")) && opening.equals("from")
				|| between.equals("and") && opening.equals("between");
	}

	/**
	 * "WASHINGTON, March 3, 2020 - ...", "KABUL, Afghanistan, 5 May 2021 (Reuters) - ...": the sentence opens with a
	 * place, then the date, then a dash, a colon or a parenthesis.
	 */
	static boolean dateline(Sentence s, int[] span) {
		if (span[0] == 0 || span[0] > 6 || span[1] >= s.tokens().size()) {
			return false;
		}
		for (int i = 0; i < span[0]; i++) {
			CoreLabel token = s.tokens().get(i);
			if (!token.tag().startsWith("NNP") && !token.word().equals(",")) {
				return false;
			}
		}
		String after = s.tokens().get(span[1]).word();
		return after.equals("-") || after.equals("--") || after.equals("\u2013") || after.equals("\u2014")
				|| after.equals(":") || after.equals("(") || after.equals("-LRB-");
	}

	/** True when a clause opens with "when": "when the Taliban took control in 1996, they ...". */
	private static boolean introducedByWhen(SemanticGraph g, IndexedWord clause) {
		for (SemanticGraphEdge edge : g.outgoingEdgeList(clause)) {
			String rel = edge.getRelation().toString();
			if ((rel.equals("advmod") || rel.equals("mark")) && edge.getDependent().word().equalsIgnoreCase("when")
					&& edge.getDependent().index() < clause.index()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A date that the parser attached to the main verb though it stands, with no comma before it, right after a
	 * subordinate clause that opens the sentence: "Although Russia has pursued better relations with the Taliban since
	 * 2015 there are ..." dates the pursuit, not the main clause. The index of that date's span, or -1.
	 */
	private static int dateBeforeMainClause(Sentence s, IndexedWord subordinate, List<int[]> spans) {
		SemanticGraph g = s.graph();
		IndexedWord main = g.getParent(subordinate);
		int first = subordinate.index();
		int last = subordinate.index();
		for (IndexedWord word : g.descendants(subordinate)) {
			first = Math.min(first, word.index());
			last = Math.max(last, word.index());
		}
		if (main == null || first > main.index() || last > main.index()) {
			return -1;
		}
		for (SemanticGraphEdge edge : g.outgoingEdgeList(main)) {
			if (!edge.getRelation().toString().startsWith("obl")) {
				continue;
			}
			int at = edge.getDependent().index();
			if (at <= last || at >= main.index()) {
				continue;
			}
			boolean comma = false;
			for (int t = last; t < at - 1; t++) {
				comma |= s.tokens().get(t).word().equals(",");
			}
			for (int d = 0; d < spans.size() && !comma; d++) {
				if (at - 1 >= spans.get(d)[0] && at - 1 < spans.get(d)[1]) {
					return d;
				}
			}
		}
		return -1;
	}

	/** The date or year range ("2022–2023 | ...") that tokens open with, as from and until; or null. */
	static PartialDate[] leadingDates(List<CoreLabel> tokens) {
		if (tokens.isEmpty()) {
			return null;
		}
		Matcher range = YEAR_RANGE.matcher(tokens.get(0).word());
		if (range.matches()) {
			return new PartialDate[] { PartialDate.parse(range.group(1)), PartialDate.parse(range.group(2)) };
		}
		if (!"DATE".equals(tokens.get(0).ner())) {
			return null;
		}
		String normalised = tokens.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
		Matcher m = normalised == null ? null : NORMALISED_DATE.matcher(normalised);
		return m != null && m.lookingAt() ? new PartialDate[] { PartialDate.parse(m.group()), null } : null;
	}

	/** The last date the sentence names (a day, month or year), or null. */
	static PartialDate lastDate(List<CoreLabel> tokens) {
		PartialDate last = null;
		for (CoreLabel token : tokens) {
			String normalised = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
			if ("DATE".equals(token.ner()) && normalised != null) {
				Matcher m = NORMALISED_DATE.matcher(normalised);
				if (m.lookingAt()) {
					last = PartialDate.parse(m.group());
				}
			}
		}
		return last;
	}

	/** True when the sentence's verbs are in the past tense and none in the present. */
	static boolean pastTense(List<CoreLabel> tokens) {
		boolean past = false;
		for (CoreLabel token : tokens) {
			String tag = token.tag();
			if ("VBZ".equals(tag) || "VBP".equals(tag) || "MD".equals(tag)) {
				return false;
			}
			past |= "VBD".equals(tag);
		}
		return past;
	}

	static Found dated(Found found, PartialDate[] dates) {
		return dated(found, dates, "+line-date");
	}

	/**
	 * Whether a claim reports an act (an attack, a sanction, a recognition, a condemnation, a meeting, a delivery), not
	 * a standing relation (support, membership, succession), and says it happened: only an act is dated by the article
	 * that reports it.
	 */
	static boolean event(Found found) {
		return found.modality() == Modality.FACT && found.polarity() != Polarity.NEGATED
				&& found.type() != RelationshipType.SUPPORTS && found.type() != RelationshipType.MEMBER_OF
				&& found.type() != RelationshipType.SUCCESSOR_OF;
	}

	/** The claim with the given dates where it has none of its own; an ending's date is its end. */
	static Found dated(Found found, PartialDate[] dates, String how) {
		if (found.from() != null || found.until() != null) {
			return found;
		}
		PartialDate from = dates[0];
		PartialDate until = dates[1];
		if (found.polarity() == Polarity.ENDED) {
			until = until != null ? until : from;
			from = null;
		}
		return new Found(found.subject(), found.type(), found.object(), found.polarity(), found.modality(), from, until,
				found.rule() + how, found.confidence());
	}

}
