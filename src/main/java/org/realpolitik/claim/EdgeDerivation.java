package org.realpolitik.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
				edges += this.graph
					.write(cypher, Map.of("pairs", batch, "type", type.name(), "sign", type.sign(), "goldstein",
							type.goldstein()), r -> r.get("edges").asInt())
					.stream()
					.mapToInt(Integer::intValue)
					.sum();
			}
		}
		if (!pairs.isEmpty()) {
			this.events.publishEvent(new EdgesDerived(pairs.size()));
		}
		return edges;
	}

}
