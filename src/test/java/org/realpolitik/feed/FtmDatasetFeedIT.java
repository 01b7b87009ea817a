package org.realpolitik.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Progress;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import org.realpolitik.support.FeedServer;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSanctions dataset feed against a local server that publishes yente's real test fixtures as OpenSanctions
 * does: an {@code index.json} with a version, the entity file and a delta index. The first run imports the whole
 * file, an unchanged index costs a {@code 304}, newer versions apply only their deltas in order, a gap the deltas
 * cannot bridge re-imports the whole file and deletes what disappeared, and a bad checksum or a 404 imports nothing
 * and keeps the version.
 */
class FtmDatasetFeedIT extends GraphTest {

	static final FeedServer server = GdeltFeedIT.server();

	static final Path FIXTURES = Path.of("src/test/resources/ftm");

	static final String[] DELTAS = { "20240527194702-wnk", "20240528014702-pfh", "20240528074703-npf",
			"20240528134729-3iv" };

	@Autowired
	ImportRuns runs;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path data = Files.createTempDirectory("realpolitik-ftm-feed");
		registry.add("realpolitik.data-dir", data::toString);
		registry.add("realpolitik.imports.sources[0].name", () -> "eu-fsf");
		registry.add("realpolitik.imports.sources[0].kind", () -> "ftm-dataset");
		registry.add("realpolitik.imports.sources[0].location", () -> server.url("/datasets/eu_fsf/index.json").toString());
		registry.add("realpolitik.imports.sources[0].cron", () -> "-");
		registry.add("realpolitik.feeds.retry-after", () -> "0s");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() throws IOException {
		server.reset();
		for (String version : DELTAS) {
			server.put("/artifacts/" + version + "/entities.delta.json", FeedServer.Answer.ok(
					Files.readAllBytes(FIXTURES.resolve("yente_t2_" + version + ".entities.delta.json")), "application/json"));
		}
		server.put("/artifacts/delta.json", FeedServer.Answer.ok(deltaIndex(DELTAS), "application/json"));
	}

	static String deltaIndex(String... versions) {
		StringBuilder json = new StringBuilder("{\"versions\": {");
		for (int i = 0; i < versions.length; i++) {
			json.append(i == 0 ? "" : ", ").append('"').append(versions[i]).append("\": \"")
				.append("/artifacts/").append(versions[i]).append("/entities.delta.json\"");
		}
		return json.append("}}").toString();
	}

	/** Publishes a version: the entity file and an index naming it as OpenSanctions does (a resource, a checksum). */
	void publish(String version, byte[] entities, String checksum) {
		server.put("/datasets/eu_fsf/entities.ftm.json", FeedServer.Answer.ok(entities, "application/json"));
		server.put("/datasets/eu_fsf/index.json", FeedServer.Answer.ok("""
				{"name": "eu_fsf", "version": "%s", "updated_at": "2024-05-28T13:47:29",
				 "resources": [{"name": "entities.ftm.json", "url": "entities.ftm.json", "checksum": "%s",
				                "mime_type": "application/json+ftm"}],
				 "delta_url": "/artifacts/delta.json"}""".formatted(version, checksum), "application/json"));
	}

	static byte[] fullFile() throws IOException {
		return Files.readAllBytes(FIXTURES.resolve("yente_t1_eu_fsf.entities.ftm.json"));
	}

	static String sha1(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
	}

	ImportRun run() {
		return this.runs.runSource("eu-fsf", Trigger.REST, Progress.NONE);
	}

	@Test
	void theFirstRunImportsTheWholeFileThenAnUnchangedIndexCostsA304() throws Exception {
		byte[] full = fullFile();
		publish(DELTAS[0], full, sha1(full));
		ImportRun first = run();
		assertThat(first.status()).as("the Address schema is skipped, nothing rejected").isEqualTo(RunStatus.SUCCEEDED);
		assertThat(first.rejectedCount()).isZero();
		assertThat(first.version()).isEqualTo(DELTAS[0]);
		assertThat(first.kind()).isEqualTo("ftm-dataset");
		assertThat(first.files()).singleElement().asString().endsWith(".ftm.json");
		assertThat(first.fetched()).extracting(Fetched::outcome).containsExactly("downloaded", "downloaded");
		assertThat(count("MATCH (:Actor {id: 'european-union'})-[r:SANCTIONED]->(:Actor) RETURN count(r)")).isEqualTo(6);

		ImportRun again = run();
		assertThat(again.status()).isEqualTo(RunStatus.UNCHANGED);
		assertThat(again.fetched()).extracting(Fetched::outcome).containsExactly("not modified");
		assertThat(server.requests("/datasets/eu_fsf/entities.ftm.json")).isEqualTo(1);
	}

