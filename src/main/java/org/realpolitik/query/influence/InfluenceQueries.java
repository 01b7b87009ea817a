package org.realpolitik.query.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.query.edges.GdsProjections;
import org.realpolitik.query.edges.EdgeListCache;
import org.realpolitik.query.edges.EdgeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Influence as weighted PageRank over the edges valid at a date ({@code cypher/queries/influence-*.cypher}). Each
 * edge weighs |goldstein| × confidence × 0.5^(age / half-life); {@link Sign} chooses support, hostility or both.
 * The service filters and weighs the cached signed edge list ({@link EdgeListCache}) per request. Where the database
 * has GDS ({@code realpolitik.influence.use-gds}, the default) the scores come from {@code gds.pageRank} on a
 * projection of those weighted links ({@link GdsProjections}, kept for reuse); otherwise the service runs the same
 * PageRank itself ({@link PageRank}). Explanations and paths come from the same links either way.
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

	static final String SERVICE_RANKING = "pageRank (in the service: the database has no GDS)";

	static final String SERVICE_PERSONALISED = "pageRank (personalised, in the service: the database has no GDS)";

	private final ActorStore actors;

	private final InfluenceSettings settings;

	private final EdgeListCache edges;

	private final GdsProjections gds;

	@Autowired
	InfluenceQueries(ActorStore actors, InfluenceSettings settings, EdgeListCache edges, GdsProjections gds) {
		this.actors = actors;
		this.settings = settings;
		this.edges = edges;
		this.gds = gds;
	}

	/** The same queries (sharing the edge cache) with PageRank always computed in the service, never by GDS. */
	public InfluenceQueries withoutGds() {
		return new InfluenceQueries(this.actors, this.settings, this.edges, null);
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
		Walks walks = walks(query, asOf, reverse);
		boolean byGds = gdsAvailable();
		double[] scores = byGds ? gdsScores(walks, -1) : walks.scores(-1, this.settings);
		int[] top = walks.top(scores, query.limit(), -1);
		Map<String, String> names = this.actors.names(walks.ids(top));
		Map<Integer, List<Contribution>> explanations = walks.explain(top, scores, this.settings.dampingFactor(),
				names, this.actors::names);
		List<Ranked> ranking = new ArrayList<>();
		for (int v : top) {
			String id = walks.edges.actor(v);
			ranking.add(new Ranked(new ActorRef(id, names.get(id)), scores[v], explanations.getOrDefault(v, List.of())));
		}
		return new Ranking(byGds ? GDS_RANKING : SERVICE_RANKING, asOf, query.sign().value(),
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
		Walks walks = walks(query, asOf, reverse);
		boolean byGds = gdsAvailable();
		int source = walks.edges.indexOf(actorId);
		List<Shaped> ranking = new ArrayList<>();
		Map<String, String> names;
		if (source < 0 || !walks.present[source]) {
			names = this.actors.names(List.of(actorId));
		}
		else {
			double[] scores = byGds ? gdsScores(walks, source)
					: walks.scores(source, this.settings);
			int[] top = walks.top(scores, query.limit(), source);
			Set<String> ids = new LinkedHashSet<>(walks.ids(top));
			ids.add(actorId);
			names = this.actors.names(ids);
			Map<String, List<InfluencePath>> paths = paths(actorId, Set.copyOf(walks.ids(top)), walks::neighbours);
			for (int v : top) {
				String id = walks.edges.actor(v);
				ranking.add(new Shaped(new ActorRef(id, names.get(id)), scores[v], paths.getOrDefault(id, List.of())));
			}
		}
		return new Around(byGds ? GDS_PERSONALISED : SERVICE_PERSONALISED, asOf,
				new ActorRef(actorId, names.get(actorId)), query.sign().value(), query.direction().value(),
				typeNames(query), ranking);
	}

	/**
	 * After the edge list was brought up to date in the background, makes the GDS projections of the requests asked
	 * for most recently and of the default requests (all types, both signs, direction out, today: the ranking and the
	 * personalised ranking) for the new edges, so that the first of them after an import does not wait for its
	 * projection.
	 */
	@org.springframework.context.event.EventListener
	public void onEdgeListWarmed(org.realpolitik.query.edges.EdgeListWarmed event) {
		if (!gdsAvailable()) {
			return;
		}
		try {
			var defaults = new InfluenceQuery(List.of(RelationshipType.values()), Sign.ALL, Direction.OUT, null, 1);
			LocalDate today = asOf(defaults);
			Set<ProjectionKey> keys = new LinkedHashSet<>();
			keys.add(ProjectionKey.of(defaults, today, true));
			keys.add(ProjectionKey.of(defaults, today, false));
			keys.addAll(this.gds.recentKeys(ProjectionKey.class));
			EdgeList current = this.edges.current();
			for (ProjectionKey key : keys) {
				Walks walks = new Walks(current, key, this.settings.halfLifeDays());
				if (walks.m > 0) {
					this.gds.run(walks.links(), (tx, graphName) -> null);
				}
			}
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(InfluenceQueries.class)
				.debug("Could not prepare the influence projections: {}", ex.getMessage());
		}
	}

	/** Whether GDS computes the scores: {@code realpolitik.influence.use-gds} and the database has GDS. */
	public boolean gdsAvailable() {
		return this.gds != null && this.gds.available();
	}

	/**
	 * What the links of a request (and a projection of them) depend on, besides the edge list and the half-life, which
	 * are the same for every request of an instance: the types (sorted), the sign, the walk direction and the date.
	 */
	private record ProjectionKey(List<String> types, Sign sign, boolean reverse, long asOfDay) {

		static ProjectionKey of(InfluenceQuery query, LocalDate asOf, boolean reverse) {
			return new ProjectionKey(typeNames(query).stream().sorted().toList(), query.sign(), reverse,
					asOf.toEpochDay());
		}

	}

	/**
	 * PageRank by GDS over the request's links ({@code influence-pagerank-links.cypher}), personalised when
	 * {@code source} is not -1; scores indexed like the edge list's actors.
	 */
	private double[] gdsScores(Walks walks, int source) {
		double[] scores = new double[walks.n];
		if (walks.m == 0) {
			return scores;
		}
		var links = walks.links();
		String cypher = CypherFiles.query("influence-pagerank-links");
		this.gds.run(links, (tx, graphName) -> {
			Map<String, Object> run = new HashMap<>();
			run.put("graph", graphName);
			run.put("sources", source < 0 ? List.of() : List.of((long) source));
			run.put("dampingFactor", this.settings.dampingFactor());
			run.put("maxIterations", this.settings.maxIterations());
			run.put("tolerance", this.settings.tolerance());
			var result = tx.run(cypher, run);
			while (result.hasNext()) {
				Record r = result.next();
				scores[(int) r.get("node").asLong()] = r.get("score").asDouble();
			}
			return null;
		});
		return scores;
	}

	private LocalDate asOf(InfluenceQuery query) {
		return query.asOf() == null ? LocalDate.now() : query.asOf();
	}

	private static List<String> typeNames(InfluenceQuery query) {
		return query.types().stream().map(Enum::name).toList();
	}

	/** A walk step with the share of the walker's weight it takes. */
	private record Step(String from, String to, PathEdge edge, double share) {
	}

	/** The walk steps out of a frontier, by actor, and each actor's total walk weight. */
	private record Neighbours(Map<String, List<Step>> out, Map<String, Double> outWeight) {
	}

	/** The weighted edges of one request from the cached edge list, in walk direction. */
	private Walks walks(InfluenceQuery query, LocalDate asOf, boolean reverse) {
		return new Walks(this.edges.current(), ProjectionKey.of(query, asOf, reverse), this.settings.halfLifeDays());
	}

	/**
	 * The walk graph of one request: every cached edge whose type and sign are asked for, valid at {@code asOf} and
	 * of positive weight (as influence-edges.cypher filters and weighs), as links in walk direction.
	 */
	private static final class Walks {

		final EdgeList edges;

		final int n;

		int m;

		int[] edge;

		int[] from;

		int[] to;

		double[] weight;

		final double[] outWeight;

		final boolean[] present;

		/** What the links were chosen by. */
		final ProjectionKey key;

		Walks(EdgeList edges, ProjectionKey key, double halfLifeDays) {
			this.edges = edges;
			this.key = key;
			List<String> types = key.types();
			List<Integer> signs = key.sign().signs();
			long asOfDay = key.asOfDay();
			boolean reverse = key.reverse();
			this.n = edges.actorCount();
			boolean[] typeMask = edges.typeMask(types);
			boolean positive = signs.contains(1);
			boolean negative = signs.contains(-1);
			int size = edges.size();
			int capacity = Math.max(16, size / 4);
			this.edge = new int[capacity];
			this.from = new int[capacity];
			this.to = new int[capacity];
			this.weight = new double[capacity];
			this.outWeight = new double[this.n];
			this.present = new boolean[this.n];
			for (int e = 0; e < size; e++) {
				int sign = edges.sign(e);
				if (sign == 0 || !typeMask[edges.typeIndex(e)] || !(sign > 0 ? positive : negative)
						|| !edges.validAt(e, asOfDay)) {
					continue;
				}
				double w = edges.weight(e, asOfDay, halfLifeDays);
				if (!(w > 0)) {
					continue;
				}
				if (this.m == capacity) {
					capacity *= 2;
					this.edge = Arrays.copyOf(this.edge, capacity);
					this.from = Arrays.copyOf(this.from, capacity);
					this.to = Arrays.copyOf(this.to, capacity);
					this.weight = Arrays.copyOf(this.weight, capacity);
				}
				int f = reverse ? edges.object(e) : edges.subject(e);
				int t = reverse ? edges.subject(e) : edges.object(e);
				this.edge[this.m] = e;
				this.from[this.m] = f;
				this.to[this.m] = t;
				this.weight[this.m] = w;
				this.outWeight[f] += w;
				this.present[f] = true;
				this.present[t] = true;
				this.m++;
			}
		}

		/** The links for a GDS projection, keyed by what they were chosen by. */
		GdsProjections.Links links() {
			return new GdsProjections.Links(this.edges, this.key, this.m, this.from, this.to, this.weight, false);
		}

		double[] scores(int source, InfluenceSettings settings) {
			return PageRank.scores(this.n, this.m, this.from, this.to, this.weight, this.outWeight, this.present, source,
					settings.dampingFactor(), settings.maxIterations(), settings.tolerance());
		}

		/** The best {@code limit} nodes with a positive score, best first, ties by id; {@code exclude} never ranks. */
		int[] top(double[] scores, int limit, int exclude) {
			Comparator<Integer> better = (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
					: Integer.compare(a, b);
			PriorityQueue<Integer> worstFirst = new PriorityQueue<>(limit + 1, better.reversed());
			for (int v = 0; v < this.n; v++) {
				if (v == exclude || !this.present[v] || !(scores[v] > 0)) {
					continue;
				}
				if (worstFirst.size() < limit) {
					worstFirst.add(v);
				}
				else if (better.compare(v, worstFirst.peek()) < 0) {
					worstFirst.poll();
					worstFirst.add(v);
				}
			}
			List<Integer> best = new ArrayList<>(worstFirst);
			best.sort(better);
			return best.stream().mapToInt(Integer::intValue).toArray();
		}

		List<String> ids(int[] nodes) {
			return Arrays.stream(nodes).mapToObj(this.edges::actor).toList();
		}

		/**
		 * Per ranked node, the links through which the walk reaches it, each contributing d × score(counterpart) ×
		 * weight / W(counterpart), the largest first.
		 */
		Map<Integer, List<Contribution>> explain(int[] top, double[] scores, double d, Map<String, String> known,
				Function<java.util.Collection<String>, Map<String, String>> lookup) {
			Map<Integer, List<Integer>> reaching = new HashMap<>();
			boolean[] ranked = new boolean[this.n];
			for (int v : top) {
				ranked[v] = true;
			}
			for (int i = 0; i < this.m; i++) {
				if (ranked[this.to[i]]) {
					reaching.computeIfAbsent(this.to[i], k -> new ArrayList<>()).add(i);
				}
			}
			Set<String> counterparts = new HashSet<>();
			reaching.values().forEach(links -> links.forEach(i -> counterparts.add(this.edges.actor(this.from[i]))));
			counterparts.removeAll(known.keySet());
			Map<String, String> names = new HashMap<>(known);
			if (!counterparts.isEmpty()) {
				names.putAll(lookup.apply(counterparts));
			}
			Comparator<Contribution> order = Comparator.comparingDouble(Contribution::contribution)
				.reversed()
				.thenComparing(c -> c.counterpart().id())
				.thenComparing(Contribution::type);
			Map<Integer, List<Contribution>> best = new HashMap<>();
			reaching.forEach((v, links) -> best.put(v, links.stream().map(i -> {
				int e = this.edge[i];
				int u = this.from[i];
				double share = this.outWeight[u] > 0 ? d * scores[u] * this.weight[i] / this.outWeight[u] : 0;
				String counterpart = this.edges.actor(u);
				return new Contribution(this.edges.type(e), this.edges.actor(this.edges.subject(e)),
						this.edges.actor(this.edges.object(e)), new ActorRef(counterpart, names.get(counterpart)),
						this.weight[i], share, this.edges.claims(e));
			}).sorted(order).limit(EXPLANATION).toList()));
			return best;
		}

		/** One hop of the walk out of {@code frontier}: every link leaving it, and each one's total walk weight. */
		Neighbours neighbours(Set<String> frontier) {
			boolean[] in = new boolean[this.n];
			for (String id : frontier) {
				int v = this.edges.indexOf(id);
				if (v >= 0) {
					in[v] = true;
				}
			}
			Map<String, List<Step>> out = new HashMap<>();
			Map<String, Double> outWeight = new HashMap<>();
			for (int i = 0; i < this.m; i++) {
				if (!in[this.from[i]]) {
					continue;
				}
				int e = this.edge[i];
				String f = this.edges.actor(this.from[i]);
				outWeight.merge(f, this.weight[i], Double::sum);
				out.computeIfAbsent(f, k -> new ArrayList<>())
					.add(new Step(f, this.edges.actor(this.to[i]),
							new PathEdge(this.edges.type(e), this.edges.actor(this.edges.subject(e)),
									this.edges.actor(this.edges.object(e)), this.weight[i], this.edges.claims(e)),
							this.weight[i]));
			}
			return new Neighbours(out, outWeight);
		}

	}

	/** A partial walk: its last actor, steps and probability. */
	private record Walk(String at, List<Step> steps, double probability) {
	}

	/**
	 * For each target, the most probable walk of each length 1..3 from the actor that reaches it without revisiting
	 * an actor. The neighbourhood is taken hop by hop from the request's links (the rows influence-neighbours.cypher
	 * gives), each frontier with all its walk edges, so each step's share is exact.
	 */
	private Map<String, List<InfluencePath>> paths(String actorId, Set<String> targets,
			Function<Set<String>, Neighbours> neighbours) {
		Map<String, List<InfluencePath>> paths = new HashMap<>();
		if (targets.isEmpty()) {
			return paths;
		}
		Map<String, Walk> frontier = Map.of(actorId, new Walk(actorId, List.of(), 1.0));
		for (int hop = 1; hop <= PATH_HOPS && !frontier.isEmpty(); hop++) {
			Neighbours step = neighbours.apply(frontier.keySet());
			Map<String, List<Step>> out = step.out();
			Map<String, Double> outWeight = step.outWeight();
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
