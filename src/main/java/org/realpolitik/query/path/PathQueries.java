package org.realpolitik.query.path;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/** How two actors are connected: the k shortest paths over chosen types ({@code cypher/queries/paths.cypher}). */
@Service
public class PathQueries {

	public static final int MAX_HOPS = 6;

	public static final int MAX_PATHS = 20;

	private final Graph graph;

	private final ActorStore actors;

	PathQueries(Graph graph, ActorStore actors) {
		this.graph = graph;
		this.actors = actors;
	}

	/** A path question; {@code asOf} may be null for edges of any time. */
	public record PathQuery(String from, String to, List<RelationshipType> types, int maxHops, int limit,
			LocalDate asOf, boolean directed) {

		public PathQuery {
			if (maxHops < 1 || maxHops > MAX_HOPS) {
				throw new IllegalArgumentException("maxHops must be 1.." + MAX_HOPS);
			}
			if (limit < 1 || limit > MAX_PATHS) {
				throw new IllegalArgumentException("limit must be 1.." + MAX_PATHS);
			}
			if (types.isEmpty()) {
				throw new IllegalArgumentException("at least one relationship type");
			}
			types = List.copyOf(types);
		}
	}

	public record Step(String type, String subject, String object, String from, String until, long claims,
			long sources, boolean alleged) {
	}

	public record Path(int length, List<ActorRef> actors, List<Step> relationships) {
	}

	public record Paths(List<Path> paths) {
	}

	public Paths find(PathQuery query) {
		this.actors.requireExisting(query.from(), query.to());
		if (query.from().equals(query.to())) {
			return new Paths(List.of());
		}
		String cypher = CypherFiles.query("paths")
			.replace("__K__", Integer.toString(query.limit()))
			.replace("__HOPS__", Integer.toString(query.maxHops()))
			.replace("__TYPES__", query.types().stream().map(Enum::name).collect(Collectors.joining("|")))
			.replace("__ARROW__", query.directed() ? "->" : "-");
		Map<String, Object> params = new HashMap<>();
		params.put("from", query.from());
		params.put("to", query.to());
		params.put("asOf", query.asOf());
		return new Paths(this.graph.read(cypher, params,
				r -> new Path(r.get("length").asInt(), r.get("actors").asList(PathQueries::actor),
						r.get("relationships").asList(PathQueries::step)),
				this.graph.timeouts().paths()));
	}

	private static ActorRef actor(Value v) {
		return new ActorRef(v.get("id").asString(), v.get("name").asString());
	}

	private static Step step(Value v) {
		return new Step(v.get("type").asString(), v.get("subject").asString(), v.get("object").asString(),
				v.get("from").asString(null), v.get("until").asString(null), v.get("claims").asLong(0),
				v.get("sources").asLong(0), v.get("alleged").asBoolean(false));
	}

}
