package org.realpolitik.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltImportIT extends GraphTest {

	@Autowired
	GdeltImporter importer;

	@Autowired
	CuratedImporter curated;

	@TempDir
	Path dir;

	Path v2;

	Path v1;

	@BeforeEach
	void gazetteerAndFiles() throws IOException {
		this.curated.importFiles(List.of(Path.of("seeds", "actors.yaml")));
		this.v2 = copy("/gdelt/sample/gdelt2_20191024143000.export.CSV", "20191024143000.export.CSV");
		this.v1 = copy("/gdelt/gdelt1_events_sample.tsv", "events.tsv");
	}

	private Path copy(String resource, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

	private long claims() {
		return count("MATCH (c:Claim) RETURN count(c)");
	}

	private long events() {
		return count("MATCH (c:Claim) RETURN coalesce(sum(size(c.events)), 0)");
	}

	private long edges() {
		return count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)");
	}

	@Test
	void aTalibanEventOfTheSampleBecomesAClaimFromTheTalibanWithItsEvidence() {
		ImportReport report = this.importer.importFiles(List.of(this.v2));
		assertThat(report.rejectedCount()).isZero();
		assertThat(report.read()).isEqualTo(2111);
		assertThat(report.counts().get("events mapped")).isPositive();
		assertThat(report.counts().get("claims new")).isPositive();
		assertThat(report.skipped()).containsKey("actor1: no actor code (one-sided event)");
		assertThat(report.skipped().keySet()).anyMatch(r -> r.matches("cameo \\d+ not mapped"));
		assertThat(count("""
				MATCH (c:Claim {method: 'gdelt:cameo:190', polarity: 'asserted', modality: 'fact'})-[:SUBJECT]->(:Actor {id: 'taliban'})
				MATCH (c)-[:OBJECT]->(:Actor {id: 'united-states'})
				MATCH (c)-[:STATED_IN]->(:Document {id: 'gdelt:20191024143000.export.CSV', source: 'gdelt'})
				WHERE c.type = 'ATTACKED' AND c.eventCount >= 1 AND c.from = c.until AND c.urls <> [] AND c.confidence > 0
				RETURN count(c)""")).isPositive();
		assertThat(count("MATCH (:Actor {id: 'taliban'})-[r:ATTACKED]->(:Actor {id: 'united-states'}) RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH (d:Document {id: 'gdelt:20191024143000.export.CSV'}) WHERE size(d.sha256) = 64 RETURN count(d)"))
			.isEqualTo(1);
		assertThat(count("MATCH (c:Claim) WHERE c.id IS NULL OR NOT c.events[0] =~ '\\\\d+' RETURN count(c)")).isZero();
	}

	@Test
	void importingTheSameFileAgainAddsNothing() {
		this.importer.importFiles(List.of(this.v2, this.v1));
		long claims = claims();
		long events = events();
		long edges = edges();
		ImportReport again = this.importer.importFiles(List.of(this.v2, this.v1));
		assertThat(again.counts().get("claims new")).isZero();
		assertThat(again.counts().get("events new")).isZero();
		assertThat(again.counts().get("claims unchanged")).isPositive();
		assertThat(claims()).isEqualTo(claims);
		assertThat(events()).isEqualTo(events);
		assertThat(edges()).isEqualTo(edges);
	}

	@Test
	void anImportKilledHalfWayAndRunAgainEndsWithTheGraphOfACleanRun() throws IOException {
		this.importer.importFiles(List.of(this.v2));
		java.util.Map<String, Object> clean = snapshot();
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Migration AND NOT n:Actor DETACH DELETE n").execute();

		// the killed run: the first 900 rows' claims were written, in chunks of 300, and no edge was derived yet
		List<String> lines = Files.readAllLines(this.v2, StandardCharsets.UTF_8);
		Path part = this.dir.resolve("part").resolve(this.v2.getFileName());
		Files.createDirectories(part.getParent());
		Files.write(part, lines.subList(0, 900), StandardCharsets.UTF_8);
		this.importer.withChunk(300).importFiles(List.of(part));
		this.driver.executableQuery("MATCH (:Actor)-[r]->(:Actor) DELETE r").execute();

		this.importer.importFiles(List.of(this.v2));
		var again = snapshot();
		assertThat(again.get("edges")).isEqualTo(clean.get("edges"));
		assertThat(again.get("claims")).isEqualTo(clean.get("claims"));
	}

	/** Claims with their events and sums, and edges with their dates and counts, as comparable values. */
	private java.util.Map<String, Object> snapshot() {
		var claims = this.driver.executableQuery("""
				MATCH (c:Claim) RETURN c.id AS id, c.pair AS pair, c.eventCount AS n, c.mentions AS mentions,
				       c.from AS from, c.until AS until, c.confidence AS confidence, c.source AS source, c.events AS events
				ORDER BY id""").execute().records().stream().map(r -> {
					var row = new java.util.HashMap<>(r.asMap());
					row.put("events", r.get("events").asList(org.neo4j.driver.Value::asString).stream().sorted().toList());
					return row;
				}).toList();
		var edges = this.driver.executableQuery("""
				MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id + '|' + type(r) + '|' + o.id AS edge, r.from AS from,
				       r.until AS until, r.claims AS claims, r.sources AS sources, r.confidence AS confidence
				ORDER BY edge""").execute().records().stream().map(r -> r.asMap()).toList();
		return java.util.Map.of("claims", claims, "edges", edges);
	}

	@Test
	void anOverlappingFileImportedInSmallChunksAddsNothingNew() throws IOException {
		this.importer.importFiles(List.of(this.v2));
		long claims = claims();
		long events = events();
		long edges = edges();
		List<String> lines = Files.readAllLines(this.v2, StandardCharsets.UTF_8);
		Path overlap = this.dir.resolve("20191024144500.export.CSV");
		Files.write(overlap, lines.subList(500, 1500), StandardCharsets.UTF_8);
		ImportReport report = this.importer.withChunk(100).importFiles(List.of(overlap));
		assertThat(report.counts().get("events new")).isZero();
		assertThat(report.counts().get("claims new")).isZero();
		assertThat(claims()).isEqualTo(claims);
		assertThat(events()).isEqualTo(events);
		assertThat(edges()).isEqualTo(edges);
		assertThat(count("MATCH (d:Document) WHERE d.source = 'gdelt' RETURN count(d)")).isEqualTo(2);
	}

	@Test
	void deletingAFileThatOverlapsAnotherDeletesOnlyWhatItAloneSaid(@Autowired ClaimStore store) throws IOException {
		this.importer.importFiles(List.of(this.v2));
		String edgesOfTheFile = edgeSnapshot();
		long claims = claims();
		List<String> lines = Files.readAllLines(this.v2, StandardCharsets.UTF_8);
		Path overlap = this.dir.resolve("20191024144500.export.CSV");
		Files.write(overlap, lines.subList(500, 1500), StandardCharsets.UTF_8);
		this.importer.importFiles(List.of(overlap));

		assertThat(store.deleteDocument("gdelt:20191024144500.export.CSV")).isTrue();

		assertThat(claims()).as("every claim the first file states stays").isEqualTo(claims);
		assertThat(edgeSnapshot()).isEqualTo(edgesOfTheFile);
		assertThat(count("MATCH (c:Claim)-[:STATED_IN]->(d:Document) RETURN count(DISTINCT d)")).isEqualTo(1);

		assertThat(store.deleteDocument("gdelt:20191024143000.export.CSV")).isTrue();
		assertThat(claims()).isZero();
		assertThat(edges()).isZero();
	}

	/** Every edge with its claim count and dates, as comparable text. */
	private String edgeSnapshot() {
		return this.driver.executableQuery("""
				MATCH (s:Actor)-[r]->(o:Actor)
				WITH s.id + ' ' + type(r) + ' ' + o.id + ' ' + r.claims + ' ' + coalesce(r.from, '') + ' '
				     + coalesce(r.until, '') AS edge ORDER BY edge
				RETURN collect(edge) AS edges
				""").execute().records().get(0).get("edges").toString();
	}

	@Test
	void aFileWithBadRowsImportsTheGoodOnesReportsTheBadWithTheirLineAndLosesNothingStored() throws IOException {
		this.importer.importFiles(List.of(this.v2));
		long claims = claims();
		long events = events();
		List<String> lines = new ArrayList<>(Files.readAllLines(this.v2, StandardCharsets.UTF_8));
		String[] f = lines.get(0).split("\t", -1);
		lines.set(2, String.join("\t", Arrays.asList(f).subList(0, 20)));
		lines.set(4, lines.get(4).replaceFirst("^\\d+", "notanid"));
		lines.set(6, lines.get(6).replaceFirst("\t2018(\\d{4})\t", "\t2018xx24\t"));
		Path bad = this.dir.resolve("bad.export.CSV");
		Files.write(bad, lines, StandardCharsets.UTF_8);
		ImportReport report = this.importer.importFiles(List.of(bad));
		assertThat(report.rejected()).extracting(r -> r.line()).containsExactly(3, 5, 7);
		assertThat(report.rejected()).allSatisfy(r -> assertThat(r.file()).endsWith("bad.export.CSV"));
		assertThat(report.rejected().get(0).reason()).contains("20 columns");
		assertThat(report.read()).isEqualTo(2111);
		assertThat(claims()).isEqualTo(claims);
		assertThat(events()).isEqualTo(events);
	}

	@Test
	void gdeltNamesOfBareCodesBecomeAliasesUnlessAnotherActorHasThem() {
		ImportReport report = this.importer.importFiles(List.of(this.v2, this.v1));
		assertThat(report.counts().get("aliases new")).isPositive();
		assertThat(count("MATCH (a:Actor {id: 'afghanistan'}) WHERE 'Kabul' IN a.aliases RETURN count(a)")).isZero();
		assertThat(count("MATCH (a:Actor {id: 'taliban'}) WHERE 'Kabul' IN a.aliases RETURN count(a)")).isEqualTo(1);
		assertThat(count("MATCH (a:Actor) WHERE a.kind = 'state' AND size(a.aliases) > 0 RETURN count(a)")).isPositive();
		assertThat(count("MATCH (a:Actor {id: 'european-union', kind: 'organisation'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void onAStoreWithoutTheGazetteerTheSampleImportsNothingAndSaysTheGazetteerIsMissing() {
		this.driver.executableQuery("MATCH (a:Actor) DETACH DELETE a").execute();
		ImportReport report = this.importer.importFiles(List.of(this.v2));
		assertThat(report.read()).isEqualTo(2111);
		assertThat(report.written()).isZero();
		assertThat(report.rejectedCount()).isZero();
		assertThat(report.missing()).isEqualTo(ActorResolver.NO_GAZETTEER);
		assertThat(report.skippedCount()).isEqualTo(2111);
		assertThat(report.skipped()).containsEntry("actor1: country CHN not in the gazetteer", 31);
		assertThat(report.summary()).startsWith("gdelt import of 1 file: nothing imported, missing a gazetteer: no actor "
				+ "has a CAMEO code, so no country resolves (import one: import curated seeds/actors.yaml); 2111 read, "
				+ "0 written, 0 unchanged, 0 removed, 2111 skipped, 0 rejected\n");
		assertThat(claims()).isZero();
	}

	@Test
	void aFileOfCodesTheMappingLacksImportsNothingAndSaysSo() throws IOException {
		List<String> rows = new ArrayList<>();
		for (String line : Files.readAllLines(this.v2, StandardCharsets.UTF_8).subList(0, 40)) {
			String[] f = line.split("\t", -1);
			f[26] = "999";
			rows.add(String.join("\t", f));
		}
		Path unknown = this.dir.resolve("unknown-codes.export.CSV");
		Files.write(unknown, rows, StandardCharsets.UTF_8);
		ImportReport report = this.importer.importFiles(List.of(unknown));
		assertThat(report.read()).isEqualTo(40);
		assertThat(report.skipped()).containsExactly(Map.entry("cameo 999 not in the codebook", 40));
		assertThat(report.missing()).isEqualTo("the events' CAMEO codes in the mapping gdelt/cameo-mapping.tsv");
	}

	@Test
	void theSampleOnTheGazetteerMissesNothing() {
		ImportReport report = this.importer.importFiles(List.of(this.v2));
		assertThat(report.written()).isEqualTo(168);
		assertThat(report.missing()).isNull();
		assertThat(report.summary()).startsWith("gdelt import of 1 file: 2111 read, 168 written, ");
	}

	@Test
	void aZipWithSomethingElseInsideImportsItsCsvAndRejectsTheRest() throws IOException {
		Path zip = this.dir.resolve("20191024143000.export.CSV.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("20191024143000.export.CSV"));
			out.write(Files.readAllBytes(this.v2));
			out.closeEntry();
			out.putNextEntry(new java.util.zip.ZipEntry("notes.docx"));
			out.write(new byte[] { 'P', 'K', 3, 4 });
			out.closeEntry();
		}
		ImportReport report = this.importer.importFiles(List.of(zip));
		assertThat(report.read()).isEqualTo(2111);
		assertThat(report.rejected()).singleElement()
			.satisfies(r -> assertThat(r.file()).endsWith("!notes.docx"));
		assertThat(claims()).isPositive();
		assertThat(count("MATCH (d:Document {id: $id}) RETURN count(d)", Map.of("id", "gdelt:" + zip.getFileName())))
			.isEqualTo(1);
	}

}
