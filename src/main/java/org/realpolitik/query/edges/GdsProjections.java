package org.realpolitik.query.edges;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.neo4j.driver.TransactionContext;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * GDS projections of links the service filtered and weighed from the cached edge list, kept for reuse. The service
 * sends a request's links (actor indices and weights) to {@code gds.graph.project} as two lists
 * ({@code gds-project-links.cypher}), which skips the Cypher filter over a million relationships that made a
 * projection per request slow. A projection is named after this instance and kept while the edge list it came from is
 * current, at most {@code realpolitik.influence.gds-projections} of them, least recently used dropped first; all are
 * dropped when the list changes (the analyses then make the recently used ones again in the background,
 * {@link #recentKeys}) and when the service stops. Node ids in a projection are the edge list's actor
 * indices.
 * <p>
 * Each use checks for the projection and runs the algorithm in one transaction, so against a cluster, where each
 * member has its own GDS catalogue, a member without it projects again.
 */
@Component
public class GdsProjections {

	private static final Logger logger = LoggerFactory.getLogger(GdsProjections.class);

	/** A link is sent as source × PAIR + target (actor indices are below 2^31). */
	static final long PAIR = 1L << 32;

	private final Graph graph;

	private final EdgeListSettings settings;

	private final String prefix = "realpolitik-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private final LinkedHashMap<Object, String> names = new LinkedHashMap<>(16, 0.75f, true);

	/** The keys asked for most recently (most recent last), kept when the edges change, so they can be made again. */
	private final LinkedHashMap<Object, Boolean> recent = new LinkedHashMap<>(16, 0.75f, true);

	private EdgeList projectedFrom;

	private long counter;

	private volatile Boolean present;

	public GdsProjections(Graph graph, EdgeListSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	/**
	 * How this instance's projections are named: {@code realpolitik-}, a random id, a dash, a number. (The GDS
	 * catalogue of an embedded database is shared by every database in the JVM, so tests tell theirs apart by it.)
	 */
	public String prefix() {
		return this.prefix;
	}

	/** Links to project: {@code from[i] → to[i]} with {@code weight[i]}, i &lt; m, actor indices of {@code edges}. */
	public record Links(EdgeList edges, Object key, int m, int[] from, int[] to, double[] weight,
			boolean undirected) {
	}

	/**
	 * Whether GDS is used: {@code realpolitik.influence.use-gds} and the database has the procedures (asked once).
	 */
	public boolean available() {
		if (!this.settings.useGds()) {
			return false;
		}
		Boolean known = this.present;
		if (known == null) {
			known = this.graph.readOne("SHOW PROCEDURES YIELD name WHERE name IN "
					+ "['gds.pageRank.stream', 'gds.leiden.stream', 'gds.graph.project'] RETURN count(*) = 3 AS present",
					Map.of(), r -> r.get("present").asBoolean());
			this.present = known;
		}
		return known;
	}

	/**
	 * Runs {@code algorithm} (given the transaction and the projection's name) on the projection of {@code links},
	 * projecting them first when this instance has no projection for {@code links.key()} yet, or the database lost it.
	 */
	public synchronized <T> T run(Links links, BiFunction<TransactionContext, String, T> algorithm) {
		if (this.projectedFrom != links.edges()) {
			dropProjections();
			this.projectedFrom = links.edges();
		}
		this.recent.put(links.key(), Boolean.TRUE);
		while (this.recent.size() > this.settings.gdsProjections()) {
			this.recent.remove(this.recent.keySet().iterator().next());
		}
		String name = this.names.get(links.key());
		if (name == null) {
			name = this.prefix + (++this.counter);
			this.names.put(links.key(), name);
			evict();
		}
		String graphName = name;
		String project = CypherFiles.query("gds-project-links");
		return this.graph.transaction(tx -> {
			boolean exists = tx.run("RETURN gds.graph.exists($graph) AS exists", Map.of("graph", graphName))
				.single()
				.get("exists")
				.asBoolean();
			if (!exists) {
				// source and target in one number: one list fewer to send and to read (about a third faster)
				List<Long> pairs = new ArrayList<>(links.m());
				List<Double> weights = new ArrayList<>(links.m());
				for (int i = 0; i < links.m(); i++) {
					pairs.add(links.from()[i] * PAIR + links.to()[i]);
					weights.add(links.weight()[i]);
				}
				tx.run(project, Map.of("graph", graphName, "pairs", pairs, "weights", weights, "undirected",
						links.undirected() ? List.of("*") : List.of()))
					.consume();
			}
			return algorithm.apply(tx, graphName);
		});
	}

	private void evict() {
		Iterator<Map.Entry<Object, String>> oldest = this.names.entrySet().iterator();
		while (this.names.size() > this.settings.gdsProjections() && oldest.hasNext()) {
			String name = oldest.next().getValue();
			oldest.remove();
			drop(name);
		}
	}

	/**
	 * The keys of {@code type} asked for most recently, the most recent first, at most as many as projections are
	 * kept; they outlive the projections when the edges change, so that the analyses can make them again for the new
	 * edges in the background.
	 */
	public synchronized <K> List<K> recentKeys(Class<K> type) {
		List<K> keys = new ArrayList<>();
		this.recent.keySet().forEach(k -> {
			if (type.isInstance(k)) {
				keys.add(0, type.cast(k));
			}
		});
		return keys;
	}

	/** Drops every projection this instance made, and forgets which were asked for. */
	@jakarta.annotation.PreDestroy
	public synchronized void dropAll() {
		dropProjections();
		this.recent.clear();
	}

	private void dropProjections() {
		this.names.values().forEach(this::drop);
		this.names.clear();
		this.projectedFrom = null;
	}

	private void drop(String name) {
		try {
			this.graph.read("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", Map.of("graph", name),
					r -> r.get("graphName").asString());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not drop GDS projection {}: {}", name, ex.getMessage());
		}
	}

}
