package org.realpolitik.ingest.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality on the five seed articles against the hand-checked gold claims, scored as
 * {@code shared/eval/evaluate.py} scores (unique document-subject-type-object keys), so quality cannot regress
 * silently. Under that scorer the extractor of issue #3 reached 0.95 / 0.80 on the core four and 0.92 / 0.67 on all
 * types; the floors keep those figures, less a margin for the all-types precision that the general rules of issue
 * #11 trade for recall on unseen text.
 */
class SeedQualityIT {

	@Test
	void extractionOnTheSeedsStaysAboveItsFloors() throws Exception {
		Extraction extraction = Extraction.withActorsFrom(Path.of("src/test/resources/gold/actors.json"));
		List<Reject> rejected = new ArrayList<>();
		List<ExtractedClaim> claims = new ArrayList<>();
		for (Path file : Extraction.articles(List.of(Path.of("seeds")), rejected)) {
			claims.addAll(extraction.extract(file, rejected));
		}
		var result = extraction.score(Extraction.gold(Path.of("src/test/resources/gold/seeds.gold.jsonl")), claims);
		String report = Extraction.report(result, rejected, true);
		assertThat(rejected).as(report).isEmpty();
		assertThat(result.core().precision()).as(report).isGreaterThanOrEqualTo(0.90);
		assertThat(result.core().recall()).as(report).isGreaterThanOrEqualTo(0.80);
		assertThat(result.all().precision()).as(report).isGreaterThanOrEqualTo(0.85);
		assertThat(result.all().recall()).as(report).isGreaterThanOrEqualTo(0.65);
		assertThat(result.negationErrors()).as(report).isEmpty();
		assertThat(result.endedFound()).as(report).isEqualTo(result.endedRequired());
		// the target; 23 of 26 since "the war between Russia and Ukraine" is read both ways (the gold dates
		// Ukraine's side by the article)
		assertThat(result.yearAccuracy()).as(report).isGreaterThanOrEqualTo(0.85);
	}

}
