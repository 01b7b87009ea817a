package org.realpolitik.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every edge carries its validity as two bounds, validFrom and validUntil, which every "valid at $asOf" query reads:
 * derivation writes them, and migration V0012 fills them in on edges derived before it.
 */
class EdgeValidityIT extends GraphTest {

	static final LocalDate SMALLEST = LocalDate.MIN;

	static final LocalDate LARGEST = LocalDate.MAX;

	@Autowired
	CuratedImporter importer;

	@TempDir
	Path folder;

	@Test
	void derivationWritesTheBoundsOfOpenClosedAndEndedEdges() throws IOException {
		Path file = this.folder.resolve("validity.yaml");
		Files.writeString(file, """
				format: 1
				actors:
				  - {id: aa, name: Aa, kind: state}
				  - {id: bb, name: Bb, kind: state}
				claims:
				  - {subject: aa, type: SANCTIONED, object: bb, from: 2003}
				  - {subject: aa, type: RECOGNISED, object: bb, from: 1996, until: 2001}
				  - {subject: aa, type: ARMED, object: bb, from: 2010}
				  - {subject: aa, type: ARMED, object: bb, polarity: ended}
				  - {subject: bb, type: OPPOSES, object: aa}
				""");
		assertThat(this.importer.importFiles(List.of(file)).rejected()).isEmpty();

		assertThat(bounds("SANCTIONED")).containsExactly(LocalDate.of(2003, 1, 1), LARGEST);
		assertThat(bounds("RECOGNISED")).containsExactly(LocalDate.of(1996, 1, 1), LocalDate.of(2001, 12, 31));
		// ended at an unknown date: valid at no date
		assertThat(bounds("ARMED")).containsExactly(LocalDate.of(2010, 1, 1), SMALLEST);
		assertThat(bounds("OPPOSES")).containsExactly(SMALLEST, LARGEST);
		assertThat(count("MATCH (:Actor)-[r]->(:Actor) WHERE r.validFrom <= date('2000-06-01') <= r.validUntil "
				+ "RETURN count(r)")).isEqualTo(2);
	}

	@Test
	void theMigrationFillsInTheBoundsOfEdgesDerivedBeforeIt() {
		this.driver.executableQuery("""
				CREATE (a:Actor {id: 'aa'})-[:SANCTIONED {pair: 'aa bb', fromDate: date('2003-01-01'), ended: false}]->
				       (b:Actor {id: 'bb'}),
				       (a)-[:ARMED {pair: 'aa bb', fromDate: date('2010-01-01'), ended: true}]->(b),
				       (b)-[:OPPOSES {pair: 'bb aa', untilDate: date('2001-12-31'), ended: true}]->(a)
				""").execute();
		SchemaMigrations.Migration v12 = SchemaMigrations.discover(GraphConfiguration.MIGRATIONS)
			.stream()
			.filter(m -> m.version() == 12)
			.findFirst()
			.orElseThrow();
		try (var session = this.driver.session()) {
			// CALL { ... } IN TRANSACTIONS needs an implicit transaction, as SchemaMigrations runs it
			v12.statements().forEach(statement -> session.run(statement).consume());
		}

		assertThat(bounds("SANCTIONED")).containsExactly(LocalDate.of(2003, 1, 1), LARGEST);
		assertThat(bounds("ARMED")).containsExactly(LocalDate.of(2010, 1, 1), SMALLEST);
		assertThat(bounds("OPPOSES")).containsExactly(SMALLEST, LocalDate.of(2001, 12, 31));
	}

	private List<LocalDate> bounds(String type) {
		var record = this.driver.executableQuery("MATCH (:Actor)-[r]->(:Actor) WHERE type(r) = $type "
				+ "RETURN r.validFrom AS validFrom, r.validUntil AS validUntil")
			.withParameters(Map.of("type", type))
			.execute()
			.records()
			.get(0);
		return List.of(record.get("validFrom").asLocalDate(), record.get("validUntil").asLocalDate());
	}

}
