package org.realpolitik.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.neo4j.driver.TransactionContext;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one step that turns claims into typed edges ({@code cypher/queries/derive-edges.cypher}), run for the pairs an
 * import or a deletion touched.
 */
@Component
class EdgeDerivation {

	static final int BATCH = 1000;

	private final Graph graph;

	private final ApplicationEventPublisher events;

	EdgeDerivation(Graph graph, ApplicationEventPublisher events) {
		this.graph = graph;
		this.events = events;
	}

	/** Derives the edges of the given pairs; returns how many of them exist afterwards. */
	int derive(Collection<PairKey> pairs) {
		int edges = derive(pairs, (cypher, parameters) -> this.graph
			.write(cypher, parameters, r -> r.get("edges").asInt())
			.stream()
			.mapToInt(Integer::intValue)
			.sum());
		derived(pairs);
		return edges;
	}

	/**
	 * Derives the edges of the given pairs inside a transaction the caller holds, so that what changed the claims and
	 * the edges it changes commit together; the caller calls {@link #derived} once it has committed.
	 */
	int deriveIn(TransactionContext tx, Collection<PairKey> pairs) {
		return derive(pairs, (cypher, parameters) -> tx.run(cypher, parameters)
			.list(r -> r.get("edges").asInt())
			.stream()
			.mapToInt(Integer::intValue)
			.sum());
	}

	/** Tells the listeners (the analytics' edge list) that edges of these pairs were derived. */
	void derived(Collection<PairKey> pairs) {
		if (!pairs.isEmpty()) {
			this.events.publishEvent(new EdgesDerived(pairs.size()));
		}
	}

	private int derive(Collection<PairKey> pairs, BiFunction<String, Map<String, Object>, Integer> run) {
		Map<RelationshipType, List<Map<String, Object>>> byType = new EnumMap<>(RelationshipType.class);
		for (PairKey pair : pairs) {
			byType.computeIfAbsent(pair.type(), t -> new ArrayList<>())
				.add(Map.of("subject", pair.subject(), "object", pair.object()));
		}
		int edges = 0;
		for (var entry : byType.entrySet()) {
			RelationshipType type = entry.getKey();
			String cypher = CypherFiles.query("derive-edges").replace("__TYPE__", type.name());
			List<Map<String, Object>> all = entry.getValue();
			for (int i = 0; i < all.size(); i += BATCH) {
				var batch = all.subList(i, Math.min(all.size(), i + BATCH));
				edges += run.apply(cypher, Map.of("pairs", batch, "type", type.name(), "sign", type.sign(),
						"goldstein", type.goldstein()));
			}
		}
		return edges;
	}

}
