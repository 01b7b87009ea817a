package org.realpolitik.query.balance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.query.balance.EnemiesOfEnemies.Candidates;
import org.realpolitik.query.balance.Triangles.Triangle;
import org.realpolitik.query.edges.GdsProjections;
import org.realpolitik.query.edges.EdgeListCache;
import org.realpolitik.query.edges.EdgeList;

import org.springframework.stereotype.Service;

/**
 * Structural balance and blocs over the signed edges valid at a date (those of {@code balance-edges.cypher}, taken from
 * the cached edge list, {@link EdgeListCache}) analysed in the service: triangle enumeration and common enemies
 * counted per actor. Blocs are Leiden communities by GDS where the database has it ({@link GdsProjections}),
 * otherwise label propagation in the service.
 */
@Service
public class BalanceQueries {

	public static final int MAX_LIMIT = 1000;

	/** How many ties describe a bloc. */
	static final int TIES = 5;

	static final String GDS_BLOC_ALGORITHM = "gds.leiden (weighted, positive pairs)";

	static final String BLOC_ALGORITHM = "labelPropagation (weighted, positive pairs, in the service: the database has no GDS)";

	private final EdgeListCache edges;

	private final GdsProjections gds;

	private final ActorStore actors;

	BalanceQueries(EdgeListCache edges, GdsProjections gds, ActorStore actors) {
		this.edges = edges;
		this.gds = gds;
		this.actors = actors;
	}

	/** An edge behind a pair's sign. */
	public record Evidence(String type, String subject, String object, int sign, long claims, long sources) {
	}

	/** Two actors, the sign of their relation and the edges it rests on; conflicting when those edges disagree. */
	public record SignedPair(ActorRef a, ActorRef b, int sign, boolean conflicting, long claims, List<Evidence> edges) {
	}

	public record Triad(List<ActorRef> actors, boolean balanced, List<SignedPair> pairs) {
	}

	/** Two actors with no positive edge between them that share enemies; hostile when they are enemies themselves. */
	public record Candidate(ActorRef a, ActorRef b, List<ActorRef> commonEnemies, boolean hostile) {
	}

	public record Page<T>(long total, int offset, int limit, List<T> items) {
	}

	public record Balance(LocalDate asOf, long balanced, long unbalanced, Page<Triad> triads,
			Page<Candidate> candidates) {
	}

	public record Bloc(List<ActorRef> members, List<SignedPair> strongestTies) {
	}

	public record Blocs(String algorithm, LocalDate asOf, List<Bloc> blocs) {
	}