	@Test
	void newerVersionsApplyOnlyTheirDeltasInOrderAndRecordTheVersion() throws Exception {
		byte[] full = fullFile();
		publish(DELTAS[0], full, sha1(full));
		run();
		publish(DELTAS[3], full, sha1(full));
		ImportRun deltas = run();
		assertThat(deltas.status()).as(deltas.summary()).isIn(RunStatus.SUCCEEDED, RunStatus.PARTIAL);
		assertThat(deltas.version()).isEqualTo(DELTAS[3]);
		assertThat(deltas.files()).hasSize(3).allSatisfy(f -> assertThat(f).endsWith(".delta.json"));
		assertThat(deltas.files().get(0)).contains(DELTAS[1]);
		assertThat(deltas.files().get(2)).contains(DELTAS[3]);
		assertThat(server.requests("/datasets/eu_fsf/entities.ftm.json")).as("no full import").isEqualTo(1);
		assertThat(server.requests("/artifacts/" + DELTAS[0] + "/entities.delta.json")).as("not the imported one").isZero();
		// pfh added NK-500Poltergeist, npf deleted it again; 3iv added Q4365364
		assertThat(count("MATCH (a:Actor) WHERE 'NK-500Poltergeist' IN a.ftmIds RETURN count(a)")).isZero();
		assertThat(count("MATCH (a:Actor {wikidataId: 'Q4365364'}) RETURN count(a)")).isEqualTo(1);
		assertThat(run().status()).isEqualTo(RunStatus.UNCHANGED);
	}

	@Test
	void aGapTheDeltasCannotBridgeReimportsTheWholeFileAndDeletesWhatDisappeared() throws Exception {
		byte[] full = fullFile();
		publish("20240101000000-old", full, sha1(full));
		run();
		assertThat(count("MATCH (a:Actor) WHERE 'NK-2PacmNpiLUmoz4XD2mSt7A' IN a.ftmIds RETURN count(a)")).isEqualTo(1);
		// the new version lacks the IRGC line; the deltas start after the version imported
		String without = new String(full, StandardCharsets.UTF_8).lines()
			.filter(line -> !line.contains("NK-2PacmNpiLUmoz4XD2mSt7A"))
			.reduce("", (a, b) -> a + b + "\n");
		byte[] smaller = without.getBytes(StandardCharsets.UTF_8);
		publish(DELTAS[3], smaller, sha1(smaller));
		ImportRun gap = run();
		assertThat(gap.version()).isEqualTo(DELTAS[3]);
		assertThat(gap.files()).hasSize(2);
		assertThat(gap.fetched()).extracting(Fetched::outcome).contains("full import");
		assertThat(gap.counts()).containsEntry("entities deleted", 1L);
		assertThat(count("MATCH (a:Actor) WHERE 'NK-2PacmNpiLUmoz4XD2mSt7A' IN a.ftmIds RETURN count(a)")).isZero();
		assertThat(count("MATCH (:Actor {id: 'european-union'})-[r:SANCTIONED]->(:Actor) RETURN count(r)")).isEqualTo(5);
	}

	@Test
	void aBadChecksumOrA404ImportsNothingAndKeepsTheVersionUntilALaterRunSucceeds() throws Exception {
		byte[] full = fullFile();
		publish(DELTAS[0], full, "0000000000000000000000000000000000000000");
		ImportRun bad = run();
		assertThat(bad.status()).isEqualTo(RunStatus.FAILED);
		assertThat(bad.version()).isNull();
		assertThat(bad.fetched()).filteredOn(Fetched::isFailure).singleElement().satisfies(f -> {
			assertThat(f.reason()).startsWith("checksum ").contains("does not match");
			assertThat(f.url()).endsWith("/datasets/eu_fsf/entities.ftm.json");
		});
		assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();

		publish(DELTAS[0], full, sha1(full));
		assertThat(run().version()).isEqualTo(DELTAS[0]);
		publish(DELTAS[3], full, sha1(full));
		server.put("/artifacts/" + DELTAS[2] + "/entities.delta.json", FeedServer.Answer.status(404));
		ImportRun missing = run();
		assertThat(missing.status()).as("the delta before the 404 is imported").isEqualTo(RunStatus.PARTIAL);
		assertThat(missing.version()).isEqualTo(DELTAS[1]);
		assertThat(missing.files()).singleElement().asString().contains(DELTAS[1]);
		server.put("/artifacts/" + DELTAS[2] + "/entities.delta.json", FeedServer.Answer.ok(
				Files.readAllBytes(FIXTURES.resolve("yente_t2_" + DELTAS[2] + ".entities.delta.json")), "application/json"));
		ImportRun rest = run();
		assertThat(rest.version()).isEqualTo(DELTAS[3]);
		assertThat(rest.files()).hasSize(2);
		assertThat(count("MATCH (a:Actor) WHERE 'NK-500Poltergeist' IN a.ftmIds RETURN count(a)")).isZero();
	}

	@Test
	void anIndexThatIsNotJsonOrAnswers500FailsTheRunWithTheReason() {
		server.put("/datasets/eu_fsf/index.json", FeedServer.Answer.ok("<html>maintenance</html>", "text/html"));
		ImportRun notJson = run();
		assertThat(notJson.status()).isEqualTo(RunStatus.FAILED);
		assertThat(notJson.error()).contains("index.json is not JSON");
		server.put("/datasets/eu_fsf/index.json", FeedServer.Answer.status(500));
		assertThat(run().error()).contains("answered HTTP 500");
		assertThat(List.of(count("MATCH (s:FeedState) RETURN count(s)"))).containsExactly(0L);
	}

}
