import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the actor gazetteer (seeds/actors.yaml): the hand-checked gold actors plus every state of the world, with
 * aliases taken conservatively from the PETRARCH/Phoenix country dictionary. Rules and limits: docs/gazetteer.md.
 * <p>
 * Usage, from the project root: {@code java tools/gazetteer/GenerateGazetteer.java ../shared seeds/actors.yaml
 * [--explain]}. {@code --explain} also prints the verdict on every candidate alias. JDK only; output is deterministic.
 */
public class GenerateGazetteer {

	/** Legacy codes of the CAMEO (GDELT) list where Phoenix uses the ISO code. The output keeps GDELT's code. */
	static final Map<String, String> LEGACY_CODES = Map.of("ROM", "ROU", "MTN", "MNE");

	/**
	 * Capitals, which stand for their state's government in political prose ("Damascus", "Riyadh"). The Phoenix blocks
	 * list capitals among other cities without marking them, so they are written here. Capitals that name another
	 * actor too, or that a later government took (Kabul after 2021 is the Taliban's), are left to the gold file.
	 */
	static final Map<String, List<String>> CAPITALS = Map.ofEntries(
			Map.entry("SYR", List.of("Damascus")), Map.entry("SAU", List.of("Riyadh")), Map.entry("IRN", List.of("Tehran", "Teheran")),
			Map.entry("IRQ", List.of("Baghdad")), Map.entry("ISR", List.of("Jerusalem")), Map.entry("EGY", List.of("Cairo")),
			Map.entry("JOR", List.of("Amman")), Map.entry("LBN", List.of("Beirut")), Map.entry("TUR", List.of("Ankara")),
			Map.entry("ARE", List.of("Abu Dhabi")), Map.entry("QAT", List.of("Doha")), Map.entry("KWT", List.of()),
			Map.entry("OMN", List.of("Muscat")), Map.entry("BHR", List.of("Manama")), Map.entry("UKR", List.of("Kyiv", "Kiev")),
			Map.entry("BLR", List.of("Minsk")), Map.entry("PRK", List.of("Pyongyang")), Map.entry("KOR", List.of("Seoul")),
			Map.entry("JPN", List.of("Tokyo")), Map.entry("GBR", List.of("London", "Whitehall", "Downing Street")),
			Map.entry("FRA", List.of("Paris", "the Elysee", "Élysée")), Map.entry("DEU", List.of("Berlin")),
			Map.entry("ITA", List.of("Rome")), Map.entry("ESP", List.of("Madrid")), Map.entry("POL", List.of("Warsaw")),
			Map.entry("VEN", List.of("Caracas")), Map.entry("CUB", List.of("Havana")), Map.entry("NIC", List.of("Managua")),
			Map.entry("MEX", List.of("Mexico City")), Map.entry("BRA", List.of("Brasilia", "Brasília")),
			Map.entry("ARG", List.of("Buenos Aires")), Map.entry("COL", List.of("Bogota", "Bogotá")),
			Map.entry("SRB", List.of("Belgrade")), Map.entry("HRV", List.of("Zagreb")), Map.entry("BIH", List.of("Sarajevo")),
			Map.entry("SVN", List.of("Ljubljana")), Map.entry("ALB", List.of("Tirana")), Map.entry("GRC", List.of("Athens")),
			Map.entry("CYP", List.of("Nicosia")), Map.entry("GEO", List.of("Tbilisi")), Map.entry("ARM", List.of("Yerevan")),
			Map.entry("AZE", List.of("Baku")), Map.entry("KAZ", List.of("Astana")), Map.entry("UZB", List.of("Tashkent")),
			Map.entry("TJK", List.of("Dushanbe")), Map.entry("KGZ", List.of("Bishkek")), Map.entry("TKM", List.of("Ashgabat")),
			Map.entry("MNG", List.of("Ulaanbaatar")), Map.entry("VNM", List.of("Hanoi")), Map.entry("THA", List.of("Bangkok")),
			Map.entry("MMR", List.of("Naypyidaw", "Naypyitaw")), Map.entry("BGD", List.of("Dhaka")),
			Map.entry("LKA", List.of("Colombo")), Map.entry("NPL", List.of("Kathmandu")), Map.entry("IDN", List.of("Jakarta")),
			Map.entry("PHL", List.of("Manila")), Map.entry("MYS", List.of("Kuala Lumpur")), Map.entry("AUS", List.of("Canberra")),
			Map.entry("CAN", List.of("Ottawa")), Map.entry("NGA", List.of("Abuja")), Map.entry("ETH", List.of("Addis Ababa")),
			Map.entry("KEN", List.of("Nairobi")), Map.entry("SOM", List.of("Mogadishu")), Map.entry("SDN", List.of("Khartoum")),
			Map.entry("LBY", List.of()), Map.entry("TUN", List.of()), Map.entry("DZA", List.of("Algiers")),
			Map.entry("MAR", List.of("Rabat")), Map.entry("MLI", List.of("Bamako")), Map.entry("NER", List.of("Niamey")),
			Map.entry("TCD", List.of("N'Djamena")), Map.entry("BFA", List.of("Ouagadougou")), Map.entry("CMR", List.of("Yaounde", "Yaoundé")),
			Map.entry("COD", List.of("Kinshasa")), Map.entry("RWA", List.of("Kigali")), Map.entry("UGA", List.of("Kampala")),
			Map.entry("ZAF", List.of("Pretoria")), Map.entry("ZWE", List.of("Harare")), Map.entry("AGO", List.of("Luanda")),
			Map.entry("MOZ", List.of("Maputo")), Map.entry("ERI", List.of("Asmara")), Map.entry("DJI", List.of()),
			Map.entry("YEM", List.of()), Map.entry("HUN", List.of("Budapest")), Map.entry("ROM", List.of("Bucharest")),
			Map.entry("BGR", List.of("Sofia")), Map.entry("CZE", List.of("Prague")), Map.entry("AUT", List.of("Vienna")),
			Map.entry("NLD", List.of("The Hague")), Map.entry("SWE", List.of("Stockholm")), Map.entry("NOR", List.of("Oslo")),
			Map.entry("FIN", List.of("Helsinki")), Map.entry("DNK", List.of("Copenhagen")), Map.entry("EST", List.of("Tallinn")),
			Map.entry("LVA", List.of("Riga")), Map.entry("LTU", List.of("Vilnius")), Map.entry("MDA", List.of("Chisinau")),
			Map.entry("PRT", List.of("Lisbon")), Map.entry("IRL", List.of("Dublin")), Map.entry("CHE", List.of("Bern")));

