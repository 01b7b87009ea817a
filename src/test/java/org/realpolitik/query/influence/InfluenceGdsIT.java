package org.realpolitik.query.influence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.realpolitik.RealpolitikApplication;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The GDS path, on the embedded database (which registers GDS): the same scores as the service's own PageRank, and
 * no projection left behind.
 */
class InfluenceGdsIT {

	static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

	@TempDir
	Path data;

	@Test
	void gdsAndTheServiceGiveTheSameRankingScoresAndPaths() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (var context = new SpringApplicationBuilder(RealpolitikApplication.class).web(WebApplicationType.NONE)
			.run("--realpolitik.data-dir=" + this.data, "--realpolitik.import-seeds=false",
					"--realpolitik.influence.use-gds=true",
					"--realpolitik.embedded.bolt-port=" + port, "--realpolitik.embedded.page-cache=32m")) {
			Driver driver = context.getBean(Driver.class);
			HandBuiltGraph.standard().writeTo(driver);
			InfluenceQueries gds = context.getBean(InfluenceQueries.class);
			InfluenceSettings defaults = InfluenceSettings.defaults();
			InfluenceQueries service = new InfluenceQueries(context.getBean(Graph.class),
					context.getBean(org.realpolitik.actor.ActorStore.class),
					new InfluenceSettings(defaults.halfLife(), 0.85, 20, 1.0E-7, false));
			assertThat(gds.gdsAvailable()).isTrue();
			assertThat(service.gdsAvailable()).isFalse();

			for (Sign sign : Sign.values()) {
				for (Direction direction : Direction.values()) {
					var query = new InfluenceQuery(List.of(RelationshipType.values()), sign, direction, AS_OF, 20);
					Ranking byGds = gds.rank(query);
					Ranking byService = service.rank(query);
					assertThat(byGds.algorithm()).isEqualTo(InfluenceQueries.GDS_RANKING);
					assertThat(byGds.ranking()).extracting(r -> r.actor().id())
						.as(sign + " " + direction)
						.containsExactlyElementsOf(byService.ranking().stream().map(r -> r.actor().id()).toList());
					for (int i = 0; i < byGds.ranking().size(); i++) {
						assertThat(byGds.ranking().get(i).score()).isCloseTo(byService.ranking().get(i).score(),
								within(1e-6));
						var expected = byService.ranking().get(i).explanation();
						var actual = byGds.ranking().get(i).explanation();
						assertThat(actual).extracting(c -> c.type() + " " + c.counterpart().id())
							.containsExactlyElementsOf(expected.stream().map(c -> c.type() + " " + c.counterpart().id()).toList());
						for (int j = 0; j < actual.size(); j++) {
							assertThat(actual.get(j).contribution()).isCloseTo(expected.get(j).contribution(), within(1e-6));
						}
					}
					Around aroundGds = gds.around("a", query);
					Around aroundService = service.around("a", query);
					assertThat(aroundGds.algorithm()).isEqualTo(InfluenceQueries.GDS_PERSONALISED);
					assertThat(aroundGds.ranking()).extracting(r -> r.actor().id())
						.containsExactlyElementsOf(aroundService.ranking().stream().map(r -> r.actor().id()).toList());
					for (int i = 0; i < aroundGds.ranking().size(); i++) {
						assertThat(aroundGds.ranking().get(i).score())
							.isCloseTo(aroundService.ranking().get(i).score(), within(1e-6));
						assertThat(aroundGds.ranking().get(i).paths()).isEqualTo(aroundService.ranking().get(i).paths());
					}
				}
			}
			var ranking = gds.rank(new InfluenceQuery(List.of(RelationshipType.values()), Sign.POSITIVE, Direction.OUT,
					AS_OF, 20));
			assertThat(ranking.ranking()).extracting(r -> r.actor().id()).containsExactly("a", "b", "c");
			assertThat(driver.executableQuery("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).as("projections are dropped").isZero();
		}
	}

}
