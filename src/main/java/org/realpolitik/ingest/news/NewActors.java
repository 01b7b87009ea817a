package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;
import org.realpolitik.ingest.news.Gazetteer.Mention;

/**
 * The actors an article introduces that the gazetteer lacks: people and organisations the named-entity recogniser
 * finds, each with a readable id made from its name, and the acronym it is given in parentheses as an alias
 * ("Tehreek-e-Taliban Pakistan (TTP)"), which then names it in the rest of the article. An acronym introduced for a
 * known actor becomes its alias in this article too. Never merged by substring: a new name is its own actor unless
 * it is exactly the name of a known one.
 */
final class NewActors {

	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&-]{1,7}");

	private static final Set<String> KINDS = Set.of("PERSON", "ORGANIZATION");

	/** Token spans (document character offsets) → the new actor. */
	private final Map<Integer, Entry> byStart = new HashMap<>();

	private final Map<Integer, Integer> endOf = new HashMap<>();

	private final Map<String, Entry> acronyms = new HashMap<>();

	private final Map<String, ActorInput> created = new LinkedHashMap<>();

	/** Spans that replace the gazetteer's shorter match inside them. */
	private final Set<Integer> overriding = new HashSet<>();

	NewActors(Gazetteer gazetteer, String text, List<CoreSentence> sentences, List<Mention> mentions) {
		Set<Integer> known = new HashSet<>();
		Map<Integer, Entry> knownAt = new HashMap<>();
		for (Mention mention : mentions) {
			for (int c = mention.start(); c < mention.end(); c++) {
				known.add(c);
			}
			knownAt.put(mention.end(), mention.actor());
		}
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int t = 0; t < tokens.size(); t++) {
				String tag = tokens.get(t).ner();
				if (!KINDS.contains(tag) || known.contains(tokens.get(t).beginPosition())) {
					continue;
				}
				int last = t;
				while (last + 1 < tokens.size() && tag.equals(tokens.get(last + 1).ner())
						&& !known.contains(tokens.get(last + 1).beginPosition())) {
					last++;
				}
				int start = tokens.get(t).beginPosition();
				int end = tokens.get(last).endPosition();
				String name = text.substring(start, end).replaceAll("\\s+", " ").strip();
				Entry entry = entry(gazetteer, name, tag.equals("PERSON") ? ActorKind.PERSON : ActorKind.ORGANISATION);
				if (entry != null) {
					this.byStart.put(start, entry);
					this.endOf.put(start, end);
					knownAt.put(end, entry);
				}
				t = last;
			}
			// "Tehreek-e-Taliban Pakistan (TTP)": the acronym in parentheses names the actor just before it
			for (int t = 2; t + 1 < tokens.size(); t++) {
				String word = tokens.get(t).word();
				if (!tokens.get(t - 1).word().equals("(") || !tokens.get(t + 1).word().equals(")")
						|| !ACRONYM.matcher(word).matches() || gazetteer.lookup(word) != null) {
					continue;
				}
				Entry before = knownAt.get(tokens.get(t - 2).endPosition());
				// the whole capitalised name before the parenthesis, when it is longer than what is known of it:
				// "Tehreek-e-Labbaik Pakistan (TLP)" is not Pakistan
				int first = t - 2;
				while (first > 0 && nameToken(tokens.get(first - 1))) {
					first--;
				}
				while (first < t - 2 && (!Character.isUpperCase(tokens.get(first).word().charAt(0))
						|| tokens.get(first).word().equalsIgnoreCase("the"))) {
					first++;
				}
				int nameStart = tokens.get(first).beginPosition();
				int nameEnd = tokens.get(t - 2).endPosition();
				String name = text.substring(nameStart, nameEnd).replaceAll("\\s+", " ");
				boolean longer = first < t - 2 && (before == null || gazetteer.lookup(name) == null);
				if (longer && nameToken(tokens.get(t - 2))) {
					Entry entry = entry(gazetteer, name, ActorKind.ORGANISATION);
					if (entry != null) {
						this.byStart.put(nameStart, entry);
						this.endOf.put(nameStart, nameEnd);
						this.overriding.add(nameStart);
						before = entry;
					}
				}
				if (before != null) {
					this.acronyms.putIfAbsent(word, before);
					ActorInput input = this.created.get(before.id());
					if (input != null && !input.aliases().contains(word)) {
						List<String> aliases = new ArrayList<>(input.aliases());
						aliases.add(word);
						this.created.put(before.id(), new ActorInput(input.id(), input.name(), input.kind(), aliases,
								null, null));
					}
				}
			}
		}
		acronymsNameTheirActors();
	}

	/** An acronym introduced for an actor is that actor, not a new one of its own. */
	private void acronymsNameTheirActors() {
		this.byStart.entrySet().removeIf(e -> {
			Entry acronymOf = this.acronyms.get(e.getValue().name());
			if (acronymOf != null && acronymOf != e.getValue()) {
				this.created.remove(e.getValue().id());
				return true;
			}
			return false;
		});
	}

	private static boolean nameToken(CoreLabel token) {
		String word = token.word();
		return token.tag() != null && token.tag().startsWith("NNP")
				|| Set.of("of", "the", "for", "and", "al", "e", "ul").contains(word.toLowerCase(Locale.ROOT))
				|| !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.contains("-");
	}

	private Entry entry(Gazetteer gazetteer, String name, ActorKind kind) {
		if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))) {
			return null;
		}
		String id = slug(name);
		if (id.isEmpty()) {
			return null;
		}
		Entry existing = gazetteer.get(id);
		if (existing != null) {
			if (existing.name().equalsIgnoreCase(name)) {
				return existing;
			}
			id = id + "-" + kind.value().replace('_', '-');
		}
		ActorInput input = this.created.computeIfAbsent(id, i -> new ActorInput(i, name, kind, List.of(), null, null));
		return new Entry(input.id(), input.name(), input.kind());
	}

	static String slug(String name) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** Maps the sentence's tokens that name a new actor, or an acronym introduced in the article. */
	void map(List<CoreLabel> tokens, Map<Integer, Entry> actorAt) {
		for (int t = 0; t < tokens.size(); t++) {
			CoreLabel token = tokens.get(t);
			boolean overrides = this.overriding.contains(token.beginPosition());
			if (actorAt.containsKey(t + 1) && !overrides) {
				continue;
			}
			Entry entry = this.byStart.get(token.beginPosition());
			if (entry != null) {
				int end = this.endOf.get(token.beginPosition());
				for (int k = t; k < tokens.size() && tokens.get(k).beginPosition() < end; k++) {
					if (overrides) {
						actorAt.put(k + 1, entry);
					}
					else {
						actorAt.putIfAbsent(k + 1, entry);
					}
				}
				continue;
			}
			Entry acronym = this.acronyms.get(token.word());
			if (acronym != null) {
				actorAt.put(t + 1, acronym);
			}
		}
	}

	/** A person the gazetteer does not know appears only as a member of something, never as a state-like actor. */
	boolean mayAppearIn(ClaimExtractor.Found found) {
		if (found.type() == RelationshipType.MEMBER_OF) {
			return true;
		}
		return !isNewPerson(found.subject()) && !isNewPerson(found.object());
	}

	private boolean isNewPerson(Entry entry) {
		return entry.kind() == ActorKind.PERSON && this.created.containsKey(entry.id());
	}

	/** The new actors the claims name. */
	List<ActorInput> usedBy(List<ExtractedClaim> claims) {
		Set<String> named = new HashSet<>();
		claims.forEach(c -> {
			named.add(c.subject().id());
			named.add(c.object().id());
		});
		return this.created.values().stream().filter(a -> named.contains(a.id())).toList();
	}

}
