package org.realpolitik.query.influence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Contribution;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranked;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Cypher-only path (the shared test database has no GDS): PageRank in the service over the weighted edges, on
 * graphs whose scores follow in closed form.
 */
class InfluenceQueriesIT extends GraphTest {

	static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

	static final double D = 0.85;

	static final double BASE = 1 - D;

	static final double C = HandBuiltGraph.CONFIDENCE;

	static final List<RelationshipType> ALL = List.of(RelationshipType.values());

	@Autowired
	InfluenceQueries influence;

	static InfluenceQuery query(Sign sign, Direction direction) {
		return new InfluenceQuery(ALL, sign, direction, AS_OF, 20);
	}

	static List<String> ids(Ranking ranking) {
		return ranking.ranking().stream().map(r -> r.actor().id()).toList();
	}

	@Test
	void supportExertedRanksTheActorThatArmsAndEngagesFirstWithTheEdgesThatCarryItsScore() {
		HandBuiltGraph.standard().writeTo(this.driver);
		Ranking ranking = this.influence.rank(query(Sign.POSITIVE, Direction.OUT));
		// walk against the edges: b→a (8.3·c), c→b (6.7·c), c→a (2.25·c)
		double c = BASE;
		double b = BASE + D * c * 6.7 / (6.7 + 2.25);
		double a = BASE + D * (b + c * 2.25 / (6.7 + 2.25));
		assertThat(ranking.algorithm()).isEqualTo(InfluenceQueries.SERVICE_RANKING);
		assertThat(ranking.asOf()).isEqualTo(AS_OF);
		assertThat(ids(ranking)).containsExactly("a", "b", "c");
		assertThat(ranking.ranking().get(0).score()).isCloseTo(a, within(1e-9));
		assertThat(ranking.ranking().get(1).score()).isCloseTo(b, within(1e-9));
		assertThat(ranking.ranking().get(2).score()).isCloseTo(c, within(1e-9));
		Ranked first = ranking.ranking().get(0);
		assertThat(first.actor().name()).isEqualTo("A");
		assertThat(first.explanation()).extracting(Contribution::type, e -> e.counterpart().id())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ARMED", "b"),
					org.assertj.core.groups.Tuple.tuple("ENGAGES", "c"));
		Contribution armed = first.explanation().get(0);
		assertThat(armed.subject()).isEqualTo("a");
		assertThat(armed.object()).isEqualTo("b");
		assertThat(armed.weight()).isCloseTo(8.3 * C, within(1e-9));
		assertThat(armed.contribution()).isCloseTo(D * b, within(1e-9));
		assertThat(armed.claims()).isEqualTo(1);
		assertThat(first.explanation().get(1).contribution()).isCloseTo(D * c * 2.25 / 8.95, within(1e-9));
		// the contributions and the base make up the score exactly
		assertThat(BASE + first.explanation().stream().mapToDouble(Contribution::contribution).sum())
			.isCloseTo(a, within(1e-9));
	}

	@Test
	void hostilityExertedRanksTheAttackerFirstAndReceivedSupportRanksTheMostBackedFirst() {
		HandBuiltGraph.standard().writeTo(this.driver);
		Ranking hostile = this.influence.rank(query(Sign.NEGATIVE, Direction.OUT));
		// walk against the edges: a→d (8·c), a→e (4.25·c), d→e (9.5·c)
		double a = BASE;
		double d = BASE + D * a * 8.0 / 12.25;
		double e = BASE + D * (a * 4.25 / 12.25 + d);
		assertThat(ids(hostile)).containsExactly("e", "d", "a");
		assertThat(hostile.ranking().get(0).score()).isCloseTo(e, within(1e-9));
		assertThat(hostile.ranking().get(1).score()).isCloseTo(d, within(1e-9));
		assertThat(hostile.sign()).isEqualTo("negative");

		Ranking received = this.influence.rank(query(Sign.POSITIVE, Direction.IN));
		double ra = BASE;
		double rb = BASE + D * ra * 8.3 / 10.55;
		double rc = BASE + D * (rb + ra * 2.25 / 10.55);
		assertThat(ids(received)).containsExactly("c", "b", "a");
		assertThat(received.ranking().get(0).score()).isCloseTo(rc, within(1e-9));
		assertThat(received.ranking().get(0).explanation()).extracting(x -> x.counterpart().id())
			.containsExactly("b", "a");
	}

	@Test
	void onlyEdgesValidAtTheDateCountAndStructuralTypesWeighNothing() {
		HandBuiltGraph.standard().writeTo(this.driver);
		Ranking all = this.influence.rank(query(Sign.ALL, Direction.OUT));
		assertThat(ids(all)).containsExactlyInAnyOrder("a", "b", "c", "d", "e")
			.as("f is only MEMBER_OF, g's arms ended 2001, h's sanction ended at an unknown date")
			.doesNotContain("f", "g", "h");
		Ranking in2000 = this.influence
			.rank(new InfluenceQuery(List.of(RelationshipType.ARMED), Sign.ALL, Direction.OUT, LocalDate.of(2000, 6, 1), 20));
		assertThat(ids(in2000)).as("g armed a then, and a (undated) arms b").containsExactly("g", "a", "b");
	}

	@Test
	void anEdgeLosesHalfItsWeightPerHalfLifeOfAge() {
		new HandBuiltGraph().edge("x", RelationshipType.RECOGNISED, "y", LocalDate.of(2015, 7, 1), null, false)
			.edge("x", RelationshipType.ENGAGES, "z", LocalDate.of(2025, 7, 1), LocalDate.of(2030, 1, 1), false)
			.writeTo(this.driver);
		Ranked x = this.influence.rank(query(Sign.POSITIVE, Direction.OUT)).ranking().get(0);
		assertThat(x.actor().id()).isEqualTo("x");
		double ageInHalfLives = 3653 / (5 * 365.2425);
		assertThat(x.explanation()).filteredOn(e -> e.type().equals("RECOGNISED"))
			.singleElement()
			.satisfies(e -> assertThat(e.weight()).isCloseTo(6.0 * C * Math.pow(0.5, ageInHalfLives), within(1e-9)));
		assertThat(x.explanation()).filteredOn(e -> e.type().equals("ENGAGES"))
			.singleElement()
			.satisfies(e -> assertThat(e.weight()).as("still valid: no age").isCloseTo(2.25 * C, within(1e-9)));
	}

	@Test
	void personalisedInfluenceRanksWhomTheActorShapesWithThePathsThatCarryIt() {
		HandBuiltGraph.standard().writeTo(this.driver);
		Around around = this.influence.around("a", query(Sign.POSITIVE, Direction.OUT));
		// the walk restarts at a and follows the edges: a→b (8.3·c), a→c (2.25·c), b→c (6.7·c)
		double b = D * BASE * 8.3 / 10.55;
		double c = D * (BASE * 2.25 / 10.55 + b);
		assertThat(around.algorithm()).isEqualTo(InfluenceQueries.SERVICE_PERSONALISED);
		assertThat(around.actor().id()).isEqualTo("a");
		assertThat(around.ranking()).extracting(s -> s.actor().id()).containsExactly("c", "b");
		assertThat(around.ranking().get(0).score()).isCloseTo(c, within(1e-9));
		assertThat(around.ranking().get(1).score()).isCloseTo(b, within(1e-9));
		var paths = around.ranking().get(0).paths();
		assertThat(paths).extracting(p -> p.actors()).containsExactly(List.of("a", "b", "c"), List.of("a", "c"));
		assertThat(paths.get(0).probability()).isCloseTo(8.3 / 10.55, within(1e-9));
		assertThat(paths.get(0).edges()).extracting(e -> e.type()).containsExactly("ARMED", "SUPPORTS");
		assertThat(paths.get(1).probability()).isCloseTo(2.25 / 10.55, within(1e-9));

		Around shapers = this.influence.around("a", query(Sign.NEGATIVE, Direction.IN));
		// against the edges from a: a→d (8·c), a→e (4.25·c), d→e (9.5·c)
		double d = D * BASE * 8.0 / 12.25;
		double e = D * (BASE * 4.25 / 12.25 + d);
		assertThat(shapers.ranking()).extracting(s -> s.actor().id()).containsExactly("e", "d");
		assertThat(shapers.ranking().get(0).score()).isCloseTo(e, within(1e-9));
		assertThat(shapers.ranking().get(0).paths().get(0).actors()).containsExactly("a", "d", "e");
	}

	@Test
	void anUnknownActorIsNotFound() {
		assertThatThrownBy(() -> this.influence.around("nobody", query(Sign.ALL, Direction.OUT)))
			.isInstanceOf(ActorNotFoundException.class);
	}

	@Test
	void onTheSeedGraphIskpExertsTheMostHostilityThroughItsAttacks() {
		seeds();
		Ranking hostile = this.influence.rank(new InfluenceQuery(ALL, Sign.NEGATIVE, Direction.OUT, AS_OF, 5));
		// ISKP attacked the United States, the Taliban and Russia, and the United States attacked and sanctioned it
		assertThat(ids(hostile)).startsWith("iskp", "united-states");
		assertThat(hostile.ranking()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
		assertThat(hostile.ranking().get(0).explanation()).extracting(Contribution::type, e -> e.counterpart().id())
			.startsWith(org.assertj.core.groups.Tuple.tuple("ATTACKED", "united-states"));
		Around taliban = this.influence.around("taliban",
				new InfluenceQuery(ALL, Sign.POSITIVE, Direction.IN, AS_OF, 5));
		// of the background facts, only the Doha engagement is a positive edge into the Taliban still valid in 2025
		assertThat(taliban.ranking()).extracting(s -> s.actor().id()).containsExactly("united-states");
		assertThat(taliban.ranking().get(0).paths().get(0).edges()).extracting(e -> e.type()).containsExactly("ENGAGES");
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	void seeds() {
		var importer = this.context.getBean(org.realpolitik.ingest.curated.CuratedImporter.class);
		var report = importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")));
		assertThat(report.rejected()).isEmpty();
	}

}
