package org.realpolitik.ingest.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.TsvTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The trigger words per relationship type and the cue words around them ({@code news/lexicon.yaml}). */
final class Lexicon {

	enum Cue {

		NEGATION, NEGATING_VERBS, HYPOTHETICAL, INTENDED, ALLEGED, ENDING

	}

	private final Map<String, RelationshipType> verbs = new HashMap<>();

	private final Map<String, RelationshipType> nouns = new HashMap<>();

	private final Map<String, RelationshipType> adjectives = new HashMap<>();

	private final Map<RelationshipType, Set<String>> multiWordNouns = new EnumMap<>(RelationshipType.class);

	private final Set<String> listNouns = new HashSet<>();

	private final Map<String, RelationshipType> againstNouns = new HashMap<>();

	private final Set<String> listModifiers = new HashSet<>();

	private final Set<String> diplomatVerbs = new HashSet<>();

	private final Set<String> diplomatNouns = new HashSet<>();

	private final Set<String> hostileDiplomatVerbs = new HashSet<>();

	private final Map<Cue, Set<String>> cues = new EnumMap<>(Cue.class);

	private final List<String> negatingPhrases;

	private final Set<String> agents = new HashSet<>();

	private final Set<String> weapons = new HashSet<>();

	private final Map<String, RelationshipType> labels = new HashMap<>();

	private final Map<String, RelationshipType> phrasals = new HashMap<>();

	private final Set<String> phrasalHeads = new HashSet<>();

	/** Generated verb + object noun phrases (news/reference/phrases.tsv), "verb object" → type. */
	private final Map<String, RelationshipType> objectPhrases = new HashMap<>();

	@SuppressWarnings("unchecked")
	Lexicon(Map<String, Object> yaml) {
		Map<String, Map<String, List<String>>> types = (Map<String, Map<String, List<String>>>) yaml.get("types");
		types.forEach((name, words) -> {
			RelationshipType type = RelationshipType.valueOf(name);
			words.getOrDefault("verbs", List.of()).forEach(w -> this.verbs.put(w, type));
			words.getOrDefault("adjectives", List.of()).forEach(w -> this.adjectives.put(w, type));
			for (String noun : words.getOrDefault("nouns", List.of())) {
				if (noun.contains(" ")) {
					this.multiWordNouns.computeIfAbsent(type, t -> new HashSet<>()).add(noun);
				}
				else {
					this.nouns.put(noun, type);
				}
			}
			this.listNouns.addAll(words.getOrDefault("list-nouns", List.of()));
			words.getOrDefault("against-nouns", List.of()).forEach(w -> this.againstNouns.put(w, type));
			this.listModifiers.addAll(words.getOrDefault("list-modifiers", List.of()));
			words.getOrDefault("weapons", List.of()).forEach(w -> addWeapon(type, w));
			words.getOrDefault("labels", List.of()).forEach(w -> this.labels.put(w, type));
		});
		Map<String, String> phrasals = (Map<String, String>) yaml.getOrDefault("phrasal-verbs", Map.of());
		phrasals.forEach((phrase, type) -> {
			this.phrasals.put(phrase, RelationshipType.valueOf(type));
			this.phrasalHeads.add(phrase.split(" ")[0]);
		});
		this.diplomatVerbs.addAll((List<String>) yaml.get("diplomat-verbs"));
		this.diplomatNouns.addAll((List<String>) yaml.get("diplomat-nouns"));
		this.hostileDiplomatVerbs.addAll((List<String>) yaml.get("diplomat-hostile-verbs"));
		Map<String, List<String>> cueWords = (Map<String, List<String>>) yaml.get("cues");
		for (Cue cue : Cue.values()) {
			String key = cue.name().toLowerCase(Locale.ROOT).replace('_', '-');
			List<?> words = cueWords.get(key);
			for (Object word : words) {
				if (!(word instanceof String)) {
					// YAML reads an unquoted no, yes, on or off as a boolean: the cue would silently never match
					throw new IllegalStateException("news/lexicon.yaml: cue list '" + key + "' has " + word
							+ ", not a word; quote it (\"no\")");
				}
			}
			this.cues.put(cue, Set.copyOf((List<String>) words));
		}
		this.negatingPhrases = List.copyOf(cueWords.get("negating-phrases"));
	}

