package org.realpolitik.query.path;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.edges.EdgeListCache;
import org.realpolitik.query.influence.HandBuiltGraph;
import org.realpolitik.query.path.PathQueries.PathQuery;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's path search gives the answers of the Cypher it replaced ({@code paths.cypher}): for every question,
 * the same lengths in the same order, and only paths that Cypher finds too (among paths of equal length the two may
 * choose differently when there are more than asked for; when there are not, the same paths).
 */
class PathSearchIT extends GraphTest {

	private static final List<RelationshipType> ALL = List.of(RelationshipType.values());

	@Autowired
	PathQueries paths;

	@Autowired
	CuratedImporter importer;

	@Autowired
	Graph graph;

	@Autowired
	ActorStore actorStore;

	@Autowired
	EdgeListCache cache;

	@Test
	void onAHandBuiltGraphEveryPairAndEveryOptionAgreesWithTheCypher() {
		HandBuiltGraph graph = HandBuiltGraph.standard()
			// a second edge between a and b (two paths through them), a cycle, a chain of dated edges
			.edge("a", RelationshipType.SUPPORTS, "b")
			.edge("c", RelationshipType.OPPOSES, "d")
			.edge("d", RelationshipType.ENGAGES, "i", LocalDate.of(2010, 1, 1), null, false)
			.edge("i", RelationshipType.RECOGNISED, "j", LocalDate.of(2015, 6, 1), LocalDate.of(2020, 1, 1), false)
			.edge("j", RelationshipType.ARMED, "e")
			.edge("h", RelationshipType.SUCCESSOR_OF, "g");
		graph.writeTo(this.driver);
		List<String> actors = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
		int compared = 0;
		for (String from : actors) {
			for (String to : actors) {
				if (from.equals(to)) {
					continue;
				}
				for (List<RelationshipType> types : List.of(ALL, RelationshipType.CORE)) {
					for (LocalDate asOf : new LocalDate[] { null, LocalDate.of(2000, 1, 1), LocalDate.of(2018, 1, 1) }) {
						for (boolean directed : new boolean[] { false, true }) {
							compare(new PathQuery(from, to, types, 4, 3, asOf, directed));
							compared++;
						}
					}
				}
				compare(new PathQuery(from, to, ALL, 6, 20, null, false));
				compare(new PathQuery(from, to, ALL, 1, 1, null, false));
				compared += 2;
			}
		}
		assertThat(compared).isEqualTo(90 * 14);
	}

	@Test
	void onTheSeedGraphEveryPairAgreesWithTheCypher() {
		assertThat(this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")))
			.rejected()).isEmpty();
		this.cache.current(); // loaded now, so that every question below is answered from it
		List<String> actors = actorsWithEdges();
		assertThat(actors).hasSizeGreaterThan(5);
		int withPaths = 0;
		for (String from : actors) {
			for (String to : actors) {
				if (!from.equals(to)) {
					withPaths += compare(new PathQuery(from, to, ALL, 4, 3, null, false)) ? 1 : 0;
					compare(new PathQuery(from, to, RelationshipType.CORE, 4, 3, LocalDate.of(2022, 1, 1), true));
				}
			}
		}
		assertThat(withPaths).as("pairs with a path").isPositive();
	}