	/**
	 * Common names and demonyms the demonym rule cannot find, because they are not formed from the state's name
	 * (British, Burmese) or because a longer form came first (Saudi Arabian before Saudi).
	 */
	static final Map<String, List<String>> EXTRA_NAMES = Map.ofEntries(
			Map.entry("GBR", List.of("Britain", "Great Britain", "British", "United Kingdom of Great Britain and Northern Ireland")),
			Map.entry("SAU", List.of("Saudi", "Saudis")),
			Map.entry("MMR", List.of("Burma", "Burmese")),
			Map.entry("PRK", List.of("DPRK")),
			Map.entry("USA", List.of("USA", "U.S.A.")),
			Map.entry("KOR", List.of("ROK")),
			Map.entry("CHN", List.of("PRC")),
			Map.entry("TWN", List.of("Republic of China", "ROC")),
			Map.entry("ARE", List.of("Emirates")),
			Map.entry("NLD", List.of("Holland")),
			Map.entry("SUN", List.of("Union of Soviet Socialist Republics")),
			// the names the United Nations uses, which UN and government prose write
			Map.entry("TUR", List.of("Türkiye", "Turkiye", "Republic of Türkiye")),
			Map.entry("SYR", List.of("Syrian Arab Republic")),
			Map.entry("CIV", List.of("Côte d'Ivoire", "Republic of Côte d'Ivoire")),
			Map.entry("BOL", List.of("Plurinational State of Bolivia")),
			Map.entry("LAO", List.of("Lao People's Democratic Republic", "Lao PDR")),
			Map.entry("VNM", List.of("Viet Nam", "Socialist Republic of Viet Nam")),
			Map.entry("CZE", List.of("Czechia")),
			Map.entry("PSE", List.of("State of Palestine")),
			Map.entry("KGZ", List.of("Kyrgyz Republic")),
			Map.entry("SVK", List.of("Slovak Republic")));

	/**
	 * Other names and transliterations of the gold armed groups that official and news prose use (the gold file lists
	 * those of the seed articles only): ISIL and Daesh, Tehrik-i-Taliban, al-Qa'ida.
	 */
	static final Map<String, List<String>> GROUP_NAMES = Map.of(
			"islamic-state", List.of("ISIL", "Daesh", "Da'esh", "Islamic State of Iraq and the Levant",
					"Islamic State of Iraq and Syria", "Islamic State of Iraq and al-Sham"),
			"iskp", List.of("ISIS-K", "ISIS-Khorasan", "ISIL-K", "ISIL-Khorasan", "Islamic State-Khorasan"),
			"al-qaeda", List.of("al-Qaeda", "al-Qa'ida", "al-Qa’ida", "Al-Qaida", "al Qaida"),
			"ttp", List.of("Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehrik-e Taliban Pakistan",
					"Tehreek-i-Taliban Pakistan", "Pakistani Taliban"),
			"gulf-states", List.of("Persian Gulf states", "Gulf Arab states", "Arab Gulf states"),
			"jaish-e-mohammed", List.of("JeM", "Jaish-e-Muhammad", "Jaish-e-Mohammad", "Jaish-i-Mohammed"));

	/**
	 * States the CAMEO list is older than, with the code Phoenix gives them, and a sovereign the Phoenix country list
	 * lacks (the Holy See, which keeps diplomatic relations and recognises states): name, then other names.
	 */
	static final Map<String, List<String>> YOUNG_STATES = Map.of(
			"KSV", List.of("Kosovo", "Kosovar", "Kosovars", "Republic of Kosovo", "Pristina"),
			"SSD", List.of("South Sudan", "South Sudanese", "Republic of South Sudan", "Juba"),
			"VAT", List.of("Holy See", "Vatican", "Vatican City", "State of the Vatican City"));

