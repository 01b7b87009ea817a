package org.realpolitik.ingest.news;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.news.ExtractedClaim.ActorRef;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {

	static Evaluation.Gold gold(String s, String type, String o, String polarity, String modality, String from,
			boolean required) {
		return new Evaluation.Gold("d.txt", s, type, o, polarity, modality, from, null, required, "q");
	}

	static ExtractedClaim predicted(String s, String type, String o, String polarity, String modality, String from) {
		return new ExtractedClaim("d.txt", 0, new ActorRef(s, s), type, new ActorRef(o, o), polarity, modality, from,
				null, "q", 0.8, "test", 0, 1);
	}

	@Test
	void countsMatchesMissesAndFalseClaimsAndIgnoresOptionalGold() {
		var result = Evaluation.score(
				List.of(gold("a", "RECOGNISED", "b", "asserted", "fact", "2025", true),
						gold("c", "RECOGNISED", "b", "asserted", "fact", null, true),
						gold("d", "ENGAGES", "b", "asserted", "fact", null, false)),
				List.of(predicted("a", "RECOGNISED", "b", "asserted", "fact", "2025-07-03"),
						predicted("a", "RECOGNISED", "b", "asserted", "fact", null),
						predicted("d", "ENGAGES", "b", "asserted", "fact", null),
						predicted("e", "ARMED", "b", "asserted", "fact", null)));
		assertThat(result.byType().get("RECOGNISED")).isEqualTo(new Evaluation.Score(1, 0, 1));
		assertThat(result.byType().get("ARMED")).isEqualTo(new Evaluation.Score(0, 1, 0));
		assertThat(result.byType()).doesNotContainKey("ENGAGES");
		assertThat(result.core().precision()).isEqualTo(0.5);
		assertThat(result.core().recall()).isEqualTo(0.5);
		assertThat(result.datedRight()).isEqualTo(1);
	}

	@Test
	void anAssertedFactWhereTheGoldDeniesOrOnlyExpectsItIsANegationError() {
		var result = Evaluation.score(
				List.of(gold("a", "RECOGNISED", "b", "negated", "fact", null, true),
						gold("c", "RECOGNISED", "b", "asserted", "hypothetical", null, true)),
				List.of(predicted("a", "RECOGNISED", "b", "asserted", "fact", null),
						predicted("c", "RECOGNISED", "b", "asserted", "hypothetical", null)));
		assertThat(result.negationErrors()).singleElement().satisfies(e -> assertThat(e).contains("|a|RECOGNISED|b|"));
		assertThat(result.byType().get("RECOGNISED")).isEqualTo(new Evaluation.Score(1, 1, 1));
	}

}
