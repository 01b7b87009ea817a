package org.realpolitik.ingest.gdelt;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.realpolitik.ingest.HeapPeak;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

/**
 * The GDELT import benchmark: a GDELT 2.0 file of any size made by replaying the shipped sample export with shifted
 * event ids and dates, imported by the GDELT importer and, into another fresh database, by the idiomatic Neo4j way
 * ({@code cypher/queries/gdelt-baseline-load-csv.cypher}: LOAD CSV ... MERGE in transactions of 10,000 rows) writing
 * the same claims, whose edges are then derived with the same query the importer uses.
 */
public final class GdeltBenchmark {

	/** The shipped sample: one real 15-minute GDELT 2.0 export (2,111 events). */
	public static final String SAMPLE = "/gdelt/sample/gdelt2_20191024143000.export.CSV";

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private GdeltBenchmark() {
	}

	/** What one side of the benchmark measured. */
	public record Result(String name, long events, double seconds, long peakHeapBytes, long claims, long eventIds,
			long edges, String summary) {

		public double eventsPerSecond() {
			return this.events / this.seconds;
		}

	}

	/**
	 * Writes {@code events} rows: the sample again and again, replay {@code r} with GLOBALEVENTID + r x 10,000,000 and
	 * SQLDATE and DATEADDED r days later, so every replay is new events on new days (new claims), as a year of GDELT
	 * files would be.
	 */
	public static Path generate(Path file, int events) throws IOException {
		return generate(file, events, 0);
	}