	/** Display names where the CAMEO name is unusable; every other state is named as in the CAMEO list. */
	static final Map<String, String> NAME_FIXES = Map.of(
			"COL", "Colombia", // CAMEO typo "Columbia"
			"COG", "Republic of the Congo", // CAMEO has the 1970-1991 name "People's Republic of the Congo"
			"PSE", "Palestine", // CAMEO has a description, "Occupied Palestinian Territory"
			"BRN", "Brunei", // CAMEO has the long form "Brunei Darussalam"
			"KNA", "Saint Kitts and Nevis", // CAMEO "Saint Kitts-Nevis"
			"MKD", "North Macedonia", // renamed 2019; the old name stays an alias
			"SWZ", "Eswatini"); // renamed 2018; the old name stays an alias

	/** Words of official long forms. Any other word marks a nickname, a place or a foreign form. */
	static final Set<String> FORM_WORDS = Set.of("REPUBLIC", "KINGDOM", "FEDERATION", "FEDERAL", "CONFEDERATION",
			"STATE", "STATES", "UNION", "UNITED", "DEMOCRATIC", "PEOPLES", "ISLAMIC", "SOCIALIST", "ARAB", "COMMONWEALTH",
			"PRINCIPALITY", "GRAND", "DUCHY", "SULTANATE", "EMIRATE", "INDEPENDENT", "ORIENTAL", "BOLIVARIAN",
			"PLURINATIONAL", "COOPERATIVE", "HASHEMITE");
	static final Set<String> FUNCTION_WORDS = Set.of("OF", "THE", "AND");

	/** Cuban, Norwegian, Chinese, Iraqi, Polish, Icelandic, Cypriot, Seychellois, Nigerien, New Zealander. */
	static final List<String> DEMONYM_ENDINGS = List.of("AN", "IAN", "EAN", "ESE", "I", "ISH", "IC", "IOT", "OIS", "IEN", "ER");

	static final Pattern CODE = Pattern.compile("\\[([A-Z]+)(?:\\s+([^\\]]*))?\\]");
	static final Pattern CAPITAL = Pattern.compile("(^[dl]'|^|-)([a-z])");

	record Actor(String id, String name, String kind, List<String> aliases, String wikidata, String cameo, boolean gold,
			String from, String until, List<String> successors) {
		Actor(String id, String name, String kind, List<String> aliases, String wikidata, String cameo, boolean gold) {
			this(id, name, kind, aliases, wikidata, cameo, gold, null, null, List.of());
		}
	}

	/**
	 * States that no longer exist, which history prose names and the CAMEO list leaves out: id, name, Wikidata id (only
	 * where certain, else empty), CAMEO or Phoenix code (else empty), first day, last day, successors (the states that
	 * continued it in law, "|"-separated), other names. Written by hand from the states' own and common names; their
	 * capitals and the names they share with today's states are read as them only in their time (news/periods.tsv).
	 */
	static final String[][] HISTORICAL_STATES = {
			{ "czechoslovakia", "Czechoslovakia", "Q33946", "CSK", "1918-10-28", "1992-12-31", "czech-republic|slovakia",
					"Czechoslovak|Czechoslovakian|Czechoslovak Republic|Czechoslovak Socialist Republic|Czech and Slovak Federative Republic" },
			{ "east-germany", "East Germany", "Q16957", "DDR", "1949-10-07", "1990-10-02", "",
					"German Democratic Republic|GDR|DDR|East German|East Germans|East Berlin" },
			{ "west-germany", "West Germany", "Q713750", "", "1949-05-23", "1990-10-02", "germany",
					"West German|West Germans|Bonn" },
			{ "yugoslavia", "Yugoslavia", "Q36704", "", "1918-12-01", "1992-04-27",
					"serbia-and-montenegro|croatia|slovenia|bosnia-and-herzegovina|north-macedonia",
					"Socialist Federal Republic of Yugoslavia|SFRY|SFR Yugoslavia|Kingdom of Yugoslavia|Yugoslav|Yugoslavs" },
			{ "serbia-and-montenegro", "Serbia and Montenegro", "Q37024", "SCG", "1992-04-27", "2006-06-05", "serbia",
					"Federal Republic of Yugoslavia|FRY|State Union of Serbia and Montenegro" },
			{ "north-vietnam", "North Vietnam", "Q172640", "", "1945-09-02", "1976-07-01", "vietnam",
					"Democratic Republic of Vietnam|North Vietnamese" },
			{ "south-vietnam", "South Vietnam", "Q180573", "", "1955-10-26", "1975-04-30", "",
					"Republic of Vietnam|South Vietnamese|Saigon" },
			{ "north-yemen", "North Yemen", "Q267584", "", "1962-09-26", "1990-05-21", "yemen",
					"Yemen Arab Republic|YAR" },
			{ "south-yemen", "South Yemen", "Q199841", "", "1967-11-30", "1990-05-21", "yemen",
					"People's Democratic Republic of Yemen|PDRY|South Yemeni" },
			{ "zaire", "Zaire", "", "", "1971-10-27", "1997-05-16", "democratic-republic-of-the-congo",
					"Republic of Zaire|Zairean|Zairian|Zaireans" },
			{ "rhodesia", "Rhodesia", "", "", "1965-11-11", "1979-05-31", "zimbabwe",
					"Rhodesian|Rhodesians|Republic of Rhodesia" },
			{ "ottoman-empire", "Ottoman Empire", "Q12560", "", "", "1922-11-01", "turkey",
					"the Ottoman Empire|Ottoman|Ottomans|Sublime Porte|the Sublime Porte" } };

