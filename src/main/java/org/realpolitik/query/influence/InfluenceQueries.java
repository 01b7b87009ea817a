package org.realpolitik.query.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.influence.PageRank.Link;

import org.springframework.stereotype.Service;

/**
 * Influence as weighted PageRank over the edges valid at a date ({@code cypher/queries/influence-*.cypher}). Each
 * edge weighs |goldstein| × confidence × 0.5^(age / half-life); {@link Sign} chooses support, hostility or both.
 * With GDS in the database the scores come from {@code gds.pageRank} over a projection that is dropped afterwards;
 * without it the service fetches the weighted edges with one query and runs the same PageRank itself.
 */
@Service
public class InfluenceQueries {

	public static final int MAX_LIMIT = 100;

	/** How many edges explain each ranked actor. */
	static final int EXPLANATION = 3;

	/** The longest path shown as carrying personalised influence. */
	static final int PATH_HOPS = 3;

	static final String GDS_RANKING = "gds.pageRank";

	static final String GDS_PERSONALISED = "gds.pageRank (personalised)";

	static final String SERVICE_RANKING = "pageRank (in the service; GDS not available)";

	static final String SERVICE_PERSONALISED = "pageRank (personalised, in the service; GDS not available)";

	private final Graph graph;

	private final ActorStore actors;

	private final InfluenceSettings settings;

	private volatile Boolean gds;

	InfluenceQueries(Graph graph, ActorStore actors, InfluenceSettings settings) {
		this.graph = graph;
		this.actors = actors;
		this.settings = settings;
	}

	/** Which edges count: support (sign +1), hostility (sign −1) or both, each by the absolute value of its weight. */
	public enum Sign {

		POSITIVE(List.of(1)), NEGATIVE(List.of(-1)), ALL(List.of(1, -1));

		private final List<Integer> signs;

		Sign(List<Integer> signs) {
			this.signs = signs;
		}

		public List<Integer> signs() {
			return this.signs;
		}

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Which way influence flows from an actor. {@code OUT}: exerted; an actor scores by acting on (recognising, arming,
	 * sanctioning) actors that score. {@code IN}: received; an actor scores by being acted on by actors that score.
	 */
	public enum Direction {

		IN, OUT;

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public record InfluenceQuery(List<RelationshipType> types, Sign sign, Direction direction, LocalDate asOf,
			int limit) {

		public InfluenceQuery {
			if (types.isEmpty()) {
				throw new IllegalArgumentException("at least one relationship type");
			}
			if (limit < 1 || limit > MAX_LIMIT) {
				throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
			}
			types = List.copyOf(types);
		}

	}

	/** An edge that carries score to a ranked actor: the walk reaches the actor from {@code counterpart} through it. */
	public record Contribution(String type, String subject, String object, ActorRef counterpart, double weight,
			double contribution, long claims) {
	}

	public record Ranked(ActorRef actor, double score, List<Contribution> explanation) {
	}

	public record Ranking(String algorithm, LocalDate asOf, String sign, String direction, List<String> types,
			List<Ranked> ranking) {
	}

	public record PathEdge(String type, String subject, String object, double weight, long claims) {
	}

	/** A walk of up to three edges from the actor asked about; {@code probability} is the product of step shares. */
	public record InfluencePath(List<String> actors, List<PathEdge> edges, double probability) {
	}

	public record Shaped(ActorRef actor, double score, List<InfluencePath> paths) {
	}

	public record Around(String algorithm, LocalDate asOf, ActorRef actor, String sign, String direction,
			List<String> types, List<Shaped> ranking) {
	}

	/** The global ranking, best first. */
	public Ranking rank(InfluenceQuery query) {
		LocalDate asOf = asOf(query);
		boolean reverse = query.direction() == Direction.OUT;
		Map<String, Object> params = params(query, asOf, reverse);
		boolean useGds = gdsAvailable();
		Map<String, Double> scores = useGds ? gdsScores(params, List.of()) : serviceScores(params, reverse, List.of());
		List<String> top = top(scores, query.limit(), Set.of());
		Map<String, String> names = names(top);
		Map<String, List<Contribution>> explanations = explain(top, scores, params);
		List<Ranked> ranking = top.stream()
			.map(id -> new Ranked(new ActorRef(id, names.get(id)), scores.get(id),
					explanations.getOrDefault(id, List.of())))
			.toList();
		return new Ranking(useGds ? GDS_RANKING : SERVICE_RANKING, asOf, query.sign().value(),
				query.direction().value(), typeNames(query), ranking);
	}