	/**
	 * Triads, unbalanced first (then by evidence, most first, then by actor ids), and "enemy of my enemy" candidates
	 * (most common enemies first, pairs not yet hostile first), each list paged by {@code limit}/{@code offset}.
	 */
	public Balance balance(LocalDate asOf, int limit, int offset) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		SignedGraph signed = load(date);
		List<Triangle> triangles = Triangles.of(signed);
		long unbalanced = triangles.stream().filter(t -> !t.balanced()).count();
		List<Triangle> page = triangles.stream()
			.sorted(Comparator.comparing(Triangle::balanced)
				.thenComparingLong(t -> -t.claims())
				.thenComparingInt(Triangle::x)
				.thenComparingInt(Triangle::y)
				.thenComparingInt(Triangle::z))
			.skip(offset)
			.limit(limit)
			.toList();
		Candidates enemies = EnemiesOfEnemies.find(signed, (int) Math.min(Integer.MAX_VALUE - 8, (long) offset + limit));
		List<EnemiesOfEnemies.Candidate> candidates = enemies.first().stream().skip(offset).limit(limit).toList();
		Map<EnemiesOfEnemies.Candidate, List<Integer>> common = new HashMap<>();
		candidates.forEach(c -> common.put(c, EnemiesOfEnemies.commonEnemies(signed, c.x(), c.y())));
		Set<String> ids = new HashSet<>();
		page.forEach(t -> ids.addAll(List.of(id(signed, t.x()), id(signed, t.y()), id(signed, t.z()))));
		candidates.forEach(c -> {
			ids.add(id(signed, c.x()));
			ids.add(id(signed, c.y()));
			common.get(c).forEach(z -> ids.add(id(signed, z)));
		});
		Map<String, String> names = this.actors.names(ids);
		List<Triad> triads = page.stream()
			.map(t -> new Triad(List.of(ref(signed, t.x(), names), ref(signed, t.y(), names), ref(signed, t.z(), names)),
					t.balanced(), List.of(pair(signed, t.xy(), names), pair(signed, t.xz(), names),
							pair(signed, t.yz(), names))))
			.toList();
		List<Candidate> items = candidates.stream()
			.map(c -> new Candidate(ref(signed, c.x(), names), ref(signed, c.y(), names),
					common.get(c).stream().map(z -> ref(signed, z, names)).toList(), c.hostile()))
			.toList();
		return new Balance(date, triangles.size() - unbalanced, unbalanced,
				new Page<>(triangles.size(), offset, limit, triads),
				new Page<>(enemies.total(), offset, limit, items));
	}

	/** Blocs: largest first, each with its members (by id) and its strongest positive ties. */
	public Blocs blocs(LocalDate asOf, int limit) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		SignedGraph signed = load(date);
		boolean byGds = this.gds.available();
		List<int[]> groups = (byGds ? leiden(signed, date) : BlocDetection.labelPropagation(signed)).stream()
			.sorted(Comparator.<int[]>comparingInt(g -> -g.length).thenComparingInt(g -> g[0]))
			.limit(limit)
			.toList();
		Map<int[], List<Integer>> ties = new HashMap<>();
		Set<String> ids = new HashSet<>();
		for (int[] members : groups) {
			List<Integer> strongest = BlocDetection.pairsWithin(signed, members)
				.stream()
				.sorted(Comparator.<Integer>comparingDouble(p -> -signed.positiveWeight(p))
					.thenComparingInt(p -> signed.first(p))
					.thenComparingInt(p -> signed.second(p)))
				.limit(TIES)
				.toList();
			ties.put(members, strongest);
			for (int v : members) {
				ids.add(id(signed, v));
			}
		}
		Map<String, String> names = this.actors.names(ids);
		List<Bloc> blocs = groups.stream()
			.map(members -> new Bloc(Arrays.stream(members).mapToObj(v -> ref(signed, v, names)).toList(),
					ties.get(members).stream().map(p -> pair(signed, p, names)).toList()))
			.toList();
		return new Blocs(byGds ? GDS_BLOC_ALGORITHM : BLOC_ALGORITHM, date, blocs);
	}

	/**
	 * After the edge list was brought up to date in the background, makes the blocs projections (GDS) of today and of
	 * the dates asked for most recently, so that the first such blocs request after an import does not wait for it.
	 */
	@org.springframework.context.event.EventListener
	public void onEdgeListWarmed(org.realpolitik.query.edges.EdgeListWarmed event) {
		if (!this.gds.available()) {
			return;
		}
		try {
			Set<BlocsKey> keys = new java.util.LinkedHashSet<>();
			keys.add(new BlocsKey(LocalDate.now().toEpochDay()));
			keys.addAll(this.gds.recentKeys(BlocsKey.class));
			for (BlocsKey key : keys) {
				GdsProjections.Links links = BlocDetection.positiveLinks(load(LocalDate.ofEpochDay(key.asOfDay())), key);
				if (links.m() > 0) {
					this.gds.run(links, (tx, graphName) -> null);
				}
			}
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(BalanceQueries.class)
				.debug("Could not prepare the blocs projection: {}", ex.getMessage());
		}
	}

	/** What the projection of one date's positive pairs depends on, besides the edge list. */
	private record BlocsKey(long asOfDay) {
	}

	/** Leiden communities by GDS over the positive pairs ({@code blocs-leiden-links.cypher}), as groups. */
	private List<int[]> leiden(SignedGraph signed, LocalDate date) {
		GdsProjections.Links links = BlocDetection.positiveLinks(signed, new BlocsKey(date.toEpochDay()));
		long[] community = new long[signed.actors()];
		Arrays.fill(community, -1);
		if (links.m() > 0) {
			String cypher = CypherFiles.query("blocs-leiden-links");
			this.gds.run(links, (tx, graphName) -> {
				var result = tx.run(cypher, Map.of("graph", graphName));
				while (result.hasNext()) {
					var r = result.next();
					community[(int) r.get("node").asLong()] = r.get("community").asLong();
				}
				return null;
			});
		}
		return BlocDetection.groups(signed, community);
	}

	private SignedGraph load(LocalDate asOf) {
		return new SignedGraph(this.edges.current(), asOf.toEpochDay());
	}

	private static String id(SignedGraph signed, int v) {
		return signed.actorId(v);
	}

	private static ActorRef ref(SignedGraph signed, int v, Map<String, String> names) {
		String id = id(signed, v);
		return new ActorRef(id, names.get(id));
	}

	private static SignedPair pair(SignedGraph signed, int p, Map<String, String> names) {
		EdgeList all = signed.edgeList();
		List<Evidence> edges = signed.edgesOf(p)
			.mapToObj(e -> new Evidence(all.type(e), all.actor(all.subject(e)), all.actor(all.object(e)), all.sign(e),
					all.claims(e), all.sources(e)))
			.sorted(Comparator.comparing(Evidence::type).thenComparing(Evidence::subject))
			.toList();
		return new SignedPair(ref(signed, signed.first(p), names), ref(signed, signed.second(p), names), signed.sign(p),
				signed.conflicting(p), signed.claims(p), edges);
	}

}
