package org.realpolitik.ingest.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality on the development corpus (src/test/resources/corpus): 33 openly licensed documents that do not
 * retell the seeds' story, annotated by hand before the extractor was run on them. The extractor uses the gazetteer
 * the jar carries (seeds/actors.yaml and the reference dictionaries), as a user's would; its actors are mapped onto
 * the corpus's gold actors by id, name or alias, as shared/eval/evaluate.py maps them. Floors are set just under
 * what the extractor reaches, so that a change that loses quality on text it was not written for fails here.
 */
class CorpusQualityIT {

	private static Evaluation.Result score(String split) throws Exception {
		Path corpus = Path.of("src/test/resources/corpus");
		Extraction extraction = new Extraction(Extraction.actorsFrom(Path.of("seeds/actors.yaml")),
				Extraction.actorsFrom(corpus.resolve("actors.json")));
		List<Reject> rejected = new ArrayList<>();
		List<ExtractedClaim> claims = new ArrayList<>();
		for (Path file : Extraction.articles(List.of(corpus.resolve(split)), rejected)) {
			claims.addAll(extraction.extract(file, rejected));
		}
		assertThat(rejected).isEmpty();
		return extraction.score(Extraction.gold(corpus.resolve(split).resolve("gold.jsonl")), claims);
	}

	@Test
	void extractionOnTheDevelopmentDocumentsStaysAboveItsFloors() throws Exception {
		Evaluation.Result result = score("dev");
		String report = Extraction.report(result, List.of(), true);
		assertThat(result.core().precision()).as(report).isGreaterThanOrEqualTo(0.93);
		assertThat(result.core().recall()).as(report).isGreaterThanOrEqualTo(0.58);
		assertThat(result.all().precision()).as(report).isGreaterThanOrEqualTo(0.87);
		assertThat(result.all().recall()).as(report).isGreaterThanOrEqualTo(0.58);
		assertThat(result.negationErrors()).as(report).isEmpty();
		assertThat(result.yearAccuracy()).as(report).isGreaterThanOrEqualTo(0.80);
	}

	/**
	 * The held-back third is scored once at the end of each round of rules, never read (first core 0.58 / 0.14, all
	 * types 0.58 / 0.19; after the latest round core 0.76 / 0.33, all types 0.68 / 0.36); these floors only keep a
	 * later change from losing that. Do not read its texts or its errors while writing
	 * rules: it is the project's measure of how the extractor does on text it was not written for.
	 */
	@Test
	void extractionOnTheHeldBackDocumentsDoesNotFallBelowItsFirstScore() throws Exception {
		Evaluation.Result result = score("heldout");
		String summary = String.format("core %.2f / %.2f, all %.2f / %.2f", result.core().precision(),
				result.core().recall(), result.all().precision(), result.all().recall());
		assertThat(result.core().precision()).as(summary).isGreaterThanOrEqualTo(0.72);
		assertThat(result.core().recall()).as(summary).isGreaterThanOrEqualTo(0.31);
		assertThat(result.all().precision()).as(summary).isGreaterThanOrEqualTo(0.64);
		assertThat(result.all().recall()).as(summary).isGreaterThanOrEqualTo(0.33);
		assertThat(result.negationErrors()).as(summary).isEmpty();
	}

}
