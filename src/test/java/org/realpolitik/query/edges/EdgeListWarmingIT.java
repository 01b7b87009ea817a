package org.realpolitik.query.edges;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge list is loaded in the background once the web server is up, and again after this instance derives edges,
 * so the next analysis is warm.
 */
@TestPropertySource(properties = "realpolitik.influence.warm-after=100ms")
class EdgeListWarmingIT extends GraphTest {

	@Autowired
	EdgeListCache cache;

	@Autowired
	CuratedImporter importer;

	/** Once the web server is up the list is loaded in the background, before any analysis asks for it. */
	@org.junit.jupiter.api.BeforeEach
	void startUpLoadIsDone() {
		org.awaitility.Awaitility.await("the start-up load").atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.cache.loads() > 0);
	}

	@Test
	void theListIsLoadedInTheBackgroundOnceTheWebServerIsUp() {
		assertThat(this.cache.loads()).as("loaded at start-up, though nothing asked").isPositive();
	}

	@Test
	void anImportIsFollowedByABackgroundLoadAndTheNextUseLoadsNothing() throws InterruptedException {
		long before = this.cache.loads();
		this.importer.importFiles(List.of(Path.of("src/test/resources/curated/actors.yaml"),
				Path.of("src/test/resources/curated/claims.yaml")));
		// the import derives in more than one batch, each followed by a warm-up 100 ms later: wait until the
		// background work has been quiet for well over that
		long deadline = System.currentTimeMillis() + 10_000;
		long seen = -1;
		long quietSince = System.currentTimeMillis();
		while (System.currentTimeMillis() < deadline) {
			long now = this.cache.loads() + this.cache.patches();
			if (now != seen) {
				seen = now;
				quietSince = System.currentTimeMillis();
			}
			else if (this.cache.loads() > before && System.currentTimeMillis() - quietSince > 1_000) {
				break;
			}
			Thread.sleep(50);
		}
		long warmed = this.cache.loads();
		assertThat(warmed).as("loaded in the background after the derivation").isGreaterThan(before);
		EdgeList edges = this.cache.current();
		assertThat(edges.indexOf("russia")).isGreaterThanOrEqualTo(0);
		assertThat(this.cache.loads()).as("the analysis found the list warm").isEqualTo(warmed);
	}

}
