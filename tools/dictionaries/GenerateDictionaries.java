import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the news extractor's reference dictionaries from the event-coding field's own ones (PETRARCH 2 / Phoenix,
 * MIT, (c) Open Event Data Alliance), mapped onto the project's vocabulary through its CAMEO mapping
 * (src/main/resources/gdelt/cameo-mapping.tsv, the table the GDELT importer uses):
 * <ul>
 * <li>{@code verbs.tsv}: verb lemmas of the CAMEO verb dictionary (CAMEO.2.0.txt) whose CAMEO code maps onto a type,
 * with the polarity and modality the mapping gives (lifting sanctions ends them, an intent is intended);</li>
 * <li>{@code phrases.tsv}: the dictionary's "verb + object noun" patterns ("impose * embargo", "grant *
 * recognition") whose code maps onto a type;</li>
 * <li>{@code actors.tsv}: armed groups (Phoenix.MilNonState), international bodies and their officials
 * (Phoenix.International), state organs and people with dated offices (Phoenix.Countries): id, name, kind, the
 * state an organ or person acts for, and every usable alias;</li>
 * <li>{@code agents.tsv}: agent nouns (president, foreign minister, army, intelligence service) with the sector
 * code that says which organ of a state they name (Phoenix.agents).</li>
 * </ul>
 * Rules and limits are in docs/dictionaries.md. The hand-written lexicon (news/lexicon.yaml) overrides every
 * generated verb; the curated gazetteer (seeds/actors.yaml) wins over every generated actor with the same id or name.
 * <p>
 * Usage, from the project root: {@code java tools/dictionaries/GenerateDictionaries.java <petrarch-dir>
 * src/main/resources/news/reference}. JDK only; the output is deterministic.
 */
public class GenerateDictionaries {

	/** Light verbs: they express a relation only through their object ("provide weapons", "impose sanctions"). */
	static final Set<String> LIGHT_VERBS = Set.of("give", "provide", "supply", "add", "issue", "take", "make", "get",
			"have", "do", "put", "set", "hold", "keep", "go", "come", "say", "tell", "grant", "offer", "extend",
			"render", "accord", "award", "send", "bring", "carry", "lend", "contribute", "stock", "gear", "tender",
			"outfit", "attire", "furnish", "allocate", "link", "merge", "enact", "boost", "cable", "hear", "introduce",
			"notify", "arrive", "assemble", "consider", "call", "influence", "disclose", "rejoice", "coordinate",
			"show", "see", "open", "close", "move", "turn", "run", "lead", "begin", "start", "continue",
			"end", "stop", "leave", "return", "use", "find", "become", "seem", "remain", "receive", "accept", "ask",
			"expect", "plan", "want", "try", "seek", "work", "join", "form", "meet", "report", "announce", "state",
			"note", "claim", "express", "voice", "mark", "reach", "pass", "face", "raise", "fall", "rise",
			"hit", "back", "cover", "post", "place", "head", "draw", "pull", "push", "press", "drive", "follow");

	/**
	 * CAMEO codes whose verbs are too general to name a relation between two actors on their own (a demand, a
	 * statement of intent to talk, a visit in general): they are read only where the hand lexicon names them.
	 */
	static final Set<String> TOO_GENERAL = Set.of("040", "050", "060", "070", "030", "031", "080", "090", "100",
			"110", "120", "130", "140", "150", "160", "170", "180", "190", "200");

	/**
	 * Event codes that describe what one actor does to another's people or property rather than a relation between
	 * the two (arrests, trials, expulsions, seizures: 17x except the sanctions of 172; crowd protests: 14x; rescue
	 * and protection: 073, 074; extradition: 064). Event coders count them; in prose they are not the relation.
	 */
	static boolean proseCode(String code) {
		return !(code.startsWith("17") && !code.startsWith("172") || code.startsWith("14") || code.equals("073")
				|| code.equals("074") || code.equals("064") || code.equals("1721") || code.equals("1723")
				|| code.equals("1724"));
	}

	/**
	 * Verbs of the CAMEO blocks whose everyday sense is something else in news prose ("table a motion", "tend to",
	 * "fine" as an adjective, "reside", "remove"), reviewed by hand: read only where the hand lexicon names them.
	 */
	static final Set<String> OTHER_SENSES = Set.of("table", "tend", "ward", "reside", "inhabit", "infest", "extract",
			"pluck", "remit", "catch", "charge", "fine", "sentence", "tax", "lecture", "savage", "pirate", "appropriate",
			"compensate", "defer", "delay", "postpone", "procrastinate", "stall", "shelve", "revolutionise",
			"revolutionize", "override", "overrule", "overturn", "remove", "breach", "dishonor", "dishonour", "explode",
			"injure", "retard", "inhibit", "hamper", "hinder", "impede", "obstruct", "prevent", "forestall", "stymie",
			"declassify", "legalise", "legalize", "vindicate", "absolve", "acquit", "exculpate", "exonerate",
			"decriminalise", "decriminalize", "secede", "formalize", "nationalise", "nationalize", "steal", "grab",
			"snatch", "nab", "loot", "vandalise", "vandalize", "mock", "jeer", "scoff", "crucify", "flog", "rape",
			"butcher", "dynamite", "stab", "torture", "brand", "demolish", "censor", "usurp", "subvert", "annex",
			"reprobate", "malign", "slander", "complain", "implicate", "disallow", "interdict", "airlift",
			"commandeer", "confine", "confiscate", "hijack", "wrest", "seize", "capture", "kidnap", "abduct", "value",
			"prefer", "respect", "inspire", "spur", "rouse", "clap", "toast", "prize", "cheer", "enliven", "invigorate",
			"galvanize", "embolden", "revitalize", "esteem", "exalt", "sanctify", "glorify", "bless", "forgave",
			"forgiven", "forgive", "veto", "pay", "attend", "celebrate", "commemorate", "reassert", "affirm", "admire",
			"appreciate", "thank", "apologise", "apologize");

	/** Words the field's dictionaries use as ordinary vocabulary: never an alias on their own. */
	static final Set<String> commonWords = new HashSet<>();

	record Mapping(String type, String polarity, String modality) {}

