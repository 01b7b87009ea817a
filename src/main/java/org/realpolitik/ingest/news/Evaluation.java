package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.claim.RelationshipType;

/**
 * Scores extracted claims against gold claims the way the project's reference scorer does
 * ({@code shared/eval/evaluate.py}): over unique (document, subject, type, object) keys.
 * <ul>
 * <li>A gold claim is positive when asserted as a fact or alleged; required positive keys are what recall counts,
 * optional ones (and ended ones, which imply the relation existed) are tolerated: a system key that matches only them
 * counts neither way.</li>
 * <li>A system claim is positive when asserted as a fact or alleged; precision is over the positive keys that are not
 * merely tolerated.</li>
 * <li>A negation error is a positive system key whose required gold says the relation is denied, intended or
 * hypothetical, and which the text does not also assert.</li>
 * <li>A dated required key has the right date when its gold start year is among the start years of the system's
 * claims with that key.</li>
 * <li>System actors map onto gold actors by id, or by name, equal (case, spaces, hyphens and dots aside) to a gold
 * id, name or alias.</li>
 * </ul>
 */
final class Evaluation {

	/** A gold claim (the format of shared/gold/seeds.gold.jsonl). */
	record Gold(String doc, String subject, String type, String object, String polarity, String modality, String from,
			String until, boolean required, String quote) {

		String key() {
			return String.join("|", this.doc, this.subject, this.type, this.object);
		}

		boolean positive() {
			return this.polarity.equals("asserted") && (this.modality.equals("fact") || this.modality.equals("alleged"));
		}

	}

	record Score(int truePositives, int falsePositives, int falseNegatives) {

		double precision() {
			return this.truePositives + this.falsePositives == 0 ? 0.0
					: (double) this.truePositives / (this.truePositives + this.falsePositives);
		}

