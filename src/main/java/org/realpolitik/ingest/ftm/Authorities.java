package org.realpolitik.ingest.ftm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.ingest.TsvTable;

/**
 * Who sanctions: the shipped tables {@code ftm/authorities.tsv} (authority names), {@code ftm/datasets.tsv}
 * (OpenSanctions datasets) and {@code ftm/actors.tsv} (the actors they name), and the ISO-2 country code fallback.
 * Pure: the country fallback is given the graph's CAMEO codes.
 */
final class Authorities {

	/**
	 * ISO 3166-1 alpha-2 codes whose state's CAMEO code is not the ISO alpha-3 code {@link Locale} gives, or that
	 * {@link Locale} does not know. GDELT's CAMEO table keeps legacy codes (ROM, TMP, MTN).
	 */
	static final Map<String, String> CAMEO_EXCEPTIONS = Map.of("ro", "ROM", "tl", "TMP", "me", "MTN", "su", "SUN",
			"xk", "KSV", "uk", "GBR");

	/** FtM country codes that name an actor other than a state. */
	static final Map<String, String> COUNTRY_ACTORS = Map.of("eu", "european-union");

	private final Map<String, String> byAuthority;

	private final Map<String, String> byDataset;

	private final List<ActorInput> actors;

	Authorities(Map<String, String> byAuthority, Map<String, String> byDataset, List<ActorInput> actors) {
		Map<String, String> normalised = new LinkedHashMap<>();
		byAuthority.forEach((name, id) -> normalised.put(normalise(name), id));
		this.byAuthority = Map.copyOf(normalised);
		this.byDataset = Map.copyOf(byDataset);
		this.actors = List.copyOf(actors);
	}

	/** The shipped tables. */
	static Authorities shipped() {
		Map<String, String> authorities = new LinkedHashMap<>();
		rows("ftm/authorities.tsv", 2).forEach(r -> authorities.put(r[0], r[1]));
		Map<String, String> datasets = new LinkedHashMap<>();
		rows("ftm/datasets.tsv", 2).forEach(r -> datasets.put(r[0], r[1]));
		List<ActorInput> actors = new ArrayList<>();
		for (String[] r : rows("ftm/actors.tsv", 6)) {
			List<String> aliases = r[5].isBlank() ? List.of() : Arrays.asList(r[5].split("\\|"));
			ActorKind kind = ActorKind.parse(r[2])
				.orElseThrow(() -> new IllegalStateException("ftm/actors.tsv: unknown kind " + r[2]));
			actors.add(new ActorInput(r[0], r[1], kind, aliases, blankToNull(r[3]), blankToNull(r[4])));
		}
		return new Authorities(authorities, datasets, actors);
	}

	/** The actors the tables name, to be created where the graph lacks them. */
	List<ActorInput> actors() {
		return this.actors;
	}

	/** The actor of an authority name, exactly (after normalising) or by one of its parts; never by substring. */
	Optional<String> byAuthority(String authority) {
		if (authority == null) {
			return Optional.empty();
		}
		String whole = this.byAuthority.get(normalise(authority));
		if (whole != null) {
			return Optional.of(whole);
		}
		for (String part : authority.split(" - | – |[,;()]")) {
			String id = this.byAuthority.get(normalise(part));
			if (id != null && !part.isBlank()) {
				return Optional.of(id);
			}
		}
		return Optional.empty();
	}

	Optional<String> byDataset(String dataset) {
		return Optional.ofNullable(this.byDataset.get(dataset));
	}

	/**
	 * The actor of an FtM country code: {@code eu} is the European Union; any other code is the state whose CAMEO
	 * code is the code's ISO alpha-3 (with {@link #CAMEO_EXCEPTIONS}), looked up in {@code actorByCameo}.
	 */
	static Optional<String> byCountry(String code, Function<String, String> actorByCameo) {
		if (code == null) {
			return Optional.empty();
		}
		String iso2 = code.strip().toLowerCase(Locale.ROOT);
		if (COUNTRY_ACTORS.containsKey(iso2)) {
			return Optional.of(COUNTRY_ACTORS.get(iso2));
		}
		String cameo = CAMEO_EXCEPTIONS.get(iso2);
		if (cameo == null && iso2.matches("[a-z]{2}")) {
			try {
				cameo = new Locale("", iso2.toUpperCase(Locale.ROOT)).getISO3Country();
			}
			catch (MissingResourceException ex) {
				cameo = null;
			}
		}
		return cameo == null || cameo.isEmpty() ? Optional.empty() : Optional.ofNullable(actorByCameo.apply(cameo));
	}

	/** Lower case, accents kept, {@code &} as {@code and}, punctuation and a leading "the" dropped, spaces collapsed. */
	static String normalise(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("&", " and ");
		text = text.replaceAll("[\\p{Punct}’‘“”„«»]", "").replaceAll("\\s+", " ").strip();
		return text.startsWith("the ") ? text.substring(4) : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static List<String[]> rows(String resource, int columns) {
		return TsvTable.read(resource, false, columns)
			.stream()
			.map(row -> Arrays.stream(row.cells()).map(String::strip).toArray(String[]::new))
			.toList();
	}

}
