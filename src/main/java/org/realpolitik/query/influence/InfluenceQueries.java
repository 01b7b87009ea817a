package org.realpolitik.query.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
			Map<String, List<InfluencePath>> paths = InfluencePaths.find(actorId, Set.copyOf(walks.ids(top)), walks::neighbours);
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

	static List<String> typeNames(InfluenceQuery query) {
		return query.types().stream().map(Enum::name).toList();
	}

	/** The weighted edges of one request from the cached edge list, in walk direction. */
	private Walks walks(InfluenceQuery query, LocalDate asOf, boolean reverse) {
		return new Walks(this.edges.current(), ProjectionKey.of(query, asOf, reverse), this.settings.halfLifeDays());
	}

}
