package org.realpolitik.ingest.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;

class CameoMappingTest {

	static final CameoMapping MAPPING = CameoMapping.load();

	/** The codes of GDELT's codebook (a copy of CAMEO.eventcodes.std.csv), with 106 split off the 1056 row it is glued to. */
	static List<String> codebook() throws IOException {
		List<String> codes = new ArrayList<>();
		try (var in = new BufferedReader(new InputStreamReader(
				CameoMappingTest.class.getResourceAsStream("/gdelt/CAMEO.eventcodes.std.csv"), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String code = line.substring(1, line.indexOf('"', 1));
				codes.add(code);
				var glued = java.util.regex.Pattern.compile("(\\d{2,4}):\\[").matcher(line);
				while (glued.find()) {
					codes.add(glued.group(1));
				}
			}
		}
		return codes;
	}

	@Test
	void everyCodeOfTheCodebookHasARowIncludingTheOneGluedOnto1056() throws IOException {
		List<String> codes = codebook();
		assertThat(codes).hasSize(311).contains("106", "1056", "01", "054");
		assertThat(codes).allSatisfy(code -> assertThat(MAPPING.rule(code)).as(code).isNotNull());
		assertThat(MAPPING.rules().keySet()).containsExactlyInAnyOrderElementsOf(codes);
	}

	@Test
	void theVocabularyAnchorsMapAsTheContractSays() {
		assertRule("054", RelationshipType.RECOGNISED, Polarity.ASSERTED, Modality.FACT);
		assertRule("072", RelationshipType.ARMED, Polarity.ASSERTED, Modality.FACT);
		assertRule("062", RelationshipType.ARMED, Polarity.ASSERTED, Modality.FACT);
		assertRule("074", RelationshipType.ARMED, Polarity.ASSERTED, Modality.FACT);
		assertRule("163", RelationshipType.SANCTIONED, Polarity.ASSERTED, Modality.FACT);
		assertRule("172", RelationshipType.SANCTIONED, Polarity.ASSERTED, Modality.FACT);
		assertRule("081", RelationshipType.SANCTIONED, Polarity.ENDED, Modality.FACT);
		assertRule("085", RelationshipType.SANCTIONED, Polarity.ENDED, Modality.FACT);
		assertRule("1622", RelationshipType.ARMED, Polarity.ENDED, Modality.FACT);
		assertRule("161", RelationshipType.RECOGNISED, Polarity.ENDED, Modality.FACT);
		assertRule("061", RelationshipType.ENGAGES, Polarity.ASSERTED, Modality.FACT);
		assertRule("046", RelationshipType.ENGAGES, Polarity.ASSERTED, Modality.FACT);
		assertRule("057", RelationshipType.ENGAGES, Polarity.ASSERTED, Modality.FACT);
		assertRule("071", RelationshipType.SUPPORTS, Polarity.ASSERTED, Modality.FACT);
		assertRule("111", RelationshipType.OPPOSES, Polarity.ASSERTED, Modality.FACT);
		assertRule("1384", RelationshipType.OPPOSES, Polarity.ASSERTED, Modality.FACT);
		assertRule("164", RelationshipType.OPPOSES, Polarity.ASSERTED, Modality.FACT);
		assertRule("154", RelationshipType.ATTACKED, Polarity.ASSERTED, Modality.FACT);
		assertRule("190", RelationshipType.ATTACKED, Polarity.ASSERTED, Modality.FACT);
		assertRule("2042", RelationshipType.ATTACKED, Polarity.ASSERTED, Modality.FACT);
		assertRule("0332", RelationshipType.ARMED, Polarity.ASSERTED, Modality.INTENDED);
		assertRule("0331", RelationshipType.SUPPORTS, Polarity.ASSERTED, Modality.INTENDED);
		assertRule("036", RelationshipType.ENGAGES, Polarity.ASSERTED, Modality.INTENDED);
		assertRule("0354", RelationshipType.SANCTIONED, Polarity.ENDED, Modality.INTENDED);
	}

	@Test
	void statementsAppealsInvestigationsAndDemandsAreSkippedWithAReason() {
		for (String code : List.of("010", "019", "0256", "090", "100", "106", "0871")) {
			assertThat(MAPPING.rule(code).skip()).as(code).isTrue();
			assertThat(MAPPING.rule(code).why()).as(code).isNotBlank();
		}
	}

	private static void assertRule(String code, RelationshipType type, Polarity polarity, Modality modality) {
		CameoMapping.Rule rule = MAPPING.rule(code);
		assertThat(rule.type()).as(code).isEqualTo(type);
		assertThat(rule.polarity()).as(code).isEqualTo(polarity);
		assertThat(rule.modality()).as(code).isEqualTo(modality);
	}

}
