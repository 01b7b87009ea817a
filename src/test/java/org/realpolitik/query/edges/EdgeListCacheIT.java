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
class EdgeListCacheIT extends GraphTest {

	@Autowired
	EdgeListCache cache;

	@Autowired
	Graph graph;

	@Autowired
	CuratedImporter importer;

	@Test
	void withoutAnEdgeVersionEveryUseLoads() {
		HandBuiltGraph.standard().writeTo(this.driver);
		long loads = this.cache.loads();
		EdgeList edges = this.cache.current();
		// every edge: MEMBER_OF (sign 0) too, which the signed analytics leave out, and the one that ended at an
		// unknown date, which is valid at no date
		assertThat(edges.size()).isEqualTo(9);
		assertThat(java.util.stream.IntStream.range(0, edges.size()).filter(edges::signed).count()).isEqualTo(8);
		assertThat(java.util.stream.IntStream.range(0, edges.size())
			.filter(e -> edges.validAt(e, java.time.LocalDate.of(2003, 6, 1).toEpochDay()))
			.count()).isEqualTo(7);
		this.cache.current();
		assertThat(this.cache.loads()).isEqualTo(loads + 2);
	}

	@Test
	void theListIsKeptUntilTheEdgeVersionChanges() {
		HandBuiltGraph.standard().writeTo(this.driver);
		bump();
		long loads = this.cache.loads();
		EdgeList first = this.cache.current();
		assertThat(this.cache.current()).isSameAs(first);
		assertThat(this.cache.loads()).isEqualTo(loads + 1);
		new HandBuiltGraph().edge("x", RelationshipType.ATTACKED, "y").writeTo(this.driver);
		assertThat(this.cache.current()).isSameAs(first);
		bump();
		EdgeList second = this.cache.current();
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
		EdgeList edges = this.cache.current();
		assertThat(edges.size()).isPositive();
		assertThat(this.cache.current()).isSameAs(edges);
		// every derivation batch counts: epoch/version, the version at least 1
		assertThat(afterImport).matches("[0-9a-f-]{36}/[1-9][0-9]*");
	}

	@Test
	void aListBehindIsPatchedWithTheEdgesTheNewerVersionsChanged() {
		HandBuiltGraph.standard().writeTo(this.driver);
		bump();
		EdgeList before = this.cache.current();
		long loads = this.cache.loads();
		long patches = this.cache.patches();
		// a new edge with a new actor, an edge gone, an edge changed, each recorded as derivation records it
		new HandBuiltGraph().edge("x", RelationshipType.ATTACKED, "a").writeTo(this.driver);
		bump("ATTACKED", List.of(Map.of("subject", "x", "object", "a")));
		this.driver.executableQuery("MATCH (:Actor {id: 'a'})-[r:ARMED]->(:Actor {id: 'b'}) DELETE r").execute();
		this.driver.executableQuery("MATCH (:Actor {id: 'b'})-[r:SUPPORTS]->(:Actor {id: 'c'}) SET r.claims = 7")
			.execute();
		bump("ARMED", List.of(Map.of("subject", "a", "object", "b")));
		bump("SUPPORTS", List.of(Map.of("subject", "b", "object", "c"), Map.of("subject", "nobody", "object", "c")));
		EdgeList patched = this.cache.current();
		assertThat(this.cache.patches()).isEqualTo(patches + 1);
		assertThat(this.cache.loads()).isEqualTo(loads);
		assertThat(rows(patched)).contains("x ATTACKED a", "b SUPPORTS c claims=7")
			.doesNotContain("a ARMED b", "b SUPPORTS c claims=1");
		assertThat(patched.size()).isEqualTo(before.size());
		assertThat(patched.actor(patched.indexOf("x"))).isEqualTo("x");
		// exactly what a fresh load gives, and the actor table still sorted
		this.cache.clear();
		EdgeList loaded = this.cache.current();
		assertThat(rows(patched)).containsExactlyInAnyOrderElementsOf(rows(loaded));
		for (int i = 1; i < patched.actorCount(); i++) {
			assertThat(patched.actor(i - 1)).isLessThan(patched.actor(i));
		}
	}

