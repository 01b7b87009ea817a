package org.realpolitik.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClaimInputTest {

	static ClaimInput claim(String quote, Polarity polarity, String from) {
		return new ClaimInput("russia", RelationshipType.RECOGNISED, "taliban", polarity, Modality.FACT,
				PartialDate.parseNullable(from), null, quote, 3, 10, 40, "test", 0.8, null, null);
	}

	@Test
	void theSameStatementInOneDocumentHasOneIdWhateverItsPositionOrSpacing() {
		ClaimInput first = claim("Russia  recognised the Taliban.", Polarity.ASSERTED, "2025-07-03");
		ClaimInput repeated = new ClaimInput("russia", RelationshipType.RECOGNISED, "taliban", Polarity.ASSERTED,
				Modality.FACT, PartialDate.parse("2025-07-03"), null, "Russia recognised the Taliban.", 17, 900, 930,
				"test", 0.8, null, null);
		assertThat(first.id("doc")).isEqualTo(repeated.id("doc"));
	}

	@Test
	void idDiffersByDocumentPolarityAndDate() {
		ClaimInput claim = claim("q", Polarity.ASSERTED, "2025");
		assertThat(claim.id("a")).isNotEqualTo(claim.id("b"));
		assertThat(claim.id("a")).isNotEqualTo(claim("q", Polarity.NEGATED, "2025").id("a"));
		assertThat(claim.id("a")).isNotEqualTo(claim("q", Polarity.ASSERTED, "2024").id("a"));
		assertThat(claim.id("a")).hasSize(32).matches("[0-9a-f]+");
	}

	@Test
	void confidenceMustBeAProbability() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClaimInput("a", RelationshipType.ARMED, "b", Polarity.ASSERTED, Modality.FACT, null,
					null, null, null, null, null, "test", 1.5, null, null))
			.withMessageContaining("between 0 and 1");
	}

	@Test
	void relationshipTypesParseLooselyButOnlyFromTheClosedVocabulary() {
		assertThat(RelationshipType.parse("member-of")).contains(RelationshipType.MEMBER_OF);
		assertThat(RelationshipType.parse(" recognised ")).contains(RelationshipType.RECOGNISED);
		assertThat(RelationshipType.parse("RECOGNIZED")).isEmpty();
		assertThat(RelationshipType.parse("FUNDED")).isEmpty();
		assertThat(RelationshipType.SANCTIONED.sign()).isEqualTo(-1);
		assertThat(RelationshipType.ARMED.goldstein()).isEqualTo(8.3);
	}

}