	/**
	 * As {@link #generate(Path, int)} from replay {@code firstReplay} on: a warm-up file made from replays no timed file
	 * uses holds events and days of its own.
	 */
	public static Path generate(Path file, int events, int firstReplay) throws IOException {
		List<String[]> sample = new ArrayList<>();
		try (InputStream in = GdeltBenchmark.class.getResourceAsStream(SAMPLE);
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				sample.add(line.split("\t", -1));
			}
		}
		Map<String, LocalDate> days = new HashMap<>();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			int written = 0;
			for (int replay = firstReplay; written < events; replay++) {
				for (String[] row : sample) {
					if (written == events) {
						break;
					}
					String[] copy = row.clone();
					copy[0] = Long.toString(Long.parseLong(row[0]) + replay * 10_000_000L);
					copy[1] = days.computeIfAbsent(row[1], d -> LocalDate.parse(d, DAY)).plusDays(replay).format(DAY);
					String added = row[59];
					copy[59] = days.computeIfAbsent(added.substring(0, 8), d -> LocalDate.parse(d, DAY))
						.plusDays(replay)
						.format(DAY) + added.substring(8);
					out.write(String.join("\t", copy));
					out.write('\n');
					written++;
				}
			}
		}
		return file;
	}

	/** Imports the file with the GDELT importer. */
	public static Result importer(GdeltImporter importer, Graph graph, Path file, int events) {
		resetPeakHeap();
		long start = System.nanoTime();
		ImportReport report = importer.importFiles(List.of(file));
		double seconds = (System.nanoTime() - start) / 1e9;
		return result("GDELT importer", graph, events, seconds, report.summary());
	}

	/**
	 * Imports the file the idiomatic way: LOAD CSV in batched transactions, then the same edge derivation. The
	 * database's import folder ({@code server.directories.import}) must be the file's folder.
	 */
	public static Result baseline(Graph graph, Driver driver, ActorStore actors, Path file, int events) {
		Map<String, Object> mapping = new HashMap<>();
		CameoMapping.load().rules().forEach((code, rule) -> {
			if (!rule.skip()) {
				mapping.put(code, Map.of("type", rule.type().name(), "polarity", rule.polarity().value(), "modality",
						rule.modality().value()));
			}
		});
		Map<String, Object> states = new HashMap<>();
		actors.all().forEach(a -> {
			if (a.cameo() != null) {
				states.putIfAbsent(a.cameo(), a.id());
			}
		});
		Map<String, ActorInput> known = KnownGroups.load();
		Map<String, Object> groups = new HashMap<>();
		known.forEach((code, actor) -> groups.put(code, actor.id()));
		resetPeakHeap();
		long start = System.nanoTime();
		List<ActorInput> missing = new ArrayList<>();
		var existing = actors.existing(known.values().stream().map(ActorInput::id).toList());
		known.values().stream().filter(a -> !existing.contains(a.id())).forEach(missing::add);
		actors.save(missing);
		String document = "gdelt:" + file.getFileName();
		graph.write(CypherFiles.query("document-save"), documentParameters(new DocumentInput(document,
				file.getFileName().toString(), "gdelt", null, null, null)));
		Map<String, Object> parameters = new HashMap<>();
		// relative to the database's import folder, which the caller sets to the file's folder
		parameters.put("file", "file:///" + file.getFileName());
		parameters.put("document", document);
		parameters.put("mapping", mapping);
		parameters.put("states", states);
		parameters.put("groups", groups);
		parameters.put("organs", List.copyOf(ActorResolver.STATE_ORGANS));
		parameters.put("confidence", GdeltImporter.EVENT_CONFIDENCE);
		parameters.put("cap", GdeltImporter.CONFIDENCE_CAP);
		parameters.put("maxUrls", 10);
		// CALL { ... } IN TRANSACTIONS needs an auto-commit transaction
		try (var session = driver.session()) {
			session.run(CypherFiles.query("gdelt-baseline-load-csv"), parameters).consume();
		}
		List<Map<String, Object>> pairs = graph.read("""
				MATCH (s:Actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor)
				RETURN DISTINCT s.id AS subject, c.type AS type, o.id AS object""", Map.of(),
				r -> Map.<String, Object>of("subject", r.get("subject").asString(), "type", r.get("type").asString(),
						"object", r.get("object").asString()));
		Map<String, List<Map<String, Object>>> byType = new HashMap<>();
		pairs.forEach(p -> byType.computeIfAbsent((String) p.get("type"), t -> new ArrayList<>()).add(p));
		byType.forEach((name, all) -> {
			RelationshipType type = RelationshipType.valueOf(name);
			String cypher = CypherFiles.query("derive-edges").replace("__TYPE__", type.name());
			for (int i = 0; i < all.size(); i += 1000) {
				graph.write(cypher, Map.of("pairs", all.subList(i, Math.min(all.size(), i + 1000)), "type", name,
						"sign", type.sign(), "goldstein", type.goldstein()));
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		return result("LOAD CSV baseline", graph, events, seconds, "");
	}

	private static Map<String, Object> documentParameters(DocumentInput d) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", d.id());
		p.put("title", d.title());
		p.put("source", d.source());
		p.put("url", d.url());
		p.put("publishedAt", null);
		p.put("sha256", d.sha256());
		return p;
	}

	private static Result result(String name, Graph graph, long events, double seconds, String summary) {
		long peak = HeapPeak.bytes();
		long claims = graph.readOne("MATCH (c:Claim) RETURN count(c) AS n", Map.of(), r -> r.get("n").asLong());
		long ids = graph.readOne("MATCH (c:Claim) RETURN coalesce(sum(size(c.events)), 0) AS n", Map.of(),
				r -> r.get("n").asLong());
		long edges = graph.readOne("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n", Map.of(),
				r -> r.get("n").asLong());
		return new Result(name, events, seconds, peak, claims, ids, edges, summary);
	}

	/**
	 * The figures of both sides as the command prints them: first those of the warm-up imports (a fresh JVM and an
	 * empty database: what a one-off CLI import sees), when there were any, then those of the timed file.
	 */
	public static String format(Path file, long bytes, Result importer, Result baseline, Result coldImporter,
			Result coldBaseline) {
		StringBuilder out = new StringBuilder();
		if (coldImporter != null && coldBaseline != null) {
			out.append(String.format("cold: the warm-up file, %d events, first import in a fresh JVM and database%n",
					coldImporter.events()));
			table(out, coldImporter, coldBaseline);
			out.append(String.format("warm: the timed file, after the warm-up, as a running service imports%n"));
		}
		out.append(String.format("file: %s, %d events, %d MB (the sample replayed)%n", file.getFileName(),
				importer.events(), bytes / (1024 * 1024)));
		table(out, importer, baseline);
		out.append(String.format("max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				Runtime.getRuntime().availableProcessors()));
		out.append(importer.summary()).append('\n');
		return out.toString();
	}

	private static void table(StringBuilder out, Result importer, Result baseline) {
		out.append(String.format("%-20s %12s %10s %14s %10s %12s %8s%n", "", "events/s", "seconds", "peak heap MB",
				"claims", "event ids", "edges"));
		for (Result r : List.of(importer, baseline)) {
			out.append(String.format("%-20s %12.0f %10.1f %14d %10d %12d %8d%n", r.name(), r.eventsPerSecond(),
					r.seconds(), r.peakHeapBytes() / (1024 * 1024), r.claims(), r.eventIds(), r.edges()));
		}
		out.append(String.format("ratio importer / baseline: %.2f%n", importer.eventsPerSecond() / baseline.eventsPerSecond()));
	}

	private static void resetPeakHeap() {
		System.gc();
		HeapPeak.reset();
	}

}