	record Entry(String file, int line, String name, List<String> aliases, List<String> codes) {}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java tools/dictionaries/GenerateDictionaries.java <petrarch-dir> <out-dir>");
			System.exit(2);
		}
		Path petrarch = Path.of(args[0]), out = Path.of(args[1]);
		Files.createDirectories(out);
		Map<String, Mapping> mapping = readMapping(Path.of("src/main/resources/gdelt/cameo-mapping.tsv"));
		Map<String, String> states = readStates(Path.of("seeds/actors.yaml"));
		Map<String, String[]> knownNames = readKnownNames(Path.of("seeds/actors.yaml"));
		List<String> verbLines = Files.readAllLines(petrarch.resolve("CAMEO.2.0.txt"), StandardCharsets.UTF_8);
		List<String> agentLines = Files.readAllLines(petrarch.resolve("Phoenix.agents.txt"), StandardCharsets.UTF_8);
		for (String line : verbLines) {
			for (String w : line.split("#", 2)[0].split("[^A-Za-z]+")) {
				if (w.length() > 1) commonWords.add(w.toLowerCase(Locale.ROOT));
			}
		}
		Map<String, String> agents = agents(agentLines);
		for (String agent : agents.keySet()) {
			commonWords.addAll(List.of(agent.split(" ")));
		}
		writeVerbs(verbLines, mapping, out);
		writeWeapons(verbLines, out);
		writeAgents(agents, out);
		writeActors(petrarch, states, knownNames, agents, out);
	}

	// ---------------------------------------------------------------- CAMEO verbs

	static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
	static final Pattern VERB = Pattern.compile("^([A-Z][A-Z_'-]*)\\s*(?:\\[([0-9:]+)\\])?");
	static final Pattern PHRASE = Pattern.compile("^-\\s+(.*?)\\s+\\[([0-9]{2,4})(?::[0-9]*)?\\]\\s*#\\s*(\\S+)");

	static void writeVerbs(List<String> lines, Map<String, Mapping> mapping, Path out) throws IOException {
		Map<String, String> verbs = new TreeMap<>();
		Map<String, String> phrases = new TreeMap<>();
		String block = null, blockCode = null;
		boolean patterns = false;
		for (String raw : lines) {
			if (raw.startsWith("####### VERB PATTERNS")) {
				patterns = true;
				continue;
			}
			if (raw.startsWith("######## TRANSFORMATIONS")) {
				break;
			}
			if (!patterns) {
				continue;
			}
			Matcher b = BLOCK.matcher(raw);
			if (b.find()) {
				block = b.group(1);
				blockCode = b.group(2).split(":")[0];
				continue;
			}
			String line = raw.split("#", 2)[0].strip();
			if (block == null || line.isEmpty()) {
				continue;
			}
			if (raw.startsWith("-")) {
				Matcher p = PHRASE.matcher(raw.strip());
				if (!p.find()) continue;
				String[] sides = p.group(1).split("\\*", 2);
				if (sides.length < 2 || !sides[0].isBlank()) continue; // only "verb * object" patterns
				String object = sides[1].strip();
				// a plain noun or a {multi word} noun, no preposition in parentheses, no synonym set
				if (object.contains("(") || object.contains("&") || object.contains("+") || object.contains("%")) continue;
				object = object.replaceAll("[{}]", "").strip().toLowerCase(Locale.ROOT);
				if (object.isEmpty() || !object.matches("[a-z][a-z -]*")) continue;
				Mapping m = mapping.get(p.group(2));
				String verb = verbLemma(p.group(3));
				if (m == null || verb == null || !proseCode(p.group(2))) continue;
				phrases.putIfAbsent(verb + "\t" + object, String.join("\t", m.type(), m.polarity(), m.modality(), p.group(2), block));
				continue;
			}
			Matcher v = VERB.matcher(line);
			if (!v.find()) continue;
			String code = v.group(2) != null ? v.group(2).split(":")[0] : blockCode;
			String lemma = verbLemma(v.group(1));
			Mapping m = mapping.get(code);
			if (lemma == null || m == null || LIGHT_VERBS.contains(lemma) || lemma.contains(" ")) continue;
			if (TOO_GENERAL.contains(code) || !proseCode(code) || OTHER_SENSES.contains(lemma)) continue;
			verbs.putIfAbsent(lemma, String.join("\t", m.type(), m.polarity(), m.modality(), code, block));
		}
		List<String> v = new ArrayList<>(List.of(
				"# Generated by tools/dictionaries/GenerateDictionaries.java from CAMEO.2.0.txt (PETRARCH 2, MIT, (c) 2015",
				"# Open Event Data Alliance) through src/main/resources/gdelt/cameo-mapping.tsv. Do not edit: news/lexicon.yaml",
				"# overrides any line here. Columns: verb lemma, type, polarity, modality, CAMEO code, CAMEO verb block.",
				"lemma\ttype\tpolarity\tmodality\tcameo\tblock"));
		verbs.forEach((k, val) -> v.add(k + "\t" + val));
		Files.write(out.resolve("verbs.tsv"), v, StandardCharsets.UTF_8);
		List<String> ph = new ArrayList<>(List.of(
				"# Generated by tools/dictionaries/GenerateDictionaries.java from the \"verb * object\" patterns of CAMEO.2.0.txt",
				"# (PETRARCH 2, MIT, (c) 2015 Open Event Data Alliance) through src/main/resources/gdelt/cameo-mapping.tsv.",
				"# Columns: verb lemma, object noun, type, polarity, modality, CAMEO code, CAMEO verb block.",
				"verb\tobject\ttype\tpolarity\tmodality\tcameo\tblock"));
		phrases.forEach((k, val) -> ph.add(k + "\t" + val));
		Files.write(out.resolve("phrases.tsv"), ph, StandardCharsets.UTF_8);
		System.out.println("verbs.tsv: " + verbs.size() + " verbs; phrases.tsv: " + phrases.size() + " phrases");
	}

	/** SUPPLY → supply, HAND_OVER → null (phrasal verbs are left to the parse), RE_ARM → rearm. */
	static String verbLemma(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("_+$", "");
		if (w.startsWith("re_")) w = "re" + w.substring(3);
		if (w.contains("_") || w.length() < 3 || !w.matches("[a-z'-]+")) return null;
		return w;
	}

	static Map<String, Mapping> readMapping(Path file) throws IOException {
		Map<String, Mapping> mapping = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.startsWith("#") || line.startsWith("code\t")) continue;
			String[] f = line.split("\t", -1);
			if (f.length >= 4 && !f[1].equals("skip") && !f[1].isEmpty()) {
				mapping.put(f[0], new Mapping(f[1], f[2], f[3]));
			}
		}
		return mapping;
	}

	// ---------------------------------------------------------------- weapons

	/** Synonym sets of the verb dictionary that name weapons: supplying one of them is arming. */
	static final List<String> WEAPON_SETS = List.of("&WEAPON", "&WMD");

	/** Hand weapons that are no sign of military aid between actors. */
	static final Set<String> NOT_ARMS = Set.of("knife", "knives", "sword", "swords", "spear", "slingshot", "dagger",
			"machete", "billy club", "bow and arrow", "brass knuckles", "hunting knife", "switchblade", "sabers",
			"tear gas", "bayonet", "vx stockpile");

	static void writeWeapons(List<String> lines, Path out) throws IOException {
		Set<String> nouns = new TreeSet<>();
		String set = null;
		for (String raw : lines) {
			String line = raw.split("#", 2)[0].strip();
			if (line.startsWith("&")) {
				set = line.replaceAll("_+$", "");
				continue;
			}
			if (line.isEmpty()) {
				set = null;
				continue;
			}
			if (set != null && WEAPON_SETS.contains(set) && line.startsWith("+")) {
				String noun = line.substring(1).replaceAll("_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
				if (noun.matches("[a-z][a-z0-9 -]*") && !NOT_ARMS.contains(noun)) nouns.add(noun);
			}
		}
		List<String> w = new ArrayList<>(List.of(
				"# Generated by tools/dictionaries/GenerateDictionaries.java from the &WEAPON and &WMD synonym sets of CAMEO.2.0.txt",
				"# (PETRARCH 2, MIT, (c) 2015 Open Event Data Alliance), without hand weapons. Supplying one of these is ARMED.",
				"noun"));
		w.addAll(nouns);
		Files.write(out.resolve("weapons.tsv"), w, StandardCharsets.UTF_8);
		System.out.println("weapons.tsv: " + nouns.size() + " weapon nouns");
	}

	// ---------------------------------------------------------------- agents

	static final Pattern AGENT = Pattern.compile("^([A-Z][A-Z_.'!-]*)\\s*(?:\\{[^}]*\\})?\\s*\\[~([A-Z]{3,6})\\]");

	/** Agent noun (lower case, spaces) → sector code (GOV, MIL, SPY, ...). Macros such as !MINIST! are expanded. */
	/**
	 * The organs that announce sanctions and designations, which Phoenix lacks or names only formally: id, name, the
	 * state they act for, aliases. Written by hand; each acts for its state in recognising and sanctioning.
	 */
	static final String[][] ORGANS = {
			{ "us-department-of-state", "U.S. Department of State", "united-states", "State Department|the State Department|Department of State|U.S. State Department|US State Department|US Department of State" },
			{ "us-department-of-the-treasury", "U.S. Department of the Treasury", "united-states", "Treasury Department|the Treasury Department|Department of the Treasury|U.S. Treasury|US Treasury|the U.S. Treasury|U.S. Department of the Treasury|US Department of the Treasury" },
			{ "ofac", "Office of Foreign Assets Control", "united-states", "OFAC|the Office of Foreign Assets Control" },
			{ "us-department-of-defense", "U.S. Department of Defense", "united-states", "Department of Defense|Defense Department|the Pentagon|Pentagon|US Department of Defense" },
			{ "us-department-of-justice", "U.S. Department of Justice", "united-states", "Department of Justice|Justice Department|the Justice Department|US Department of Justice" },
			{ "white-house", "White House", "united-states", "the White House" },
			{ "us-congress", "U.S. Congress", "united-states", "Congress|the U.S. Congress|US Congress" },
			{ "uk-foreign-office", "Foreign, Commonwealth and Development Office", "united-kingdom", "Foreign Office|the Foreign Office|FCDO|Foreign and Commonwealth Office" },
			{ "hm-treasury", "HM Treasury", "united-kingdom", "Her Majesty's Treasury|His Majesty's Treasury|OFSI|Office of Financial Sanctions Implementation" },
			// Phoenix names MI5 and MI6 as other names of GCHQ, and the Quds Force and the Basij as the Revolutionary Guard
			{ "secret-intelligence-service", "Secret Intelligence Service", "united-kingdom", "MI6|the Secret Intelligence Service" },
			{ "mi5", "MI5", "united-kingdom", "" },
			{ "tatmadaw", "Tatmadaw", "myanmar", "the Tatmadaw" },
			{ "sudanese-armed-forces", "Sudanese Armed Forces", "sudan", "the Sudanese Armed Forces" },
			{ "presidential-leadership-council", "Presidential Leadership Council", "yemen", "the Presidential Leadership Council|Presidential Leadership Council of Yemen" },
			{ "irgc", "Islamic Revolutionary Guard Corps", "iran", "IRGC|Revolutionary Guard Corps|Iranian Revolutionary Guard Corps|Revolutionary Guards|the Revolutionary Guards|Pasdaran" },
			{ "irgc-quds-force", "IRGC-Quds Force", "iran", "Quds Force|the Quds Force|IRGC-QF|IRGC Quds Force|QUDS Force|Islamic Revolutionary Guard Corps-Quds Force|Islamic Revolutionary Guard Corps Quds Force|Islamic Revolutionary Guards Corps-Quds Force|Revolutionary Guards Quds Force" } };

	/**
	 * International and regional bodies, their missions, courts and the humanitarian organisations conflict reporting
	 * names, which Phoenix.International lacks (it has no African Union) or names only formally: id, name, kind,
	 * aliases. Written by hand from the bodies' own names; none acts for a state.
	 */
	static final String[][] BODIES = {
			{ "african-union", "African Union", "organisation", "AU|the AU|the African Union|African Union Commission|AU Commission" },
			{ "amisom", "African Union Mission in Somalia", "organisation", "AMISOM|the African Union Mission in Somalia" },
			{ "atmis", "African Union Transition Mission in Somalia", "organisation", "ATMIS" },
			{ "ecowas", "Economic Community of West African States", "organisation", "ECOWAS|the Economic Community of West African States" },
			{ "sadc", "Southern African Development Community", "organisation", "SADC|the Southern African Development Community" },
			{ "igad", "Intergovernmental Authority on Development", "organisation", "IGAD" },
			{ "eac", "East African Community", "organisation", "the East African Community" },
			{ "arab-league", "Arab League", "organisation", "the Arab League|League of Arab States|the League of Arab States" },
			{ "gulf-cooperation-council", "Gulf Cooperation Council", "organisation", "GCC|the GCC|the Gulf Cooperation Council|Cooperation Council for the Arab States of the Gulf" },
			{ "oic", "Organisation of Islamic Cooperation", "organisation", "OIC|the OIC|Organization of Islamic Cooperation|Organization of the Islamic Conference|Organisation of the Islamic Conference" },
			{ "osce", "Organization for Security and Co-operation in Europe", "organisation", "OSCE|the OSCE|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe" },
			{ "council-of-europe", "Council of Europe", "organisation", "the Council of Europe" },
			{ "asean", "Association of Southeast Asian Nations", "organisation", "ASEAN|the Association of Southeast Asian Nations" },
			{ "sco", "Shanghai Cooperation Organisation", "organisation", "SCO|the SCO|Shanghai Cooperation Organization|the Shanghai Cooperation Organisation" },
			{ "csto", "Collective Security Treaty Organization", "organisation", "CSTO|the CSTO|Collective Security Treaty Organisation" },
			{ "cis", "Commonwealth of Independent States", "organisation", "the Commonwealth of Independent States" },
			{ "organization-of-american-states", "Organization of American States", "organisation", "OAS|the OAS|Organisation of American States" },
			{ "mercosur", "Mercosur", "organisation", "MERCOSUR|Mercosul" },
			{ "g7", "Group of Seven", "bloc", "G7|the G7|G-7|the Group of Seven" },
			{ "g20", "Group of Twenty", "bloc", "G20|the G20|G-20" },
			{ "brics", "BRICS", "bloc", "the BRICS" },
			{ "warsaw-pact", "Warsaw Pact", "organisation", "the Warsaw Pact|Warsaw Treaty Organization" },
			{ "non-aligned-movement", "Non-Aligned Movement", "bloc", "the Non-Aligned Movement|NAM" },
			{ "opec", "OPEC", "organisation", "Organization of the Petroleum Exporting Countries" },
			{ "iaea", "International Atomic Energy Agency", "organisation", "IAEA|the IAEA|the International Atomic Energy Agency" },
			{ "opcw", "Organisation for the Prohibition of Chemical Weapons", "organisation", "OPCW|the OPCW|Organization for the Prohibition of Chemical Weapons" },
			{ "international-criminal-court", "International Criminal Court", "organisation", "ICC|the ICC|the International Criminal Court" },
			{ "international-court-of-justice", "International Court of Justice", "organisation", "ICJ|the ICJ|the International Court of Justice|World Court" },
			{ "interpol", "Interpol", "organisation", "INTERPOL|International Criminal Police Organization" },
			{ "unhcr", "UNHCR", "organisation", "UN Refugee Agency|the UN Refugee Agency|UN High Commissioner for Refugees|United Nations High Commissioner for Refugees" },
			{ "unicef", "UNICEF", "organisation", "United Nations Children's Fund|UN Children's Fund" },
			{ "world-food-programme", "World Food Programme", "organisation", "WFP|the WFP|the World Food Programme|World Food Program" },
			{ "unrwa", "UNRWA", "organisation", "United Nations Relief and Works Agency" },
			{ "ocha", "UN Office for the Coordination of Humanitarian Affairs", "organisation", "OCHA|Office for the Coordination of Humanitarian Affairs" },
			{ "un-human-rights-council", "UN Human Rights Council", "organisation", "Human Rights Council|the Human Rights Council|United Nations Human Rights Council|UNHRC" },
			{ "unifil", "United Nations Interim Force in Lebanon", "organisation", "UNIFIL" },
			{ "minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "organisation", "MINUSMA" },
			{ "monusco", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "organisation", "MONUSCO|MONUC" },
			{ "unmiss", "United Nations Mission in the Republic of South Sudan", "organisation", "UNMISS" },
			{ "minusca", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "organisation", "MINUSCA" },
			{ "unama", "United Nations Assistance Mission in Afghanistan", "organisation", "UNAMA" },
			{ "unsmil", "United Nations Support Mission in Libya", "organisation", "UNSMIL" },
			{ "unami", "United Nations Assistance Mission for Iraq", "organisation", "UNAMI" },
			{ "unmik", "United Nations Interim Administration Mission in Kosovo", "organisation", "UNMIK" },
			{ "isaf", "International Security Assistance Force", "organisation", "ISAF|the International Security Assistance Force" },
			{ "kfor", "Kosovo Force", "organisation", "KFOR" },
			{ "eufor", "European Union Force", "organisation", "EUFOR" },
			{ "icrc", "International Committee of the Red Cross", "organisation", "ICRC|the ICRC|the International Committee of the Red Cross" },
			{ "msf", "Médecins Sans Frontières", "organisation", "MSF|Doctors Without Borders|Medecins Sans Frontieres" },
			{ "amnesty-international", "Amnesty International", "organisation", "Amnesty" },
			{ "human-rights-watch", "Human Rights Watch", "organisation", "HRW" },
			{ "oxfam", "Oxfam", "organisation", "Oxfam International" },
			{ "fatf", "Financial Action Task Force", "organisation", "FATF|the FATF|the Financial Action Task Force" },
			{ "imf", "International Monetary Fund", "organisation", "IMF|the IMF|the International Monetary Fund" },
			{ "world-bank", "World Bank", "organisation", "the World Bank" },
			// a fifth column: the body it is an organ of, which it acts for
			{ "un-general-assembly", "UN General Assembly", "organisation", "General Assembly|the General Assembly|United Nations General Assembly|U.N. General Assembly|UNGA", "united-nations" } };

	/**
	 * Short names that prose uses for actors Phoenix names only in full (it has no "EU"): id, aliases. Written by hand;
	 * each alias then belongs to that actor alone.
	 */
	static final String[][] MORE_NAMES = {
			{ "european-union", "EU|E.U.|the EU" },
			{ "world-health-organization", "WHO" },
			{ "un-security-council", "UNSC|the UNSC" } };

	/**
	 * Armed groups and movements of the conflicts reported since the Phoenix dictionaries were written (about 2016),
	 * or that they miss: id, name, kind, aliases. Written by hand from the groups' own and common names; none acts for
	 * a state. Acronyms that name something else as often (SDF, PMF) are left out.
	 */
	static final String[][] GROUPS = {
			{ "hayat-tahrir-al-sham", "Hayat Tahrir al-Sham", "armed_group", "HTS|Hay'at Tahrir al-Sham|Tahrir al-Sham|Hayat Tahrir al Sham|Hayat Tahrir Al-Sham" },
			{ "jnim", "Jama'at Nasr al-Islam wal-Muslimin", "armed_group", "JNIM|Jamaat Nusrat al-Islam wal-Muslimin|Jama'at Nusrat al-Islam wal-Muslimin|Group for the Support of Islam and Muslims" },
			{ "iswap", "Islamic State West Africa Province", "armed_group", "ISWAP|ISIS-WA|ISIS West Africa|IS West Africa|Islamic State's West Africa Province|Islamic State in West Africa" },
			{ "islamic-state-greater-sahara", "Islamic State in the Greater Sahara", "armed_group", "ISGS|ISIS-GS|IS Sahel|ISIS Sahel|Islamic State Sahel Province|Islamic State Greater Sahara|ISIS-Greater Sahara" },
			{ "wagner-group", "Wagner Group", "armed_group", "Wagner|the Wagner Group|PMC Wagner|Wagner PMC|Africa Corps" },
			{ "m23", "M23", "armed_group", "March 23 Movement|Mouvement du 23 mars|M23 rebels" },
			{ "rapid-support-forces", "Rapid Support Forces", "armed_group", "RSF|the Rapid Support Forces" },
			{ "syrian-democratic-forces", "Syrian Democratic Forces", "armed_group", "the Syrian Democratic Forces" },
			{ "popular-mobilization-forces", "Popular Mobilization Forces", "armed_group", "Popular Mobilisation Forces|Popular Mobilization Units|Hashd al-Shaabi|al-Hashd al-Shaabi" },
			{ "kataib-hezbollah", "Kata'ib Hezbollah", "armed_group", "Kataib Hezbollah|Kata'ib Hizballah|Kataib Hizballah" },
			{ "houthis", "Houthis", "movement", "Houthi|the Houthis|Ansar Allah|Ansarallah|Ansar Allah movement|Houthi movement" },
			{ "arakan-army", "Arakan Army", "armed_group", "the Arakan Army" },
			{ "syrian-national-army", "Syrian National Army", "armed_group", "the Syrian National Army|Turkish-backed Syrian National Army" },
			{ "allied-democratic-forces", "Allied Democratic Forces", "armed_group", "ADF rebels|the Allied Democratic Forces" },
			{ "tren-de-aragua", "Tren de Aragua", "armed_group", "" },
			{ "sinaloa-cartel", "Sinaloa Cartel", "armed_group", "the Sinaloa Cartel|Sinaloa cartel" },
			{ "cjng", "Jalisco New Generation Cartel", "armed_group", "CJNG|Cartel Jalisco Nueva Generación|Jalisco cartel" },
			{ "islamic-state-mozambique", "Islamic State Mozambique Province", "armed_group", "ISIS-Mozambique|IS Mozambique|Ansar al-Sunna" },
			{ "hurras-al-din", "Hurras al-Din", "armed_group", "Hurras al-Deen|Tanzim Hurras al-Din" },
			{ "ypg", "People's Defense Units", "armed_group", "YPG|People's Protection Units|People’s Protection Units|People's Defence Units|Kurdish YPG" },
			{ "haqqani-network", "Haqqani Network", "armed_group", "Haqqani network|the Haqqani network|the Haqqanis" },
			// Libya's rival authorities after 2014, which a state's demonym and organ words would otherwise name as Libya
			{ "libyan-national-army", "Libyan National Army", "armed_group", "LNA|the Libyan National Army|Libyan Arab Armed Forces|LAAF" },
			{ "government-of-national-accord", "Government of National Accord", "movement", "GNA|the Government of National Accord" },
			{ "southern-transitional-council", "Southern Transitional Council", "movement", "STC|the Southern Transitional Council" },
			{ "syrian-interim-government", "Syrian Interim Government", "movement", "the Syrian Interim Government" },
			{ "balochistan-liberation-army", "Balochistan Liberation Army", "armed_group", "BLA|Baloch Liberation Army" },
			// Iraqi and Iran-aligned militias
			{ "asaib-ahl-al-haq", "Asa'ib Ahl al-Haq", "armed_group", "Asaib Ahl al-Haq|Asa’ib Ahl al-Haq|League of the Righteous" },
			{ "badr-organization", "Badr Organization", "armed_group", "Badr Organisation|the Badr Organization|Badr Brigade|Badr Corps" },
			{ "harakat-al-nujaba", "Harakat al-Nujaba", "armed_group", "Harakat Hezbollah al-Nujaba|Nujaba Movement|al-Nujaba" },
			{ "kataib-sayyid-al-shuhada", "Kata'ib Sayyid al-Shuhada", "armed_group", "Kataib Sayyid al-Shuhada|Kata’ib Sayyid al-Shuhada" },
			{ "liwa-fatemiyoun", "Liwa Fatemiyoun", "armed_group", "Fatemiyoun|Fatemiyoun Brigade|Fatemiyoun Division|Fatemiyoun Brigades" },
			{ "liwa-zainabiyoun", "Liwa Zainabiyoun", "armed_group", "Zainabiyoun|Zainabiyoun Brigade" },
			{ "jaysh-al-islam", "Jaysh al-Islam", "armed_group", "Jaish al-Islam|Army of Islam" },
			// the Horn of Africa, Sudan and central Africa
			{ "tplf", "Tigray People's Liberation Front", "movement", "TPLF|Tigray People’s Liberation Front|the TPLF" },
			{ "oromo-liberation-army", "Oromo Liberation Army", "armed_group", "the Oromo Liberation Army" },
			{ "janjaweed", "Janjaweed", "armed_group", "Janjawid|the Janjaweed" },
			{ "splm-n", "Sudan People's Liberation Movement-North", "armed_group", "SPLM-N|SPLA-N|Sudan People’s Liberation Movement-North" },
			{ "justice-and-equality-movement", "Justice and Equality Movement", "armed_group", "the Justice and Equality Movement" },
			{ "seleka", "Séléka", "armed_group", "Seleka|ex-Séléka|ex-Seleka" },
			{ "anti-balaka", "Anti-balaka", "armed_group", "anti-balaka|Anti-Balaka" },
			{ "codeco", "CODECO", "armed_group", "Cooperative for the Development of Congo" },
			// Myanmar's resistance and ethnic armed organisations
			{ "national-unity-government-myanmar", "National Unity Government of Myanmar", "movement", "National Unity Government|NUG" },
			{ "peoples-defence-force", "People's Defence Force", "armed_group", "People's Defense Force|People’s Defence Force|People's Defence Forces|People's Defense Forces" },
			{ "kachin-independence-army", "Kachin Independence Army", "armed_group", "the Kachin Independence Army" },
			{ "taang-national-liberation-army", "Ta'ang National Liberation Army", "armed_group", "TNLA|Ta’ang National Liberation Army" },
			{ "mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA" } };

	/**
	 * People in office since the Phoenix dictionaries were written (about 2016), or that they miss, whom foreign-policy
	 * prose names most: id, name, dated roles (state or group id:sector:from:until, ';'-separated; an open end is
	 * still in office on the day written, 8 December 2026), other names. Written by hand from public records of the
	 * offices; only offices whose start is known to the day.
	 */
	static final String[][] PEOPLE = {
			{ "kim-jong-un", "Kim Jong Un", "north-korea:GOV:2011-12-17:", "Kim Jong-un|Kim Jong-Un" },
			{ "donald-trump", "Donald Trump", "united-states:GOV:2017-01-20:2021-01-20;united-states:GOV:2025-01-20:", "Donald J. Trump" },
			{ "kamala-harris", "Kamala Harris", "united-states:GOV:2021-01-20:2025-01-20", "" },
			{ "antony-blinken", "Antony Blinken", "united-states:GOV:2021-01-26:2025-01-20", "Antony J. Blinken|Tony Blinken" },
			{ "marco-rubio", "Marco Rubio", "united-states:GOV:2025-01-21:", "" },
			{ "lloyd-austin", "Lloyd Austin", "united-states:GOV:2021-01-22:2025-01-20", "Lloyd J. Austin III|Lloyd J. Austin|Lloyd Austin III" },
			{ "pete-hegseth", "Pete Hegseth", "united-states:GOV:2025-01-25:", "" },
			{ "mike-pompeo", "Mike Pompeo", "united-states:SPY:2017-01-23:2018-04-26;united-states:GOV:2018-04-26:2021-01-20", "Michael R. Pompeo|Michael Pompeo" },
			{ "linda-thomas-greenfield", "Linda Thomas-Greenfield", "united-states:GOV:2021-02-25:2025-01-20", "" },
			{ "ebrahim-raisi", "Ebrahim Raisi", "iran:GOV:2021-08-03:2024-05-19", "Ebrahim Raeisi|Ibrahim Raisi" },
			{ "masoud-pezeshkian", "Masoud Pezeshkian", "iran:GOV:2024-07-28:", "" },
			{ "abbas-araghchi", "Abbas Araghchi", "iran:GOV:2024-08-21:", "Abbas Araqchi" },
			{ "mohammed-bin-salman", "Mohammed bin Salman", "saudi-arabia:GOV:2017-06-21:", "Mohammad bin Salman|MBS" },
			{ "volodymyr-zelensky", "Volodymyr Zelensky", "ukraine:GOV:2019-05-20:", "Volodymyr Zelenskyy|Zelenskyy|Volodymyr Zelenskiy|Zelenskiy" },
			{ "emmanuel-macron", "Emmanuel Macron", "france:GOV:2017-05-14:", "" },
			{ "friedrich-merz", "Friedrich Merz", "germany:GOV:2025-05-06:", "" },
			{ "rishi-sunak", "Rishi Sunak", "united-kingdom:GOV:2022-10-25:2024-07-05", "" },
			{ "justin-trudeau", "Justin Trudeau", "canada:GOV:2015-11-04:2025-03-14", "" },
			{ "mark-carney", "Mark Carney", "canada:GOV:2025-03-14:", "" },
			{ "shehbaz-sharif", "Shehbaz Sharif", "pakistan:GOV:2022-04-11:2023-08-14;pakistan:GOV:2024-03-04:", "Shahbaz Sharif" },
			{ "yoon-suk-yeol", "Yoon Suk Yeol", "south-korea:GOV:2022-05-10:2025-04-04", "Yoon Suk-yeol" },
			{ "lee-jae-myung", "Lee Jae-myung", "south-korea:GOV:2025-06-04:", "Lee Jae Myung" },
			{ "tsai-ing-wen", "Tsai Ing-wen", "taiwan:GOV:2016-05-20:2024-05-20", "" },
			{ "lai-ching-te", "Lai Ching-te", "taiwan:GOV:2024-05-20:", "William Lai" },
			{ "abiy-ahmed", "Abiy Ahmed", "ethiopia:GOV:2018-04-02:", "Abiy Ahmed Ali" },
			{ "isaias-afwerki", "Isaias Afwerki", "eritrea:GOV:1993-05-24:", "" },
			{ "felix-tshisekedi", "Félix Tshisekedi", "democratic-republic-of-the-congo:GOV:2019-01-24:", "Felix Tshisekedi" },
			{ "william-ruto", "William Ruto", "kenya:GOV:2022-09-13:", "" },
			{ "bola-tinubu", "Bola Tinubu", "nigeria:GOV:2023-05-29:", "Bola Ahmed Tinubu" },
			{ "ibrahim-traore", "Ibrahim Traoré", "burkina-faso:GOV:2022-09-30:", "Ibrahim Traore" },
			{ "assimi-goita", "Assimi Goïta", "mali:GOV:2021-05-24:", "Assimi Goita" },
			{ "javier-milei", "Javier Milei", "argentina:GOV:2023-12-10:", "" },
			{ "gustavo-petro", "Gustavo Petro", "colombia:GOV:2022-08-07:", "" },
			{ "claudia-sheinbaum", "Claudia Sheinbaum", "mexico:GOV:2024-10-01:", "" },
			{ "min-aung-hlaing", "Min Aung Hlaing", "myanmar:MIL:2011-03-30:;myanmar:GOV:2021-02-01:", "" },
			{ "abdel-fattah-al-burhan", "Abdel Fattah al-Burhan", "sudan:MIL:2019-04-12:", "Abdel Fattah Burhan|Abdel-Fattah al-Burhan" },
			{ "mohamed-hamdan-dagalo", "Mohamed Hamdan Dagalo", "rapid-support-forces:MIL:2013-08-01:", "Hemedti|Hemeti|Mohamed Hamdan Daglo" },
			{ "khalifa-haftar", "Khalifa Haftar", "libyan-national-army:MIL:2014-05-16:", "Khalifa Hifter|Khalifa Belqasim Haftar" },
			{ "ahmed-al-sharaa", "Ahmed al-Sharaa", "hayat-tahrir-al-sham:GOV:2017-01-28:2025-01-29;syria:GOV:2025-01-29:", "Abu Mohammad al-Julani|Abu Mohammed al-Julani|Abu Mohammad al-Jolani|Abu Mohammed al-Jolani|Ahmed al-Shara" },
			{ "hibatullah-akhundzada", "Hibatullah Akhundzada", "taliban:GOV:2016-05-25:", "Haibatullah Akhundzada|Hebatullah Akhundzada" },
			{ "hassan-nasrallah", "Hassan Nasrallah", "hezbollah:GOV:1992-02-16:2024-09-27", "Hasan Nasrallah|Sayyed Hassan Nasrallah" },
			{ "ismail-haniyeh", "Ismail Haniyeh", "hamas:GOV:2017-05-06:2024-07-31", "Ismail Haniya|Ismail Haniye" },
			{ "yahya-sinwar", "Yahya Sinwar", "hamas:GOV:2017-02-13:2024-10-16", "" },
			{ "abdul-malik-al-houthi", "Abdul-Malik al-Houthi", "houthis:GOV:2004-09-10:", "Abdulmalik al-Houthi|Abdul Malik al-Houthi|Abdel-Malik al-Houthi" } };

	/**
	 * States with limited or no recognition, which the CAMEO and Phoenix country lists leave out and whose recognition
	 * is what many reports are about: id, name, kind, aliases. Written by hand from their own and common names; a
	 * city or region of the same name (Donetsk, Luhansk) is not an alias.
	 */
	static final String[][] LIMITED_STATES = {
			{ "donetsk-peoples-republic", "Donetsk People's Republic", "state", "DPR|DNR|the Donetsk People's Republic|Donetsk People’s Republic" },
			{ "luhansk-peoples-republic", "Luhansk People's Republic", "state", "LPR|LNR|Lugansk People's Republic|the Luhansk People's Republic|Luhansk People’s Republic" },
			{ "abkhazia", "Abkhazia", "state", "Republic of Abkhazia" },
			{ "south-ossetia", "South Ossetia", "state", "Republic of South Ossetia|South Ossetia-Alania" },
			{ "transnistria", "Transnistria", "state", "Pridnestrovian Moldavian Republic|Pridnestrovie|Trans-Dniester|Transdniestria" },
			{ "northern-cyprus", "Turkish Republic of Northern Cyprus", "state", "Northern Cyprus|TRNC|the TRNC" },
			{ "somaliland", "Somaliland", "state", "Republic of Somaliland" },
			{ "sahrawi-republic", "Sahrawi Arab Democratic Republic", "state", "SADR|Sahrawi Republic|the Sahrawi Republic" },
			{ "artsakh", "Republic of Artsakh", "state", "Artsakh|Nagorno-Karabakh Republic" } };

	/** Other names of curated actors, by curated id: written as rows with the curated id. */
	static final Map<String, Actor> supplements = new TreeMap<>();

	/** Aliases that belong to one actor whoever else uses them: the UN's organs in UN and government prose. */
	static final Map<String, String> preferred = new HashMap<>();

	static Map<String, String> agents(List<String> lines) {
		Map<String, List<String>> macros = new HashMap<>();
		Map<String, String> agents = new TreeMap<>();
		for (String raw : lines) {
			String line = raw.split("#", 2)[0].strip();
			if (line.startsWith("!") && line.contains("=")) {
				String[] kv = line.split("=", 2);
				macros.put(kv[0].strip(), Arrays.stream(kv[1].split(",")).map(String::strip).toList());
				continue;
			}
			Matcher m = AGENT.matcher(line);
			if (!m.find()) continue;
			List<String> forms = List.of(m.group(1));
			for (var macro : macros.entrySet()) {
				List<String> expanded = new ArrayList<>();
				for (String f : forms) {
					if (f.contains(macro.getKey())) {
						for (String r : macro.getValue()) expanded.add(f.replace(macro.getKey(), r));
					}
					else expanded.add(f);
				}
				forms = expanded;
			}
			for (String f : forms) {
				String noun = f.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
				if (noun.matches("[a-z][a-z .'-]*") && !noun.contains("!")) agents.putIfAbsent(noun, m.group(2));
			}
		}
		return agents;
	}

	static void writeAgents(Map<String, String> agents, Path out) throws IOException {
		List<String> lines = new ArrayList<>(List.of(
				"# Generated by tools/dictionaries/GenerateDictionaries.java from Phoenix.agents.txt (PETRARCH 2, MIT, (c) Open",
				"# Event Data Alliance). An agent noun names a part of the actor it is attached to (\"Iranian foreign minister\");",
				"# the sector code says which: GOV government, MIL military, SPY intelligence, LEG legislature, JUD judiciary,",
				"# COP police, and so on (CAMEO.type). Columns: noun, sector.",
				"noun\tsector"));
		agents.forEach((k, v) -> lines.add(k + "\t" + v));
		Files.write(out.resolve("agents.tsv"), lines, StandardCharsets.UTF_8);
		System.out.println("agents.tsv: " + agents.size() + " agent nouns");
	}

	// ---------------------------------------------------------------- actors

	static final Pattern CODE = Pattern.compile("\\[([A-Z~]{3,}|---)(?:\\s+([<>]?[0-9]{6,8})(?:-([0-9]{6,8}))?)?\\s*\\]");

	/** Sectors of a state whose entries are organs of it (agencies), not people. */
	static final Set<String> ORGAN_SECTORS = Set.of("GOV", "MIL", "SPY", "LEG", "JUD", "COP");

	static List<Entry> readPhoenix(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String name = null;
		int start = 0;
		List<String> aliases = new ArrayList<>(), codes = new ArrayList<>();
		for (int i = 0; i <= lines.size(); i++) {
			String raw = i < lines.size() ? lines.get(i) : "END";
			String line = raw.split("#", 2)[0];
			if (line.isBlank() && i < lines.size()) continue;
			boolean continuation = raw.startsWith("+") || raw.startsWith("\t") || raw.startsWith(" ");
			if (!continuation) {
				if (name != null) entries.add(new Entry(file.getFileName().toString(), start, name, aliases, codes));
				name = null;
				aliases = new ArrayList<>();
				codes = new ArrayList<>();
				if (i == lines.size() || line.startsWith("!") || line.startsWith("&") || line.startsWith("<")) continue;
				String head = line.split("[\\[\\t]", 2)[0].strip();
				if (head.isEmpty()) continue;
				name = head;
				start = i + 1;
			}
			else if (raw.startsWith("+") && name != null) {
				String alias = line.substring(1).split("[\\[\\t]", 2)[0].strip();
				if (!alias.isEmpty()) aliases.add(alias);
			}
			if (name == null) continue;
			Matcher c = CODE.matcher(line);
			while (c.find()) {
				codes.add(c.group(0));
			}
		}
		return entries;
	}

	record Actor(String id, String name, String kind, String of, String cameo, List<String> roles, Set<String> aliases,
			String source) {}

	static void writeActors(Path petrarch, Map<String, String> states, Map<String, String[]> knownNames,
			Map<String, String> agents, Path out) throws IOException {
		Map<String, Actor> actors = new TreeMap<>();
		int[] skipped = new int[4];
		for (String file : List.of("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt",
				"Phoenix.Countries.actors.txt")) {
			for (Entry e : readPhoenix(petrarch.resolve(file))) {
				if (e.codes().isEmpty()) {
					skipped[0]++;
					continue;
				}
				List<String> roles = new ArrayList<>();
				String first = null;
				boolean dated = false, elite = false;
				for (String code : e.codes()) {
					Matcher c = CODE.matcher(code);
					if (!c.find() || c.group(1).equals("---")) continue;
					String cameo = c.group(1);
					if (cameo.equals("ELI") || cameo.endsWith("ELI") && cameo.length() == 6) elite = true;
					if (first == null) first = cameo;
					if (c.group(2) != null) {
						dated = true;
						String from = c.group(2).startsWith(">") ? date(c.group(2).substring(1)) : c.group(2).startsWith("<") ? null : date(c.group(2));
						String until = c.group(3) != null ? date(c.group(3)) : c.group(2).startsWith("<") ? date(c.group(2).substring(1)) : null;
						String state = cameo.length() >= 6 ? states.get(cameo.substring(0, 3)) : null;
						if (state != null && cameo.length() >= 6) {
							roles.add(state + ":" + cameo.substring(3, 6) + ":" + (from == null ? "" : from) + ":" + (until == null ? "" : until));
						}
						else if (cameo.startsWith("IGO") || cameo.startsWith("NGO")) {
							roles.add(cameo + ":" + (from == null ? "" : from) + ":" + (until == null ? "" : until));
						}
					}
				}
				if (first == null) {
					skipped[0]++;
					continue;
				}
				String kind, of = "";
				// a dated entry is a person unless its name ends in a body's head word ("Syrian National Council",
				// "Tawhid Brigade", "Palestinian Authority": listed with the dates of their role, but bodies)
				boolean person = (dated || elite) && !file.contains("MilNonState") && !first.startsWith("IMG")
						&& !BODY_NAME.matcher(display(e.name().replaceFirst("^THE_", ""))).find();
				String state = first.length() >= 3 ? states.get(first.substring(0, 3)) : null;
				String sector = first.length() >= 6 ? first.substring(3, 6) : "";
				if (person) {
					kind = "person";
				}
				else if (file.contains("MilNonState")) {
					kind = "armed_group";
				}
				else if (file.contains("International")) {
					kind = first.startsWith("IGO") || first.startsWith("NGO") ? "organisation" : first.startsWith("IMG") ? "armed_group" : null;
				}
				else if (state != null && ORGAN_SECTORS.contains(sector)) {
					kind = "agency";
					of = state;
				}
				else if (state != null && (sector.equals("REB") || sector.equals("INS"))) {
					kind = "armed_group";
				}
				else if (state != null && sector.equals("OPP")) {
					kind = "movement";
				}
				else {
					kind = null;
				}
				if (kind == null) {
					skipped[1]++;
					continue;
				}
				if (person && roles.isEmpty() && state != null) {
					roles.add(state + ":" + sector + "::");
				}
				String name = display(e.name().replaceFirst("^THE_", ""));
				if (person) {
					// "Foreign Minister Abdullah", "Secretary-General Ban Ki-Moon": the name is what follows the titles
					String[] words = name.split(" ");
					int start = 0;
					while (start < words.length - 1 && (TITLE_WORDS.contains(key(words[start])) || agents.containsKey(key(words[start])))) {
						start++;
					}
					name = personDisplay(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
					if (!name.contains(" ")) {
						// a single name ("Abdullah") would be read into other people's names
						skipped[1]++;
						continue;
					}
				}
				if (!person && office(name)) {
					// "US Ambassador to the United Nations", "UN Special Envoy for Burma": an office, whose holder the
					// text names; read as a body it would hide both the person and the state
					skipped[1]++;
					continue;
				}
				if (name.length() < 3) {
					skipped[2]++;
					continue;
				}
				Set<String> aliases = new TreeSet<>();
				String[] curated = knownNames.get(key(name));
				for (String a : e.aliases()) {
					String alias = alias(a, agents, states);
					if (alias != null && !person && personLike(alias, name)) continue;
					if (alias != null && curated == null && knownNames.containsKey(key(alias))) curated = knownNames.get(key(alias));
					if (alias != null && !key(alias).equals(key(name)) && !knownNames.containsKey(key(alias))) aliases.add(alias);
				}
				if (curated != null) {
					// a group or person the curated gazetteer knows under another of its names: its other names
					// ("ISIL", "Daesh" for the Islamic State) are added to the curated actor, never a second actor
					boolean sameKind = curated[1].equals("person") == person && !curated[1].equals("state");
					if (sameKind && !aliases.isEmpty() && !supplements.containsKey(curated[0])) {
						supplements.put(curated[0], new Actor(curated[0], name, curated[1], "", first, List.of(),
								aliases, file + ":" + e.line()));
					}
					skipped[2]++;
					continue;
				}
				String acronym = acronymIn(e.name());
				if (acronym != null) aliases.add(acronym);
				if (kind.equals("organisation") && first.startsWith("IGOUNO") && name.startsWith("UN ")) {
					// "UN Security Council" is also "the United Nations Security Council", "the U.N. Security
					// Council" and, in UN and government prose, "the Security Council"
					String body = name.substring(3);
					aliases.add("United Nations " + body);
					aliases.add("U.N. " + body);
					if (body.contains(" ")) aliases.add(body);
					for (String form : List.of("United Nations " + body, "U.N. " + body, body)) {
						preferred.putIfAbsent(key(form), slug(name));
					}
					of = "united-nations";
				}
				String id = slug(name);
				if (id.isEmpty() || states.containsValue(id) || actors.containsKey(id)) {
					skipped[3]++;
					continue;
				}
				actors.put(id, new Actor(id, name, kind, of, first, roles, aliases, file + ":" + e.line()));
			}
		}
		// an alias that two actors share names neither: "Bush", "Ahmed"
		Map<String, Integer> uses = new HashMap<>();
		for (Actor a : actors.values()) {
			Set<String> forms = new HashSet<>();
			forms.add(key(a.name()));
			a.aliases().forEach(x -> forms.add(key(x)));
			forms.forEach(f -> uses.merge(f, 1, Integer::sum));
		}
		supplements.forEach((id, a) -> actors.putIfAbsent(id, a));
		// organs of states that sanctions and designations name most, under the names prose uses for them
		for (String[] organ : ORGANS) {
			if (states.containsValue(organ[2])) {
				Set<String> names = new TreeSet<>(organ[3].isEmpty() ? List.of() : List.of(organ[3].split("\\|")));
				actors.put(organ[0], new Actor(organ[0], organ[1], "agency", organ[2], "", List.of(), names,
						"GenerateDictionaries.ORGANS"));
				names.forEach(n -> preferred.put(key(n), organ[0]));
				preferred.put(key(organ[1]), organ[0]);
			}
		}
		// international bodies Phoenix lacks or names only formally: the hand table's names win over its rows
		for (String[] body : BODIES) {
			Set<String> names = new TreeSet<>(List.of(body[3].split("\\|")));
			actors.values().removeIf(a -> !a.id().equals(body[0]) && (names.contains(a.name())
					|| a.name().equalsIgnoreCase(body[1])));
			actors.put(body[0], new Actor(body[0], body[1], body[2], body.length > 4 ? body[4] : "", "", List.of(), names,
					"GenerateDictionaries.BODIES"));
			names.forEach(n -> preferred.put(key(n), body[0]));
			preferred.put(key(body[1]), body[0]);
		}
		for (String[] more : MORE_NAMES) {
			Actor actor = actors.get(more[0]);
			if (actor == null) {
				throw new IllegalStateException("MORE_NAMES names no actor '" + more[0] + "'");
			}
			for (String name : more[1].split("\\|")) {
				actor.aliases().add(name);
				preferred.put(key(name), more[0]);
			}
		}
		// armed groups, movements and states of limited recognition Phoenix lacks: the same, from the hand tables
		List<String[]> added = new ArrayList<>(List.of(GROUPS));
		added.addAll(List.of(LIMITED_STATES));
		for (String[] group : added) {
			Set<String> names = new TreeSet<>(group[3].isEmpty() ? List.of() : List.of(group[3].split("\\|")));
			actors.values().removeIf(a -> !a.id().equals(group[0]) && (names.contains(a.name())
					|| a.name().equalsIgnoreCase(group[1])));
			actors.put(group[0], new Actor(group[0], group[1], group[2], "", "", List.of(), names,
					List.of(GROUPS).contains(group) ? "GenerateDictionaries.GROUPS" : "GenerateDictionaries.LIMITED_STATES"));
			names.forEach(n -> preferred.put(key(n), group[0]));
			preferred.put(key(group[1]), group[0]);
		}
		for (String[] person : PEOPLE) {
			Set<String> names = new TreeSet<>(person[3].isEmpty() ? List.of() : List.of(person[3].split("\\|")));
			// the dictionary's entry of the same person gives way, its earlier offices kept ("Ismail Haniya", the
			// Palestinian Authority's prime minister in 2006, led Hamas from 2017)
			List<String> roles = new ArrayList<>();
			actors.values().removeIf(a -> {
				boolean same = !a.id().equals(person[0]) && a.kind().equals("person")
						&& (names.contains(a.name()) || a.name().equalsIgnoreCase(person[1]));
				if (same) roles.addAll(a.roles());
				return same;
			});
			roles.addAll(List.of(person[2].split(";")));
			actors.put(person[0], new Actor(person[0], person[1], "person", "", "", roles, names,
					"GenerateDictionaries.PEOPLE"));
			names.forEach(n -> preferred.put(key(n), person[0]));
			preferred.put(key(person[1]), person[0]);
		}
		List<String> lines = new ArrayList<>(List.of(
				"# Generated by tools/dictionaries/GenerateDictionaries.java from Phoenix.MilNonState, Phoenix.International and",
				"# Phoenix.Countries (PETRARCH 2, MIT, (c) Open Event Data Alliance). Do not edit: the curated gazetteer",
				"# (seeds/actors.yaml) wins over any line here; a line with a curated actor's id only adds other names of it",
				"# (\"ISIL\" for the Islamic State). An alias two actors share is dropped from both.",
				"# Columns: id, name, kind, the state an organ acts for, CAMEO code, dated roles (state:sector:from:until or",
				"# IGO code:from:until, ';'-separated), aliases ('|'-separated), source line.",
				"id\tname\tkind\tof\tcameo\troles\taliases\tsource"));
		int count = 0;
		for (Actor a : actors.values()) {
			List<String> kept = a.aliases().stream().filter(x -> preferred.containsKey(key(x))
					? preferred.get(key(x)).equals(a.id()) : uses.getOrDefault(key(x), 0) == 1).toList();
			if (uses.getOrDefault(key(a.name()), 0) > 1 && !a.id().equals(preferred.get(key(a.name())))) continue;
			lines.add(String.join("\t", a.id(), a.name(), a.kind(), a.of(), a.cameo(), String.join(";", a.roles()),
					String.join("|", kept), a.source()));
			count++;
		}
		Files.write(out.resolve("actors.tsv"), lines, StandardCharsets.UTF_8);
		System.out.println("actors.tsv: " + count + " actors (skipped: " + skipped[0] + " without a code, " + skipped[1]
				+ " of no usable kind, " + skipped[2] + " named like a curated actor, " + skipped[3] + " duplicate ids)");
	}

	/** 991231 → 1999-12-31, 20070101 → 2007-01-01; two-digit years above 30 are 19xx. */
	static String date(String d) {
		if (d.length() == 8) return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8);
		if (d.length() != 6) return null;
		int yy = Integer.parseInt(d.substring(0, 2));
		String mm = d.substring(2, 4), dd = d.substring(4, 6);
		if (mm.equals("00")) mm = "01";
		if (dd.equals("00")) dd = "01";
		return (yy > 30 ? "19" : "20") + d.substring(0, 2) + "-" + mm + "-" + dd;
	}

	static final Set<String> LOWER = Set.of("of", "the", "and", "for", "in", "on", "de", "del", "la", "al", "el", "bin", "ibn", "van", "von", "da", "di", "du", "le");

	/** ABU_NIDAL_ORGANIZATION_ → Abu Nidal Organization; UN_SECURITY_COUNCIL → UN Security Council. */
	static String display(String raw) {
		String words = raw.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replaceAll("\\s+", " ").strip();
		StringBuilder out = new StringBuilder();
		for (String w : words.split(" ")) {
			if (w.isEmpty()) continue;
			if (out.length() > 0) out.append(' ');
			String lower = w.toLowerCase(Locale.ROOT);
			if (out.length() > 0 && LOWER.contains(lower)) out.append(lower);
			else if (acronymWord(w)) out.append(w);
			else out.append(capitalise(lower));
		}
		return out.toString();
	}

	/**
	 * UN, U.N., IRGC, HSM: dots, or at most five letters with at most one vowel; BOKO, IRAQ and HAMAS are read as
	 * words (and then matched in any case).
	 */
	static boolean acronymWord(String w) {
		String letters = w.replaceAll("[^A-Za-z]", "");
		long vowels = letters.toUpperCase(Locale.ROOT).chars().filter(c -> "AEIOUY".indexOf(c) >= 0).count();
		if (letters.length() >= 3 && commonWords.contains(letters.toLowerCase(Locale.ROOT)) || LOWER.contains(letters.toLowerCase(Locale.ROOT))) return false;
		return w.contains(".") && letters.length() <= 5 || letters.length() >= 2 && letters.length() <= 5 && vowels <= 1
				&& !Set.of("ABU", "AL", "BIN", "IBN", "ALI", "ABD", "EL", "DE", "VAN", "VON", "LA", "LE", "DA", "DI", "MAN").contains(w.toUpperCase(Locale.ROOT));
	}

	/** Words that name an office, not a body. */
	static final Set<String> OFFICE_WORDS = Set.of("ambassador", "minister", "president", "secretary", "envoy",
			"representative", "spokesman", "spokesperson", "chief", "commander", "director", "chairman", "coordinator",
			"rapporteur", "adviser", "advisor", "official", "officer", "delegate", "emissary", "attache", "consul",
			"governor", "mayor", "commissioner", "resident", "general", "head", "premier", "chancellor");

	/**
	 * Titles before a person's name, religious and military honorifics among them ("Hojatolislam Sayyed Ali Khamenei"
	 * is Ali Khamenei).
	 */
	static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "foreign", "prime",
			"general", "secretary", "secretary general", "king", "queen", "prince", "chief", "minister", "president",
			"former", "deputy", "vice", "crown", "sheikh", "emir", "ayatollah", "hojatolislam", "hojatoleslam", "sayyed",
			"sayed", "seyed", "seyyed", "haji", "hajji", "maulana", "mawlawi", "mawlavi", "mullah", "mufti", "colonel",
			"lieutenant", "major", "marshal", "admiral", "brigadier");

	/** Honorifics that an alias may start with and still name the person: "Ayatollah Khomeini" is Khomeini. */
	static final Set<String> HONORIFICS = Set.of("ayatollah", "hojatolislam", "hojatoleslam", "sayyed", "sayed", "seyed",
			"seyyed", "haji", "hajji", "maulana", "mawlawi", "mawlavi");

	/** Numerals after a name ("Lloyd J. Austin III"), the only words of a person's name kept in capitals. */
	private static final Set<String> NUMERALS = Set.of("ii", "iii", "iv");

	/**
	 * A person's name as prose writes it: every word capitalised ("XI_JINPING" is Xi Jinping, "KIM" is Kim), where
	 * {@link #display} would keep a short word with one vowel in capitals as an acronym.
	 */
	static String personDisplay(String name) {
		StringBuilder out = new StringBuilder();
		String[] words = name.split(" ");
		for (int i = 0; i < words.length; i++) {
			if (words[i].isEmpty()) continue;
			if (out.length() > 0) out.append(' ');
			String lower = words[i].toLowerCase(Locale.ROOT);
			if (out.length() > 0 && LOWER.contains(lower)) out.append(lower);
			else if (i > 0 && i == words.length - 1 && NUMERALS.contains(lower)) out.append(lower.toUpperCase(Locale.ROOT));
			else out.append(capitalise(lower));
		}
		return out.toString();
	}

	static boolean office(String name) {
		for (String word : key(name).split(" ")) {
			if (OFFICE_WORDS.contains(word)) return true;
		}
		return false;
	}

	/** Words that mark a name as a group's, not a person's. */
	static final Set<String> GROUP_WORDS = Set.of("front", "army", "brigade", "brigades", "party", "movement",
			"organization", "organisation", "group", "council", "union", "league", "force", "forces", "committee",
			"jihad", "mujahideen", "resistance", "liberation", "revolutionary", "islamic", "national", "people",
			"peoples", "popular", "cell", "cells", "battalion", "battalions", "militia", "faction", "alliance",
			"coalition", "congress", "association", "foundation", "network", "state", "command", "corps", "guard",
			"tigers", "fighters", "harakat", "hizb", "jamaat", "jaish", "jabhat", "ansar", "tehrik", "lashkar",
			"majlis", "kataib", "jamiat", "fatah", "government", "agency", "bank", "fund", "office", "commission",
			"court", "mission", "programme", "program", "institute", "society", "center", "centre", "federation",
			"community", "conference", "assembly", "secretariat", "authority", "bureau", "nations",
			"agreement", "treaty", "pact", "initiative", "board", "service", "services", "ministry");

	/**
	 * An alias of a group or body that names a person (Phoenix lists leaders under their groups: "Hassan
	 * Nasrallah" under Hezbollah): several words, none shared with the name, no group word, no acronym.
	 */
	static boolean personLike(String alias, String name) {
		String[] words = key(alias).split(" ");
		if (words.length < 2) return false;
		Set<String> nameWords = new HashSet<>(List.of(key(name).split(" ")));
		nameWords.removeAll(Set.of("al", "the", "of", "and", "el"));
		for (String w : words) {
			if (nameWords.contains(w) || GROUP_WORDS.contains(w)) return false;
			for (String n : nameWords) {
				// a spelling of the name's word ("Al-Shabab" for Al-Shabaab, "Hizbollah" for Hezbollah)
				if (w.length() >= 4 && n.length() >= 4 && editDistance(w, n) <= 2) return false;
			}
		}
		return true;
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) previous[j] = j;
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	static String capitalise(String lower) {
		StringBuilder b = new StringBuilder(lower);
		for (int i = 0; i < b.length(); i++) {
			if (i == 0 || b.charAt(i - 1) == '-' || b.charAt(i - 1) == '\'' && i >= 2 && b.charAt(i - 2) != ' ' && i == 2) {
				b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
			}
		}
		return b.toString();
	}

	/** ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ → AAIA. */
	static String acronymIn(String raw) {
		Matcher m = Pattern.compile("\\(([A-Z][A-Z0-9-]{1,7})\\)").matcher(raw);
		return m.find() && m.group(1).length() >= 3 ? m.group(1) : null;
	}

	/**
	 * An alias as the gazetteer should match it, or null when it is unusable: titles ("President Putin"), names that
	 * start with a state or demonym ("Russian President ..."), ordinary words ("Organization"), two letters.
	 */
	static String alias(String raw, Map<String, String> agents, Map<String, String> states) {
		if (raw.contains("{") || raw.contains("!") || raw.contains("&")) return null;
		String acronym = acronymIn(raw);
		String display = display(raw);
		while (display.contains(" ") && HONORIFICS.contains(key(display.substring(0, display.indexOf(' '))))) {
			display = display.substring(display.indexOf(' ') + 1);
		}
		if (display.length() < 3) return acronym;
		String[] words = key(display).split(" ");
		if (words.length == 0) return null;
		if (agents.containsKey(words[0]) || TITLE_WORDS.contains(words[0])
				|| words.length > 1 && agents.containsKey(words[0] + " " + words[1])) return null;
		if (words.length == 1 && commonWords.contains(words[0])) return null;
		if (words.length == 1 && words[0].length() < 4 && !acronymWord(display)) return null;
		for (String state : states.values()) {
			if (words[0].equals(state.replace('-', ' ').split(" ")[0]) && words.length > 1) return null;
		}
		return display;
	}

	static String key(String s) {
		String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return n.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-–'’`.]+", " ").strip();
	}

	static String slug(String name) {
		return key(name).replaceAll("[^a-z0-9 ]", " ").strip().replaceAll(" +", "-");
	}

	// ---------------------------------------------------------------- the curated gazetteer

	static final Pattern YAML_ID = Pattern.compile("^\\s*- id: \"([^\"]+)\"");
	static final Pattern YAML_CAMEO = Pattern.compile("^\\s*cameo: \"([A-Z]{3})\"");
	static final Pattern YAML_NAMES = Pattern.compile("^\\s*(?:name: |aliases: \\[)(.*)");
	static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	/** CAMEO country code → curated state id. */
	static Map<String, String> readStates(Path yaml) throws IOException {
		Map<String, String> states = new TreeMap<>();
		String id = null;
		for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
			Matcher m = YAML_ID.matcher(line);
			if (m.find()) id = m.group(1);
			Matcher c = YAML_CAMEO.matcher(line);
			if (c.find() && id != null) states.putIfAbsent(c.group(1), id);
		}
		return states;
	}

	/** The last word of a body's name, never of a person's. */
	static final Pattern BODY_NAME = Pattern.compile(" (Council|Party|Front|Army|Movement|Committee|Union|Alliance|"
			+ "Coalition|Organi[sz]ation|Brigades?|Forces?|Group|Commission|Assembly|Ministry|Agency|Bank|Court|Congress|"
			+ "Parliament|Government|Authority|Corps|Guards?|Police|Network|League|Association|Society|Foundation|"
			+ "Institute|Company|Corporation)$");

	static final Pattern YAML_KIND = Pattern.compile("^\\s*kind: \"([a-z_]+)\"");

	/** Every name and alias of the curated gazetteer, as keys, with the actor's id and kind. */
	static Map<String, String[]> readKnownNames(Path yaml) throws IOException {
		Map<String, String[]> names = new HashMap<>();
		String id = null, kind = null;
		List<String> block = new ArrayList<>();
		List<String> lines = new ArrayList<>(Files.readAllLines(yaml, StandardCharsets.UTF_8));
		lines.add("  - id: \"end\"");
		for (String line : lines) {
			Matcher i = YAML_ID.matcher(line);
			if (i.find()) {
				if (id != null && kind != null) {
					for (String name : block) names.putIfAbsent(name, new String[] { id, kind });
				}
				id = i.group(1);
				kind = null;
				block.clear();
				block.add(key(id.replace('-', ' ')));
			}
			Matcher m = YAML_NAMES.matcher(line);
			if (m.find()) {
				Matcher q = QUOTED.matcher(m.group(1));
				while (q.find()) block.add(key(q.group(1)));
			}
			Matcher k = YAML_KIND.matcher(line);
			if (k.find()) kind = k.group(1);
		}
		return names;
	}

}
