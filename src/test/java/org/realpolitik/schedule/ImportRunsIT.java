package org.realpolitik.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Progress;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import runs against the real database: recording, watched folders, URLs, the lock between runs, and abandoned runs. */
class ImportRunsIT extends GraphTest {

	static final Path FIXTURES = Path.of("src/test/resources/curated");

	static final Path GDELT_SAMPLE = Path.of("src/main/resources/gdelt/sample/gdelt2_20191024143000.export.CSV");

	static Path data;

	static HttpServer http;

	static final AtomicReference<byte[]> served = new AtomicReference<>(new byte[0]);

	@Autowired
	ImportRuns runs;

	@BeforeAll
	static void serve() throws IOException {
		http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		http.createContext("/claims.yaml", exchange -> {
			byte[] body = served.get();
			exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		http.createContext("/stall.yaml", exchange -> {
			// the headers and a first line, then nothing: a body that stalls
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write("actors:\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
				out.flush();
				Thread.sleep(6_000);
			}
			catch (InterruptedException | IOException ex) {
				// the client gave up
			}
		});
		http.createContext("/huge.yaml", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				byte[] line = "# padding\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
				for (int i = 0; i < 1000; i++) {
					out.write(line);
				}
			}
			catch (IOException ex) {
				// the client gave up
			}
		});
		http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		http.start();
	}

