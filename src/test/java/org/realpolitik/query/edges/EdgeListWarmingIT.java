package org.realpolitik.query.edges;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** After this instance derives edges, the edge list is loaded again in the background, so the next analysis is warm. */
@TestPropertySource(properties = "realpolitik.influence.warm-after=100ms")
class EdgeListWarmingIT extends GraphTest {

	@Autowired
	SignedEdgeCache cache;

	@Autowired
	CuratedImporter importer;

	@Test
	void anImportIsFollowedByABackgroundLoadAndTheNextUseLoadsNothing() throws InterruptedException {
		long before = this.cache.loads();
		this.importer.importFiles(List.of(Path.of("src/test/resources/curated/actors.yaml"),
				Path.of("src/test/resources/curated/claims.yaml")));
		long deadline = System.currentTimeMillis() + 10_000;
		while (this.cache.loads() == before && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.cache.loads()).as("loaded in the background after the derivation").isEqualTo(before + 1);
		SignedEdges edges = this.cache.current();
		assertThat(edges.indexOf("russia")).isGreaterThanOrEqualTo(0);
		assertThat(this.cache.loads()).as("the analysis found the list warm").isEqualTo(before + 1);
	}

}
