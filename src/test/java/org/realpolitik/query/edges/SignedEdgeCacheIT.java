package org.realpolitik.query.edges;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.influence.HandBuiltGraph;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge list cache: kept while the edge version stands, reloaded when it changes, never kept without one. */
class SignedEdgeCacheIT extends GraphTest {

	@Autowired
	SignedEdgeCache cache;

	@Autowired
	Graph graph;

	@Autowired
	CuratedImporter importer;

	@Test
	void withoutAnEdgeVersionEveryUseLoads() {
		HandBuiltGraph.standard().writeTo(this.driver);
		long loads = this.cache.loads();
		SignedEdges edges = this.cache.current();
		// the signed edges, without MEMBER_OF (sign 0) and the one that ended at an unknown date
		assertThat(edges.size()).isEqualTo(7);
		this.cache.current();
		assertThat(this.cache.loads()).isEqualTo(loads + 2);
	}

	@Test
	void theListIsKeptUntilTheEdgeVersionChanges() {
		HandBuiltGraph.standard().writeTo(this.driver);
		bump();
		long loads = this.cache.loads();
		SignedEdges first = this.cache.current();
		assertThat(this.cache.current()).isSameAs(first);
		assertThat(this.cache.loads()).isEqualTo(loads + 1);
		new HandBuiltGraph().edge("x", RelationshipType.ATTACKED, "y").writeTo(this.driver);
		assertThat(this.cache.current()).isSameAs(first);
		bump();
		SignedEdges second = this.cache.current();
		assertThat(second.size()).isEqualTo(first.size() + 1);
		assertThat(second.indexOf("x")).isGreaterThanOrEqualTo(0);
		assertThat(this.cache.loads()).isEqualTo(loads + 2);
	}

	@Test
	void derivationBumpsTheEdgeVersion() {
		assertThat(version()).isNull();
		var report = this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")));
		assertThat(report.rejected()).isEmpty();
		String afterImport = version();
		assertThat(afterImport).isNotNull();
		SignedEdges edges = this.cache.current();
		assertThat(edges.size()).isPositive();
		assertThat(this.cache.current()).isSameAs(edges);
		// every derivation batch counts: epoch/version, the version at least 1
		assertThat(afterImport).matches("[0-9a-f-]{36}/[1-9][0-9]*");
	}

	private void bump() {
		this.graph.write(CypherFiles.query("edges-version-bump"), Map.of());
	}

	private String version() {
		return this.graph.readOne(CypherFiles.query("edges-version"), Map.of(), r -> r.get("version").asString());
	}

}
