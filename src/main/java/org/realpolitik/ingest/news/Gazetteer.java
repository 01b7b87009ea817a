package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;

/**
 * Finds actor mentions in text by name and alias, longest match first. Whole words only: an alias never matches inside
 * a longer word or after a hyphen ("Taliban" is not found in "Tehreek-e-Taliban"), so a substring is never a merge.
 * Acronyms and short aliases ({@code US}, {@code UAE}, {@code IS-K}) match only in their own case.
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

	private final Pattern exactPattern;

	private final Pattern foldedPattern;

	Gazetteer(List<ActorInput> actors) {
		for (ActorInput actor : actors) {
			Entry entry = new Entry(actor.id(), actor.name(), actor.kind());
			this.byId.put(actor.id(), entry);
			List<String> names = new ArrayList<>(actor.aliases());
			names.add(0, actor.name());
			for (String name : names) {
				String alias = name.strip();
				if (alias.length() < 2) {
					continue;
				}
				if (caseSensitive(alias)) {
					this.exact.putIfAbsent(alias, entry);
				}
				else {
					this.folded.putIfAbsent(alias.toLowerCase(java.util.Locale.ROOT), entry);
				}
			}
		}
		this.exactPattern = pattern(this.exact.keySet(), 0);
		this.foldedPattern = pattern(this.folded.keySet(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		for (ActorInput actor : actors) {
			if (actor.kind() == ActorKind.AGENCY) {
				Entry state = stateNamedIn(actor);
				if (state != null) {
					this.organOf.put(actor.id(), state);
				}
			}
		}
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

	/** The state an agency is an organ of, when its names say so; or null. */
	Entry organOf(Entry agency) {
		return this.organOf.get(agency.id());
	}

	/** Acronyms and very short names: all capitals (with dots, digits or hyphens), or up to three letters. */
	static boolean caseSensitive(String alias) {
		return alias.length() <= 3 || alias.equals(alias.toUpperCase(java.util.Locale.ROOT));
	}

	private static Pattern pattern(java.util.Collection<String> aliases, int flags) {
		if (aliases.isEmpty()) {
			return null;
		}
		String alternatives = aliases.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
			.reduce((a, b) -> a + "|" + b)
			.orElseThrow();
		return Pattern.compile("(?<![\\p{L}\\p{N}\\-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", flags);
	}

	/** The actor a whole name or alias stands for, or null. */
	Entry lookup(String surface) {
		String text = surface.strip().replaceAll("\\s+", " ");
		Entry exactMatch = this.exact.get(text);
		return exactMatch != null ? exactMatch : caseSensitive(text) ? null : this.folded.get(normalise(text));
	}

	Entry get(String id) {
		return this.byId.get(id);
	}

	/** All mentions in the text, longest first where they overlap, in text order. */
	List<Mention> find(String text) {
		List<Mention> all = new ArrayList<>();
		collect(this.exactPattern, text, m -> this.exact.get(m), all);
		collect(this.foldedPattern, text, m -> this.folded.get(normalise(m)), all);
		all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
		List<Mention> kept = new ArrayList<>();
		int end = -1;
		for (Mention mention : all) {
			if (mention.start() >= end) {
				kept.add(mention);
				end = mention.end();
			}
		}
		return kept;
	}

	private static String normalise(String matched) {
		return matched.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
	}

	private static void collect(Pattern pattern, String text, java.util.function.Function<String, Entry> lookup,
			List<Mention> into) {
		if (pattern == null) {
			return;
		}
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			Entry entry = lookup.apply(m.group().replaceAll("\\s+", " "));
			if (entry != null) {
				into.add(new Mention(m.start(), m.end(), entry));
			}
		}
	}

}
