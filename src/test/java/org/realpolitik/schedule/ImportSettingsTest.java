package org.realpolitik.schedule;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportSettingsTest {

	@Test
	void aSourceWithACronIsScheduledAndADashMeansOnRequestOnly() {
		assertThat(new ImportSettings.Source("a", "gdelt", "inbox/gdelt", "0 */15 * * * *").scheduled()).isTrue();
		assertThat(new ImportSettings.Source("a", "gdelt", "inbox/gdelt", "-").scheduled()).isFalse();
	}

	@Test
	void aLocationIsAUrlOnlyWithAnHttpScheme() {
		assertThat(new ImportSettings.Source("a", "ftm", "https://example.org/x.json", "-").isUrl()).isTrue();
		assertThat(new ImportSettings.Source("a", "ftm", "inbox/ftm", "-").isUrl()).isFalse();
		assertThat(new ImportSettings.Source("a", "ftm", "file:///tmp/x.json", "-").isUrl()).isFalse();
	}

	@Test
	void theDefaultsWatchTheThreeInboxesEveryMinute() {
		assertThat(ImportRuns.defaults()).extracting(ImportSettings.Source::location)
			.containsExactly("inbox/news", "inbox/gdelt", "inbox/ftm");
		assertThat(ImportRuns.defaults()).allSatisfy(s -> assertThat(s.cron()).isEqualTo(ImportSettings.EVERY_MINUTE));
		assertThat(List.of(ImportSettings.EVERY_MINUTE))
			.allSatisfy(c -> assertThat(org.springframework.scheduling.support.CronExpression.isValidExpression(c)).isTrue());
	}


	static final org.realpolitik.ingest.Importer GDELT = new org.realpolitik.ingest.Importer() {

		@Override
		public String kind() {
			return "gdelt";
		}

		@Override
		public boolean accepts(java.nio.file.Path file) {
			return true;
		}

		@Override
		public org.realpolitik.ingest.ImportReport importFiles(List<java.nio.file.Path> paths,
				org.realpolitik.ingest.Progress progress) {
			throw new UnsupportedOperationException();
		}

	};

	static ImportRuns configured(ImportSettings.Source... sources) {
		var settings = new ImportSettings(true, List.of(sources), java.time.Duration.ofMinutes(2),
				java.time.Duration.ofSeconds(5), org.springframework.util.unit.DataSize.ofGigabytes(1),
				java.time.Duration.ofMinutes(1));
		var neo4j = new org.realpolitik.neo4j.Neo4jSettings(java.nio.file.Path.of("data"), "", null, null);
		return new ImportRuns(List.of(GDELT), List.of(GDELT_FEED),
				new org.realpolitik.feed.Fetcher(org.realpolitik.feed.FeedSettings.defaults()), null, settings, neo4j);
	}

	/** A feed kind as ImportRuns sees it: only its kind and importer matter to the checks. */
	static final org.realpolitik.feed.Feed GDELT_FEED = new org.realpolitik.feed.Feed() {

		@Override
		public String kind() {
			return "gdelt-feed";
		}

		@Override
		public String importer() {
			return "gdelt";
		}

		@Override
		public org.realpolitik.feed.Collected collect(org.realpolitik.feed.FeedSource source) {
			throw new UnsupportedOperationException();
		}

	};

	@Test
	void aFeedSourceNeedsHttpUrlsAndFeedOptionsBelongToFeedsOnly() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> configured(new ImportSettings.Source("live", "gdelt-feed", "inbox/gdelt", "-")))
			.hasMessageContaining("'live' is a gdelt-feed: its location and feeds must be HTTP(S) URLs, not 'inbox/gdelt'");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> configured(new ImportSettings.Source("g", "gdelt", "inbox/g", "-",
					List.of("https://example.org/rss"), null)))
			.hasMessageContaining("'feeds' and 'start' belong to news-feed and gdelt-feed sources");
		assertThat(configured(new ImportSettings.Source("live", "gdelt-feed", "http://data.gdeltproject.org/gdeltv2/",
				"0 */15 * * * *", List.of(), java.time.LocalDate.of(2025, 7, 1))).sources())
			.singleElement()
			.satisfies(s -> assertThat(s.urls()).containsExactly("http://data.gdeltproject.org/gdeltv2/"));
	}

	@Test
	void aSourceOfAnUnknownKindStopsStartUpNamingTheKeyAndTheKinds() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> configured(new ImportSettings.Source("x", "rss", "inbox/x", "-")))
			.hasMessageContaining("realpolitik.imports.sources[0].kind")
			.hasMessageContaining("[gdelt, gdelt-feed]");
	}

	@Test
	void aBadCronExpressionStopsStartUpNamingTheSource() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> configured(new ImportSettings.Source("g", "gdelt", "inbox/g", "every minute")))
			.hasMessageContaining("cron of source 'g'");
	}

	@Test
	void twoSourcesOfOneNameAreRefused() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> configured(new ImportSettings.Source("g", "gdelt", "a", "-"),
					new ImportSettings.Source("g", "gdelt", "b", "-")))
			.hasMessageContaining("two import sources are named 'g'");
	}

	@Test
	void configuredSourcesReplaceTheDefaults() {
		assertThat(configured(new ImportSettings.Source("g", "gdelt", "https://example.org/a.zip", "0 0 * * * *")).sources())
			.extracting(ImportSettings.Source::name)
			.containsExactly("g");
	}

}