	@Test
	void untilTheEdgeListIsLoadedTheDatabaseAnswersAndTheListLoadsInTheBackground() throws InterruptedException {
		assertThat(this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")))
			.rejected()).isEmpty();
		this.cache.clear();
		long loads = this.cache.loads();
		PathQuery query = new PathQuery("united-states", "iskp", ALL, 4, 5, null, false);
		List<String> fromTheDatabase = this.paths.find(query).paths().stream().map(PathSearchIT::signature).toList();
		org.awaitility.Awaitility.await("the edge list loaded in the background")
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.cache.loads() > loads);
		List<String> fromTheList = this.paths.find(query).paths().stream().map(PathSearchIT::signature).toList();
		assertThat(lengths(fromTheList)).isEqualTo(lengths(fromTheDatabase)).isNotEmpty();
		assertThat(fromTheList).hasSameSizeAs(fromTheDatabase);
	}

	@Test
	void onARandomGraphWithHubsSampledPairsAgreeWithTheCypher() {
		// 120 actors, 500 edges; one end of each edge drawn by degree so far, so a few actors become hubs; every type;
		// a third dated, some of those closed or ended at an unknown date
		Random random = new Random(11);
		HandBuiltGraph graph = new HandBuiltGraph();
		List<String> ends = new ArrayList<>(List.of("x0", "x1"));
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			String subject = random.nextInt(3) == 0 ? ends.get(random.nextInt(ends.size())) : "x" + random.nextInt(120);
			String object = "x" + random.nextInt(120);
			if (subject.equals(object)) {
				continue;
			}
			ends.add(subject);
			ends.add(object);
			RelationshipType type = ALL.get(random.nextInt(ALL.size()));
			if (!keys.add(subject + " " + type + " " + object)) {
				continue; // one edge per subject, type and object, as derivation writes them
			}
			LocalDate from = random.nextInt(3) == 0 ? LocalDate.of(1990 + random.nextInt(30), 1, 1) : null;
			LocalDate until = from != null && random.nextBoolean() ? from.plusYears(1 + random.nextInt(10)) : null;
			graph.edge(subject, type, object, from, until, until == null && from != null && random.nextInt(4) == 0);
		}
		graph.writeTo(this.driver);
		List<String> actors = actorsWithEdges();
		int withPaths = 0;
		for (int i = 0; i < 150; i++) {
			String from = actors.get(random.nextInt(actors.size()));
			String to = actors.get(random.nextInt(actors.size()));
			if (from.equals(to)) {
				continue;
			}
			List<RelationshipType> types = i % 2 == 0 ? ALL : RelationshipType.CORE;
			LocalDate asOf = i % 3 == 0 ? LocalDate.of(2005, 1, 1) : null;
			boolean directed = i % 5 == 0;
			withPaths += compare(new PathQuery(from, to, types, i % 4 == 0 ? 4 : 3, i % 2 == 0 ? 3 : 10, asOf, directed))
					? 1 : 0;
		}
		assertThat(withPaths).as("sampled questions with at least one path").isGreaterThan(50);
	}

	private List<String> actorsWithEdges() {
		return this.driver
			.executableQuery("MATCH (a:Actor) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id").asString())
			.toList();
	}

	/** Compares one question; true when it has paths. */
	private boolean compare(PathQuery query) {
		List<String> service = this.paths.find(query).paths().stream().map(PathSearchIT::signature).toList();
		List<String> reference = cypher(query, query.limit());
		String question = query.toString();
		assertThat(lengths(service)).as(question).isEqualTo(lengths(reference));
		assertThat(new HashSet<>(service)).as("no path twice: " + question).hasSameSizeAs(service);
		if (reference.size() < query.limit()) {
			assertThat(service).as(question).containsExactlyInAnyOrderElementsOf(reference);
		}
		else {
			// more paths than asked for: every path the service gives is one Cypher finds among all of them
			List<String> all = cypher(query, 2000);
			if (all.size() < 2000) {
				assertThat(all).as(question).containsAll(service);
			}
		}
		return !service.isEmpty();
	}

	/** The paths of {@code paths.cypher} (at most {@code k}) as signatures. */
	private List<String> cypher(PathQuery query, int k) {
		String cypher = CypherFiles.query("paths")
			.replace("__K__", Integer.toString(k))
			.replace("__HOPS__", Integer.toString(query.maxHops()))
			.replace("__TYPES__", query.types().stream().map(Enum::name).collect(Collectors.joining("|")))
			.replace("__ARROW__", query.directed() ? "->" : "-");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", query.from());
		parameters.put("to", query.to());
		parameters.put("asOf", query.asOf());
		List<String> found = new ArrayList<>();
		for (var record : this.driver.executableQuery(cypher).withParameters(parameters).execute().records()) {
			List<String> steps = record.get("relationships")
				.asList((Value v) -> v.get("subject").asString() + "-" + v.get("type").asString() + "->"
						+ v.get("object").asString());
			found.add(steps.size() + ":" + String.join(" ", steps));
		}
		return found;
	}

	private static String signature(PathQueries.Path path) {
		return path.length() + ":" + path.relationships()
			.stream()
			.map(s -> s.subject() + "-" + s.type() + "->" + s.object())
			.collect(Collectors.joining(" "));
	}

	private static List<Integer> lengths(List<String> signatures) {
		return signatures.stream().map(s -> Integer.parseInt(s.substring(0, s.indexOf(':')))).toList();
	}

	@Test
	void eachPathCarriesTheCypherThatShowsItInTheBrowser() {
		HandBuiltGraph.standard().writeTo(this.driver);
		var found = this.paths.find(new PathQuery("g", "c", ALL, 4, 3, null, false)).paths();
		assertThat(found).isNotEmpty();
		for (var path : found) {
			var rows = this.driver.executableQuery(path.cypher()).execute().records();
			assertThat(rows).as(path.cypher()).hasSize(1);
			assertThat(rows.get(0).get("p").asPath().length()).isEqualTo(path.length());
		}
		assertThat(found.get(0).cypher()).isEqualTo(
				"MATCH p = (:Actor {id: 'g'})-[:ARMED]->(:Actor {id: 'a'})-[:ENGAGES]->(:Actor {id: 'c'}) RETURN p");
	}

	@Test
	void aSearchThatRunsOutOfBudgetAnswersWithWhatItFoundAndSaysWhatToNarrow() {
		HandBuiltGraph.standard().writeTo(this.driver);
		var tight = new PathQueries(this.graph, this.actorStore, this.cache, new PathSettings(12));
		var answer = tight.find(new PathQuery("g", "c", ALL, 6, 20, null, false));
		assertThat(answer.complete()).isFalse();
		assertThat(answer.note()).contains("realpolitik.paths.budget", "maxHops");
		Set<String> complete = new HashSet<>(this.paths.find(new PathQuery("g", "c", ALL, 6, 20, null, false))
			.paths()
			.stream()
			.map(PathSearchIT::signature)
			.toList());
		assertThat(complete).containsAll(answer.paths().stream().map(PathSearchIT::signature).toList());
	}

}
