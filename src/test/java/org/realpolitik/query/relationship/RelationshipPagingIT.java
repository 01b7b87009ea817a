package org.realpolitik.query.relationship;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.query.influence.HandBuiltGraph;
import org.realpolitik.query.relationship.RelationshipQueries.Cursor;
import org.realpolitik.query.relationship.RelationshipQueries.Edge;
import org.realpolitik.query.relationship.RelationshipQueries.Page;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging /api/relationships by cursor gives exactly the edges, in the order, that one big page gives. */
class RelationshipPagingIT extends GraphTest {

	@Autowired
	RelationshipQueries relationships;

	@Autowired
	CuratedImporter importer;

	@Test
	void followingTheCursorsGivesEveryEdgeOnceInOrderWhateverTheFilters() {
		Random random = new Random(5);
		HandBuiltGraph graph = new HandBuiltGraph();
		Set<String> keys = new HashSet<>();
		List<RelationshipType> all = List.of(RelationshipType.values());
		for (int i = 0; i < 300; i++) {
			String s = "p" + random.nextInt(40);
			String o = "p" + random.nextInt(40);
			RelationshipType type = all.get(random.nextInt(all.size()));
			if (s.equals(o) || !keys.add(s + type + o)) {
				continue;
			}
			LocalDate from = random.nextBoolean() ? LocalDate.of(1995 + random.nextInt(25), 1, 1) : null;
			graph.edge(s, type, o, from, from != null && random.nextBoolean() ? from.plusYears(3) : null, false);
		}
		graph.writeTo(this.driver);
		for (List<RelationshipType> types : List.of(List.<RelationshipType>of(),
				List.of(RelationshipType.SANCTIONED, RelationshipType.ARMED))) {
			for (LocalDate asOf : new LocalDate[] { null, LocalDate.of(2005, 6, 1) }) {
				for (String subject : new String[] { null, "p3" }) {
					List<Edge> whole = this.relationships.list(types, subject, null, asOf, 10_000, 0, null, true).edges();
					assertThat(whole).isNotEmpty();
					List<Edge> paged = new ArrayList<>();
					Cursor after = null;
					int pages = 0;
					do {
						Page page = this.relationships.list(types, subject, null, asOf, 7, 0, after, false);
						paged.addAll(page.edges());
						after = page.next();
						pages++;
					}
					while (after != null && pages < 200);
					assertThat(paged).as(types + " " + asOf + " " + subject).containsExactlyElementsOf(whole);
				}
			}
		}
	}

	@Test
	void theTotalIsCountedWhenCheapOrAskedFor() {
		HandBuiltGraph.standard().writeTo(this.driver);
		assertThat(this.relationships.list(List.of(), null, null, null, 2, 0, null, false).total()).isEqualTo(9);
		assertThat(this.relationships.list(List.of(RelationshipType.ARMED), null, null, null, 2, 0, null, false).total())
			.isEqualTo(2);
		// every edge valid at a date: counted only on request
		LocalDate asOf = LocalDate.of(2010, 1, 1);
		assertThat(this.relationships.list(List.of(), null, null, asOf, 2, 0, null, false).total()).isNull();
		assertThat(this.relationships.list(List.of(), null, null, asOf, 2, 0, null, true).total()).isEqualTo(7);
		// an actor's edges: always
		assertThat(this.relationships.list(List.of(), "a", null, asOf, 2, 0, null, false).total()).isEqualTo(2);
	}

	@Test
	void derivedEdgesCarryTheKeyThePagesAreReadBy() {
		assertThat(this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")))
			.rejected()).isEmpty();
		assertThat(count("MATCH (:Actor)-[r]->(:Actor) WHERE r.pair IS NULL RETURN count(r)")).isZero();
		assertThat(count("MATCH (s:Actor)-[r]->(o:Actor) WHERE r.pair = s.id + ' ' + o.id RETURN count(r)"))
			.isPositive();
		Page first = this.relationships.list(List.of(), null, null, null, 1, 0, null, false);
		assertThat(first.next()).isNotNull();
		assertThat(this.relationships.list(List.of(), null, null, null, 1, 0, first.next(), false).edges())
			.isEqualTo(this.relationships.list(List.of(), null, null, null, 1, 1, null, false).edges());
	}

	@Test
	void everyTypeHasItsPairIndex() {
		for (RelationshipType type : RelationshipType.values()) {
			assertThat(count("SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE $type IN labelsOrTypes "
					+ "AND properties = ['pair'] RETURN count(*)", java.util.Map.of("type", type.name())))
				.as(type.name())
				.isEqualTo(1);
		}
	}

}
