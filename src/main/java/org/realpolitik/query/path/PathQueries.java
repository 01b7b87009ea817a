package org.realpolitik.query.path;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.edges.EdgeList;
import org.realpolitik.query.edges.EdgeListCache;

import org.springframework.stereotype.Service;

/**
 * How two actors are connected: the k shortest simple paths over chosen types, found on the in-memory edge list
 * ({@link PathSearch}, in a time that does not grow with how many paths exist), then read with their evidence counts
 * from the database by business key ({@code cypher/queries/paths-steps.cypher}). Each path carries the Cypher that
 * shows it in Neo4j Browser; {@code cypher/queries/paths.cypher} is the same question asked in Cypher alone, for
 * small graphs and for the test that compares the two.
 */
@Service
public class PathQueries {

	public static final int MAX_HOPS = 6;

	public static final int MAX_PATHS = 20;

	private final Graph graph;

	private final ActorStore actors;

	private final EdgeListCache edges;

	private final PathSettings settings;

	private volatile PathIndex index;

	PathQueries(Graph graph, ActorStore actors, EdgeListCache edges, PathSettings settings) {
		this.graph = graph;
		this.actors = actors;
		this.edges = edges;
		this.settings = settings;
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

	/** A path, and the Cypher that shows exactly it in Neo4j Browser. */
	public record Path(int length, List<ActorRef> actors, List<Step> relationships, String cypher) {
	}

	/**
	 * The paths, shortest first. {@code complete} is false when the search stopped at its budget or time limit before
	 * it had found {@code limit} paths: the paths given are still the shortest there are, but more of their length
	 * (or longer ones) may exist; {@code note} then says what to narrow.
	 */
	public record Paths(List<Path> paths, boolean complete, String note) {

		public Paths(List<Path> paths) {
			this(paths, true, null);
		}

	}

	public Paths find(PathQuery query) {
		Duration limit = this.graph.timeouts().paths();
		long deadline = System.nanoTime() + limit.toNanos();
		PathIndex index = index();
		if (index == null) {
			return inCypher(query);
		}
		EdgeList list = index.edges;
		int source = list.indexOf(query.from());
		int target = list.indexOf(query.to());
		if (source < 0 || target < 0) {
			// an actor with no edge: is there such an actor at all (404 if not)?
			this.actors.requireExisting(query.from(), query.to());
			return new Paths(List.of());
		}
		if (source == target) {
			return new Paths(List.of());
		}
		boolean[] mask = list.typeMask(query.types().stream().map(Enum::name).toList());
		Long asOfDay = query.asOf() == null ? null : query.asOf().toEpochDay();
		PathSearch.Found found = new PathSearch(index, mask, query.directed(), asOfDay, this.settings.budget(),
				deadline)
			.find(source, target, query.limit(), query.maxHops());
		List<Path> paths = details(list, found);
		if (found.complete()) {
			return new Paths(paths);
		}
		return new Paths(paths, false, "the search stopped after looking at %,d edges (%s) before it found %d paths; "
			.formatted(found.looked(), System.nanoTime() - deadline > 0 ? "its time limit, realpolitik.timeouts.paths"
					: "its budget, realpolitik.paths.budget", query.limit())
				+ "fewer hops (maxHops), fewer types (types), a date (asOf) or directed=true narrow it");
	}

	/**
	 * Once the edge list has been brought up to date in the background (at start-up, after imports), the path index is
	 * built too, so the path questions after it do not pay for it.
	 */
	@org.springframework.context.event.EventListener({ org.realpolitik.query.edges.EdgeListWarmed.class,
			org.realpolitik.query.edges.EdgeListRefreshed.class })
	public void onEdgeListWarmed() {
		try {
			index();
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(PathQueries.class)
				.debug("Could not prepare the path index in the background: {}", ex.getMessage());
		}
	}

	/**
	 * The index of the edge list, built once per list the cache hands out: the current list, or while it is being
	 * brought up to date after an import the one before (the found edges are read back from the database, so an edge
	 * gone since drops its path). Null when there is no list to hand out (just started, the cache off), which then
	 * loads in the background.
	 */
	private PathIndex index() {
		EdgeList current = this.edges.currentOrRecent();
		if (current == null) {
			return null;
		}
		PathIndex known = this.index;
		if (known != null && known.edges == current) {
			return known;
		}
		PathIndex built = PathIndex.of(current);
		this.index = built;
		return built;
	}

	/**
	 * The same question asked of the database ({@code paths.cypher}), while the edge list is not ready: the same
	 * paths by length, but among paths of one length the database's choice and order; a search that runs past
	 * {@code realpolitik.timeouts.paths} is stopped there (a 503 that says what to narrow).
	 */
	private Paths inCypher(PathQuery query) {
		this.actors.requireExisting(query.from(), query.to());
		if (query.from().equals(query.to())) {
			return new Paths(List.of());
		}
		String cypher = CypherFiles.query("paths")
			.replace("__K__", Integer.toString(query.limit()))
			.replace("__HOPS__", Integer.toString(query.maxHops()))
			.replace("__TYPES__", String.join("|", query.types().stream().map(Enum::name).toList()))
			.replace("__ARROW__", query.directed() ? "->" : "-");
		Map<String, Object> params = new HashMap<>();
		params.put("from", query.from());
		params.put("to", query.to());
		params.put("asOf", query.asOf());
		return new Paths(this.graph.read(cypher, params, r -> {
			List<ActorRef> refs = r.get("actors")
				.asList(v -> new ActorRef(v.get("id").asString(), v.get("name").asString(null)));
			List<Step> steps = r.get("relationships").asList(PathQueries::step);
			return new Path(r.get("length").asInt(), refs, steps, browserCypher(refs, steps));
		}, this.graph.timeouts().paths()));
	}

	/** The found paths with their edges' dates and evidence counts; a path whose edge has gone since is dropped. */
	private List<Path> details(EdgeList list, PathSearch.Found found) {
		if (found.edges().isEmpty()) {
			return List.of();
		}
		Map<EdgeList.Key, Map<String, Object>> keys = new LinkedHashMap<>();
		for (int[] path : found.edges()) {
			for (int e : path) {
				keys.computeIfAbsent(key(list, e), k -> Map.of("subject", list.actor(list.subject(e)), "type",
						list.type(e), "object", list.actor(list.object(e))));
			}
		}
		Map<EdgeList.Key, Step> steps = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		this.graph.read(CypherFiles.query("paths-steps"), Map.of("steps", new ArrayList<>(keys.values())), r -> {
			Step step = step(r.get("step"));
			names.put(step.subject(), r.get("subjectName").asString(step.subject()));
			names.put(step.object(), r.get("objectName").asString(step.object()));
			steps.put(new EdgeList.Key(step.subject(), step.type(), step.object()), step);
			return null;
		}, this.graph.timeouts().paths());
		List<Path> paths = new ArrayList<>();
		for (int p = 0; p < found.edges().size(); p++) {
			int[] pathEdges = found.edges().get(p);
			int[] pathActors = found.actors().get(p);
			List<Step> relationships = new ArrayList<>(pathEdges.length);
			for (int e : pathEdges) {
				Step step = steps.get(key(list, e));
				if (step != null) {
					relationships.add(step);
				}
			}
			if (relationships.size() < pathEdges.length) {
				continue;
			}
			List<ActorRef> refs = new ArrayList<>(pathActors.length);
			for (int v : pathActors) {
				String id = list.actor(v);
				refs.add(new ActorRef(id, names.getOrDefault(id, id)));
			}
			paths.add(new Path(pathEdges.length, refs, relationships, browserCypher(refs, relationships)));
		}
		return paths;
	}

	/** A step as paths.cypher and paths-steps.cypher give it. */
	private static Step step(org.neo4j.driver.Value v) {
		return new Step(v.get("type").asString(), v.get("subject").asString(), v.get("object").asString(),
				v.get("from").asString(null), v.get("until").asString(null), v.get("claims").asLong(0),
				v.get("sources").asLong(0), v.get("alleged").asBoolean(false));
	}

	private static EdgeList.Key key(EdgeList list, int e) {
		return new EdgeList.Key(list.actor(list.subject(e)), list.type(e), list.actor(list.object(e)));
	}

	/**
	 * The pattern of exactly this path, for Neo4j Browser:
	 * {@code MATCH p = (:Actor {id: 'a'})-[:ARMED]->(:Actor {id: 'b'})<-[:OPPOSES]-(:Actor {id: 'c'}) RETURN p}.
	 */
	static String browserCypher(List<ActorRef> actors, List<Step> steps) {
		StringBuilder cypher = new StringBuilder("MATCH p = ").append(node(actors.get(0).id()));
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			boolean forward = step.subject().equals(actors.get(i).id());
			cypher.append(forward ? "-[:" : "<-[:")
				.append(RelationshipType.valueOf(step.type()).name())
				.append(forward ? "]->" : "]-")
				.append(node(actors.get(i + 1).id()));
		}
		return cypher.append(" RETURN p").toString();
	}

	private static String node(String id) {
		return "(:Actor {id: '" + id.replace("\\", "\\\\").replace("'", "\\'") + "'})";
	}

}
