package org.realpolitik.query.balance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.query.balance.BalanceQueries.Balance;
import org.realpolitik.query.balance.BalanceQueries.Blocs;
import org.realpolitik.query.balance.BalanceQueries.Candidate;
import org.realpolitik.query.balance.BalanceQueries.SignedPair;
import org.realpolitik.query.balance.BalanceQueries.Triad;
import org.realpolitik.query.influence.HandBuiltGraph;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BalanceQueriesIT extends GraphTest {

	static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

	@Autowired
	BalanceQueries balance;

	@Autowired
	CuratedImporter importer;

	/** The standard graph plus x and y, who both fight z, and p and q, who arm and oppose each other. */
	void handBuilt() {
		HandBuiltGraph.standard()
			.edge("x", RelationshipType.SANCTIONED, "z")
			.edge("y", RelationshipType.ATTACKED, "z")
			.edge("p", RelationshipType.ARMED, "q")
			.edge("q", RelationshipType.OPPOSES, "p")
			.writeTo(this.driver);
	}

	static List<String> ids(List<ActorRef> actors) {
		return actors.stream().map(ActorRef::id).toList();
	}

	@Test
	void theAllHostileTriadIsUnbalancedAndListedBeforeTheAllFriendlyOne() {
		handBuilt();
		Balance result = this.balance.balance(AS_OF, 50, 0);
		assertThat(result.unbalanced()).isEqualTo(1);
		assertThat(result.balanced()).isEqualTo(1);
		assertThat(result.triads().total()).isEqualTo(2);
		assertThat(result.triads().items()).extracting(t -> ids(t.actors()), Triad::balanced)
			.containsExactly(tuple(List.of("a", "d", "e"), false), tuple(List.of("a", "b", "c"), true));
		Triad unbalanced = result.triads().items().get(0);
		assertThat(unbalanced.pairs()).extracting(p -> p.a().id(), p -> p.b().id(), SignedPair::sign)
			.containsExactly(tuple("a", "d", -1), tuple("a", "e", -1), tuple("d", "e", -1));
		assertThat(unbalanced.pairs().get(0).edges()).singleElement()
			.satisfies(e -> assertThat(List.of(e.type(), e.subject(), e.object(), e.claims()))
				.containsExactly("SANCTIONED", "d", "a", 1L));
		assertThat(unbalanced.actors().get(0).name()).isEqualTo("A");

		// x and y share the enemy z and have no edge: the first candidate; the others are already hostile
		assertThat(result.candidates().items()).extracting(c -> c.a().id(), c -> c.b().id(), c -> ids(c.commonEnemies()),
				Candidate::hostile)
			.containsExactly(tuple("x", "y", List.of("z"), false), tuple("a", "d", List.of("e"), true),
					tuple("a", "e", List.of("d"), true), tuple("d", "e", List.of("a"), true));

		Balance second = this.balance.balance(AS_OF, 1, 1);
		assertThat(second.triads().items()).extracting(t -> ids(t.actors())).containsExactly(List.of("a", "b", "c"));
		assertThat(second.candidates().total()).isEqualTo(4);
		assertThat(second.candidates().items()).extracting(c -> c.a().id()).containsExactly("a");
	}

	@Test
	void theCypherFileFindsTheSameTriads() {
		handBuilt();
		var rows = this.driver.executableQuery(CypherFiles.query("balance-triads"))
			.withParameters(Map.of("asOf", AS_OF))
			.execute()
			.records();
		assertThat(rows).extracting(r -> r.get("actors").asList(v -> v.asString()), r -> r.get("balanced").asBoolean())
			.containsExactly(tuple(List.of("a", "d", "e"), false), tuple(List.of("a", "b", "c"), true));
	}

	@Test
	void mixedPairsTakeTheSignOfTheirWeightedSumAndAreMarkedConflicting() {
		handBuilt();
		Blocs blocs = this.balance.blocs(AS_OF, 50);
		assertThat(blocs.algorithm()).isEqualTo(BalanceQueries.BLOC_ALGORITHM);
		assertThat(blocs.blocs()).extracting(b -> ids(b.members()))
			.containsExactly(List.of("a", "b", "c"), List.of("p", "q"));
		assertThat(blocs.blocs().get(0).strongestTies()).extracting(p -> p.a().id() + "-" + p.b().id())
			.containsExactly("a-b", "b-c", "a-c");
		SignedPair pq = blocs.blocs().get(1).strongestTies().get(0);
		assertThat(pq.sign()).as("ARMED 8.3 outweighs OPPOSES 4.25").isEqualTo(1);
		assertThat(pq.conflicting()).isTrue();
		assertThat(pq.edges()).extracting(e -> e.type()).containsExactly("ARMED", "OPPOSES");
	}

	@Test
	void onTheSeedGraphTheTalibanIskpAndUnitedStatesTriadIsUnbalanced() {
		assertThat(this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")))
			.rejected()).isEmpty();
		Balance in2025 = this.balance.balance(AS_OF, 50, 0);
		// the United States engages the Taliban; both fight ISKP: + − −, balanced
		assertThat(in2025.triads().items()).extracting(t -> ids(t.actors()), Triad::balanced)
			.contains(tuple(List.of("iskp", "taliban", "united-states"), true));
		Balance in2018 = this.balance.balance(LocalDate.of(2018, 1, 1), 50, 0);
		// then the United States was at war with the Taliban while both fought ISKP: − − −, unbalanced
		assertThat(in2018.triads().items()).extracting(t -> ids(t.actors()), Triad::balanced)
			.startsWith(tuple(List.of("iskp", "taliban", "united-states"), false));
	}

}