	@Test
	void aVersionThatRecordedNoChangeMakesTheNextUseLoadTheWholeList() {
		HandBuiltGraph.standard().writeTo(this.driver);
		bump();
		this.cache.current();
		long loads = this.cache.loads();
		long patches = this.cache.patches();
		bump("ATTACKED", List.of(Map.of("subject", "e", "object", "d")));
		bump();
		this.cache.current();
		assertThat(this.cache.loads()).isEqualTo(loads + 1);
		assertThat(this.cache.patches()).isEqualTo(patches);
	}

	@Test
	void anotherImportPatchesTheListWithTheEdgesItDerived() {
		this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")));
		EdgeList first = this.cache.current();
		long loads = this.cache.loads();
		long patches = this.cache.patches();
		var report = this.importer.importFiles(List.of(Path.of("src/test/resources/curated/actors.yaml"),
				Path.of("src/test/resources/curated/claims.yaml")));
		assertThat(report.rejected()).isEmpty();
		EdgeList patched = this.cache.current();
		assertThat(this.cache.patches()).isEqualTo(patches + 1);
		assertThat(this.cache.loads()).isEqualTo(loads);
		assertThat(patched.size()).isGreaterThan(first.size());
		this.cache.clear();
		assertThat(rows(patched)).containsExactlyInAnyOrderElementsOf(rows(this.cache.current()));
	}

	@Test
	void aSmallListBehindIsPatchedBeforeItIsHandedOutWithoutWaiting() {
		this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")));
		EdgeList first = this.cache.current();
		long patches = this.cache.patches();
		this.importer.importFiles(List.of(Path.of("src/test/resources/curated/actors.yaml"),
				Path.of("src/test/resources/curated/claims.yaml")));
		// right after the import, what the import derived is there: no stale list is handed out
		EdgeList recent = this.cache.currentOrRecent();
		assertThat(recent).isNotSameAs(first);
		assertThat(recent.size()).isGreaterThan(first.size());
		assertThat(this.cache.patches()).isEqualTo(patches + 1);
	}

	@Test
	void derivationKeepsTheChangesOfTheLast500VersionsOnly() {
		this.driver.executableQuery("""
				CREATE (:__EdgeVersion {id: 'edges', epoch: 'e', version: 1000})
				WITH 1 AS one UNWIND range(1, 1000) AS v
				CREATE (:__EdgeChange {epoch: 'e', version: v, type: 'ARMED', subjects: [], objects: []})""").execute();
		this.importer.importFiles(List.of(Path.of("src/test/resources/curated/actors.yaml"),
				Path.of("src/test/resources/curated/claims.yaml")));
		long newest = this.graph.readOne("MATCH (v:__EdgeVersion) RETURN v.version AS v", Map.of(),
				r -> r.get("v").asLong());
		long oldest = this.graph.readOne("MATCH (c:__EdgeChange) RETURN min(c.version) AS v, count(c) AS n", Map.of(),
				r -> r.get("v").asLong());
		assertThat(newest).isGreaterThan(1000);
		assertThat(oldest).isEqualTo(newest - 499);
	}

	/** Each edge as "subject TYPE object", with its claims when they are not 1. */
	private static List<String> rows(EdgeList edges) {
		List<String> rows = new java.util.ArrayList<>();
		for (int e = 0; e < edges.size(); e++) {
			String row = edges.actor(edges.subject(e)) + " " + edges.type(e) + " " + edges.actor(edges.object(e));
			rows.add(edges.claims(e) == 1 ? row : row + " claims=" + edges.claims(e));
		}
		return rows;
	}

	private void bump() {
		bump(null, null);
	}

	/** Bumps the version recording {@code pairs} of {@code type} as its change (null: no record). */
	private void bump(String type, List<Map<String, Object>> pairs) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("type", type);
		parameters.put("pairs", pairs);
		this.graph.write(CypherFiles.query("edges-version-bump"), parameters);
	}

	private String version() {
		return this.graph.readOne(CypherFiles.query("edges-version"), Map.of(), r -> r.get("version").asString());
	}

}
