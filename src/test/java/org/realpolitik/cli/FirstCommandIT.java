package org.realpolitik.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.realpolitik.Realpolitik;
import org.realpolitik.RealpolitikApplication;
import org.realpolitik.ingest.Progress;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import picocli.CommandLine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any first command on a fresh data folder finds the store as the service's first start leaves it: {@code import
 * gdelt} of the shipped sample, as the very first command, ends with the claims it gives on a store that was served
 * first (and the sample then imported through the same {@code ImportRuns} call), with the seeds imported once and
 * marked today; {@code export} as the first command exports the seeded graph. With
 * {@code realpolitik.import-seeds=false} nothing is seeded, and the import says it is missing the gazetteer instead of
 * succeeding. The seeds here are the curated ones (the gazetteer and the background claims), not the articles, to keep
 * the test quick: the same folder seeds every store.
 */
class FirstCommandIT {

	static final Path SAMPLE = Path.of("src/main/resources/gdelt/sample/gdelt2_20191024143000.export.CSV");

	static final String RUN_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@TempDir
	Path seeds;

	@TempDir
	Path served;

	@TempDir
	Path fresh;

	@TempDir
	Path unseeded;

	@TempDir
	Path exported;

	@BeforeEach
	void curatedSeeds() throws IOException {
		Files.copy(Path.of("seeds", "actors.yaml"), this.seeds.resolve("actors.yaml"));
		Files.copy(Path.of("seeds", "background.yaml"), this.seeds.resolve("background.yaml"));
		Files.copy(Path.of("seeds", "successions.yaml"), this.seeds.resolve("successions.yaml"));
	}

	@Test
	void importGdeltAsTheFirstCommandEndsWithTheClaimsOfAStoreServedFirst() throws IOException {
		// served first: the service's first start seeds the store, then the sample is imported as the CLI imports it
		Map<String, Object> servedFirst;
		List<String> serve = new ArrayList<>(List.of("--server.port=0", "--realpolitik.imports.schedule=false"));
		serve.addAll(settings(this.served));
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(RealpolitikApplication.class)
			.run(serve.toArray(String[]::new))) {
			ImportRun run = service.getBean(ImportRuns.class)
				.runFiles("gdelt", List.of(SAMPLE), Trigger.CLI, Progress.NONE);
			assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
			assertThat(run.written()).isEqualTo(168);
			servedFirst = snapshot(service.getBean(Driver.class));
		}

		// fresh: the import is the first command; the seeds come first, then the import
		List<String> first = cli(this.fresh, "import", "gdelt", SAMPLE.toString());
		assertThat(first.get(0)).isEqualTo("0");
		assertThat(first.get(1)).matches("import run " + RUN_ID + " of cli:gdelt \\(gdelt, cli\\): succeeded; 2111 read, "
				+ "168 written, 0 unchanged, 0 removed, 1782 skipped, 0 rejected");
		// the next command finds the store seeded and leaves the seeds alone
		Map<String, Object> importedFirst;
		try (ConfigurableApplicationContext next = ImportCommand.offline(settings(this.fresh))) {
			importedFirst = snapshot(next.getBean(Driver.class));
		}

