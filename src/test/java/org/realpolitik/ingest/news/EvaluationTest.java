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
		assertThat(result.negationErrors()).singleElement().satisfies(e -> assertThat(e).contains("|a|RECOGNISED|b"));
		// the asserted claim is a false positive; the hypothetical one is not a positive claim at all
		assertThat(result.byType().get("RECOGNISED")).isEqualTo(new Evaluation.Score(0, 1, 0));
	}

	@Test
	void anEndedOrOptionalGoldClaimToleratesTheRelationAndAnEndingIsFoundOnlyAsAnEnding() {
		var result = Evaluation.score(
				List.of(gold("a", "SANCTIONED", "b", "ended", "fact", null, true),
						gold("c", "SANCTIONED", "b", "asserted", "fact", null, true)),
				List.of(predicted("a", "SANCTIONED", "b", "asserted", "fact", "2003"),
						predicted("a", "SANCTIONED", "b", "ended", "fact", null),
						predicted("c", "SANCTIONED", "b", "asserted", "fact", null),
						predicted("c", "SANCTIONED", "b", "asserted", "fact", null)));
		assertThat(result.byType().get("SANCTIONED")).isEqualTo(new Evaluation.Score(1, 0, 0));
		assertThat(result.endedFound()).isEqualTo(1);
		assertThat(result.endedRequired()).isEqualTo(1);
	}

	@Test
	void systemActorsMapOntoGoldActorsByIdNameOrAliasLikeTheReferenceScorer() {
		var index = Evaluation.actorIndex(List.of(
				new org.realpolitik.actor.ActorInput("iskp", "Islamic State-Khorasan Province", org.realpolitik.actor.ActorKind.ARMED_GROUP,
						List.of("IS-K"), null, null),
				new org.realpolitik.actor.ActorInput("russia", "Russia", org.realpolitik.actor.ActorKind.STATE, List.of(), null, null)));
		var claim = new ExtractedClaim("folder/d.txt", 0, new ActorRef("islamic-state-khorasan-province", "IS K"),
				"OPPOSES", new ActorRef("russia", "Russia"), "asserted", "fact", null, null, "q", 0.8, "test", 0, 1);
		var result = Evaluation.score(List.of(gold("iskp", "OPPOSES", "russia", "asserted", "fact", null, true)),
				List.of(claim), index);
		assertThat(result.core()).isEqualTo(new Evaluation.Score(1, 0, 0));
	}

}
