package org.realpolitik.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/**
 * The graph, whole or as the ego network of one actor ({@code hops} edges of the chosen types around it), as GraphML,
 * GEXF or JSON ({@code cypher/queries/export-*.cypher}).
 */
@Service
public class ExportQueries {

	public static final int MAX_HOPS = 3;

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final Graph graph;

	private final ActorStore actors;

	ExportQueries(Graph graph, ActorStore actors) {
		this.graph = graph;
		this.actors = actors;
	}

	/** {@code center} null: the whole graph; {@code asOf} null: edges of any time. */
	public record ExportQuery(String center, int hops, List<RelationshipType> types, LocalDate asOf) {

		public ExportQuery {
			if (hops < 1 || hops > MAX_HOPS) {
				throw new IllegalArgumentException("hops must be 1.." + MAX_HOPS);
			}
			if (types.isEmpty()) {
				throw new IllegalArgumentException("at least one relationship type");
			}
			types = List.copyOf(types);
		}

	}

	public record Node(String id, String name, String kind, String wikidataId) {
	}

	public record Edge(String subject, String object, String type, String from, String until, String fromDate,
			String untilDate, boolean ended, long claims, long sources, double confidence, boolean alleged, int sign,
			double goldstein) {
	}

	public record ExportGraph(String center, LocalDate asOf, List<String> types, List<Node> nodes, List<Edge> edges) {
	}

	/** @throws org.realpolitik.actor.ActorNotFoundException when the center names no actor */
	public ExportGraph graph(ExportQuery query) {
		List<String> types = query.types().stream().map(Enum::name).toList();
		List<String> ids = null;
		if (query.center() != null) {
			this.actors.requireExisting(query.center());
			Set<String> ego = new LinkedHashSet<>(List.of(query.center()));
			Set<String> frontier = Set.of(query.center());
			for (int hop = 0; hop < query.hops() && !frontier.isEmpty(); hop++) {
				Map<String, Object> params = new HashMap<>();
				params.put("ids", List.copyOf(frontier));
				params.put("types", types);
				params.put("asOf", query.asOf());
				Set<String> next = new LinkedHashSet<>(this.graph.read(CypherFiles.query("export-neighbours"), params,
						r -> r.get("id").asString(), this.graph.timeouts().analytics()));
				next.removeAll(ego);
				ego.addAll(next);
				frontier = next;
			}
			ids = List.copyOf(ego);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		params.put("types", types);
		params.put("asOf", query.asOf());
		List<Node> nodes = this.graph.read(CypherFiles.query("export-actors"), params,
				r -> new Node(r.get("id").asString(), r.get("name").asString(null), r.get("kind").asString(null),
						r.get("wikidataId").asString(null)), this.graph.timeouts().analytics());
		List<Edge> edges = this.graph.read(CypherFiles.query("export-edges"), params,
				r -> new Edge(r.get("subject").asString(), r.get("object").asString(), r.get("type").asString(),
						r.get("from").asString(null), r.get("until").asString(null), r.get("fromDate").asString(null),
						r.get("untilDate").asString(null), r.get("ended").asBoolean(), r.get("claims").asLong(),
						r.get("sources").asLong(), r.get("confidence").asDouble(), r.get("alleged").asBoolean(),
						r.get("sign").asInt(), r.get("goldstein").asDouble()), this.graph.timeouts().analytics());
		return new ExportGraph(query.center(), query.asOf(), types, nodes, edges);
	}

	/** The export in one format. */
	public byte[] export(ExportQuery query, ExportFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(graph(query), format, out);
		return out.toByteArray();
	}

	public static void write(ExportGraph graph, ExportFormat format, OutputStream out) {
		try {
			switch (format) {
				case GRAPHML -> GraphWriters.graphml(graph, out);
				case GEXF -> GraphWriters.gexf(graph, out);
				case JSON -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, graph);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
