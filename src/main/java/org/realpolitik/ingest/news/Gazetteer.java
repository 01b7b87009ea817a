package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;

/**
 * Finds actor mentions in text by name and alias, longest match first. Whole words only: an alias never matches inside
 * a longer word or after a hyphen ("Taliban" is not found in "Tehreek-e-Taliban"), so a substring is never a merge.
 * Acronyms and short aliases ({@code US}, {@code UAE}, {@code IS-K}) match only in their own case.
 * <p>
 * Two tiers: the actors the caller gives (the database's, or a gazetteer file) and, behind them, the reference actors
 * generated from the field's dictionaries ({@link ReferenceActors}); a name either tier knows is the first tier's.
 * Names are matched with a trie over words, so finding mentions costs the same whatever the number of names.
 */
final class Gazetteer {

	record Entry(String id, String name, ActorKind kind) {
	}

	/** A mention: character offsets in the text, and the actor. */
	record Mention(int start, int end, Entry actor) {
	}

	private final Map<String, Entry> byId = new HashMap<>();

	private final Map<String, Entry> exact = new HashMap<>();

	private final Map<String, Entry> folded = new HashMap<>();

	private static final Pattern ORGAN_OF = Pattern.compile("\\bof (?:the )?([A-Z][\\p{L} .-]+)$");

	private static final Pattern ORGAN_OWNER = Pattern.compile("^([A-Z][\\p{L} .-]+?)['\u2019]s ");

	private final Map<String, Entry> organOf = new HashMap<>();

	/** The reference actors a text named, as the database should store them once a claim names them. */
	private final Map<String, ActorInput> reference = new HashMap<>();

	/** Words that begin at least two people's names in the reference dictionary ("Ayman", "Abubakar", "Vladimir"). */
	private final Set<String> givenNames = new HashSet<>();

	private final Node root = new Node();

	/** A node of the word trie: the actor a folded name ends here with, and those of case-sensitive names. */
	private static final class Node {

		Map<String, Node> next;

		Entry folded;

		Map<String, Entry> exact;

		Node child(String word) {
			if (this.next == null) {
				this.next = new HashMap<>(4);
			}
			return this.next.computeIfAbsent(word, w -> new Node());
		}

	}

	/** Names of places that contain an actor's name and name no actor (news/places.txt). */
	private static final List<String> PLACES = places();

	/** What a place's name ends at in the trie: it wins over shorter names inside it and is no mention. */
	private static final Entry PLACE = new Entry("", "(a place)", null);

