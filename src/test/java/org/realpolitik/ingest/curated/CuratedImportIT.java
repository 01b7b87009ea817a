package org.realpolitik.ingest.curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Reject;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CuratedImportIT extends GraphTest {

	static final Path FIXTURES = Path.of("src/test/resources/curated");

	@Autowired
	CuratedImporter importer;

	@TempDir
	Path temp;

	ImportReport importFixtures() {
		return this.importer.importFiles(List.of(FIXTURES.resolve("actors.yaml"), FIXTURES.resolve("claims.yaml")));
	}

	@Test
	void importsActorsAndClaimsAndDerivesOnlyTheEdgesFactsAndAllegationsSupport() {
		ImportReport report = importFixtures();
		assertThat(report.rejected()).isEmpty();
		assertThat(report.counts()).containsEntry("actors new", 7).containsEntry("claims new", 10);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
		assertThat(count("MATCH (c:Claim)-[:STATED_IN]->(:Document {id: 'curated:claims.yaml'}) RETURN count(c)"))
			.isEqualTo(10);
		assertThat(count("MATCH (:Actor {id: 'russia'})-[r:RECOGNISED]->(:Actor {id: 'taliban'}) "
				+ "WHERE r.from = '2025-07-03' AND r.fromDate = date('2025-07-03') AND r.claims = 1 AND r.sources = 1 "
				+ "AND r.sign = 1 AND r.goldstein = 6.0 AND r.until IS NULL RETURN count(r)")).isEqualTo(1);
		// negated and hypothetical claims are stored but draw no edge
		assertThat(count("MATCH (:Actor {id: 'united-states'})-[r:RECOGNISED]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH (:Actor {id: 'india'})-[r]->() RETURN count(r)")).isZero();
		// an allegation draws a flagged edge
		assertThat(count("MATCH (:Actor {id: 'russia'})-[r:ARMED {alleged: true}]->(:Actor {id: 'taliban'}) RETURN count(r)"))
			.isEqualTo(1);
		// an ending closes the edge at its date, with the precision of both dates kept
		assertThat(count("MATCH (:Actor {id: 'russia'})-[r:SANCTIONED]->(:Actor {id: 'taliban'}) "
				+ "WHERE r.from = '2003' AND r.fromDate = date('2003-01-01') AND r.until = '2025-04-17' AND r.ended "
				+ "AND r.claims = 2 AND r.sources = 2 RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor {id: 'pakistan'})-[r:RECOGNISED]->() "
				+ "WHERE r.until = '2001' AND r.untilDate = date('2001-12-31') AND NOT r.ended RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void anActorsLifetimeIsStored() throws IOException {
		Path file = this.temp.resolve("states.yaml");
		Files.writeString(file, """
				actors:
				  - id: soviet-union
				    name: Soviet Union
				    kind: state
				    from: 1922-12-30
				    until: 1991-12-25
				""");
		ImportReport report = this.importer.importFiles(List.of(file));
		assertThat(report.rejected()).isEmpty();
		assertThat(count("MATCH (a:Actor {id: 'soviet-union'}) WHERE a.existedFrom = '1922-12-30' "
				+ "AND a.existedUntil = '1991-12-25' RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void importingAgainChangesNothing() {
		importFixtures();
		Map<String, Object> before = snapshot();
		ImportReport again = importFixtures();
		assertThat(again.written()).isZero();
		assertThat(again.counts()).containsEntry("claims unchanged", 10).containsEntry("actors new", 0);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void badRecordsAreReportedWithFileLineAndReasonAndTheGoodOnesImported() {
		importFixtures();
		ImportReport report = this.importer.importFiles(List.of(FIXTURES.resolve("bad.yaml")));
		assertThat(report.rejected()).extracting(Reject::toString)
			.containsExactlyInAnyOrder(
					"bad.yaml:6: actor id 'Jaish' must be lower-case letters, digits and single hyphens",
					"bad.yaml:18: unknown relationship type 'BEFRIENDED'; allowed: RECOGNISED, ARMED, SANCTIONED, OPPOSES, ATTACKED, SUPPORTS, ENGAGES, MEMBER_OF, SUCCESSOR_OF",
					"bad.yaml:14: unknown actor 'jaish-e-mohammed'; define it under 'actors' in this or another curated file");
		assertThat(count("MATCH (:Actor {id: 'pakistan'})-[r:SUPPORTS {alleged: true}]->(:Actor {id: 'lashkar-e-taiba'}) RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void aNewVersionOfAFileReplacesItsClaimsButABrokenOneLosesNothing() throws IOException {
		importFixtures();
		Path file = this.temp.resolve("analyst.yaml");
		Files.writeString(file, """
				claims:
				  - {subject: united-states, type: ENGAGES, object: taliban, from: 2020-02-29}
				  - {subject: pakistan, type: SUPPORTS, object: taliban}
				""");
		this.importer.importFiles(List.of(file));
		assertThat(count("MATCH ()-[r:ENGAGES|SUPPORTS]->() RETURN count(r)")).isEqualTo(2);

		Files.writeString(file, """
				claims:
				  - {subject: united-states, type: ENGAGES, object: taliban, from: 2020-02-29}
				""");
		ImportReport second = this.importer.importFiles(List.of(file));
		assertThat(second.removed()).isEqualTo(1);
		assertThat(count("MATCH ()-[r:SUPPORTS]->() RETURN count(r)")).isZero();

		Map<String, Object> before = snapshot();
		Files.writeString(file, """
				claims:
				  - {subject: united-states, type: ENGAGES, object: taliban, from: 2020-02-29
				""");
		ImportReport broken = this.importer.importFiles(List.of(file));
		assertThat(broken.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not valid YAML"));
		assertThat(snapshot()).isEqualTo(before);

		Files.writeString(file, """
				claims:
				  - {subject: pakistan, type: SUPPORTS, object: taliban}
				  - {subject: pakistan, type: SUPPORTS, object: nobody-known}
				""");
		ImportReport partial = this.importer.importFiles(List.of(file));
		assertThat(partial.rejected()).hasSize(1);
		assertThat(partial.removed()).isZero();
		assertThat(count("MATCH ()-[r:ENGAGES]->() RETURN count(r)")).as("kept while the file has a bad record")
			.isEqualTo(1);
		assertThat(count("MATCH ()-[r:SUPPORTS]->() RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void missingFilesAndFoldersAreReportedAndTheOthersImported() {
		ImportReport report = this.importer.importFiles(List.of(this.temp.resolve("nope.yaml"), FIXTURES));
		assertThat(report.rejected()).extracting(Reject::reason).contains("no such file");
		assertThat(report.files()).hasSize(4);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(8);
	}

	@Test
	void deletingADocumentRemovesItsClaimsAndDerivesTheEdgesAgain(@Autowired org.realpolitik.claim.ClaimStore claims) {
		importFixtures();
		Path file = this.temp.resolve("extra.yaml");
		try {
			Files.writeString(file, """
					claims:
					  - {subject: russia, type: RECOGNISED, object: taliban, from: 2025-07, source: "other report"}
					  - {subject: united-states, type: SANCTIONED, object: islamic-state}
					""");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.importer.importFiles(List.of(file));
		assertThat(count("MATCH (:Actor {id: 'russia'})-[r:RECOGNISED {claims: 2, from: '2025-07'}]->() RETURN count(r)"))
			.isEqualTo(1);

		assertThat(claims.deleteDocument("curated:extra.yaml")).isTrue();
		assertThat(count("MATCH (:Actor {id: 'russia'})-[r:RECOGNISED {claims: 1, from: '2025-07-03'}]->() RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH ()-[r:SANCTIONED]->(:Actor {id: 'islamic-state'}) RETURN count(r)")).isZero();
		assertThat(count("MATCH (d:Document {id: 'curated:extra.yaml'}) RETURN count(d)")).isZero();
		assertThat(claims.deleteDocument("curated:extra.yaml")).isFalse();
	}

	/** Every node and relationship outside the migrations, as comparable text. */
	private Map<String, Object> snapshot() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE NOT n:__Migration AND NOT n:__EdgeChange
				WITH count(n) AS nodes
				OPTIONAL MATCH (s)-[r]->(o)
				WITH nodes, s.id + ' ' + type(r) + ' ' + o.id + ' ' + coalesce(r.from, '') + ' ' + coalesce(r.until, '')
				            + ' ' + coalesce(toString(r.claims), '') + ' ' + coalesce(toString(r.ended), '') AS edge
				ORDER BY edge
				RETURN nodes, collect(edge) AS edges
				""").execute().records().get(0).asMap();
	}

}
