package org.realpolitik.ingest.gdelt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.TsvTable;

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
		Map<String, Rule> rules = new LinkedHashMap<>();
		for (TsvTable.Row row : TsvTable.read(RESOURCE, true, 6)) {
			String[] f = row.cells();
			if (f.length != 6) {
				throw row.error("expected 6 columns, got " + f.length);
			}
			Rule rule;
			if ("skip".equals(f[1])) {
				rule = new Rule(f[0], null, null, null, f[4], f[5]);
			}
			else {
				rule = new Rule(f[0], RelationshipType.valueOf(f[1]),
						Polarity.parse(f[2]).orElseThrow(() -> row.error("bad polarity")),
						Modality.parse(f[3]).orElseThrow(() -> row.error("bad modality")), f[4], f[5]);
			}
			if (rules.put(f[0], rule) != null) {
				throw row.error("code " + f[0] + " twice");
			}
		}
		return new CameoMapping(rules);
	}

	/** The rule for a code, or null when the code is not in the codebook. */
	Rule rule(String code) {
		return this.rules.get(code);
	}

	Map<String, Rule> rules() {
		return this.rules;
	}

}