	/** The lifetimes and successors of actors of the gold list: id, first day, last day, successors. */
	static final String[][] GOLD_LIFETIMES = {
			{ "soviet-union", "1922-12-30", "1991-12-25", "russia" } };

	/** A top-level Phoenix entry: its name line, the '+' lines directly under it, its current 3-letter codes. */
	record Entry(int line, String name, List<String> aliases, Set<String> codes) {}

	static final Map<String, Integer> drops = new TreeMap<>(), wordUses = new HashMap<>();
	static final List<String> misspellings = new ArrayList<>();
	static boolean explain;

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java tools/gazetteer/GenerateGazetteer.java <shared-dir> <out.yaml> [--explain]");
			System.exit(2);
		}
		Path shared = Path.of(args[0]), petrarch = shared.resolve("data/petrarch");
		explain = args.length > 2 && args[2].equals("--explain");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> gold = (Map<String, Map<String, Object>>) json(Files.readString(shared.resolve("gold/actors.json")), new int[1]);
		Map<String, String> cameo = new TreeMap<>();
		Pattern row = Pattern.compile("\"([A-Z]{3})\",\"(.*)\""); // the header does not match
		for (String line : Files.readAllLines(shared.resolve("data/cameo/cameo_country.std.csv"))) {
			Matcher m = row.matcher(line.strip());
			if (m.matches()) cameo.put(m.group(1), m.group(2));
		}
		List<Entry> phoenix = readPhoenix(petrarch.resolve("Phoenix.Countries.actors.txt"));
		for (String f : List.of("Countries.actors", "International.actors", "MilNonState.actors", "agents")) {
			for (String line : Files.readAllLines(petrarch.resolve("Phoenix." + f + ".txt"))) {
				new TreeSet<>(List.of(line.split("#", 2)[0].toUpperCase(Locale.ROOT).split("[^A-Z']+")))
					.forEach(w -> wordUses.merge(w, 1, Integer::sum));
			}
		}

		// Gold states take their CAMEO code by name or alias; the Soviet Union has only a Phoenix code (SUN).
		Map<String, Actor> actors = new LinkedHashMap<>();
		Map<String, String> goldByCode = new TreeMap<>();
		for (var e : gold.entrySet()) {
			@SuppressWarnings("unchecked") List<String> aliases = new ArrayList<>((List<String>) e.getValue().get("aliases"));
			String name = (String) e.getValue().get("name"), kind = (String) e.getValue().get("kind"), code = null;
			aliases.remove(name);
			Set<String> keys = new HashSet<>(List.of(key(name)));
			aliases.forEach(a -> keys.add(key(a)));
			if (kind.equals("state")) {
				code = cameo.keySet().stream().filter(c -> keys.contains(key(cameo.get(c)))).findFirst()
					.orElse(phoenix.stream().filter(p -> keys.contains(key(words(p.name()))) && p.codes().size() == 1)
						.map(p -> p.codes().iterator().next()).findFirst().orElse(null));
			}
			if (code != null && goldByCode.put(code, e.getKey()) != null) {
				throw new IllegalStateException("two gold states claim CAMEO code " + code);
			}
			actors.put(e.getKey(), new Actor(e.getKey(), name, kind, aliases, (String) e.getValue().get("wikidata"), code, true));
		}

		// A CAMEO code is a state when a top-level Phoenix entry currently carries exactly that code.
		Map<String, String> excluded = new TreeMap<>();
		List<Actor> states = new ArrayList<>();
		for (var c : cameo.entrySet()) {
			String code = c.getKey(), phoenixCode = LEGACY_CODES.getOrDefault(code, code);
			List<Entry> entries = phoenix.stream().filter(p -> p.codes().contains(phoenixCode)).toList();
			if (entries.isEmpty()) {
				excluded.put(code, c.getValue() + ": " + whyNot(c.getValue(), phoenix));
				continue;
			}
			String name = NAME_FIXES.getOrDefault(code, c.getValue());
			// Cities and provinces may carry the country code (Leipzig DEU, Mayotte FRA): keep entries naming the country.
			List<Entry> own = entries.stream().filter(p -> List.of(name, c.getValue()).stream()
				.anyMatch(b -> same(words(p.name()), b) || containsWords(key(words(p.name())), key(b)))).toList();
			own = own.isEmpty() ? entries : own;
			if (explain) System.out.println(code + " " + name + " <- " + own.stream().map(p -> p.name() + ":" + p.line()).toList());
			List<String> generated = aliases(name, c.getValue(), own);
			generated.addAll(EXTRA_NAMES.getOrDefault(code, List.of()));
			generated.addAll(CAPITALS.getOrDefault(code, List.of()));
			if (goldByCode.containsKey(code)) {
				// a gold state keeps its gold names and gains the demonym, long forms and capital it lacks ("Syrian")
				Actor goldState = actors.get(goldByCode.get(code));
				Set<String> have = new HashSet<>();
				goldState.aliases().forEach(a -> have.add(key(a)));
				have.add(key(goldState.name()));
				for (String alias : generated) {
					if (have.add(key(alias))) goldState.aliases().add(alias);
				}
				continue;
			}
			states.add(new Actor(slug(name), name, "state", generated, null, code, false));
		}
		// gold states with a code the CAMEO list lacks (the Soviet Union's SUN) gain their common names too
		goldByCode.forEach((code, id) -> {
			if (!cameo.containsKey(code)) {
				Actor goldState = actors.get(id);
				Set<String> have = new HashSet<>();
				goldState.aliases().forEach(a -> have.add(key(a)));
				for (String alias : EXTRA_NAMES.getOrDefault(code, List.of())) {
					if (have.add(key(alias))) goldState.aliases().add(alias);
				}
			}
		});
		// the other names and spellings under which the gold groups appear in official and news prose
		GROUP_NAMES.forEach((id, names) -> {
			Actor group = actors.get(id);
			if (group != null) {
				Set<String> have = new HashSet<>();
				group.aliases().forEach(a -> have.add(key(a)));
				have.add(key(group.name()));
				for (String alias : names) {
					if (have.add(key(alias))) group.aliases().add(alias);
				}
			}
		});
		// states younger than the CAMEO list, which Phoenix codes (Kosovo 2008, South Sudan 2011), and the Holy See
		YOUNG_STATES.forEach((code, names) -> {
			if (!goldByCode.containsKey(code)) {
				states.add(new Actor(slug(names.get(0)), names.get(0), "state", new ArrayList<>(names.subList(1, names.size())),
						null, code, false));
			}
		});
		for (String[] h : HISTORICAL_STATES) {
			states.add(new Actor(h[0], h[1], "state", new ArrayList<>(List.of(h[7].split("\\|"))), h[2].isEmpty() ? null : h[2],
					h[3].isEmpty() ? null : h[3], false, h[4].isEmpty() ? null : h[4], h[5],
					h[6].isEmpty() ? List.of() : List.of(h[6].split("\\|"))));
		}
		for (String[] l : GOLD_LIFETIMES) {
			Actor known = actors.get(l[0]);
			actors.put(l[0], new Actor(known.id(), known.name(), known.kind(), known.aliases(), known.wikidata(), known.cameo(),
					true, l[1], l[2], List.of(l[3].split("\\|"))));
		}
		states.sort(Comparator.comparing(Actor::id));
		for (Actor s : states) {
			if (actors.putIfAbsent(s.id(), s) != null) throw new IllegalStateException("generated id " + s.id() + " is a gold id");
		}
		for (Actor a : actors.values()) {
			for (String successor : a.successors()) {
				if (!actors.containsKey(successor)) throw new IllegalStateException(a.id() + ": no successor " + successor);
			}
		}
		List<String> collisions = resolveCollisions(actors);
		Files.writeString(Path.of(args[1]), yaml(actors.values()), StandardCharsets.UTF_8);
		// the successions, a curated file of their own beside the gazetteer: a user's own "actors.yaml" replaces the
		// claims of the seeds' (a curated document is named by its file name), never these
		Files.writeString(Path.of(args[1]).resolveSibling("successions.yaml"), successions(actors.values()),
				StandardCharsets.UTF_8);
		summary(actors.values(), goldByCode, excluded, collisions);
		Set<String> phoenixOnly = new TreeSet<>();
		phoenix.forEach(p -> p.codes().stream().filter(c -> !cameo.containsKey(c) && !LEGACY_CODES.containsValue(c)
				&& !goldByCode.containsKey(c)).forEach(c -> phoenixOnly.add(c + " " + p.name())));
		System.out.println("Phoenix-only current codes (not in the CAMEO list, not generated): " + phoenixOnly);
	}

	/**
	 * Keeps, in data order: the Phoenix entry names and the CAMEO name (English names by construction), one demonym
	 * with its plural (formed when the data lacks it: Russians, Iraqis), and official long forms built from the name. Every other line of the block is dropped:
	 * misspellings, foreign and transliterated forms, cities, provinces, landmarks, nicknames, and capitals, which the
	 * data does not mark.
	 */
	static List<String> aliases(String name, String cameoName, List<Entry> entries) {
		record Candidate(String text, String origin) {}
		List<Candidate> candidates = new ArrayList<>();
		entries.forEach(e -> candidates.add(new Candidate(words(e.name()), "name")));
		candidates.add(new Candidate(cameoName.toUpperCase(Locale.ROOT), "name"));
		for (Entry e : entries) {
			for (int i = 0; i < e.aliases().size(); i++) {
				candidates.add(new Candidate(words(e.aliases().get(i)), i == 0 ? "first" : "alias"));
			}
		}
		List<String> names = new ArrayList<>(List.of(name.toUpperCase(Locale.ROOT))), kept = new ArrayList<>();
		String demonym = null;
		for (Candidate c : candidates) {
			String a = c.text(), verdict;
			List<String> known = new ArrayList<>(names);
			known.addAll(kept);
			if (!a.matches("[A-Z][A-Z' -]*[A-Z]")) {
				verdict = "not plain English letters (abbreviation, foreign script, inverted or garbled form)";
			} else if (known.stream().anyMatch(k -> same(k, a))) {
				names.add(a); // "GUINEA BISSAU" still names Guinea-Bissau for demonyms and long forms
				continue;
			} else if (c.origin().equals("name")) {
				verdict = close(a, known) ? "misspelling" : "name"; // "Columbia", "Madagaskar"
			} else if (demonym == null && (names.stream().anyMatch(n -> demonym(a, n)) || c.origin().equals("first")
					&& endsLikeDemonym(a, names) && names.stream().allMatch(n -> dl(a, n) > 1))) {
				verdict = "demonym"; // by its form, or as the nationality CountryInfo writes first in each block
			} else if (demonym != null && a.equals(demonym + "S")) {
				verdict = "demonym";
			} else if (demonym != null && dl(a, demonym) <= 2) {
				// Near-identical spellings (Dannish, Danish): the one the dictionaries use more often elsewhere wins.
				if ((names.stream().anyMatch(n -> demonym(a, n)) || endsLikeDemonym(a, names)) && !close(a, names)
						&& uses(a) > uses(demonym)) {
					log(name, demonym, "misspelling");
					kept.set(kept.indexOf(demonym), a);
					demonym = a;
					log(name, a, "demonym");
					continue;
				}
				verdict = "misspelling";
			} else if (close(a, known)) {
				verdict = "misspelling";
			} else if (longForm(a, names, demonym)) {
				verdict = "name";
			} else {
				verdict = "not a name, long form or first demonym (place, nickname or foreign form)";
			}
			if (verdict.equals("demonym") || verdict.equals("name")) {
				kept.add(a);
				if (c.origin().equals("name")) names.add(a);
				if (verdict.equals("demonym") && demonym == null) demonym = a;
			}
			log(name, a, verdict);
		}
		// "the Russians", "the Iraqis", "the Afghans": the people's plural names the state as its demonym does
		if (demonym != null && demonym.matches("[A-Z]+(AN|I)") && !kept.contains(demonym + "S")) {
			kept.add(kept.indexOf(demonym) + 1, demonym + "S");
		}
		return new ArrayList<>(kept.stream().map(GenerateGazetteer::titleCase).toList());
	}

	static int uses(String alias) {
		return wordUses.getOrDefault(alias.substring(alias.lastIndexOf(' ') + 1), 0);
	}

	static void log(String state, String alias, String verdict) {
		if (!verdict.equals("demonym") && !verdict.equals("name")) drops.merge(verdict, 1, Integer::sum);
		if (verdict.equals("misspelling")) misspellings.add(alias);
		if (explain) System.out.printf("  %-24s %-40s %s%n", state, alias, verdict);
	}

	/** Cuban, Iraqi, Norwegian: a stem of the name (at most 3 letters cut) and an ending; Afghan, Tajik: name less -(i)stan. */
	static boolean demonym(String alias, String base) {
		List<String> a = List.of(alias.split(" ")), b = List.of(base.split(" "));
		if (a.size() == b.size() && a.size() > 1) { // South Korean, Papua New Guinean
			return a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1)) && demonym(a.get(a.size() - 1), b.get(b.size() - 1));
		}
		if (a.size() < b.size() && b.subList(0, a.size()).equals(a) && FORM_WORDS.containsAll(b.subList(a.size(), b.size()))) {
			return true; // Czech (Republic), Central African (Republic)
		}
		if (a.size() > 1 || b.size() > 1) return a.size() == 1 && demonym(alias, b.get(0)); // Bosnian
		if (base.equals(alias + "ISTAN") || base.equals(alias + "STAN")) return true;
		for (int cut = 0; cut <= 3 && base.length() - cut >= 3; cut++) {
			String stem = base.substring(0, base.length() - cut);
			if (DEMONYM_ENDINGS.stream().anyMatch(end -> alias.equals(stem + end))) return true;
		}
		return false;
	}

	/** French, Dutch, Swiss, Greek, Montenegrin, Salvadoran: trusted only as the first line of a block. */
	static boolean endsLikeDemonym(String alias, List<String> names) {
		List<String> a = List.of(alias.split(" "));
		String last = a.get(a.size() - 1);
		boolean shape = a.size() == 1 || names.stream().map(n -> List.of(n.split(" ")))
			.anyMatch(b -> b.size() == a.size() && b.subList(0, b.size() - 1).equals(a.subList(0, a.size() - 1)));
		return shape && (DEMONYM_ENDINGS.stream().anyMatch(last::endsWith) || last.matches(".*(CH|SS|EK|IN)"));
	}

	/** "Republic of Croatia": only name, demonym, form and function words, with at least one name and one form word. */
	static boolean longForm(String alias, List<String> names, String demonym) {
		Set<String> named = new HashSet<>();
		names.forEach(n -> named.addAll(List.of(n.replace("'", "").split("[ -]"))));
		named.add(demonym == null ? "" : demonym.replace("'", ""));
		named.removeAll(FORM_WORDS);
		named.removeAll(FUNCTION_WORDS);
		List<String> tokens = List.of(alias.replace("'", "").split("[ -]"));
		return tokens.stream().allMatch(t -> FORM_WORDS.contains(t) || named.contains(t) || FUNCTION_WORDS.contains(t))
				&& tokens.stream().anyMatch(FORM_WORDS::contains) && tokens.stream().anyMatch(named::contains);
	}

	/**
	 * No alias may name two actors. Gold aliases are never touched. A generated alias is dropped when it is another
	 * actor's name or alias (so one shared by generated states leaves all of them) or a whole-word part of another
	 * actor's name ("Congo" of "Democratic Republic of the Congo").
	 */
	static List<String> resolveCollisions(Map<String, Actor> actors) {
		Map<String, Set<String>> owners = new TreeMap<>();
		for (Actor a : actors.values()) {
			owners.computeIfAbsent(key(a.name()), k -> new TreeSet<>()).add(a.id());
			a.aliases().forEach(al -> owners.computeIfAbsent(key(al), k -> new TreeSet<>()).add(a.id()));
		}
		List<String> report = new ArrayList<>();
		owners.forEach((k, ids) -> {
			if (ids.size() > 1 && ids.stream().allMatch(id -> actors.get(id).gold())) {
				report.add("\"" + k + "\" " + ids + ": all gold, kept (fix gold/actors.json)");
			}
		});
		for (Actor a : actors.values()) {
			for (String alias : a.gold() ? List.<String>of() : List.copyOf(a.aliases())) {
				Set<String> others = new TreeSet<>(owners.get(key(alias)));
				others.remove(a.id());
				Optional<Actor> whole = actors.values().stream().filter(o -> o != a && containsWords(key(o.name()), key(alias))).findFirst();
				if (!others.isEmpty() || whole.isPresent()) {
					a.aliases().remove(alias);
					report.add("\"" + alias + "\" dropped from " + a.id()
							+ (others.isEmpty() ? ": part of the name of " + whole.get().id() : ": also names " + others));
				}
			}
		}
		return report;
	}

	/** Why a CAMEO code is no state: Phoenix files the place under another code, or has no entry for it (a region). */
	static String whyNot(String cameoName, List<Entry> phoenix) {
		for (Entry p : phoenix) {
			if (same(words(p.name()), cameoName) || p.aliases().stream().anyMatch(a -> same(words(a), cameoName))) {
				return "Phoenix entry " + p.name() + " (line " + p.line() + ") has "
						+ (p.codes().isEmpty() ? "only dated or longer codes" : "code(s) " + p.codes());
			}
		}
		return "no Phoenix country entry (region, sub-state area or territory)";
	}

	static List<Entry> readPhoenix(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		Entry current = null;
		boolean open = false; // still in the '+' lines directly under the entry's name line
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int n = 1; n <= lines.size(); n++) {
			String line = lines.get(n - 1);
			if (line.startsWith("#")) {
				// "# +CANTON_" comments out one alias; any other comment line starts a sub-section (presidents, agencies).
				open &= line.substring(1).strip().startsWith("+");
			} else if (line.startsWith("\t") || line.startsWith(" ")) {
				addCodes(current, line);
				open = false;
			} else if (line.startsWith("+")) {
				// An annotated alias is doubtful ("+HELMAND # Other provinces", "+LOGAR_PROVINCE # disambig"): skip it.
				if (open && current != null && !line.contains("#")) current.aliases().add(line.substring(1).strip());
			} else if (!line.isBlank()) {
				String head = line.split("#", 2)[0].strip();
				current = new Entry(n, head.split("[\\s\\[]", 2)[0], new ArrayList<>(), new TreeSet<>());
				addCodes(current, head);
				entries.add(current);
				open = true;
			}
		}
		return entries;
	}

	/** Keeps 3-letter codes that hold today: undated ("[AFG]") or open-ended ("[UKR >911221]"). */
	static void addCodes(Entry entry, String text) {
		Matcher m = CODE.matcher(text.split("#", 2)[0]);
		while (entry != null && m.find()) {
			if (m.group(1).length() == 3 && (m.group(2) == null || m.group(2).startsWith(">"))) entry.codes().add(m.group(1));
		}
	}

	/** PETRARCH spelling to upper-case words: "+COTE_D'IVOIRE_ " becomes "COTE D'IVOIRE". */
	static String words(String phoenix) {
		String w = phoenix.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		return w.replaceAll("\\bPEOPLES'?(?= )", "PEOPLE'S"); // one spelling of "Democratic People's Republic"
	}

	/** An alias as the resolver compares it: case-insensitive, without a leading "the ". */
	static String key(String s) {
		String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return k.startsWith("the ") ? k.substring(4) : k;
	}

	static boolean same(String a, String b) {
		return key(a.replace('-', ' ')).equals(key(b.replace('-', ' ')));
	}

	static boolean containsWords(String text, String part) {
		return !text.equals(part) && (" " + text.replace('-', ' ') + " ").contains(" " + part.replace('-', ' ') + " ");
	}

	static boolean close(String a, List<String> known) {
		return known.stream().anyMatch(k -> dl(a, k) <= 2);
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** "PEOPLE'S REPUBLIC OF THE CONGO" to "People's Republic of the Congo", "COTE D'IVOIRE" to "Cote d'Ivoire". */
	static String titleCase(String upper) {
		String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
		for (int i = 0; i < words.length; i++) {
			if (i == 0 || !FUNCTION_WORDS.contains(words[i].toUpperCase(Locale.ROOT))) {
				words[i] = CAPITAL.matcher(words[i]).replaceAll(r -> r.group(1) + r.group(2).toUpperCase(Locale.ROOT));
			}
		}
		return String.join(" ", words);
	}

	/** Damerau-Levenshtein distance (optimal string alignment). */
	static int dl(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				d[i][j] = i == 0 || j == 0 ? i + j : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
						d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	static String yaml(Collection<Actor> actors) {
		StringBuilder y = new StringBuilder("""
				# Generated by tools/gazetteer/GenerateGazetteer.java from the reference data (shared/, see docs/gazetteer.md):
				#   gold/actors.json - the project's hand-checked actors (ids, names, kinds, aliases, Wikidata ids);
				#   data/petrarch/Phoenix.Countries.actors.txt - PETRARCH/Phoenix dictionary, MIT, (c) 2014 Open Event Data Alliance;
				#   data/cameo/cameo_country.std.csv - CAMEO country codes from the GDELT lookup files;
				#   the generator's own table of states that no longer exist, with their lifetimes (their successors are
				#   claims of successions.yaml, generated beside this file).
				# Do not edit by hand; edit the generator or add a separate curated file.
				format: 1
				actors:
				""");
		for (Actor a : actors) {
			y.append("  - id: ").append(q(a.id())).append("\n    name: ").append(q(a.name()))
				.append("\n    kind: ").append(q(a.kind())).append("\n    aliases: [")
				.append(String.join(", ", a.aliases().stream().map(GenerateGazetteer::q).toList())).append("]\n");
			y.append(a.wikidata() == null ? "" : "    wikidata: " + q(a.wikidata()) + "\n");
			y.append(a.cameo() == null ? "" : "    cameo: " + q(a.cameo()) + "\n");
			y.append(a.from() == null ? "" : "    from: " + q(a.from()) + "\n");
			y.append(a.until() == null ? "" : "    until: " + q(a.until()) + "\n");
		}
		return y.toString();
	}

	/** Each successor of a state that no longer exists, as a SUCCESSOR_OF claim from the day after its end. */
	static String successions(Collection<Actor> actors) {
		StringBuilder y = new StringBuilder("""
				# Generated by tools/gazetteer/GenerateGazetteer.java with actors.yaml, from the generator's table of states
				# that no longer exist: each successor in law of such a state, from the day after the state ceased to exist.
				# Do not edit by hand; edit the generator.
				format: 1
				claims:
				""");
		for (Actor a : actors) {
			for (String successor : a.successors()) {
				y.append("  - subject: ").append(q(successor)).append("\n    type: \"SUCCESSOR_OF\"\n    object: ")
					.append(q(a.id())).append("\n    from: ").append(q(java.time.LocalDate.parse(a.until()).plusDays(1).toString()))
					.append("\n    source: ").append(q(a.name() + " (ceased to exist on " + a.until() + "): successor in law "
						+ actors.stream().filter(b -> b.id().equals(successor)).findFirst().orElseThrow().name()))
					.append("\n");
			}
		}
		return y.toString();
	}

	static String q(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static void summary(Collection<Actor> actors, Map<String, String> goldByCode, Map<String, String> excluded, List<String> collisions) {
		Map<String, Integer> kinds = new TreeMap<>();
		actors.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
		long generated = actors.stream().filter(a -> !a.gold()).count();
		System.out.println("actors: " + actors.size() + " " + kinds);
		System.out.println("states: " + kinds.get("state") + " (" + (kinds.get("state") - generated) + " gold, " + generated
				+ " generated); gold states by code: " + goldByCode);
		System.out.println("aliases written: " + actors.stream().mapToInt(a -> a.aliases().size()).sum() + " ("
				+ actors.stream().filter(a -> !a.gold()).mapToInt(a -> a.aliases().size()).sum() + " on generated states)");
		System.out.println("candidate aliases dropped: " + drops);
		System.out.println("dropped misspellings: " + misspellings.size() + ", e.g. " + misspellings.subList(0, Math.min(12, misspellings.size())));
		System.out.println("collisions: " + collisions.size());
		collisions.forEach(c -> System.out.println("  " + c));
		System.out.println("CAMEO codes excluded: " + excluded.size());
		excluded.forEach((c, why) -> System.out.println("  " + c + " " + why));
	}

	static final Object END = new Object();

	/** Just enough JSON for gold/actors.json: objects (in order), arrays, strings, literals. {@code at} is the cursor. */
	static Object json(String s, int[] at) {
		while (Character.isWhitespace(s.charAt(at[0])) || ",:".indexOf(s.charAt(at[0])) >= 0) at[0]++;
		char c = s.charAt(at[0]++);
		if (c == '}' || c == ']') return END;
		if (c == '{' || c == '[') {
			Map<String, Object> map = new LinkedHashMap<>();
			List<Object> list = new ArrayList<>();
			for (Object v; (v = json(s, at)) != END;) {
				if (c == '{') map.put((String) v, json(s, at));
				else list.add(v);
			}
			return c == '{' ? map : list;
		}
		if (c == '"') {
			StringBuilder b = new StringBuilder();
			for (char ch; (ch = s.charAt(at[0]++)) != '"';) {
				char e = ch == '\\' ? s.charAt(at[0]++) : 0;
				b.append(e == 0 ? ch : e == 'u' ? (char) Integer.parseInt(s.substring(at[0], at[0] += 4), 16)
						: e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e);
			}
			return b.toString();
		}
		int start = at[0] - 1;
		while (at[0] < s.length() && ",}] \n\r\t".indexOf(s.charAt(at[0])) < 0) at[0]++;
		String literal = s.substring(start, at[0]);
		return literal.equals("null") ? null : literal.matches("true|false") ? Boolean.valueOf(literal) : Double.valueOf(literal);
	}

}