	/**
	 * Personalised ranking around one actor: {@code OUT} whom it shapes (the walk follows edges from subject to
	 * object and restarts at the actor), {@code IN} who shapes it (the walk runs against the edges).
	 * @throws org.realpolitik.actor.ActorNotFoundException when no actor has the id
	 */
	public Around around(String actorId, InfluenceQuery query) {
		this.actors.requireExisting(actorId);
		LocalDate asOf = asOf(query);
		boolean reverse = query.direction() == Direction.IN;
		Map<String, Object> params = params(query, asOf, reverse);
		boolean useGds = gdsAvailable();
		Map<String, Double> scores = useGds ? gdsScores(params, List.of(actorId))
				: serviceScores(params, reverse, List.of(actorId));
		List<String> top = top(scores, query.limit(), Set.of(actorId));
		Set<String> ids = new LinkedHashSet<>(top);
		ids.add(actorId);
		Map<String, String> names = names(ids);
		Map<String, List<InfluencePath>> paths = paths(actorId, Set.copyOf(top), params);
		List<Shaped> ranking = top.stream()
			.map(id -> new Shaped(new ActorRef(id, names.get(id)), scores.get(id), paths.getOrDefault(id, List.of())))
			.toList();
		return new Around(useGds ? GDS_PERSONALISED : SERVICE_PERSONALISED, asOf,
				new ActorRef(actorId, names.get(actorId)), query.sign().value(), query.direction().value(),
				typeNames(query), ranking);
	}

	/** Whether the database has GDS's PageRank (asked once; {@code realpolitik.influence.use-gds=false} says no). */
	public boolean gdsAvailable() {
		if (!this.settings.useGds()) {
			return false;
		}
		Boolean known = this.gds;
		if (known == null) {
			known = this.graph.readOne(
					"SHOW PROCEDURES YIELD name WHERE name IN ['gds.pageRank.stream', 'gds.graph.project'] "
							+ "RETURN count(*) = 2 AS present",
					Map.of(), r -> r.get("present").asBoolean());
			this.gds = known;
		}
		return known;
	}

	private LocalDate asOf(InfluenceQuery query) {
		return query.asOf() == null ? LocalDate.now() : query.asOf();
	}

	private Map<String, Object> params(InfluenceQuery query, LocalDate asOf, boolean reverse) {
		Map<String, Object> params = new HashMap<>();
		params.put("types", typeNames(query));
		params.put("signs", query.sign().signs());
		params.put("asOf", asOf);
		params.put("halfLifeDays", this.settings.halfLifeDays());
		params.put("reverse", reverse);
		return params;
	}

	private static List<String> typeNames(InfluenceQuery query) {
		return query.types().stream().map(Enum::name).toList();
	}

	private Map<String, Double> gdsScores(Map<String, Object> params, List<String> sources) {
		String name = "realpolitik-influence-" + UUID.randomUUID();
		Map<String, Object> project = new HashMap<>(params);
		project.put("graph", name);
		try {
			Long nodes = this.graph.readOne(CypherFiles.query("influence-project"), project,
					r -> r.get("nodes").isNull() ? 0L : r.get("nodes").asLong());
			if (nodes == null || nodes == 0) {
				return Map.of();
			}
			Map<String, Object> run = new HashMap<>();
			run.put("graph", name);
			run.put("sources", sources);
			run.put("dampingFactor", this.settings.dampingFactor());
			run.put("maxIterations", this.settings.maxIterations());
			run.put("tolerance", this.settings.tolerance());
			Map<String, Double> scores = new HashMap<>();
			this.graph.read(CypherFiles.query("influence-pagerank"), run,
					r -> scores.put(r.get("actor").asString(), r.get("score").asDouble()));
			return scores;
		}
		finally {
			this.graph.read("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", Map.of("graph", name),
					r -> r.get("graphName").asString());
		}
	}

	private Map<String, Double> serviceScores(Map<String, Object> params, boolean reverse, List<String> sources) {
		List<Link> links = this.graph.read(CypherFiles.query("influence-edges"), params, r -> {
			String subject = r.get("subject").asString();
			String object = r.get("object").asString();
			double weight = r.get("weight").asDouble();
			return reverse ? new Link(object, subject, weight) : new Link(subject, object, weight);
		});
		return PageRank.scores(links, sources, this.settings.dampingFactor(), this.settings.maxIterations(),
				this.settings.tolerance());
	}

