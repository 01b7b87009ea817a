package org.realpolitik.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How feeds read the formats sources publish in: GDELT's lists, OpenSanctions indexes, FtM lines; and the backoff. */
class FeedFormatsTest {

	@Test
	void aGdeltListGivesItsExportsWithTimeSizeAndMd5AndLeavesOtherFilesAndBrokenLinesOut() throws Exception {
		String list = """
				150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip
				318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20150218230000.mentions.CSV.zip
				10768507 ea8dde0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20150218230000.gkg.csv.zip
				http://data.gdeltproject.org/gdeltv2/20150218231500.export.CSV.zip
				12 nothex0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20150218233000.export.CSV.zip
				99 297A16B493DE7CF6CA809A7CC31D0B93 http://example.org/mirror/20150219999999.export.CSV.zip
				""";
		assertThat(GdeltFeed.exports(list)).singleElement().satisfies(listed -> {
			assertThat(listed.name()).isEqualTo("20150218230000.export.CSV.zip");
			assertThat(listed.time()).isEqualTo(LocalDateTime.of(2015, 2, 18, 23, 0));
			assertThat(listed.size()).isEqualTo(150383);
			assertThat(listed.md5()).isEqualTo("297a16b493de7cf6ca809a7cc31d0b93");
		});
	}

	@Test
	void theGdeltBaseIsTheFolderOfTheListsWhetherTheUrlNamesTheFolderOrAList() {
		assertThat(GdeltFeed.base(URI.create("http://data.gdeltproject.org/gdeltv2/lastupdate.txt")))
			.isEqualTo(URI.create("http://data.gdeltproject.org/gdeltv2/"));
		assertThat(GdeltFeed.base(URI.create("http://mirror.example/gdelt"))).isEqualTo(URI.create("http://mirror.example/gdelt/"));
		assertThat(GdeltFeed.base(URI.create("http://mirror.example/gdelt/"))).isEqualTo(URI.create("http://mirror.example/gdelt/"));
	}

	@Test
	void anOpenSanctionsIndexGivesVersionEntityFileChecksumAndDeltaIndexResolvedAgainstItsOwnUrl() throws Exception {
		URI at = URI.create("https://data.example/datasets/latest/sanctions/index.json");
		FtmDatasetFeed.Index index = FtmDatasetFeed.index(at, """
				{"name": "sanctions", "version": "20240528134729-3iv",
				 "resources": [{"name": "targets.simple.csv", "url": "https://data.example/x.csv"},
				               {"name": "entities.ftm.json", "url": "entities.ftm.json", "checksum": "abc"}],
				 "delta_url": "https://data.example/artifacts/sanctions/versions/delta.json"}
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(index.version()).isEqualTo("20240528134729-3iv");
		assertThat(index.entities()).isEqualTo(URI.create("https://data.example/datasets/latest/sanctions/entities.ftm.json"));
		assertThat(index.checksum()).isEqualTo("abc");
		assertThat(index.deltas()).isEqualTo(URI.create("https://data.example/artifacts/sanctions/versions/delta.json"));
		// yente's own form: entities_url at the top, no deltas
		FtmDatasetFeed.Index plain = FtmDatasetFeed.index(at,
				"{\"version\": \"1\", \"entities_url\": \"/e.json\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(plain.entities()).isEqualTo(URI.create("https://data.example/e.json"));
		assertThat(plain.deltas()).isNull();
	}

	@Test
	void anIndexWithoutVersionOrEntityFileOrNotJsonSaysWhatIsMissing() {
		URI at = URI.create("https://data.example/index.json");
		assertThatThrownBy(() -> FtmDatasetFeed.index(at, "{\"entities_url\": \"e.json\"}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("has no 'version'");
		assertThatThrownBy(() -> FtmDatasetFeed.index(at, "{\"version\": \"1\"}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("names no entity file");
		assertThatThrownBy(() -> FtmDatasetFeed.index(at, "<html>".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("is not JSON");
	}

	@Test
	void entityIdsAreReadFromTheTopLevelOnlyAndWhatDisappearedBecomesDelLines(@TempDir Path dir) throws Exception {
		assertThat(EntityIds.topLevelId("{\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"x\"],\"id\":[\"y\"]},\"id\":\"s-1\"}"))
			.isEqualTo("s-1");
		assertThat(EntityIds.topLevelId("not json")).isNull();
		assertThat(EntityIds.topLevelId("{\"id\": 7}")).isNull();
		Path previous = dir.resolve("ids.txt");
		Files.write(previous, List.of("a", "b", "c\"quoted"));
		Path entities = dir.resolve("entities.ftm.json");
		Files.write(entities, List.of("{\"id\":\"b\",\"schema\":\"Person\"}", "", "{\"id\":\"d\"}"));
		Path fresh = dir.resolve("fresh.txt");
		long[] hashes = EntityIds.write(entities, fresh);
		assertThat(Files.readAllLines(fresh)).containsExactly("b", "d");
		Path delta = dir.resolve("removed.delta.json");
		assertThat(EntityIds.removals(previous, hashes, delta)).isEqualTo(2);
		assertThat(Files.readAllLines(delta)).containsExactly("{\"op\":\"DEL\",\"entity\":{\"id\":\"a\"}}",
				"{\"op\":\"DEL\",\"entity\":{\"id\":\"c\\\"quoted\"}}");
		assertThat(EntityIds.op("{\"op\":\"DEL\",\"entity\":{\"id\":\"a\"}}")).isEqualTo(new EntityIds.Op("a", true));
		assertThat(EntityIds.removals(dir.resolve("none.txt"), hashes, delta)).isZero();
	}

	@Test
	void aFailedDownloadWaitsLongerAfterEachTryUpToTheLongestWait() {
		FeedSettings settings = FeedSettings.defaults();
		assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(40));
		assertThat(settings.backoff(30)).isEqualTo(Duration.ofHours(6));
	}

}
