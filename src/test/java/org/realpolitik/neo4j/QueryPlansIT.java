package org.realpolitik.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.realpolitik.support.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query in {@code cypher/queries/} and {@code cypher/guide/} is planned ({@code EXPLAIN}) on the migrated schema, templates filled the way
 * the service fills them; a query that starts from an actor, a claim, a document, a run or a lock must find it through
 * an index: a label scan or a scan of all nodes fails the test. The queries that read a whole label by design (the
 * analytics' edge lists, exports, the Browser guide's overviews, lists of all documents and runs) are listed with
 * why.
 */
class QueryPlansIT extends GraphTest {

	/** Queries that read everything of a label by design, and why. */
	static final Map<String, String> WHOLE_LABEL = Map.ofEntries(
			Map.entry("balance-edges", "the balance analysis reads every signed edge"),
			Map.entry("balance-triads", "the balance analysis counts every triad"),
			Map.entry("edges-list", "the analytics' edge list is every signed edge, streamed once into the cache"),
			Map.entry("influence-edges", "the reference query of the influence edge list: every signed edge"),
			Map.entry("export-actors", "an export is every actor"),
			Map.entry("export-edges", "an export is every edge"),
			Map.entry("ftm-actors-known", "the FtM importer matches against every actor it did not create, once per file"),
			Map.entry("documents", "the list of all documents, newest first, paged"),
			Map.entry("import-runs", "the list of all import runs, newest first, paged"),
			Map.entry("guide-as-of", "the Browser guide's overview: the core four edges of the whole graph at a date"),
			Map.entry("guide-documents", "the Browser guide's overview of the documents"),
			Map.entry("guide-influence-degree", "the Browser guide's overview: degree of every actor"));

	static final List<String> SCANS = List.of("NodeByLabelScan", "AllNodesScan", "UndirectedAllRelationshipsScan",
			"DirectedAllRelationshipsScan");

	@Test
	void everyQueryThatStartsFromAKeyUsesAnIndex() throws IOException {
		Map<String, List<String>> scanning = new TreeMap<>();
		List<Path> files = new java.util.ArrayList<>();
		for (String folder : List.of("queries", "guide")) {
			try (Stream<Path> list = Files.list(Path.of("cypher", folder))) {
				files.addAll(list.filter(p -> p.toString().endsWith(".cypher")).sorted().toList());
			}
		}
		assertThat(files).hasSizeGreaterThan(40);
		boolean gds = !this.driver.executableQuery("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN name")
			.execute()
			.records()
			.isEmpty();
		boolean apoc = !this.driver.executableQuery("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' RETURN name")
			.execute()
			.records()
			.isEmpty();
		for (Path file : files) {
			String name = file.getFileName().toString().replace(".cypher", "");
			String text = Files.readString(file);
			if (text.contains("gds.") && !gds || text.contains("apoc.") && !apoc) {
				continue; // planned where GDS and APOC are installed (the embedded database); the test database has none
			}
			for (String cypher : rendered(name, text)) {
				Plan plan;
				try {
					plan = this.driver.executableQuery("EXPLAIN " + cypher).execute().summary().plan();
				}
				catch (RuntimeException ex) {
					throw new AssertionError(name + " cannot be planned: " + ex.getMessage(), ex);
				}
				List<String> scans = new ArrayList<>();
				collect(plan, scans);
				if (!scans.isEmpty()) {
					scanning.put(name, scans);
				}
			}
		}
		scanning.keySet().removeAll(WHOLE_LABEL.keySet());
		assertThat(scanning).as("queries that scan a label instead of using an index").isEmpty();
	}

	/** The query as the service runs it: templates filled with each of their forms. */
	static List<String> rendered(String name, String text) {
		return switch (name) {
			case "relationships" -> List.of(
					"MATCH (s:Actor {id: $subject})-[r:ARMED]->(o:Actor) WHERE $object IS NULL OR o.id = $object "
							+ "WITH s, r, o",
					"MATCH (s:Actor)-[r:ARMED|SANCTIONED]->(o:Actor {id: $object})",
					"MATCH (s:Actor)-[r:ARMED]->(o:Actor)")
				.stream()
				.map(match -> text.replace("__MATCH__", match).replace("__RETURN__", "RETURN count(r) AS total"))
				.toList();
			case "paths" -> List.of(text.replace("__K__", "5")
				.replace("__HOPS__", "4")
				.replace("__TYPES__", "ARMED|SUPPORTS")
				.replace("__ARROW__", "-"));
			case "derive-edges", "relationships-page" -> List.of(text.replace("__TYPE__", "ARMED"));
			default -> List.of(text);
		};
	}

	private static void collect(Plan plan, List<String> scans) {
		String operator = plan.operatorType().replace("@neo4j", "");
		if (SCANS.stream().anyMatch(operator::startsWith)) {
			scans.add(operator + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		}
		plan.children().forEach(child -> collect(child, scans));
	}

}