		double recall() {
			return this.truePositives + this.falseNegatives == 0 ? 0.0
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

	/** Names as the reference scorer compares them: lower case, runs of spaces, hyphens, dots and quotes as one space. */
	static String norm(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\u2013\u2019'`.]+", " ").strip();
	}

	/** Gold actor ids by every normalised id, name and alias, the first actor to claim a form keeping it. */
	static Map<String, String> actorIndex(List<ActorInput> actors) {
		Map<String, String> index = new HashMap<>();
		for (ActorInput actor : actors) {
			List<String> forms = new ArrayList<>(List.of(actor.id(), actor.name()));
			forms.addAll(actor.aliases());
			for (String form : forms) {
				if (!form.isEmpty()) {
					index.putIfAbsent(norm(form), actor.id());
				}
			}
		}
		return index;
	}

	private static String actorOf(ExtractedClaim.ActorRef actor, Map<String, String> index) {
		if (actor.id() != null && index.containsKey(norm(actor.id()))) {
			return index.get(norm(actor.id()));
		}
		if (actor.name() != null && index.containsKey(norm(actor.name()))) {
			return index.get(norm(actor.name()));
		}
		return "?" + (actor.id() != null ? actor.id() : actor.name());
	}

	/** Scores with system actors taken at their ids (tests, and gold that uses the system's ids). */
	static Result score(List<Gold> gold, List<ExtractedClaim> predicted) {
		Map<String, String> ids = new HashMap<>();
		for (Gold g : gold) {
			ids.put(norm(g.subject()), g.subject());
			ids.put(norm(g.object()), g.object());
		}
		return score(gold, predicted, ids);
	}

	static Result score(List<Gold> gold, List<ExtractedClaim> predicted, Map<String, String> actorIndex) {
		Map<String, Gold> required = new LinkedHashMap<>();
		Set<String> optional = new HashSet<>();
		Map<String, Gold> negatives = new LinkedHashMap<>();
		Set<String> endedRequired = new TreeSet<>();
		Map<String, String> goldYear = new HashMap<>();
		Set<String> docs = new HashSet<>();
		for (Gold g : gold) {
			docs.add(g.doc());
			String key = g.key();
			if (g.positive()) {
				if (g.required()) {
					required.put(key, g);
					if (g.from() != null) {
						goldYear.put(key, year(g.from()));
					}
				}
				else {
					optional.add(key);
				}
			}
			else if (g.polarity().equals("ended")) {
				optional.add(key);
				if (g.required()) {
					endedRequired.add(key);
				}
			}
			else if (g.required()) {
				negatives.put(key, g);
			}
		}
		negatives.keySet().removeIf(key -> required.containsKey(key) || optional.contains(key));

		Map<String, ExtractedClaim> positive = new TreeMap<>();
		Map<String, Set<String>> years = new HashMap<>();
		Set<String> ended = new HashSet<>();
		for (ExtractedClaim c : predicted) {
			String doc = java.nio.file.Path.of(c.document()).getFileName().toString();
			String key = String.join("|", doc, actorOf(c.subject(), actorIndex), c.type().toUpperCase(Locale.ROOT),
					actorOf(c.object(), actorIndex));
			if (!docs.contains(doc)) {
				continue;
			}
			if (c.polarity().equals("asserted") && (c.modality().equals("fact") || c.modality().equals("alleged"))) {
				positive.putIfAbsent(key, c);
				if (c.from() != null) {
					years.computeIfAbsent(key, k -> new HashSet<>()).add(year(c.from()));
				}
			}
			else if (c.polarity().equals("ended")) {
				ended.add(key);
			}
		}

		Map<String, int[]> counts = new TreeMap<>();
		List<String> falsePositives = new ArrayList<>();
		List<String> negationErrors = new ArrayList<>();
		List<String> wrongDates = new ArrayList<>();
		int datedMatched = 0;
		int datedRight = 0;
		for (var entry : positive.entrySet()) {
			String key = entry.getKey();
			ExtractedClaim c = entry.getValue();
			String type = key.split("\\|")[2];
			if (required.containsKey(key)) {
				counts.computeIfAbsent(type, t -> new int[3])[0]++;
				if (goldYear.containsKey(key)) {
					datedMatched++;
					Set<String> found = years.getOrDefault(key, Set.of());
					if (found.contains(goldYear.get(key))) {
						datedRight++;
					}
					else {
						wrongDates.add(key + "  gold " + required.get(key).from() + ", read " + found + "  <- "
								+ abbreviate(c.quote()));
					}
				}
			}
			else if (!optional.contains(key)) {
				counts.computeIfAbsent(type, t -> new int[3])[1]++;
				falsePositives.add(key + "  <- " + abbreviate(c.quote()) + "  [" + c.method() + "]");
			}
			if (negatives.containsKey(key)) {
				Gold g = negatives.get(key);
				negationErrors.add(key + "  gold: " + g.polarity() + "/" + g.modality() + "  <- " + abbreviate(g.quote()));
			}
		}
		List<String> falseNegatives = new ArrayList<>();
		for (var entry : required.entrySet()) {
			if (!positive.containsKey(entry.getKey())) {
				counts.computeIfAbsent(entry.getValue().type(), t -> new int[3])[2]++;
				falseNegatives.add(entry.getKey() + "  <- " + abbreviate(entry.getValue().quote()));
			}
		}
		int endedFound = (int) endedRequired.stream().filter(ended::contains).count();
		Map<String, Score> byType = new LinkedHashMap<>();
		counts.forEach((type, n) -> byType.put(type, new Score(n[0], n[1], n[2])));
		Set<String> core = new HashSet<>();
		RelationshipType.CORE.forEach(t -> core.add(t.name()));
		return new Result(byType, sum(byType, core), sum(byType, byType.keySet()), negationErrors, endedFound,
				endedRequired.size(), datedMatched, datedRight, falsePositives, falseNegatives, wrongDates);
	}

	private static String year(String date) {
		return date.length() >= 4 ? date.substring(0, 4) : date;
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

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

}