	/** The best {@code limit} scored ids, best first, ties by id; {@code exclude} never ranks. */
	private static List<String> top(Map<String, Double> scores, int limit, Set<String> exclude) {
		return scores.entrySet()
			.stream()
			.filter(e -> !exclude.contains(e.getKey()) && e.getValue() > 0)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	private Map<String, String> names(java.util.Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		this.graph.read("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name",
				Map.of("ids", List.copyOf(ids)), r -> names.put(r.get("id").asString(), r.get("name").asString()));
		return names;
	}

	/** Per ranked actor, the edges that carry most of its score: d × score(counterpart) × weight / W(counterpart). */
	private Map<String, List<Contribution>> explain(List<String> top, Map<String, Double> scores,
			Map<String, Object> params) {
		if (top.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> explain = new HashMap<>(params);
		explain.put("actors", top);
		double d = this.settings.dampingFactor();
		Map<String, List<Contribution>> all = new HashMap<>();
		this.graph.read(CypherFiles.query("influence-explain"), explain, (Record r) -> {
			String counterpart = r.get("counterpart").asString();
			double weight = r.get("weight").asDouble();
			double outWeight = r.get("outWeight").asDouble();
			double share = outWeight > 0 ? d * scores.getOrDefault(counterpart, 0.0) * weight / outWeight : 0;
			return all.computeIfAbsent(r.get("actor").asString(), k -> new ArrayList<>())
				.add(new Contribution(r.get("type").asString(), r.get("subject").asString(), r.get("object").asString(),
						new ActorRef(counterpart, r.get("counterpartName").asString()), weight, share,
						r.get("claims").asLong()));
		});
		Comparator<Contribution> order = Comparator.comparingDouble(Contribution::contribution)
			.reversed()
			.thenComparing(c -> c.counterpart().id())
			.thenComparing(Contribution::type);
		Map<String, List<Contribution>> best = new HashMap<>();
		all.forEach((id, list) -> best.put(id, list.stream().sorted(order).limit(EXPLANATION).toList()));
		return best;
	}

	/** A walk step with the share of the walker's weight it takes. */
	private record Step(String from, String to, PathEdge edge, double share) {
	}

	/** A partial walk: its last actor, steps and probability. */
	private record Walk(String at, List<Step> steps, double probability) {
	}

	/**
	 * For each target, the most probable walk of each length 1..3 from the actor that reaches it without revisiting
	 * an actor. The neighbourhood is fetched hop by hop ({@code influence-neighbours.cypher}), each frontier with all
	 * its walk edges, so each step's share is exact.
	 */
	private Map<String, List<InfluencePath>> paths(String actorId, Set<String> targets, Map<String, Object> params) {
		Map<String, List<InfluencePath>> paths = new HashMap<>();
		if (targets.isEmpty()) {
			return paths;
		}
		Map<String, Walk> frontier = Map.of(actorId, new Walk(actorId, List.of(), 1.0));
		for (int hop = 1; hop <= PATH_HOPS && !frontier.isEmpty(); hop++) {
			Map<String, Object> step = new HashMap<>(params);
			step.put("actors", List.copyOf(frontier.keySet()));
			Map<String, List<Step>> out = new HashMap<>();
			Map<String, Double> outWeight = new HashMap<>();
			this.graph.read(CypherFiles.query("influence-neighbours"), step, r -> {
				String from = r.get("from").asString();
				double weight = r.get("weight").asDouble();
				outWeight.merge(from, weight, Double::sum);
				return out.computeIfAbsent(from, k -> new ArrayList<>())
					.add(new Step(from, r.get("to").asString(), new PathEdge(r.get("type").asString(),
							r.get("subject").asString(), r.get("object").asString(), weight, r.get("claims").asLong()),
							weight));
			});
			Map<String, Walk> next = new HashMap<>();
			for (Walk walk : frontier.values()) {
				Set<String> visited = new HashSet<>();
				visited.add(actorId);
				walk.steps().forEach(s -> visited.add(s.to()));
				for (Step s : out.getOrDefault(walk.at(), List.of())) {
					if (visited.contains(s.to())) {
						continue;
					}
					double probability = walk.probability() * s.share() / outWeight.get(s.from());
					Walk longer = next.get(s.to());
					if (longer == null || probability > longer.probability()) {
						List<Step> steps = new ArrayList<>(walk.steps());
						steps.add(s);
						next.put(s.to(), new Walk(s.to(), steps, probability));
					}
				}
			}
			for (Walk walk : next.values()) {
				if (targets.contains(walk.at())) {
					List<String> actorsOnPath = new ArrayList<>();
					actorsOnPath.add(actorId);
					walk.steps().forEach(s -> actorsOnPath.add(s.to()));
					paths.computeIfAbsent(walk.at(), k -> new ArrayList<>())
						.add(new InfluencePath(actorsOnPath, walk.steps().stream().map(Step::edge).toList(),
								walk.probability()));
				}
			}
			frontier = next;
		}
		paths.values().forEach(list -> list.sort(Comparator.comparingDouble(InfluencePath::probability).reversed()));
		return paths;
	}

}
