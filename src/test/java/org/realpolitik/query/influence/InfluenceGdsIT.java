package org.realpolitik.query.influence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.realpolitik.RealpolitikApplication;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.query.balance.BalanceQueries;
import org.realpolitik.query.edges.GdsProjections;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The GDS path, on the embedded database (which registers GDS), as the service uses it by default: the same scores,
 * explanations and paths as the service's own PageRank; projections reused while the edges stand and dropped when
 * they change; blocs by Leiden; and the Browser's Cypher (influence-project, influence-pagerank, influence-explain)
 * agreeing with the service.
 */
class InfluenceGdsIT {

	static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

	static Path data;

	static ConfigurableApplicationContext context;

	static Driver driver;

	InfluenceQueries gds;

	InfluenceQueries service;

	@BeforeAll
	static void start() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		data = Files.createTempDirectory("realpolitik-gds-it");
		context = new SpringApplicationBuilder(RealpolitikApplication.class).web(WebApplicationType.NONE)
			.run("--realpolitik.data-dir=" + data, "--realpolitik.import-seeds=false",
					"--realpolitik.influence.warm-after=-1s", "--realpolitik.influence.gds-projections=3",
					"--realpolitik.embedded.bolt-port=" + port, "--realpolitik.embedded.page-cache=32m");
		driver = context.getBean(Driver.class);
	}

	@AfterAll
	static void stop() {
		context.close();
		FileSystemUtils.deleteRecursively(data.toFile());
	}

	@BeforeEach
	void handBuilt() {
		HandBuiltGraph.standard()
			.edge("p", RelationshipType.ARMED, "q")
			.edge("q", RelationshipType.OPPOSES, "p")
			.edge("r", RelationshipType.SUPPORTS, "s")
			.writeTo(driver);
		bump();
		this.gds = context.getBean(InfluenceQueries.class);
		this.service = this.gds.withoutGds();
	}

	@AfterEach
	void empty() {
		context.getBean(GdsProjections.class).dropAll();
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

	@Test
	void gdsAndTheServiceGiveTheSameRankingScoresAndPaths() {
		assertThat(this.gds.gdsAvailable()).isTrue();
		assertThat(this.service.gdsAvailable()).isFalse();
		for (Sign sign : Sign.values()) {
			for (Direction direction : Direction.values()) {
				var query = new InfluenceQuery(List.of(RelationshipType.values()), sign, direction, AS_OF, 20);
				Ranking byGds = this.gds.rank(query);
				Ranking byService = this.service.rank(query);
				assertThat(byGds.algorithm()).isEqualTo(InfluenceQueries.GDS_RANKING);
				assertThat(byService.algorithm()).isEqualTo(InfluenceQueries.SERVICE_RANKING);
				assertThat(byGds.ranking()).extracting(r -> r.actor().id())
					.as(sign + " " + direction)
					.containsExactlyElementsOf(byService.ranking().stream().map(r -> r.actor().id()).toList());
				for (int i = 0; i < byGds.ranking().size(); i++) {
					assertThat(byGds.ranking().get(i).score()).isCloseTo(byService.ranking().get(i).score(),
							within(1e-6));
					var expected = byService.ranking().get(i).explanation();
					var actual = byGds.ranking().get(i).explanation();
					assertThat(actual).extracting(c -> c.type() + " " + c.counterpart().id())
						.containsExactlyElementsOf(
								expected.stream().map(c -> c.type() + " " + c.counterpart().id()).toList());
					for (int j = 0; j < actual.size(); j++) {
						assertThat(actual.get(j).contribution()).isCloseTo(expected.get(j).contribution(),
								within(1e-6));
					}
				}
				Around aroundGds = this.gds.around("a", query);
				Around aroundService = this.service.around("a", query);
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
		var ranking = this.gds
			.rank(new InfluenceQuery(List.of(RelationshipType.values()), Sign.POSITIVE, Direction.OUT, AS_OF, 20));
		assertThat(ranking.ranking()).extracting(r -> r.actor().id()).containsSubsequence("a", "b", "c");
	}

	@Test
	void anActorWithNoEdgesOfTheQueryHasNobodyAroundIt() {
		var query = new InfluenceQuery(List.of(RelationshipType.SANCTIONED), Sign.ALL, Direction.OUT, AS_OF, 20);
		assertThat(this.gds.around("c", query).ranking()).isEmpty();
		assertThat(this.service.around("c", query).ranking()).isEmpty();
	}

	@Test
	void aProjectionIsReusedWhileTheEdgesStandAndDroppedWhenTheyChange() {
		var query = new InfluenceQuery(List.of(RelationshipType.values()), Sign.ALL, Direction.OUT, AS_OF, 20);
		this.gds.rank(query);
		this.gds.rank(query);
		assertThat(projections()).as("one projection serves the same types, sign, direction and date").hasSize(1);
		// whom an actor shapes follows the edges; the ranking of influence exerted runs against them
		this.gds.around("a", query);
		this.gds.around("b", query);
		assertThat(projections()).hasSize(2);
		this.gds.rank(new InfluenceQuery(query.types(), query.sign(), query.direction(), AS_OF.minusYears(1), 20));
		this.gds.rank(new InfluenceQuery(query.types(), Sign.POSITIVE, query.direction(), AS_OF, 20));
		assertThat(projections()).as("realpolitik.influence.gds-projections=3 are kept").hasSize(3);
		new HandBuiltGraph().edge("t", RelationshipType.ARMED, "a").writeTo(driver);
		bump();
		Ranking after = this.gds.rank(query);
		assertThat(projections()).as("the edges changed: the old projections are gone").hasSize(1);
		assertThat(after.ranking()).extracting(r -> r.actor().id()).contains("t");
		context.getBean(GdsProjections.class).dropAll();
		assertThat(projections()).isEmpty();
	}

	@Test
	void afterTheEdgeListIsWarmedTheDefaultRequestsFindTheirProjectionsMade() {
		context.publishEvent(new org.realpolitik.query.edges.EdgeListWarmed());
		assertThat(projections()).as("default ranking, default personalised ranking, today's blocs").hasSize(3);
		var query = new InfluenceQuery(List.of(RelationshipType.values()), Sign.ALL, Direction.OUT, LocalDate.now(), 20);
		this.gds.rank(query);
		this.gds.around("a", query);
		context.getBean(BalanceQueries.class).blocs(LocalDate.now(), 50);
		assertThat(projections()).as("each one reused, none made").hasSize(3);
	}

	@Test
	void afterTheEdgesChangeTheRecentlyUsedProjectionsAreMadeAgainInTheBackground() {
		var lastYear = new InfluenceQuery(List.of(RelationshipType.ARMED, RelationshipType.SANCTIONED), Sign.NEGATIVE,
				Direction.IN, AS_OF.minusYears(1), 20);
		this.gds.rank(lastYear);
		new HandBuiltGraph().edge("t", RelationshipType.SANCTIONED, "a").writeTo(driver);
		bump();
		context.publishEvent(new org.realpolitik.query.edges.EdgeListWarmed());
		List<String> prepared = projections();
		// the same types in another order need the same projection
		var again = new InfluenceQuery(List.of(RelationshipType.SANCTIONED, RelationshipType.ARMED), Sign.NEGATIVE,
				Direction.IN, AS_OF.minusYears(1), 20);
		Ranking ranking = this.gds.rank(again);
		assertThat(projections()).as("made in the background, none by the request").isEqualTo(prepared);
		assertThat(ranking.ranking()).extracting(r -> r.actor().id()).contains("t");
	}

	@Test
	void blocsAreLeidenCommunitiesOfThePositivePairs() {
		var blocs = context.getBean(BalanceQueries.class).blocs(AS_OF, 50);
		assertThat(blocs.algorithm()).isEqualTo("gds.leiden (weighted, positive pairs)");
		assertThat(blocs.blocs()).extracting(b -> b.members().stream().map(m -> m.id()).toList())
			.containsExactly(List.of("a", "b", "c"), List.of("p", "q"), List.of("r", "s"));
		assertThat(blocs.blocs().get(0).strongestTies()).extracting(p -> p.a().id() + "-" + p.b().id())
			.containsExactly("a-b", "b-c", "a-c");
		assertThat(context.getBean(BalanceQueries.class).blocs(AS_OF, 50)).isEqualTo(blocs);
	}

	@Test
	void theBrowserCypherGivesTheServiceScoresAndExplanations() {
		var query = new InfluenceQuery(List.of(RelationshipType.values()), Sign.ALL, Direction.OUT, AS_OF, 20);
		Ranking byService = this.service.rank(query);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("graph", "browser-check");
		parameters.put("reverse", true);
		parameters.put("types", query.types().stream().map(Enum::name).toList());
		parameters.put("signs", List.of(1, -1));
		parameters.put("asOf", AS_OF);
		parameters.put("halfLifeDays", InfluenceSettings.defaults().halfLifeDays());
		Map<String, Double> scores = new HashMap<>();
		try {
			driver.executableQuery(CypherFiles.query("influence-project")).withParameters(parameters).execute();
			driver.executableQuery(CypherFiles.query("influence-pagerank"))
				.withParameters(Map.of("graph", "browser-check", "sources", List.of(), "dampingFactor", 0.85,
						"maxIterations", 20, "tolerance", 1.0E-7))
				.execute()
				.records()
				.forEach(r -> scores.put(r.get("actor").asString(), r.get("score").asDouble()));
		}
		finally {
			driver.executableQuery("CALL gds.graph.drop('browser-check', false)").execute();
		}
		assertThat(scores).hasSameSizeAs(byService.ranking());
		byService.ranking()
			.forEach(r -> assertThat(scores.get(r.actor().id())).as(r.actor().id())
				.isCloseTo(r.score(), within(1e-6)));
		Map<String, Object> explain = new HashMap<>(parameters);
		explain.put("actors", byService.ranking().stream().map(r -> r.actor().id()).toList());
		Map<String, Double> weights = new HashMap<>();
		driver.executableQuery(CypherFiles.query("influence-explain"))
			.withParameters(explain)
			.execute()
			.records()
			.forEach(r -> weights.put(r.get("actor").asString() + " " + r.get("type").asString() + " "
					+ r.get("counterpart").asString(), r.get("weight").asDouble()));
		byService.ranking()
			.forEach(r -> r.explanation()
				.forEach(c -> assertThat(weights.get(r.actor().id() + " " + c.type() + " " + c.counterpart().id()))
					.isCloseTo(c.weight(), within(1e-9))));
	}

	private static void bump() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("type", null);
		parameters.put("pairs", null);
		driver.executableQuery(CypherFiles.query("edges-version-bump")).withParameters(parameters).execute();
	}

	/** This context's projections (other embedded databases in the JVM share GDS's catalogue). */
	private static List<String> projections() {
		String prefix = context.getBean(GdsProjections.class).prefix();
		return driver.executableQuery("CALL gds.graph.list() YIELD graphName RETURN graphName")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("graphName").asString())
			.filter(name -> name.startsWith(prefix))
			.toList();
	}

}
