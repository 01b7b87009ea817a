package org.realpolitik.query.edges;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the analytics (influence, balance, blocs) hold their edge list and use GDS ({@code realpolitik.influence.*},
 * documented in docs/analytics.md and docs/configuration.md).
 *
 * @param cache          keep the edge list between requests until the edge version changes; false: every
 *                       request loads it
 * @param warmAfter      after this instance derived edges, bring the list up to date in the background once
 *                       derivations have been quiet this long (and load it once the web server is up); negative: never
 * @param useGds         compute PageRank (influence) and Leiden (blocs) with Neo4j Graph Data Science when the
 *                       database has it; false, or a database without GDS: the service's own implementations
 * @param gdsProjections how many GDS projections this instance keeps for reuse (each holds the weighted edges of one
 *                       request's types, sign, direction and date); the least recently used one is dropped
 */
@ConfigurationProperties("realpolitik.influence")
public record EdgeListSettings(@DefaultValue("true") boolean cache, @DefaultValue("5s") Duration warmAfter,
		@DefaultValue("true") boolean useGds, @DefaultValue("8") int gdsProjections) {

	public EdgeListSettings {
		if (warmAfter == null) {
			throw new IllegalArgumentException("realpolitik.influence.warm-after must be a duration, e.g. 5s");
		}
		if (gdsProjections < 1) {
			throw new IllegalArgumentException("realpolitik.influence.gds-projections must be at least 1");
		}
	}

	/** The defaults: cache on, warm after 5 s, GDS where the database has it, 8 projections kept. */
	public static EdgeListSettings defaults() {
		return new EdgeListSettings(true, Duration.ofSeconds(5), true, 8);
	}

}