	/**
	 * The hand-written lexicon ({@code news/lexicon.yaml}) over the verbs generated from the CAMEO verb dictionary
	 * ({@code news/reference/verbs.tsv}): a generated verb counts only where the hand lexicon does not name the lemma,
	 * as a trigger or as a cue, and only when it states a relation as a fact.
	 */
	static Lexicon load() {
		Lexicon lexicon;
		try (InputStream in = Lexicon.class.getResourceAsStream("/news/lexicon.yaml")) {
			lexicon = new Lexicon(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read news/lexicon.yaml", ex);
		}
		// the generated phrases before the generated verbs: only the hand lexicon keeps a verb out of them
		TsvTable.read("/news/reference/phrases.tsv", true, 7).forEach(line -> {
			String[] row = line.cells();
			if (row[3].equals("asserted") && row[4].equals("fact") && !lexicon.named(row[0]) && usable(row)) {
				RelationshipType type = RelationshipType.valueOf(row[2]);
				if (PREPOSITIONS.contains(row[1])) {
					// "fire at X": a phrasal verb, unless the hand lexicon has one of its own
					lexicon.phrasals.putIfAbsent(row[0] + " " + row[1], type);
					lexicon.phrasalHeads.add(row[0]);
				}
				else {
					lexicon.objectPhrases.putIfAbsent(row[0] + " " + row[1], type);
				}
			}
		});
		TsvTable.read("/news/reference/verbs.tsv", true, 6).forEach(line -> {
			String[] row = line.cells();
			String lemma = row[0];
			if (row[2].equals("asserted") && row[3].equals("fact") && !lexicon.named(lemma)) {
				lexicon.verbs.put(lemma, RelationshipType.valueOf(row[1]));
			}
		});
		TsvTable.read("/news/reference/weapons.tsv", true, 1)
			.forEach(line -> lexicon.addWeapon(RelationshipType.ARMED, line.cells()[0]));
		TsvTable.read("/news/reference/agents.tsv", true, 2).forEach(line -> {
			String noun = line.cells()[0];
			// one word ("minister") or a pair whose head alone is no agent ("army chief", "crown prince")
			if (noun.split(" ").length <= 2 && STATE_SECTORS.contains(line.cells()[1])) {
				lexicon.agents.add(noun);
			}
		});
		return lexicon;
	}

	/**
	 * A weapon that expresses {@code type} where a verb hands it over: a two-word one ("air defense") as a two-word
	 * noun, a one-word one unless the lexicon already names it as a noun of its own.
	 */
	private void addWeapon(RelationshipType type, String weapon) {
		if (weapon.contains(" ")) {
			this.multiWordNouns.computeIfAbsent(type, t -> new HashSet<>()).add(weapon);
		}
		else if (!this.nouns.containsKey(weapon)) {
			this.weapons.add(weapon);
		}
	}

	private static final Set<String> PREPOSITIONS = Set.of("at", "against", "on", "to", "into", "with", "from", "for",
			"off", "over", "upon", "toward", "towards", "in", "out", "up", "down", "by", "about", "of");

	/**
	 * A generated verb + object phrase that says what the vocabulary means by its type: CAMEO's force posture (15:
	 * mobilising, deploying, alerting) names no one attacked, so it is left to the event feeds.
	 */
	private static boolean usable(String[] row) {
		String cameo = row[5];
		return !cameo.startsWith("15");
	}

	/** The type of a verb with its object noun ("freeze assets", "fire rockets"), or null. */
	RelationshipType objectPhrase(String verb, String object) {
		return this.objectPhrases.get(verb + " " + object);
	}

	/** Sectors whose agent nouns name a state's organ: government, military, intelligence, legislature, courts, police. */
	private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "SPY", "LEG", "JUD", "COP");

	/** True when some phrasal verb of the lexicon starts with this verb lemma. */
	boolean hasPhrasal(String lemma) {
		return this.phrasalHeads.contains(lemma);
	}

	/** The type of a phrasal verb ("stand up for", "open fire on"), or null. */
	RelationshipType phrasal(String phrase) {
		return this.phrasals.get(phrase);
	}

	/** The type a label expresses when one actor calls another by it ("called the Houthis terrorists"), or null. */
	RelationshipType label(String lemma) {
		return this.labels.get(lemma);
	}

	/**
	 * A weapon of the dictionaries' weapon sets ({@code news/reference/weapons.tsv}) that the hand lexicon does not
	 * list: it expresses ARMED only where a verb hands it over.
	 */
	boolean isWeapon(String lemma) {
		return this.weapons.contains(lemma);
	}

	/**
	 * True for an agent noun of the Phoenix dictionary that names an organ of whatever it is attached to ("Iranian
	 * military", "Syrian troops", "the Saudi foreign ministry"): such a noun stands for that actor.
	 */
	boolean isAgent(String lemma) {
		return this.agents.contains(lemma);
	}

	/** True when the hand lexicon names the lemma as a verb, noun, adjective or a cue other than an allegation. */
	private boolean named(String lemma) {
		if (this.verbs.containsKey(lemma) || this.nouns.containsKey(lemma) || this.diplomatVerbs.contains(lemma)
				|| this.hostileDiplomatVerbs.contains(lemma)) {
			return true;
		}
		// an accusation is also an act of opposition ("accused Iran of supplying"): only the other cues keep a verb out
		return this.cues.entrySet().stream().anyMatch(e -> e.getKey() != Cue.ALLEGED && e.getValue().contains(lemma));
	}

	RelationshipType verb(String lemma) {
		return this.verbs.get(lemma);
	}

	RelationshipType noun(String lemma) {
		return this.nouns.get(lemma);
	}

	RelationshipType adjective(String lemma) {
		return this.adjectives.get(lemma);
	}

	/** The type a two-word noun ("military aid") expresses, or null. */
	RelationshipType multiWordNoun(String modifier, String head) {
		String phrase = modifier + " " + head;
		for (var entry : this.multiWordNouns.entrySet()) {
			if (entry.getValue().contains(phrase)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** The type a noun expresses when it has an "against" object, or null. */
	RelationshipType againstNoun(String lemma) {
		return this.againstNouns.get(lemma);
	}

	boolean isListNoun(String lemma) {
		return this.listNouns.contains(lemma);
	}

	boolean isListModifier(String lemma) {
		return this.listModifiers.contains(lemma);
	}

	boolean isDiplomatVerb(String lemma) {
		return this.diplomatVerbs.contains(lemma);
	}

	/** Verbs that reduce relations when their object is a diplomat: expel, recall, summon. */
	boolean isHostileDiplomatVerb(String lemma) {
		return this.hostileDiplomatVerbs.contains(lemma);
	}

	boolean isDiplomatNoun(String lemma) {
		return this.diplomatNouns.contains(lemma);
	}

	boolean is(Cue cue, String lemma) {
		return this.cues.get(cue).contains(lemma);
	}

	List<String> negatingPhrases() {
		return this.negatingPhrases;
	}

}
