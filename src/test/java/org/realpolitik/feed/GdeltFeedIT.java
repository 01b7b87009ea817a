package org.realpolitik.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.curated.CuratedImporter;
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
 * The GDELT feed against a local server that publishes the real sample export, split into 15-minute files, with a
 * {@code lastupdate.txt} and a {@code masterfilelist.txt} as GDELT writes them: the first run, a run with nothing new,
 * a new file, a missed window caught up from the master list, a back-fill of a day, and downloads that fail (a bad
 * MD5, a 404, a 500, a timeout) and are tried again on a later run, then given up.
 */
class GdeltFeedIT extends GraphTest {

	static final FeedServer server = server();

	static final String SAMPLE = "src/main/resources/gdelt/sample/gdelt2_20191024143000.export.CSV";

	/** The published exports by time stamp, with their zipped bytes. */
	final Map<String, byte[]> published = new LinkedHashMap<>();

	@Autowired
	ImportRuns runs;

	@Autowired
	CuratedImporter curated;

	static FeedServer server() {
		try {
			return new FeedServer();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path data = Files.createTempDirectory("realpolitik-gdelt-feed");
		registry.add("realpolitik.data-dir", data::toString);
		registry.add("realpolitik.imports.sources[0].name", () -> "gdelt-live");
		registry.add("realpolitik.imports.sources[0].kind", () -> "gdelt-feed");
		registry.add("realpolitik.imports.sources[0].location", () -> server.url("/gdeltv2/").toString());
		registry.add("realpolitik.imports.sources[0].cron", () -> "-");
		registry.add("realpolitik.feeds.retry-after", () -> "0s");
		registry.add("realpolitik.feeds.max-attempts", () -> "3");
		registry.add("realpolitik.feeds.file-timeout", () -> "2s");
		registry.add("realpolitik.feeds.max-files-per-run", () -> "3");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void gazetteer() {
		server.reset();
		this.curated.importFiles(List.of(Path.of("seeds", "actors.yaml")));
	}

	/** The sample's rows, split into {@code parts} files of consecutive rows. */
	static List<byte[]> parts(int parts) throws IOException {
		List<String> rows = Files.readAllLines(Path.of(SAMPLE), StandardCharsets.UTF_8);
		List<byte[]> out = new ArrayList<>();
		int size = (rows.size() + parts - 1) / parts;
		for (int i = 0; i < parts; i++) {
			List<String> part = rows.subList(i * size, Math.min(rows.size(), (i + 1) * size));
			out.add((String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return out;
	}

	static byte[] zip(String name, byte[] csv) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(csv);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	static String md5(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
	}

	/** Publishes an export: the file, and the lists as GDELT writes them (absolute URLs of GDELT's own host). */
	void publish(String stamp, byte[] csv) throws Exception {
		byte[] zipped = zip(stamp + ".export.CSV", csv);
		this.published.put(stamp, zipped);
		server.put("/gdeltv2/" + stamp + ".export.CSV.zip", FeedServer.Answer.ok(zipped, "application/zip"));
		lists(Map.of());
	}

	/** Writes both lists; {@code md5s} overrides the MD5 listed for some stamps. */
	void lists(Map<String, String> md5s) throws Exception {
		StringBuilder master = new StringBuilder();
		String newest = null;
		for (var entry : this.published.entrySet()) {
			String line = entry.getValue().length + " " + md5s.getOrDefault(entry.getKey(), md5(entry.getValue()))
					+ " http://data.gdeltproject.org/gdeltv2/" + entry.getKey() + ".export.CSV.zip\n";
			master.append(line);
			master.append("1234 0123456789abcdef0123456789abcdef http://data.gdeltproject.org/gdeltv2/")
				.append(entry.getKey()).append(".mentions.CSV.zip\n");
			newest = line;
		}
		server.put("/gdeltv2/masterfilelist.txt", FeedServer.Answer.ok(master.toString(), "text/plain"));
		server.put("/gdeltv2/lastupdate.txt", FeedServer.Answer.ok(newest + "99 0123456789abcdef0123456789abcdef "
				+ "http://data.gdeltproject.org/gdeltv2/x.gkg.csv.zip\n", "text/plain"));
	}

	ImportRun run() {
		return this.runs.runSource("gdelt-live", Trigger.REST, Progress.NONE);
	}

	static List<String> outcomes(ImportRun run) {
		return run.fetched().stream().map(f -> f.outcome() + " " + f.url().replaceAll("^.*/", "")).toList();
	}

	@Test
	void theFirstRunImportsTheNewestExportAndASecondRunFindsNothingNew() throws Exception {
		List<byte[]> parts = parts(3);
		publish("20191024140000", parts.get(0));
		publish("20191024141500", parts.get(1));
		ImportRun first = run();
		assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(first.kind()).isEqualTo("gdelt-feed");
		assertThat(first.files()).singleElement().asString().endsWith("20191024141500.export.CSV.zip");
		assertThat(first.read()).isPositive();
		assertThat(first.fetched()).extracting(Fetched::outcome).containsExactly("downloaded", "downloaded");
		assertThat(first.fetched().get(1).status()).isEqualTo(200);
		assertThat(first.fetched().get(1).bytes()).isEqualTo(this.published.get("20191024141500").length);
		assertThat(first.fetched().get(1).checksum()).hasSize(64);
		assertThat(server.requests("/gdeltv2/masterfilelist.txt")).as("no catch-up on a first run without start").isZero();
		assertThat(server.requests("/gdeltv2/20191024140000.export.CSV.zip")).isZero();

		ImportRun again = run();
		assertThat(again.status()).isEqualTo(RunStatus.UNCHANGED);
		assertThat(again.files()).isEmpty();
		assertThat(server.requests("/gdeltv2/20191024141500.export.CSV.zip")).as("never downloaded twice").isEqualTo(1);
		assertThat(this.runs.runSource("gdelt-live", Trigger.SCHEDULE, Progress.NONE))
			.as("a scheduled run that finds nothing new is not recorded").isNull();

		publish("20191024143000", parts.get(2));
		ImportRun next = run();
		assertThat(next.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(next.files()).singleElement().asString().endsWith("20191024143000.export.CSV.zip");
		assertThat(server.requests("/gdeltv2/masterfilelist.txt")).as("the next slot needs no master list").isZero();
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'imported'}) RETURN count(i)")).isEqualTo(2);
	}

	@Test
	void afterDowntimeTheMissedExportsAreCaughtUpOldestFirstAFewPerRun() throws Exception {
		List<byte[]> parts = parts(6);
		publish("20191024140000", parts.get(0));
		assertThat(run().status()).isEqualTo(RunStatus.SUCCEEDED);
		for (int i = 1; i < 6; i++) {
			publish(stamp(i), parts.get(i));
		}
		ImportRun catchUp = run();
		assertThat(catchUp.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(catchUp.files()).hasSize(3).allSatisfy(f -> assertThat(f).endsWith(".export.CSV.zip"));
		assertThat(catchUp.files().get(0)).endsWith(stamp(1) + ".export.CSV.zip");
		assertThat(catchUp.files().get(2)).endsWith(stamp(3) + ".export.CSV.zip");
		assertThat(outcomes(catchUp)).contains("left for the next run ");
		ImportRun rest = run();
		assertThat(rest.files()).hasSize(2);
		assertThat(rest.files().get(1)).endsWith(stamp(5) + ".export.CSV.zip");
		assertThat(server.requests("/gdeltv2/masterfilelist.txt")).isEqualTo(2);
		assertThat(run().status()).isEqualTo(RunStatus.UNCHANGED);
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'imported'}) RETURN count(i)")).isEqualTo(6);
		assertThat(count("MATCH (s:FeedState {source: 'gdelt-live'}) WHERE s.state CONTAINS '\"since\":\"" + stamp(5)
				+ "\"' RETURN count(s)")).isEqualTo(1);
	}

	static String stamp(int slot) {
		return java.time.LocalDateTime.of(2019, 10, 24, 14, 0).plusMinutes(15L * slot)
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
	}

	@Test
	void aBadChecksumA404A500AndATimeoutFailAloneAreTriedAgainAndGivenUpAfterTheLastTry() throws Exception {
		List<byte[]> parts = parts(6);
		publish(stamp(0), parts.get(0));
		assertThat(run().status()).isEqualTo(RunStatus.SUCCEEDED);
		for (int i = 1; i < 6; i++) {
			publish(stamp(i), parts.get(i));
		}
		lists(Map.of(stamp(1), "00000000000000000000000000000000"));
		server.put("/gdeltv2/" + stamp(2) + ".export.CSV.zip", FeedServer.Answer.status(404));
		server.put("/gdeltv2/" + stamp(3) + ".export.CSV.zip", FeedServer.Answer.status(500));
		server.put("/gdeltv2/" + stamp(4) + ".export.CSV.zip", FeedServer.Answer.slow(4000));

		ImportRun first = run();
		assertThat(first.status()).as("nothing imported").isEqualTo(RunStatus.FAILED);
		assertThat(first.error()).startsWith("3 download(s) failed");
		assertThat(first.fetched()).filteredOn(Fetched::isFailure).extracting(Fetched::reason)
			.anySatisfy(r -> assertThat(r).startsWith("MD5 "))
			.anySatisfy(r -> assertThat(r).isEqualTo("HTTP 404"))
			.anySatisfy(r -> assertThat(r).isEqualTo("HTTP 500"));
		assertThat(outcomes(first)).contains("left for the next run ");

		// the 404 is fixed upstream; the others fail again
		server.put("/gdeltv2/" + stamp(2) + ".export.CSV.zip", FeedServer.Answer.ok(this.published.get(stamp(2)), "application/zip"));
		ImportRun second = run();
		assertThat(second.status()).isEqualTo(RunStatus.PARTIAL);
		assertThat(second.files()).singleElement().asString().endsWith(stamp(2) + ".export.CSV.zip");

		ImportRun third = run();
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'given up'}) RETURN count(i)"))
			.as("the bad MD5 and the 500 after their third try").isEqualTo(2);
		assertThat(third.fetched()).filteredOn(Fetched::isFailure).extracting(Fetched::reason)
			.anySatisfy(r -> assertThat(r).contains("did not finish within"));

		ImportRun fourth = run();
		assertThat(fourth.files()).singleElement().asString().endsWith(stamp(5) + ".export.CSV.zip");
		assertThat(count("MATCH (s:FeedState {source: 'gdelt-live'}) WHERE s.state CONTAINS '\"since\":\"" + stamp(3)
				+ "\"' RETURN count(s)")).as("the window moves past what is done and stays open at the timeout")
			.isEqualTo(1);

		run();
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'given up'}) RETURN count(i)")).isEqualTo(3);
		assertThat(count("MATCH (s:FeedState {source: 'gdelt-live'}) WHERE s.state CONTAINS '\"since\":\"" + stamp(5)
				+ "\"' RETURN count(s)")).as("the window closes once every file is imported or given up").isEqualTo(1);
		assertThat(run().status()).isEqualTo(RunStatus.UNCHANGED);
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'imported'}) RETURN count(i)")).isEqualTo(3);
	}

	@Test
	void aFirstRunWhoseFileFailsTriesItAgainLaterEvenAfterNewerFilesCame() throws Exception {
		List<byte[]> parts = parts(2);
		publish(stamp(0), parts.get(0));
		server.put("/gdeltv2/" + stamp(0) + ".export.CSV.zip", FeedServer.Answer.status(503));
		assertThat(run().status()).isEqualTo(RunStatus.FAILED);
		publish(stamp(1), parts.get(1));
		server.put("/gdeltv2/" + stamp(0) + ".export.CSV.zip", FeedServer.Answer.ok(this.published.get(stamp(0)), "application/zip"));
		ImportRun later = run();
		assertThat(later.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(later.files()).hasSize(2);
		assertThat(later.files().get(0)).endsWith(stamp(0) + ".export.CSV.zip");
	}

	@Test
	void aBackFillImportsADayRunByRunAndGoesOnWhereItStopped() throws Exception {
		List<byte[]> parts = parts(5);
		for (int i = 0; i < 5; i++) {
			publish(stamp(i), parts.get(i));
		}
		java.time.LocalDate day = java.time.LocalDate.of(2019, 10, 24);
		// a back-fill that has done the first file already (as if stopped after it)
		this.runs.backfillGdelt("gdelt-live", null, day, day, Trigger.CLI, Progress.NONE);
		assertThat(count("MATCH (i:FeedItem {source: 'gdelt-live', status: 'imported'}) RETURN count(i)")).isEqualTo(5);
		List<ImportRun> again = this.runs.backfillGdelt("gdelt-live", null, day, day, Trigger.CLI, Progress.NONE);
		assertThat(again).singleElement().satisfies(run -> {
			assertThat(run.status()).isEqualTo(RunStatus.UNCHANGED);
			assertThat(run.fetched()).filteredOn(f -> f.outcome().equals("already imported")).hasSize(5);
		});
		for (int i = 0; i < 5; i++) {
			assertThat(server.requests("/gdeltv2/" + stamp(i) + ".export.CSV.zip")).isEqualTo(1);
		}
		assertThat(this.runs.backfillGdelt("gdelt-live", null, day.plusDays(1), day.plusDays(1), Trigger.CLI,
				Progress.NONE)).singleElement().extracting(ImportRun::status).isEqualTo(RunStatus.UNCHANGED);
	}

}