		assertThat(importedFirst.get("claims")).isEqualTo(servedFirst.get("claims"));
		assertThat(importedFirst.get("edges")).isEqualTo(servedFirst.get("edges"));
		// the 13 background claims and the gazetteer's 16 successions
		assertThat(importedFirst.get("claimsBySource")).isEqualTo(Map.of("curated", 13L + 16L, "gdelt", 168L));
		assertThat(importedFirst.get("actors")).isEqualTo(servedFirst.get("actors"));
		for (Map<String, Object> store : List.of(servedFirst, importedFirst)) {
			assertThat(store.get("seeds")).as("the seeds marked once, today").isEqualTo(List.of(true));
			assertThat(store.get("seedRuns")).as("the seeds imported once, the gazetteer first")
				.isEqualTo(List.of("curated startup succeeded", "news startup succeeded"));
		}
	}

	@Test
	void withTheSeedsTurnedOffTheFirstImportIsPartialAndSaysTheGazetteerIsMissing() throws IOException {
		List<String> first = cli(this.unseeded, "import", "gdelt", SAMPLE.toString(), "--realpolitik.import-seeds=false");
		assertThat(first.get(0)).isEqualTo(String.valueOf(ImportCommand.PARTIAL));
		assertThat(first.get(1)).matches("import run " + RUN_ID + " of cli:gdelt \\(gdelt, cli\\): partial; nothing "
				+ "imported, missing a gazetteer: no actor has a CAMEO code, so no country resolves \\(import one: import "
				+ "curated seeds/actors.yaml\\); 2111 read, 0 written, 0 unchanged, 0 removed, 2111 skipped, 0 rejected");
		assertThat(first).contains("  skipped, actor1: country CHN not in the gazetteer: 31");
	}

	@Test
	void exportAsTheFirstCommandExportsTheSeededGraph() throws IOException {
		Path file = this.exported.resolve("graph.json");
		List<String> first = cli(this.fresh, "export", "--format", "json", "--output", file.toString());
		assertThat(first.get(0)).isEqualTo("0");
		var graph = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
		assertThat(graph.get("nodes").size()).as("the gazetteer").isEqualTo(258);
		assertThat(graph.get("edges").size()).as("an edge for each of the 13 background claims and 16 successions")
			.isEqualTo(29);
	}

	@Test
	void importGdeltRangeBackFillsTheDaysFromTheMasterListAndARepeatGoesOnWhereItStopped() throws Exception {
		try (org.realpolitik.support.FeedServer server = new org.realpolitik.support.FeedServer()) {
			// two exports of 2019-10-24 and one of the day after, as GDELT lists them
			List<String> rows = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
			StringBuilder master = new StringBuilder();
			String[] stamps = { "20191024000000", "20191024234500", "20191025000000" };
			for (int i = 0; i < stamps.length; i++) {
				byte[] zip = zip(stamps[i] + ".export.CSV", rows.subList(i * 700, i * 700 + 700));
				server.put("/gdeltv2/" + stamps[i] + ".export.CSV.zip",
						org.realpolitik.support.FeedServer.Answer.ok(zip, "application/zip"));
				master.append(zip.length).append(' ')
					.append(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(zip)))
					.append(" http://data.gdeltproject.org/gdeltv2/").append(stamps[i]).append(".export.CSV.zip\n");
			}
			server.put("/gdeltv2/masterfilelist.txt", org.realpolitik.support.FeedServer.Answer.ok(master.toString(), "text/plain"));
			String base = server.url("/gdeltv2/").toString();

			List<String> first = cli(this.fresh, "import", "gdelt-range", "--from", "2019-10-24", "--to", "2019-10-24",
					"--base-url", base);
			assertThat(first.get(0)).as(String.join("\n", first)).isEqualTo("0");
			assertThat(first).contains("back-fill 2019-10-24 to 2019-10-24: 2 run(s), 2 file(s) imported");
			assertThat(first).anySatisfy(line -> assertThat(line).startsWith("import run ").contains("of gdelt-backfill (gdelt-feed, cli): succeeded"));
			assertThat(server.requests("/gdeltv2/20191025000000.export.CSV.zip")).as("not a day asked for").isZero();

			List<String> again = cli(this.fresh, "import", "gdelt-range", "--from", "2019-10-24", "--to", "2019-10-24",
					"--base-url", base);
			assertThat(again.get(0)).isEqualTo("0");
			assertThat(again).contains("back-fill 2019-10-24 to 2019-10-24: 1 run(s), 0 file(s) imported");
			assertThat(again).filteredOn(line -> line.contains("already imported: ")).hasSize(2);
			assertThat(server.requests("/gdeltv2/20191024000000.export.CSV.zip")).isEqualTo(1);
		}
		assertThat(cli(this.unseeded, "import", "gdelt-range", "--from", "2019-10-25", "--to", "2019-10-24").get(0))
			.as("--to before --from: not started").isEqualTo("2");
		assertThat(cli(this.unseeded, "import", "gdelt-range", "--from", "2019-10-24", "--to", "2019-10-24",
				"--base-url", "ftp://mirror.example/gdelt/").get(0)).isEqualTo("1");
	}

	static byte[] zip(String name, List<String> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry(name));
			zip.write((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** Where a store is, and the seeds; Bolt on a free port, no procedures (they cost seconds and are not needed). */
	List<String> settings(Path data) throws IOException {
		return List.of("--realpolitik.data-dir=" + data, "--realpolitik.seeds-dir=" + this.seeds,
				"--realpolitik.embedded.bolt-port=" + freePort(), "--realpolitik.embedded.procedures=false",
				"--realpolitik.embedded.page-cache=32m");
	}

	/**
	 * Runs the jar's command line on the store in {@code data}: its exit code, then what it printed from the run's
	 * summary on ({@code import run ...}), without log lines.
	 */
	List<String> cli(Path data, String... command) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(settings(data));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream console = System.out;
		int code;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			code = new CommandLine(new Realpolitik()).execute(arguments.toArray(String[]::new));
		}
		finally {
			System.setOut(console);
		}
		List<String> printed = new ArrayList<>(List.of(String.valueOf(code)));
		// logging may share standard output; the run's description starts at its summary
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		int summary = 0;
		while (summary < lines.size() && !lines.get(summary).startsWith("import run ")) {
			summary++;
		}
		printed.addAll(lines.subList(summary, lines.size()).stream().filter(l -> !l.matches("^\\d{4}-\\d\\d-\\d\\dT.*")).toList());
		return printed;
	}

	/** Claims, edges and actors as comparable values, with the seed marker and the seed runs. */
	static Map<String, Object> snapshot(Driver driver) {
		var claims = driver.executableQuery("""
				MATCH (c:Claim)-[:STATED_IN]->(d:Document)
				MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(o:Actor)
				RETURN c.id AS id, d.id AS document, s.id AS subject, c.type AS type, o.id AS object,
				       c.polarity AS polarity, c.modality AS modality, c.from AS from, c.until AS until,
				       c.confidence AS confidence, c.method AS method, c.source AS source, c.eventCount AS n,
				       coalesce(c.events, []) AS events
				ORDER BY id""").execute().records().stream().map(r -> {
					var row = new java.util.HashMap<>(r.asMap());
					row.put("events", r.get("events").asList(org.neo4j.driver.Value::asString).stream().sorted().toList());
					return row;
				}).toList();
		var edges = driver.executableQuery("""
				MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id + '|' + type(r) + '|' + o.id AS edge, r.from AS from,
				       r.until AS until, r.claims AS claims, r.sources AS sources, r.confidence AS confidence
				ORDER BY edge""").execute().records().stream().map(r -> r.asMap()).toList();
		var actors = driver.executableQuery("MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.cameo AS cameo ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.asMap())
			.toList();
		Map<String, Long> bySource = new java.util.TreeMap<>();
		driver.executableQuery("MATCH (c:Claim)-[:STATED_IN]->(d:Document) RETURN d.source AS source, count(c) AS n")
			.execute()
			.records()
			.forEach(r -> bySource.put(r.get("source").asString(), r.get("n").asLong()));
		var seeds = driver.executableQuery("MATCH (s:__Seeds {id: 'seeds'}) RETURN date(s.importedAt) = date() AS today")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("today").asBoolean())
			.toList();
		var seedRuns = driver.executableQuery("""
				MATCH (r:ImportRun {source: 'seeds'}) RETURN r.kind + ' ' + r.trigger + ' ' + r.status AS run
				ORDER BY r.startedAt""").execute().records().stream().map(r -> r.get("run").asString()).toList();
		return Map.of("claims", claims, "edges", edges, "actors", actors, "claimsBySource", bySource, "seeds", seeds,
				"seedRuns", seedRuns);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