	@AfterAll
	static void stop() {
		http.stop(0);
	}

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		data = Files.createTempDirectory("realpolitik-runs");
		registry.add("realpolitik.data-dir", data::toString);
		registry.add("realpolitik.imports.settle-time", () -> "0s");
		registry.add("realpolitik.imports.sources[0].name", () -> "curated-inbox");
		registry.add("realpolitik.imports.sources[0].kind", () -> "curated");
		registry.add("realpolitik.imports.sources[0].location", () -> "inbox/curated");
		registry.add("realpolitik.imports.sources[0].cron", () -> "-");
		registry.add("realpolitik.imports.sources[1].name", () -> "curated-url");
		registry.add("realpolitik.imports.sources[1].kind", () -> "curated");
		registry.add("realpolitik.imports.sources[1].location",
				() -> "http://127.0.0.1:" + http.getAddress().getPort() + "/claims.yaml");
		registry.add("realpolitik.imports.sources[1].cron", () -> "-");
		registry.add("realpolitik.imports.sources[2].name", () -> "stalling-url");
		registry.add("realpolitik.imports.sources[2].kind", () -> "curated");
		registry.add("realpolitik.imports.sources[2].location",
				() -> "http://127.0.0.1:" + http.getAddress().getPort() + "/stall.yaml");
		registry.add("realpolitik.imports.sources[2].cron", () -> "-");
		registry.add("realpolitik.imports.sources[3].name", () -> "huge-url");
		registry.add("realpolitik.imports.sources[3].kind", () -> "curated");
		registry.add("realpolitik.imports.sources[3].location",
				() -> "http://127.0.0.1:" + http.getAddress().getPort() + "/huge.yaml");
		registry.add("realpolitik.imports.sources[3].cron", () -> "-");
		registry.add("realpolitik.imports.download-timeout", () -> "3s");
		registry.add("realpolitik.imports.max-download", () -> "1MB");
	}

	Path inbox() throws IOException {
		Path inbox = data.resolve("inbox/curated");
		Files.createDirectories(inbox);
		try (var files = Files.list(inbox)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		return inbox;
	}

	@Test
	void aCliRunIsRecordedWithItsTriggerCountsAndRejects() {
		ImportRun run = this.runs.runFiles("curated",
				List.of(FIXTURES.resolve("actors.yaml"), FIXTURES.resolve("claims.yaml"), FIXTURES.resolve("bad.yaml")),
				Trigger.CLI, Progress.NONE);
		assertThat(run.source()).isEqualTo("cli:curated");
		assertThat(run.trigger()).isEqualTo("cli");
		assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
		assertThat(run.startedAt()).isNotNull();
		assertThat(run.endedAt()).isAfterOrEqualTo(run.startedAt());
		assertThat(run.files()).hasSize(3);
		assertThat(run.counts()).containsEntry("claims new", 11L);
		assertThat(run.rejectedCount()).isPositive();
		assertThat(run.rejected()).anySatisfy(r -> {
			assertThat(r.file()).isEqualTo("bad.yaml");
			assertThat(r.line()).isEqualTo(6);
			assertThat(r.reason()).contains("lower-case");
		});
		assertThat(this.runs.run(run.id())).contains(run);
		assertThat(this.runs.runs("cli:curated", null, 10, 0).runs()).extracting(ImportRun::id).containsExactly(run.id());
		assertThat(count("MATCH (l:ImportLock {source: 'cli:curated'}) WHERE l.owner IS NULL RETURN count(l)"))
			.as("the lock is released").isEqualTo(1);
	}

	@Test
	void aRunThatImportsNothingForWantOfTheGazetteerIsPartialAndSaysSoFirst() {
		ImportRun run = this.runs.runFiles("gdelt", List.of(GDELT_SAMPLE), Trigger.CLI, Progress.NONE);
		assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
		assertThat(run.missing()).isEqualTo("a gazetteer: no actor has a CAMEO code, so no country resolves "
				+ "(import one: import curated seeds/actors.yaml)");
		assertThat(run.rejectedCount()).isZero();
		assertThat(run.summary()).isEqualTo("import run " + run.id() + " of cli:gdelt (gdelt, cli): partial; nothing "
				+ "imported, missing a gazetteer: no actor has a CAMEO code, so no country resolves (import one: import "
				+ "curated seeds/actors.yaml); 2111 read, 0 written, 0 unchanged, 0 removed, 2111 skipped, 0 rejected");
		assertThat(this.runs.run(run.id())).contains(run);
		assertThat(this.runs.runs(null, RunStatus.PARTIAL, 10, 0).runs()).extracting(ImportRun::id).containsExactly(run.id());

		this.runs.runFiles("curated", List.of(Path.of("seeds", "actors.yaml")), Trigger.CLI, Progress.NONE);
		ImportRun again = this.runs.runFiles("gdelt", List.of(GDELT_SAMPLE), Trigger.CLI, Progress.NONE);
		assertThat(again.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(again.missing()).isNull();
		assertThat(again.written()).isEqualTo(168);
	}

	@Test
	void aWatchedFolderImportsEachContentOnceAndANewVersionAgain() throws IOException {
		Path inbox = inbox();
		Files.copy(FIXTURES.resolve("actors.yaml"), inbox.resolve("actors.yaml"));
		Files.copy(FIXTURES.resolve("claims.yaml"), inbox.resolve("claims.yaml"));
		Files.writeString(inbox.resolve("notes.txt"), "not a curated file");

		ImportRun first = this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE);
		assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(first.trigger()).isEqualTo("schedule");
		assertThat(first.files()).hasSize(2);
		long claims = count("MATCH (c:Claim) RETURN count(c)");
		assertThat(claims).isEqualTo(10);

		assertThat(this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE))
			.as("a scheduled run with nothing new is not recorded").isNull();
		ImportRun asked = this.runs.runSource("curated-inbox", Trigger.REST, Progress.NONE);
		assertThat(asked.status()).isEqualTo(RunStatus.UNCHANGED);
		assertThat(asked.files()).isEmpty();

		String changed = Files.readString(inbox.resolve("claims.yaml"))
			.replace("format: 1", "format: 1\n# a new version of the file");
		Files.writeString(inbox.resolve("claims.yaml"), changed);
		ImportRun again = this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE);
		assertThat(again.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(again.files()).singleElement().asString().endsWith("claims.yaml");
		assertThat(count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims);
	}

	@Test
	void aFileStillBeingWrittenWaitsForTheSettleTime() throws IOException {
		Path inbox = inbox();
		Path file = inbox.resolve("actors.yaml");
		Files.copy(FIXTURES.resolve("actors.yaml"), file);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
		assertThat(this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE)).isNull();
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
		assertThat(this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE).status()).isEqualTo(RunStatus.SUCCEEDED);
	}

	@Test
	void anHttpSourceIsDownloadedAndImportedOncePerVersion() throws IOException {
		String actors = Files.readString(FIXTURES.resolve("actors.yaml"));
		served.set(actors.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ImportRun first = this.runs.runSource("curated-url", Trigger.REST, Progress.NONE);
		assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
		assertThat(this.runs.runSource("curated-url", Trigger.REST, Progress.NONE).status()).isEqualTo(RunStatus.UNCHANGED);

		served.set(new byte[0]);
		ImportRun missing = this.runs.runSource("curated-url", Trigger.REST, Progress.NONE);
		assertThat(missing.status()).isEqualTo(RunStatus.FAILED);
		assertThat(missing.error()).contains("HTTP 404");
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).as("a failed download loses nothing").isEqualTo(7);
	}

	@Test
	void aDownloadWhoseBodyStallsOrGrowsPastTheLimitFailsTheRunAndLeavesNoPartialFile() {
		ImportRun stalled = this.runs.runSource("stalling-url", Trigger.REST, Progress.NONE);
		assertThat(stalled.status()).isEqualTo(RunStatus.FAILED);
		assertThat(stalled.error()).contains("did not finish within realpolitik.imports.download-timeout");
		ImportRun huge = this.runs.runSource("huge-url", Trigger.REST, Progress.NONE);
		assertThat(huge.status()).isEqualTo(RunStatus.FAILED);
		assertThat(huge.error()).contains("larger than realpolitik.imports.max-download");
		assertThat(data.resolve("downloads/stalling-url/stall.yaml.part")).doesNotExist();
		assertThat(data.resolve("downloads/huge-url/huge.yaml.part")).doesNotExist();
	}

	@Test
	void aSourceLockedByALiveRunOfAnotherInstanceIsNotRunTwice() {
		this.driver.executableQuery("""
				CREATE (:ImportLock {source: 'curated-inbox', owner: 'run-elsewhere', instance: 'other-host:42',
				                     expiresAt: datetime() + duration('PT1M')})
				""").execute();
		assertThatThrownBy(() -> this.runs.runSource("curated-inbox", Trigger.REST, Progress.NONE))
			.isInstanceOf(RunInProgressException.class)
			.hasMessageContaining("run-elsewhere")
			.hasMessageContaining("other-host:42");
		assertThatThrownBy(() -> this.runs.submit("curated-inbox", Trigger.REST)).isInstanceOf(RunInProgressException.class);
		assertThat(count("MATCH (r:ImportRun) RETURN count(r)")).isZero();
	}

	@Test
	void aRunKilledHalfWayIsMarkedAbandonedAndRunningAgainGivesTheGraphOfACleanRun() throws IOException {
		Path inbox = inbox();
		Files.copy(FIXTURES.resolve("actors.yaml"), inbox.resolve("actors.yaml"));
		Files.copy(FIXTURES.resolve("claims.yaml"), inbox.resolve("claims.yaml"));
		this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE);
		Map<String, Long> clean = graphCounts();
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").execute();

		// a process died half-way: it wrote part of the claims, its run says running, its lock has expired
		this.runs.runFiles("curated", List.of(FIXTURES.resolve("actors.yaml")), Trigger.CLI, Progress.NONE);
		this.driver.executableQuery("""
				CREATE (:ImportRun {id: 'killed', source: 'curated-inbox', kind: 'curated', trigger: 'schedule',
				                    status: 'running', startedAt: datetime() - duration('PT10M')})
				CREATE (:ImportLock {source: 'curated-inbox', owner: 'killed', instance: 'gone:1',
				                     expiresAt: datetime() - duration('PT1M')})
				""").execute();
		this.driver.executableQuery("MATCH (n:ImportRun) WHERE n.source = 'cli:curated' DETACH DELETE n").execute();

		ImportRun again = this.runs.runSource("curated-inbox", Trigger.SCHEDULE, Progress.NONE);
		assertThat(again.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(this.runs.run("killed").orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
		assertThat(graphCounts()).isEqualTo(clean);
	}

	@Test
	void anUnknownSourceNamesTheConfiguredOnes() {
		assertThatThrownBy(() -> this.runs.submit("nope", Trigger.REST)).isInstanceOf(SourceNotFoundException.class)
			.hasMessageContaining("curated-inbox")
			.hasMessageContaining("curated-url");
	}

	@Test
	void aRestRunGoesOnInTheBackgroundAndEnds() throws Exception {
		Path inbox = inbox();
		Files.copy(FIXTURES.resolve("actors.yaml"), inbox.resolve("actors.yaml"));
		ImportRun started = this.runs.submit("curated-inbox", Trigger.REST);
		assertThat(started.trigger()).isEqualTo("rest");
		ImportRun run = org.awaitility.Awaitility.await("the run ends")
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.runs.run(started.id()).orElseThrow(), ImportRun::finished);
		assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(run.counts()).containsEntry("actors new", 7L);
	}

	Map<String, Long> graphCounts() {
		return Map.of("actors", count("MATCH (a:Actor) RETURN count(a)"), "claims",
				count("MATCH (c:Claim) RETURN count(c)"), "documents", count("MATCH (d:Document) RETURN count(d)"),
				"edges", count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)"), "claim links",
				count("MATCH (:Claim)-[r]->() RETURN count(r)"));
	}

}
