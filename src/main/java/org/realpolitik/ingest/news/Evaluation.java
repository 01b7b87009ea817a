package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.realpolitik.claim.RelationshipType;

/**
 * Scores extracted claims against gold claims. A claim matches when document, subject, type, object, polarity and
 * modality agree. Required gold claims count; a prediction that matches only an optional gold claim counts neither
 * way. A negation error is an asserted fact where the gold says the same relation is denied, intended or merely
 * hypothetical.
 */
final class Evaluation {

	/** A gold claim (the format of shared/gold/seeds.gold.jsonl). */
	record Gold(String doc, String subject, String type, String object, String polarity, String modality, String from,
			String until, boolean required, String quote) {

		String key() {
			return String.join("|", this.doc, this.subject, this.type, this.object, this.polarity, this.modality);
		}

		String pair() {
			return String.join("|", this.doc, this.subject, this.type, this.object);
		}

	}

	record Score(int truePositives, int falsePositives, int falseNegatives) {

		double precision() {
			return this.truePositives + this.falsePositives == 0 ? 1.0
					: (double) this.truePositives / (this.truePositives + this.falsePositives);
		}

		double recall() {
			return this.truePositives + this.falseNegatives == 0 ? 1.0
					: (double) this.truePositives / (this.truePositives + this.falseNegatives);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	record Result(Map<String, Score> byType, Score core, Score all, List<String> negationErrors, int endedFound,
			int endedRequired, int datedMatched, int datedRight, List<String> falsePositives,
			List<String> falseNegatives, List<String> wrongDates) {

		double yearAccuracy() {
			return this.datedMatched == 0 ? 1.0 : (double) this.datedRight / this.datedMatched;
		}

	}

	private Evaluation() {
	}

	static String key(ExtractedClaim c) {
		return String.join("|", c.document(), c.subject().id(), c.type(), c.object().id(), c.polarity(), c.modality());
	}

	static Result score(List<Gold> gold, List<ExtractedClaim> predicted) {
		Map<String, Gold> required = new LinkedHashMap<>();
		Set<String> optional = new HashSet<>();
		Set<String> assertedFactPairs = new HashSet<>();
		Map<String, Gold> weakerPairs = new HashMap<>();
		for (Gold g : gold) {
			if (g.required()) {
				required.putIfAbsent(g.key(), g);
			}
			else {
				optional.add(g.key());
			}
			if (g.polarity().equals("asserted") && (g.modality().equals("fact") || g.modality().equals("alleged"))) {
				assertedFactPairs.add(g.pair());
			}
			else if (g.polarity().equals("negated") || g.modality().equals("hypothetical")
					|| g.modality().equals("intended")) {
				weakerPairs.putIfAbsent(g.pair(), g);
			}
		}
		// one prediction per key; where the same claim is made in several sentences, the one that dates it
		Map<String, ExtractedClaim> unique = new LinkedHashMap<>();
		predicted.forEach(c -> unique.merge(key(c), c,
				(a, b) -> a.from() == null && a.until() == null && (b.from() != null || b.until() != null) ? b : a));
		Map<String, int[]> counts = new TreeMap<>();
		List<String> negationErrors = new ArrayList<>();
		List<String> falsePositives = new ArrayList<>();
		List<String> wrongDates = new ArrayList<>();
		Set<String> matched = new HashSet<>();
		int datedMatched = 0;
		int datedRight = 0;
		for (var entry : unique.entrySet()) {
			ExtractedClaim c = entry.getValue();
			Gold g = required.get(entry.getKey());
			if (g != null) {
				counts.computeIfAbsent(c.type(), t -> new int[3])[0]++;
				matched.add(entry.getKey());
				if (g.from() != null || g.until() != null) {
					datedMatched++;
					if (sameYear(g.from(), c.from()) && sameYear(g.until(), c.until())) {
						datedRight++;
					}
					else {
						wrongDates.add(entry.getKey() + "  gold " + g.from() + ".." + g.until() + ", read " + c.from()
								+ ".." + c.until() + "  <- " + abbreviate(c.quote()));
					}
				}
			}
			else if (!optional.contains(entry.getKey())) {
				counts.computeIfAbsent(c.type(), t -> new int[3])[1]++;
				falsePositives.add(entry.getKey() + "  <- " + abbreviate(c.quote()));
			}
			String pair = String.join("|", c.document(), c.subject().id(), c.type(), c.object().id());
			if (c.polarity().equals("asserted") && c.modality().equals("fact") && weakerPairs.containsKey(pair)
					&& !assertedFactPairs.contains(pair)) {
				negationErrors.add(entry.getKey() + "  gold: " + weakerPairs.get(pair).polarity() + "/"
						+ weakerPairs.get(pair).modality());
			}
		}
		List<String> falseNegatives = new ArrayList<>();
		int endedRequired = 0;
		int endedFound = 0;
		for (var entry : required.entrySet()) {
			Gold g = entry.getValue();
			if (g.polarity().equals("ended")) {
				endedRequired++;
				if (matched.contains(entry.getKey())) {
					endedFound++;
				}
			}
			if (!matched.contains(entry.getKey())) {
				counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
				falseNegatives.add(entry.getKey() + "  <- " + abbreviate(g.quote()));
			}
		}
		Map<String, Score> byType = new LinkedHashMap<>();
		counts.forEach((type, n) -> byType.put(type, new Score(n[0], n[1], n[2])));
		Set<String> core = new HashSet<>();
		RelationshipType.CORE.forEach(t -> core.add(t.name()));
		return new Result(byType, sum(byType, core), sum(byType, byType.keySet()), negationErrors, endedFound,
				endedRequired, datedMatched, datedRight, falsePositives, falseNegatives, wrongDates);
	}

	private static Score sum(Map<String, Score> byType, Set<String> types) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (var entry : byType.entrySet()) {
			if (types.contains(entry.getKey())) {
				tp += entry.getValue().truePositives();
				fp += entry.getValue().falsePositives();
				fn += entry.getValue().falseNegatives();
			}
		}
		return new Score(tp, fp, fn);
	}

	private static boolean sameYear(String gold, String predicted) {
		if (gold == null || predicted == null) {
			return gold == null && predicted == null;
		}
		return gold.substring(0, 4).equals(predicted.substring(0, 4));
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

}