	private static List<String> places() {
		try (var in = Gazetteer.class.getResourceAsStream("/news/places.txt")) {
			if (in == null) {
				throw new IllegalStateException("news/places.txt is missing from the classpath");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	Gazetteer(List<ActorInput> actors) {
		this(actors, List.of());
	}

	Gazetteer(List<ActorInput> actors, List<ReferenceActors.Actor> references) {
		for (ActorInput actor : actors) {
			add(actor, new Entry(actor.id(), actor.name(), actor.kind()));
		}
		Map<String, Integer> firstWords = new HashMap<>();
		for (ReferenceActors.Actor ref : references) {
			String[] words = ref.input().name().split(" ");
			if (ref.input().kind() == ActorKind.PERSON && words.length >= 2) {
				firstWords.merge(words[0].toLowerCase(Locale.ROOT), 1, Integer::sum);
			}
			Entry known = this.byId.get(ref.input().id());
			if (known != null) {
				// other names of an actor the first tier knows ("ISIL", "Daesh"): its names never change hands
				add(ref.input(), known);
				continue;
			}
			Entry entry = new Entry(ref.input().id(), ref.input().name(), ref.input().kind());
			this.reference.put(entry.id(), ref.input());
			add(ref.input(), entry);
		}
		firstWords.forEach((word, count) -> {
			if (count >= 2) {
				this.givenNames.add(word);
			}
		});
		for (String place : PLACES.stream().flatMap(p -> java.util.stream.Stream.of(p, "the " + p)).toList()) {
			// "the West Bank" too, or "the West" would match first
			Node node = this.root;
			for (String word : words(place)) {
				node = node.child(word.toLowerCase(Locale.ROOT));
			}
			if (node.folded == null) {
				node.folded = PLACE;
			}
		}
		for (ActorInput actor : actors) {
			if (actor.kind() == ActorKind.AGENCY) {
				Entry state = stateNamedIn(actor);
				if (state != null) {
					this.organOf.put(actor.id(), state);
				}
			}
		}
		for (ReferenceActors.Actor ref : references) {
			String of = ref.of() != null ? ref.of() : ref.input().kind() == ActorKind.PERSON ? latestOffice(ref.roles()) : null;
			Entry state = of == null ? null : this.byId.get(of);
			if (state != null && this.reference.containsKey(ref.input().id())) {
				this.organOf.put(ref.input().id(), state);
			}
		}
	}

	/** An abbreviation made of two to four capitals. */
	private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,4}");

	private void add(ActorInput actor, Entry entry) {
		this.byId.putIfAbsent(actor.id(), entry);
		List<String> names = new ArrayList<>(actor.aliases());
		names.add(0, actor.name());
		for (String name : List.copyOf(names)) {
			if (INITIALS.matcher(name).matches()) {
				// "UN" is written "U.N." too, "UAE" "U.A.E."
				names.add(name.replaceAll("(.)", "$1."));
			}
		}
		for (String name : names) {
			String alias = name.strip().replace('\u2019', '\'');
			if (alias.length() < 2) {
				continue;
			}
			List<String> words = words(alias);
			if (words.isEmpty()) {
				continue;
			}
			Node node = this.root;
			for (String word : words) {
				node = node.child(word.toLowerCase(Locale.ROOT));
			}
			if (caseSensitive(alias)) {
				this.exact.putIfAbsent(alias.replaceAll("\\s+", " "), entry);
				if (node.exact == null) {
					node.exact = new HashMap<>(2);
				}
				node.exact.putIfAbsent(String.join(" ", words), entry);
			}
			else {
				this.folded.putIfAbsent(normalise(alias), entry);
				if (node.folded == null) {
					node.folded = entry;
				}
			}
		}
	}

	/** The state of a person's latest dated office ({@code state:sector:from:until}), or null. */
	static String latestOffice(List<String> roles) {
		String state = null;
		String latest = "";
		for (String role : roles) {
			String[] parts = role.split(":", -1);
			if (parts.length == 4 && parts[0].matches("[a-z0-9-]+") && parts[2].compareTo(latest) >= 0) {
				latest = parts[2];
				state = parts[0];
			}
		}
		return state;
	}

	/** "Supreme Court of Russia", "Russia's lower house of Parliament": the state an organ's names name. */
	private Entry stateNamedIn(ActorInput agency) {
		List<String> names = new ArrayList<>(agency.aliases());
		names.add(0, agency.name());
		for (String name : names) {
			Matcher of = ORGAN_OF.matcher(name);
			Matcher owner = ORGAN_OWNER.matcher(name);
			String state = of.find() ? of.group(1) : owner.find() ? owner.group(1) : null;
			Entry entry = state == null ? null : lookup(state);
			if (entry != null && entry.kind() == ActorKind.STATE) {
				return entry;
			}
		}
		return null;
	}

	/** The state an agency is an organ of, when its names or the reference dictionary say so; or null. */
	Entry organOf(Entry agency) {
		return this.organOf.get(agency.id());
	}

	/** True when the word begins people's names in the reference dictionary. */
	boolean isGivenName(String word) {
		return this.givenNames.contains(word.toLowerCase(Locale.ROOT));
	}

	/** The reference actor behind an entry, as it is to be stored; null for an actor of the first tier. */
	ActorInput referenceActor(String id) {
		return this.reference.get(id);
	}

	/** Acronyms and very short names: all capitals (with dots, digits or hyphens), or up to three letters. */
	static boolean caseSensitive(String alias) {
		return alias.length() <= 3 || alias.equals(alias.toUpperCase(Locale.ROOT));
	}

	/** The actor a whole name or alias stands for, or null. */
	Entry lookup(String surface) {
		String text = surface.strip().replace('\u2019', '\'').replaceAll("\\s+", " ");
		Entry exactMatch = this.exact.get(text);
		return exactMatch != null ? exactMatch : caseSensitive(text) ? null : this.folded.get(normalise(text));
	}

	Entry get(String id) {
		return this.byId.get(id);
	}

	/** "Donetsk and Luhansk People's Republics", "North and South Korea": two names that share their last words. */
	private static final Pattern SHARED_HEAD = Pattern.compile(
			"\\b(\\p{Lu}[\\p{L}\\p{M}-]*) (?:and|or) (\\p{Lu}[\\p{L}\\p{M}-]*)((?: \\p{Lu}[\\p{L}\\p{M}'\u2019-]*){1,4})");

	/**
	 * The mentions with names that share their head written once: in "Donetsk and Luhansk People's Republics" the
	 * first word names the Donetsk People's Republic and the rest the Luhansk one, where the gazetteer knows both
	 * full names (as written, or with the plural head made singular). Other mentions stay as they are.
	 */
	List<Mention> withSharedHeads(String text, List<Mention> mentions) {
		List<Mention> added = new ArrayList<>();
		Matcher m = SHARED_HEAD.matcher(text);
		while (m.find()) {
			String rest = m.group(3);
			Entry first = null;
			Entry second = null;
			for (String head : rest.endsWith("s") ? List.of(rest, rest.substring(0, rest.length() - 1)) : List.of(rest)) {
				first = lookup(m.group(1) + head);
				second = lookup(m.group(2) + head);
				if (first != null && second != null) {
					break;
				}
			}
			if (first == null || second == null || first.equals(second) || lookup(m.group(1)) != null) {
				continue;
			}
			added.add(new Mention(m.start(1), m.end(1), first));
			added.add(new Mention(m.start(2), m.end(3), second));
		}
		if (added.isEmpty()) {
			return mentions;
		}
		List<Mention> merged = new ArrayList<>(added);
		for (Mention mention : mentions) {
			if (added.stream().noneMatch(a -> a.start() < mention.end() && mention.start() < a.end())) {
				merged.add(mention);
			}
		}
		merged.sort(java.util.Comparator.comparingInt(Mention::start));
		return merged;
	}

	/** All mentions in the text, the longest where names overlap, in text order. */
	List<Mention> find(String text) {
		List<int[]> spans = spans(text);
		List<Mention> found = new ArrayList<>();
		int t = 0;
		while (t < spans.size()) {
			Match match = matchAt(text, spans, t);
			if (match != null && match.entry() == PLACE && actorBeyond(text, spans, t, match.last())) {
				// "the Persian Gulf states": a name that begins inside the place's and goes on past it is the actor's
				t++;
				continue;
			}
			if (match != null) {
				if (match.entry() != PLACE) {
					found.add(new Mention(spans.get(t)[0], spans.get(match.last())[1], match.entry()));
				}
				t = match.last() + 1;
			}
			else {
				t++;
			}
		}
		return found;
	}

	/** The longest name that starts at word {@code t}: its actor and its last word. */
	private record Match(Entry entry, int last) {
	}

	private Match matchAt(String text, List<int[]> spans, int t) {
		int[] first = spans.get(t);
		boolean afterHyphen = first[0] > 0 && text.charAt(first[0] - 1) == '-';
		boolean afterWord = first[0] > 0 && Character.isLetterOrDigit(text.charAt(first[0] - 1));
		if (afterHyphen || afterWord) {
			return null;
		}
		Entry best = null;
		int bestEnd = -1;
		Node node = this.root;
		StringBuilder surface = new StringBuilder();
		for (int k = t; k < spans.size() && node != null; k++) {
			int[] span = spans.get(k);
			String word = text.substring(span[0], span[1]).replace('\u2019', '\'');
			if (k > t && hyphen(word)) {
				continue; // "al-Qaeda" is "al Qaeda", "Tehrik-e Taliban" is "Tehrik-e-Taliban"
			}
			node = node.next == null ? null : node.next.get(word.toLowerCase(Locale.ROOT));
			if (node == null) {
				break;
			}
			if (surface.length() > 0) {
				surface.append(' ');
			}
			surface.append(word);
			Entry here = node.exact == null ? null : node.exact.get(surface.toString());
			if (here == null) {
				here = node.folded;
			}
			if (here != null && !(acronymPart(text, span[1], here == node.folded) && !namesAfterHyphen(text, span[1]))) {
				best = here;
				bestEnd = k;
			}
		}
		return best == null ? null : new Match(best, bestEnd);
	}

	/** True when an actor's name starts inside words t..last and ends after them. */
	private boolean actorBeyond(String text, List<int[]> spans, int t, int last) {
		for (int k = t + 1; k <= last; k++) {
			Match inner = matchAt(text, spans, k);
			if (inner != null && inner.entry() != PLACE && inner.last() > last) {
				return true;
			}
		}
		return false;
	}

	/** True when the name is one of a place that names no actor ("the West Bank"). */
	boolean isPlace(String name) {
		List<int[]> words = spans(name);
		Match match = words.isEmpty() ? null : matchAt(name, words, 0);
		return match != null && match.entry() == PLACE && match.last() == words.size() - 1;
	}

	/**
	 * True when a case-sensitive name ends in front of a hyphen and more capitals or digits: "ISIS" in "ISIS-WA" or
	 * "IS" in "IS-K" names a branch, not the parent. "US-led" and "Taliban-run" still name the actor.
	 */
	private static boolean acronymPart(String text, int end, boolean folded) {
		return !folded && end + 1 < text.length() && text.charAt(end) == '-'
				&& (Character.isUpperCase(text.charAt(end + 1)) || Character.isDigit(text.charAt(end + 1)));
	}

	/** True when the word after a hyphen is a name of its own: "US-NATO forces" names both, "ISIS-WA" one branch. */
	private boolean namesAfterHyphen(String text, int hyphen) {
		int start = hyphen + 1;
		int end = start;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		Node node = this.root.next == null ? null : this.root.next.get(text.substring(start, end).toLowerCase(Locale.ROOT));
		return node != null && (node.folded != null || node.exact != null && node.exact.containsKey(text.substring(start, end)));
	}

	/** Words: runs of letters and digits, and every other character that is not white space on its own. */
	private static List<int[]> spans(String text) {
		List<int[]> spans = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				spans.add(new int[] { start, i });
			}
			else {
				spans.add(new int[] { i, i + 1 });
				i++;
			}
		}
		return spans;
	}

	/** The words of a name; hyphens between them are spelling, not words ("al-Qaeda" and "al Qaeda" are one name). */
	private static List<String> words(String alias) {
		List<String> words = new ArrayList<>();
		for (int[] span : spans(alias)) {
			String word = alias.substring(span[0], span[1]);
			if (!hyphen(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean hyphen(String word) {
		return word.equals("-") || word.equals("\u2010") || word.equals("\u2011");
	}

	private static String normalise(String matched) {
		return matched.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
	}

}
