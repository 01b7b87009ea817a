package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
		// the people named so far, by surname: "Moammar Gadhafi ... Mr. Gadhafi", "Lloyd J. Austin III ... Austin"
		Map<String, Entry> surnames = new HashMap<>();
		Map<Integer, Mention> mentionEndingAt = new HashMap<>();
		mentions.forEach(m -> mentionEndingAt.put(m.end(), m));
		Map<Integer, Mention> mentionStartingAt = new HashMap<>();
		mentions.forEach(m -> mentionStartingAt.put(m.start(), m));
		int nextMention = 0;
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int t = 0; t < tokens.size(); t++) {
				while (nextMention < mentions.size() && mentions.get(nextMention).start() < tokens.get(t).beginPosition()) {
					Mention mention = mentions.get(nextMention++);
					if (mention.actor().kind() == ActorKind.PERSON) {
						String surface = text.substring(mention.start(), mention.end());
						if (surface.strip().contains(" ")) {
							surnames.put(surname(surface), mention.actor());
						}
					}
				}
				String tag = tokens.get(t).ner();
				Mention aliasOfPerson = mentionStartingAt.get(tokens.get(t).beginPosition());
				if (aliasOfPerson != null && aliasOfPerson.actor().kind() != ActorKind.PERSON
						&& aliasOfPerson.end() == tokens.get(t).endPosition() && "PERSON".equals(tag)
						&& surnames.containsKey(tokens.get(t).word())) {
					// "Nasrallah said" after "Hassan Nasrallah": the person named before, not the group the word is
					// also an alias of
					Entry person = surnames.get(tokens.get(t).word());
					override(aliasOfPerson.start(), aliasOfPerson.end(), person);
					knownAt.put(aliasOfPerson.end(), person);
					continue;
				}
				if (known.contains(tokens.get(t).beginPosition())) {
					continue;
				}
				if (!KINDS.contains(tag) && !"LOCATION".equals(tag) && !pluralName(tokens, t) && !acronymName(tokens, t)) {
					continue;
				}
				int last = t;
				boolean plural = !KINDS.contains(tag) && !"LOCATION".equals(tag);
				while (!plural && last + 1 < tokens.size() && tag.equals(tokens.get(last + 1).ner())
						&& !known.contains(tokens.get(last + 1).beginPosition())) {
					last++;
				}
				while ("PERSON".equals(tag) && last + 1 < tokens.size() && !known.contains(tokens.get(last + 1).beginPosition())
						&& nameParticle(tokens, last + 1)) {
					// "Muhammad Qasim al-Bazzal", "Osama bin Laden": the recogniser often stops before the particle
					last += tokens.get(last + 1).word().indexOf('-') > 0 ? 1 : 2;
				}
				boolean absorbed = false;
				while ("PERSON".equals(tag) && last + 1 < tokens.size()) {
					// "Hassan Nasrallah": a person's surname that a dictionary lists as an alias of a group (or of a
					// state's government) is the person's, when the recogniser reads the whole as one person's name
					Mention alias = mentionStartingAt.get(tokens.get(last + 1).beginPosition());
					if (alias == null || alias.actor().kind() == ActorKind.PERSON
							|| tokens.get(last + 1).endPosition() != alias.end() || !"PERSON".equals(tokens.get(last + 1).ner())) {
						break;
					}
					last++;
					absorbed = true;
				}
				int first = t;
				while ("PERSON".equals(tag) && first < last && title(tokens.get(first).word())) {
					// "foreign minister Abdullah bin Zayed", "Mr. Gadhafi": the person is the name after the title
					first++;
				}
				int lastNamed = last;
				Mention inside = "ORGANIZATION".equals(tag) && last + 1 < tokens.size()
						&& LINKING_WORDS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
								? mentionStartingAt.get(tokens.get(last + 1).beginPosition()) : null;
				int through = last + 1;
				while (inside != null && through < tokens.size() && tokens.get(through).beginPosition() < inside.end()) {
					if (!tag.equals(tokens.get(through).ner())) {
						inside = null; // the recogniser ends the name before the known one
					}
					through++;
				}
				if (inside != null) {
					// "University of Paris": the recogniser takes the known name into the organisation's own
					lastNamed = through - 1;
				}
				while (lastNamed > first && LINKING_WORDS.contains(tokens.get(lastNamed).word().toLowerCase(Locale.ROOT))) {
					// "the National Transitional Council of Libya": the recogniser stops before the known name, the
					// name does not end in "of"
					lastNamed--;
				}
				int start = tokens.get(first).beginPosition();
				int end = tokens.get(lastNamed).endPosition();
				String name = text.substring(start, end).replaceAll("\\s+", " ").strip();
				ActorKind kind = kindOf(tag, tokens.get(lastNamed).word(), lastNamed > t);
				if (kind == null) {
					t = last;
					continue;
				}
				Mention parent = kind == ActorKind.ORGANISATION && first > 0
						&& Character.isUpperCase(tokens.get(first).word().charAt(0)) ? mentionEndingAt.get(tokens.get(first - 1).endPosition())
						: null;
				if (parent != null && namedAfter(parent, text.substring(parent.start(), start), name)) {
					// "the Libya Contact Group", "the Nicaraguan Democratic Force": a body named after a known actor is
					// a body of its own, not that actor
					start = parent.start();
					name = text.substring(start, end).replaceAll("\\s+", " ").strip();
				}
				else if (parent != null && parent.actor().kind() == ActorKind.STATE
						&& text.substring(parent.end(), start).isBlank()) {
					// "the Russian Foreign Ministry", "U.S. Defense Secretary": the state's organ acts for the state
					override(parent.start(), end, parent.actor());
					knownAt.put(end, parent.actor());
					t = last;
					continue;
				}
				else {
					parent = null;
				}
				if (parent == null && inside != null && kind == ActorKind.ORGANISATION
						&& inside.actor().kind() == ActorKind.STATE && organWordsOnly(text.substring(start, inside.start()))) {
					// "the Government of Somalia", "the Ministry of Defence of Ukraine": the state's organ, named with
					// the state after "of", acts for the state
					override(start, end, inside.actor());
					knownAt.put(end, inside.actor());
					t = last;
					continue;
				}
				Entry entry = kind == ActorKind.PERSON && first == last ? earlier(surnames, name) : null;
				if (entry == null) {
					entry = entry(gazetteer, name, kind);
				}
				if (entry != null && (parent != null || inside != null || absorbed)) {
					override(start, end, entry);
					knownAt.put(end, entry);
					if (absorbed) {
						surnames.put(surname(name), entry);
					}
				}
				else if (entry != null) {
					this.byStart.put(start, entry);
					this.endOf.put(start, end);
					knownAt.put(end, entry);
					if (entry.kind() == ActorKind.PERSON) {
						surnames.put(surname(name), entry);
					}
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
				while (first > 0 && (nameToken(tokens.get(first - 1)) || groupPossessive(tokens, first - 1, knownAt))) {
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
						override(nameStart, nameEnd, entry);
						before = entry;
					}
				}
				if (before == null && word.length() >= 3) {
					before = describedBody(gazetteer, tokens, t, word, knownAt);
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
		placesNamedAfterActors(sentences, mentionStartingAt);
		otherNamesIntroduced(sentences, knownAt);
		fightersNamedByTheirGroup(gazetteer, text, sentences, known);
		oppositionsOfStates(gazetteer, text, mentions);
		coalitionsLedBy(gazetteer, text, mentions);
		singularsOfPluralNames(sentences, known);
		acronymsNameTheirActors();
	}

	/**
	 * "the Houthis, also known as Ansarallah", "Islamic State (a.k.a. Daesh)": the name after "also known as" names
	 * the actor before it, there and in the rest of the article (a one-word name).
	 */
	private void otherNamesIntroduced(List<CoreSentence> sentences, Map<Integer, Entry> knownAt) {
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int t = 1; t < tokens.size(); t++) {
				int after = knownAs(tokens, t);
				if (after < 0 || after >= tokens.size()) {
					continue;
				}
				int before = t - 1;
				if (tokens.get(before).word().equals(",") || tokens.get(before).word().equals("(")) {
					before--;
				}
				Entry named = before < 0 ? null : knownAt.get(tokens.get(before).endPosition());
				if (named == null) {
					continue;
				}
				int last = after;
				while (last + 1 < tokens.size() && tokens.get(last + 1).tag().startsWith("NNP")) {
					last++;
				}
				if (!Character.isUpperCase(tokens.get(after).word().charAt(0)) || last - after > 4) {
					continue;
				}
				override(tokens.get(after).beginPosition(), tokens.get(last).endPosition(), named);
				if (last == after) {
					this.acronyms.putIfAbsent(tokens.get(after).word(), named);
				}
			}
		}
	}

	/** The index after "also known as", "known as", "a.k.a." or "aka" starting at {@code t}, else -1. */
	private static int knownAs(List<CoreLabel> tokens, int t) {
		String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
		if (word.equals("a.k.a.") || word.equals("aka") || word.equals("a.k.a")) {
			return t + 1;
		}
		int k = word.equals("also") || word.equals("otherwise") ? t + 1 : t;
		if (k + 1 < tokens.size() && tokens.get(k).word().equalsIgnoreCase("known")
				&& tokens.get(k + 1).word().equalsIgnoreCase("as") && (k > t || t > 0 && (tokens.get(t - 1).word().equals(",")
						|| tokens.get(t - 1).word().equals("(")))) {
			return k + 2;
		}
		return -1;
	}

	/** Nouns for the fighters of an armed group: "the M23 rebels", "Seleka militias", "Wagner mercenaries". */
	private static final Set<String> FIGHTER_NOUNS = Set.of("rebel", "rebels", "militant", "militants", "insurgent",
			"insurgents", "militia", "militias", "militiamen", "guerrilla", "guerrillas", "fighter", "fighters",
			"mercenary", "mercenaries", "jihadist", "jihadists", "paramilitaries", "gunmen");

	/**
	 * "Rwanda backed the M23 rebels": a capitalised name no one knows before a noun for fighters names an armed
	 * group, and the fighters stand for it. Nationalities, religions and peoples (the recogniser's MISC: "Kurdish
	 * militants", "Sunni rebels") name no group.
	 */
	private void fightersNamedByTheirGroup(Gazetteer gazetteer, String text, List<CoreSentence> sentences,
			Set<Integer> known) {
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int t = 0; t + 1 < tokens.size(); t++) {
				CoreLabel name = tokens.get(t);
				Entry minted = this.byStart.get(name.beginPosition());
				// "M23" is tagged a common noun, "Wagner" a person: before a noun for fighters each names a group
				boolean nameLike = name.tag().startsWith("NNP") || name.tag().startsWith("NN")
						&& name.word().chars().anyMatch(Character::isDigit);
				if (!FIGHTER_NOUNS.contains(tokens.get(t + 1).word().toLowerCase(Locale.ROOT)) || !nameLike
						|| !Character.isUpperCase(name.word().charAt(0))
						|| !("O".equals(name.ner()) || "ORGANIZATION".equals(name.ner()) || "PERSON".equals(name.ner()))
						|| known.contains(name.beginPosition())
						|| minted != null && (minted.kind() != ActorKind.PERSON
								|| this.endOf.get(name.beginPosition()) != name.endPosition())
						|| known.contains(tokens.get(t + 1).beginPosition())) {
					continue;
				}
				int first = t;
				while (first > 0 && tokens.get(first - 1).tag().startsWith("NNP")
						&& ("O".equals(tokens.get(first - 1).ner()) || "ORGANIZATION".equals(tokens.get(first - 1).ner()))
						&& !known.contains(tokens.get(first - 1).beginPosition())
						&& !this.byStart.containsKey(tokens.get(first - 1).beginPosition())) {
					first--;
				}
				if (first == 0 && t == 0) {
					continue; // a capitalised first word is no evidence of a name
				}
				if (minted != null) {
					this.created.remove(minted.id()); // not a person after all
				}
				int start = tokens.get(first).beginPosition();
				String groupName = text.substring(start, name.endPosition()).replaceAll("\\s+", " ");
				Entry entry = entry(gazetteer, groupName, ActorKind.ARMED_GROUP);
				if (entry != null) {
					this.byStart.put(start, entry);
					this.endOf.put(start, tokens.get(t + 1).endPosition());
				}
			}
		}
	}

	/** Words after a demonym that name those who fight its state, not the state: "the Syrian opposition". */
	private static final Pattern OPPOSITION = Pattern.compile(
			"\\s+(?:(opposition|rebel|insurgent)\\s+(?:forces|groups|fighters|militias)|(opposition|rebels|insurgents))\\b");

	/**
	 * "The Syrian opposition", "Libyan rebels": a demonym of a state followed by an opposition word names a movement
	 * of its own (the state's enemies, not the state), which replaces the state's mention.
	 */
	private void oppositionsOfStates(Gazetteer gazetteer, String text, List<Mention> mentions) {
		for (Mention mention : mentions) {
			String surface = text.substring(mention.start(), mention.end());
			if (mention.actor().kind() != ActorKind.STATE || surface.equalsIgnoreCase(mention.actor().name())) {
				continue;
			}
			Matcher m = OPPOSITION.matcher(text).region(mention.end(), Math.min(text.length(), mention.end() + 30));
			if (m.lookingAt()) {
				// "Syrian rebel groups", "Syrian rebel fighters" and "Syrian rebels" are one movement
				String word = m.group(2) != null ? m.group(2)
						: m.group(1).equals("opposition") ? "opposition" : m.group(1) + "s";
				Entry entry = entry(gazetteer, surface + " " + word, ActorKind.MOVEMENT);
				if (entry != null) {
					override(mention.start(), m.end(), entry);
				}
			}
		}
	}

	/** Where a known name is only part of a place's name: the start of each such mention. */
	private final Set<Integer> erased = new HashSet<>();

	/**
	 * "Western Sahara", "the West Bank", "the South China Sea": a known name followed by more words of one place name
	 * (as the recogniser tags it) names the place, not the actor. A place named before the actor ("Northern Syria",
	 * "Eastern Ukraine") stays the actor's.
	 */
	private void placesNamedAfterActors(List<CoreSentence> sentences, Map<Integer, Mention> byStart) {
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int t = 0; t < tokens.size(); t++) {
				Mention mention = byStart.get(tokens.get(t).beginPosition());
				if (mention == null || !"LOCATION".equals(tokens.get(t).ner())) {
					continue;
				}
				int after = t;
				while (after < tokens.size() && tokens.get(after).beginPosition() < mention.end()) {
					after++;
				}
				if (after < tokens.size() && "LOCATION".equals(tokens.get(after).ner())
						&& !byStart.containsKey(tokens.get(after).beginPosition())
						&& Character.isUpperCase(tokens.get(after).word().charAt(0))) {
					this.erased.add(mention.start());
				}
			}
		}
	}

	/** A new actor over the characters start..end that replaces the gazetteer's shorter mention inside them. */
	private void override(int start, int end, Entry entry) {
		this.byStart.put(start, entry);
		this.endOf.put(start, end);
		this.overriding.add(start);
	}

	private static final Pattern LED_COALITION = Pattern.compile("-led\\s+(coalition|alliance)\\b");

	/** The coalitions an article names by their leader ("the Saudi-led coalition"), with the leader. */
	private final Map<String, Entry> leaders = new LinkedHashMap<>();

	/**
	 * "the Saudi-led coalition", "the US-led alliance": a coalition of its own, led by (and with as a member) the actor
	 * before "-led"; it replaces that actor's mention.
	 */
	private void coalitionsLedBy(Gazetteer gazetteer, String text, List<Mention> mentions) {
		for (Mention mention : mentions) {
			String surface = text.substring(mention.start(), mention.end()).replaceAll("-led$", "");
			int after = mention.start() + surface.length();
			Matcher m = LED_COALITION.matcher(text).region(after, Math.min(text.length(), after + 30));
			if (m.lookingAt()) {
				Entry entry = entry(gazetteer, surface + "-led " + m.group(1), ActorKind.ORGANISATION);
				if (entry != null) {
					override(mention.start(), m.end(), entry);
					this.leaders.putIfAbsent(entry.id(), mention.actor());
				}
			}
		}
	}

	/** The coalition led by an actor, for each coalition the article names that way. */
	Map<String, Entry> leaders() {
		return this.leaders;
	}

	/** "the Houthis" named a movement: "Houthi" names it too ("Houthi militia", "a Houthi spokesman"). */
	private void singularsOfPluralNames(List<CoreSentence> sentences, Set<Integer> known) {
		Map<String, Entry> singular = new HashMap<>();
		for (Entry entry : this.byStart.values()) {
			String name = entry.name();
			if (entry.kind() == ActorKind.MOVEMENT && name.endsWith("s") && !name.contains(" ")) {
				singular.put(name.substring(0, name.length() - 1), entry);
			}
		}
		if (singular.isEmpty()) {
			return;
		}
		for (CoreSentence sentence : sentences) {
			for (CoreLabel token : sentence.tokens()) {
				Entry entry = singular.get(token.word());
				if (entry != null && !known.contains(token.beginPosition()) && !this.byStart.containsKey(token.beginPosition())) {
					this.byStart.put(token.beginPosition(), entry);
					this.endOf.put(token.beginPosition(), token.endPosition());
				}
			}
		}
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

	/** Head words that make a name an organisation's, whatever the recogniser tagged it ("the African Union"). */
	private static final Set<String> BODY_HEADS = Set.of("Union", "Council", "League", "Organization", "Organisation",
			"Alliance", "Coalition", "Front", "Army", "Movement", "Party", "Committee", "Commission", "Assembly",
			"Agency", "Bank", "Fund", "Forces", "Force", "Court", "Congress", "Brigade", "Brigades", "Corps", "Guard",
			"Ministry", "Department", "Office", "Group", "Community", "Secretariat", "Parliament", "Government");

	/** Titles and words of office that the recogniser sometimes takes into a person's name. */
	private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "foreign",
			"prime", "minister", "president", "secretary", "general", "official", "spokesman", "spokeswoman", "king",
			"queen", "prince", "sheikh", "emir", "commander", "chief", "ambassador", "envoy", "senator", "deputy",
			"defense", "defence", "interior", "finance", "state", "vice", "crown", "supreme", "leader", "former");

	/** The particles of Arabic and other family names: "al-Bazzal", "bin Laden", "Abu Bakr", "ould Abdel Aziz". */
	private static final Pattern JOINED_PARTICLE = Pattern.compile("(?:[Aa][lsdtnrz]|[Ee]l|[Aa]sh)-\\p{Lu}\\S*");

	private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "abu", "ould", "ag", "van", "von");

	private static boolean nameParticle(List<CoreLabel> tokens, int at) {
		CoreLabel token = tokens.get(at);
		if (!"O".equals(token.ner())) {
			return false;
		}
		if (JOINED_PARTICLE.matcher(token.word()).matches()) {
			return true;
		}
		return PARTICLES.contains(token.word().toLowerCase(Locale.ROOT)) && at + 1 < tokens.size()
				&& tokens.get(at + 1).tag().equals("NNP");
	}

	private static boolean title(String word) {
		return TITLES.contains(word.toLowerCase(Locale.ROOT)) || !word.isEmpty() && Character.isLowerCase(word.charAt(0));
	}

	/** Plural names that are generic, never a group's own name. */
	private static final Set<String> GENERIC_PLURALS = Set.of("Organizations", "Organisations", "Groups", "Forces",
			"Nations", "States", "Affairs", "Islands", "Services", "Operations", "Americas", "Emirates", "Relations",
			"Sanctions", "Rights", "Measures", "Reports", "Resolutions", "Members", "Parties", "Talks");

	/**
	 * The kind of a new actor the recogniser found: a person or an organisation as tagged; a place only when its name
	 * ends in a body's head word ("the African Union", tagged as a place); an untagged plural proper name that stands
	 * as a noun phrase ("the Houthis", "the Contras") is a movement. Null for anything else.
	 */
	private static ActorKind kindOf(String tag, String lastWord, boolean multiWord) {
		if ("PERSON".equals(tag)) {
			return ActorKind.PERSON;
		}
		if ("ORGANIZATION".equals(tag)) {
			return ActorKind.ORGANISATION;
		}
		if ("LOCATION".equals(tag)) {
			return multiWord && BODY_HEADS.contains(lastWord) ? ActorKind.ORGANISATION : null;
		}
		return ActorKind.MOVEMENT;
	}

	/** Capitalised abbreviations that name no actor: "the GDP", "the CEO". */
	private static final Set<String> COMMON_ACRONYMS = Set.of("GDP", "CEO", "NGO", "NGOS", "AI", "PM", "AM", "TV", "PR",
			"IT", "HQ", "ID", "OK", "COVID", "USD", "EUR", "GMT", "UTC", "CFO", "CO2", "LNG", "VIP", "DNA", "FAQ", "PDF",
			"URL", "UAV", "UAVS", "IED", "IEDS", "MP", "MPS", "ICBM", "ICBMS", "SAM", "WMD", "POW", "POWS", "IDP", "IDPS");

	/**
	 * An untagged abbreviation after "the", or after "the" and a demonym: "the YPG", "the Kurdish YPG", "the RSF". An
	 * abbreviation the recogniser leaves out names a body all the same.
	 */
	private static boolean acronymName(List<CoreLabel> tokens, int t) {
		CoreLabel token = tokens.get(t);
		if (t == 0 || !"O".equals(token.ner()) || !("NNP".equals(token.tag()) || "NN".equals(token.tag())) || !ACRONYM.matcher(token.word()).matches()
				|| token.word().length() > 6 || COMMON_ACRONYMS.contains(token.word())
				|| t + 1 < tokens.size() && tokens.get(t + 1).tag().startsWith("NNP")) {
			return false;
		}
		int before = t - 1;
		if (before > 0 && tokens.get(before).tag().equals("JJ") && Character.isUpperCase(tokens.get(before).word().charAt(0))) {
			before--;
		}
		return tokens.get(before).word().equalsIgnoreCase("the");
	}

	/**
	 * An untagged plural proper noun not at the start of the sentence: "the Houthis", "the Contras", "Yemen's Houthis".
	 */
	private static boolean pluralName(List<CoreLabel> tokens, int t) {
		if (t == 0) {
			return false;
		}
		CoreLabel token = tokens.get(t);
		String word = token.word();
		boolean plural = "NNPS".equals(token.tag())
				|| "NNP".equals(token.tag()) && word.endsWith("s") && (tokens.get(t - 1).word().equalsIgnoreCase("the")
						|| "POS".equals(tokens.get(t - 1).tag())); // "Yemen's Houthis"
		return t > 0 && plural && "O".equals(token.ner()) && word.length() > 3
				&& Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
				&& !GENERIC_PLURALS.contains(word) && !"NNP".equals(tokens.get(t - 1).tag())
				&& (t + 1 == tokens.size() || !tokens.get(t + 1).tag().startsWith("NNP"));
	}

	/**
	 * "'s" after a group or body, inside a branch's name: "the Islamic State's West Africa Province (ISWAP)" is named
	 * with its parent; after a state it is only a possessive ("Russia's Federal Security Service (FSB)").
	 */
	private static boolean groupPossessive(List<CoreLabel> tokens, int at, Map<Integer, Entry> knownAt) {
		String word = tokens.get(at).word();
		if (at == 0 || !(word.equals("'s") || word.equals("\u2019s"))) {
			return false;
		}
		Entry owner = knownAt.get(tokens.get(at - 1).endPosition());
		return owner != null && owner.kind() != ActorKind.STATE && owner.kind() != ActorKind.PERSON;
	}

	private static boolean nameToken(CoreLabel token) {
		String word = token.word();
		return token.tag() != null && token.tag().startsWith("NNP")
				|| Set.of("of", "the", "for", "and", "al", "e", "ul").contains(word.toLowerCase(Locale.ROOT))
				|| !word.isEmpty() && Character.isUpperCase(word.charAt(0))
						&& (word.contains("-") || token.ner() != null && !"O".equals(token.ner()));
	}

	/** Head nouns of a body described in lower case before its acronym: "the Venezuelan intelligence forces (SEBIN)". */
	static final Set<String> BODY_NOUNS = Set.of("force", "forces", "service", "services", "agency", "police", "guard",
			"army", "navy", "directorate", "ministry", "command", "militia", "unit", "enterprise", "company",
			"corporation", "bank", "council", "committee", "party", "front", "movement", "brigade", "battalion",
			"network", "office", "department", "bureau", "administration", "commission", "authority");

	/** Bodies that do business: a state may own one, but it is no organ that acts for the state. */
	static final Set<String> BUSINESS_NOUNS = Set.of("enterprise", "company", "corporation", "bank");

	/**
	 * "the Venezuelan intelligence forces (SEBIN)", "Burma's state-owned oil company (MOGE)": a body described in lower
	 * case, named only by the acronym after it, is an actor of that name; an organ of the state named just before the
	 * description (by its demonym or a possessive) when there is one, which then reads as the state's. The description
	 * is the actor's mention; the state stays a mention of its own.
	 */
	private Entry describedBody(Gazetteer gazetteer, List<CoreLabel> tokens, int acronym, String word,
			Map<Integer, Entry> knownAt) {
		CoreLabel head = tokens.get(acronym - 2);
		if (!head.tag().startsWith("NN") || head.tag().startsWith("NNP")
				|| !BODY_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
			return null;
		}
		int first = acronym - 2;
		while (first > 0) {
			CoreLabel previous = tokens.get(first - 1);
			boolean lowerModifier = (previous.tag().startsWith("NN") && !previous.tag().startsWith("NNP")
					|| previous.tag().startsWith("JJ") || previous.tag().equals("VBN"))
					&& Character.isLowerCase(previous.word().charAt(0));
			if (!lowerModifier || knownAt.containsKey(previous.endPosition())) {
				break;
			}
			first--;
		}
		Entry state = first > 0 ? knownAt.get(tokens.get(first - 1).endPosition()) : null;
		if (state == null && first > 1 && tokens.get(first - 1).tag().equals("POS")) {
			state = knownAt.get(tokens.get(first - 2).endPosition());
		}
		boolean organ = state != null && state.kind() == ActorKind.STATE && !BUSINESS_NOUNS.contains(head.word()
			.toLowerCase(Locale.ROOT));
		Entry entry = entry(gazetteer, word, organ ? ActorKind.AGENCY : ActorKind.ORGANISATION);
		if (entry != null) {
			override(tokens.get(first).beginPosition(), head.endPosition(), entry);
		}
		return entry;
	}

	/** Words that join the words of a name and never end one. */
	private static final Set<String> LINKING_WORDS = Set.of("of", "and", "the", "for", "on", "in", "de", "&", ",");

	/** Words that name a state's own organs: "the Russian Foreign Ministry" is Russia's, "U.S. Central Command" too. */
	private static final Set<String> ORGAN_WORDS = Set.of("foreign", "defence", "defense", "interior", "finance",
			"ministry", "ministries", "government", "army", "armed", "air", "naval", "navy", "force", "forces", "police",
			"parliament", "embassy", "cabinet", "military", "security", "intelligence", "council", "senate", "congress",
			"office", "department", "treasury", "coast", "guard", "border", "special", "national", "presidential",
			"administration", "court", "supreme", "central", "bank", "command", "state", "federal", "royal", "of",
			"the", "and", "affairs", "general", "staff", "joint", "chiefs", "service", "services");

	/**
	 * True when an organisation's name begins with a known actor's name ("Libya" in "Libya Contact Group") and so
	 * names a body of its own; not when the actor is a person, nor when a state's name is followed only by words for
	 * its organs ("Russian Foreign Ministry", "Iraqi Security Forces").
	 */
	private static boolean namedAfter(Mention parent, String between, String rest) {
		if (parent.actor().kind() == ActorKind.PERSON || !between.substring(parent.end() - parent.start()).isBlank()) {
			return false;
		}
		if (parent.actor().kind() != ActorKind.STATE) {
			return true;
		}
		for (String word : rest.split("[\\s-]+")) {
			if (!ORGAN_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** Words after a surname that are no part of it: "Lloyd J. Austin III", "Martin Luther King Jr.". */
	private static final Pattern SUFFIX = Pattern.compile("(?i)(jr\\.?|sr\\.?|ii|iii|iv)");

	/** True when every word of the text names a state's organ ("Government of", "Ministry of Defence of"). */
	private static boolean organWordsOnly(String words) {
		for (String word : words.strip().split("[\\s-]+")) {
			if (!word.isEmpty() && !ORGAN_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return !words.isBlank();
	}

	/** The family name a full name ends in, without a generational suffix. */
	static String surname(String name) {
		List<String> words = withoutSuffixes(name, 1);
		return words.get(words.size() - 1);
	}

	/** The words of a name without the generational suffixes at its end, keeping at least {@code keep} words. */
	private static List<String> withoutSuffixes(String name, int keep) {
		List<String> words = new ArrayList<>(List.of(name.strip().replace(",", " ").split("\\s+")));
		while (words.size() > keep && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
			words.remove(words.size() - 1);
		}
		return words;
	}

	/** The person named earlier in the article whose surname is this one-word name, if exactly that. */
	private static Entry earlier(Map<String, Entry> surnames, String name) {
		return name.contains(" ") ? null : surnames.get(name);
	}

	/**
	 * A person's id and the form its names are compared in: without middle initials and generational suffixes, so
	 * "Lloyd J. Austin III" and "Lloyd Austin" are one person.
	 */
	static String personKey(String name) {
		List<String> words = withoutSuffixes(name, 2);
		if (words.size() > 2) {
			List<String> inner = words.subList(1, words.size() - 1);
			inner.removeIf(w -> w.matches("\\p{Lu}\\.?"));
		}
		return slug(String.join(" ", words));
	}

	private Entry entry(Gazetteer gazetteer, String name, ActorKind kind) {
		if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || gazetteer.isPlace(name)) {
			return null;
		}
		if (kind == ActorKind.ORGANISATION && (BODY_HEADS.contains(name) || name.equals("State"))) {
			// "Secretary of State", "the Council": a body's head word alone names no body
			return null;
		}
		if (NewsExtractor.AGREEMENT_NAME.matcher(" " + name.substring(name.lastIndexOf(' ') + 1)).matches()) {
			// "the Camp David Accords", "the Minsk Protocol": an agreement or a meeting, whose word still triggers
			return null;
		}
		String id = kind == ActorKind.PERSON ? personKey(name) : slug(name);
		if (id.isEmpty()) {
			return null;
		}
		Entry existing = gazetteer.get(id);
		if (existing != null) {
			if (existing.name().equalsIgnoreCase(name)
					|| kind == ActorKind.PERSON && existing.kind() == ActorKind.PERSON && personKey(existing.name()).equals(id)) {
				return existing;
			}
			id = id + "-" + kind.value().replace('_', '-');
		}
		ActorInput input = this.created.computeIfAbsent(id, i -> new ActorInput(i, name, kind, List.of(), null, null));
		return new Entry(input.id(), input.name(), input.kind());
	}

	static String slug(String name) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		// "Sa'id" is said, "People's" peoples: an apostrophe joins, it does not separate
		return ascii.toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
	}

	/** Maps the sentence's tokens that name a new actor, or an acronym introduced in the article. */
	void map(List<CoreLabel> tokens, Map<Integer, Entry> actorAt) {
		for (int t = 0; t < tokens.size(); t++) {
			CoreLabel token = tokens.get(t);
			if (this.erased.contains(token.beginPosition())) {
				Entry placed = actorAt.get(t + 1);
				for (int k = t; k < tokens.size() && actorAt.get(k + 1) == placed; k++) {
					actorAt.remove(k + 1);
				}
				continue;
			}
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

	/**
	 * A person the gazetteer does not know acts only as a member of something, never as a state-like actor; it may be
	 * what an actor sanctions, supports, opposes or recognises ("sanctions gang leader Jimmy Cherizier").
	 */
	boolean mayAppearIn(Found found) {
		if (found.type() == RelationshipType.MEMBER_OF || found.rule().contains("-designated-for")) {
			return true; // a designation's reason names its doer: "designated X for supporting the Houthis"
		}
		return !isNewPerson(found.subject());
	}

	private boolean isNewPerson(Entry entry) {
		return entry.kind() == ActorKind.PERSON && this.created.containsKey(entry.id());
	}

	/** The new actors among the ids the claims name. */
	List<ActorInput> usedBy(Set<String> named) {
		return this.created.values().stream().filter(a -> named.contains(a.id())).toList();
	}

}
