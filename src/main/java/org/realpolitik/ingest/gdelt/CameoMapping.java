package org.realpolitik.ingest.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;

/**
 * CAMEO event codes onto the vocabulary: {@code src/main/resources/gdelt/cameo-mapping.tsv}, one row per code of the
 * GDELT CAMEO codebook (code, type or {@code skip}, polarity, modality, description, why); the decisions are in
 * docs/gdelt.md.
 */
final class CameoMapping {

	static final String RESOURCE = "/gdelt/cameo-mapping.tsv";

	/** What a code says: a claim of this type, polarity and modality, or, when {@code type} is null, a skip. */
	record Rule(String code, RelationshipType type, Polarity polarity, Modality modality, String description,
			String why) {

		boolean skip() {
			return this.type == null;
		}

	}

	private final Map<String, Rule> rules;

	private CameoMapping(Map<String, Rule> rules) {
		this.rules = Collections.unmodifiableMap(rules);
	}

	static CameoMapping load() {
		try (InputStream in = CameoMapping.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	static CameoMapping parse(InputStream in) throws IOException {
		Map<String, Rule> rules = new LinkedHashMap<>();
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		boolean header = true;
		while ((line = lines.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] f = line.split("\t", -1);
			if (f.length != 6) {
				throw new IllegalStateException(RESOURCE + ":" + number + ": expected 6 columns, got " + f.length);
			}
			int at = number;
			Rule rule;
			if ("skip".equals(f[1])) {
				rule = new Rule(f[0], null, null, null, f[4], f[5]);
			}
			else {
				rule = new Rule(f[0], RelationshipType.valueOf(f[1]),
						Polarity.parse(f[2]).orElseThrow(() -> bad(at, "polarity")),
						Modality.parse(f[3]).orElseThrow(() -> bad(at, "modality")), f[4], f[5]);
			}
			if (rules.put(f[0], rule) != null) {
				throw new IllegalStateException(RESOURCE + ":" + number + ": code " + f[0] + " twice");
			}
		}
		return new CameoMapping(rules);
	}

	private static IllegalStateException bad(int line, String what) {
		return new IllegalStateException(RESOURCE + ":" + line + ": bad " + what);
	}

	/** The rule for a code, or null when the code is not in the codebook. */
	Rule rule(String code) {
		return this.rules.get(code);
	}

	Map<String, Rule> rules() {
		return this.rules;
	}

}
