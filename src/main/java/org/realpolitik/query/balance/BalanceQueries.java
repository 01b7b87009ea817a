package org.realpolitik.query.balance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.query.balance.SignedGraph.Pair;
import org.realpolitik.query.balance.SignedGraph.SignedEdge;
import org.realpolitik.query.balance.SignedGraph.Triangle;

import org.springframework.stereotype.Service;

/**
 * Structural balance and blocs over the signed edges valid at a date ({@code cypher/queries/balance-edges.cypher}),
 * fetched with one query and analysed in the service: triangle enumeration, common enemies, label propagation.
 */
@Service
public class BalanceQueries {

	public static final int MAX_LIMIT = 1000;

	/** How many ties describe a bloc. */
	static final int TIES = 5;

	static final String BLOC_ALGORITHM = "labelPropagation (weighted, positive pairs, in the service)";

	private final Graph graph;

	BalanceQueries(Graph graph) {
		this.graph = graph;
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
		List<Triangle> triangles = signed.triangles();
		long unbalanced = triangles.stream().filter(t -> !t.balanced()).count();
		List<Triangle> page = triangles.stream()
			.sorted(Comparator.comparing(Triangle::balanced)
				.thenComparing(t -> -(t.xy().claims() + t.xz().claims() + t.yz().claims()))
				.thenComparing(Triangle::x)
				.thenComparing(Triangle::y)
				.thenComparing(Triangle::z))
			.skip(offset)
			.limit(limit)
			.toList();
		var enemies = signed.enemiesOfEnemies();
		List<Map.Entry<List<String>, Set<String>>> candidates = enemies.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<List<String>, Set<String>>>comparingInt(e -> -e.getValue().size())
				.thenComparing(e -> hostile(signed, e.getKey()))
				.thenComparing(e -> e.getKey().get(0))
				.thenComparing(e -> e.getKey().get(1)))
			.skip(offset)
			.limit(limit)
			.toList();
		Set<String> ids = new HashSet<>();
		page.forEach(t -> ids.addAll(List.of(t.x(), t.y(), t.z())));
		candidates.forEach(e -> {
			ids.addAll(e.getKey());
			ids.addAll(e.getValue());
		});
		Map<String, String> names = names(ids);
		List<Triad> triads = page.stream()
			.map(t -> new Triad(List.of(ref(t.x(), names), ref(t.y(), names), ref(t.z(), names)), t.balanced(),
					List.of(pair(t.xy(), names), pair(t.xz(), names), pair(t.yz(), names))))
			.toList();
		List<Candidate> items = candidates.stream()
			.map(e -> new Candidate(ref(e.getKey().get(0), names), ref(e.getKey().get(1), names),
					e.getValue().stream().sorted().map(id -> ref(id, names)).toList(), hostile(signed, e.getKey())))
			.toList();
		return new Balance(date, triangles.size() - unbalanced, unbalanced,
				new Page<>(triangles.size(), offset, limit, triads),
				new Page<>(enemies.size(), offset, limit, items));
	}

	/** Blocs: largest first, each with its members (by id) and its strongest positive ties. */
	public Blocs blocs(LocalDate asOf, int limit) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		SignedGraph signed = load(date);
		List<List<String>> groups = signed.blocs()
			.values()
			.stream()
			.sorted(Comparator.<List<String>>comparingInt(g -> -g.size()).thenComparing(g -> g.get(0)))
			.limit(limit)
			.toList();
		Set<String> ids = new HashSet<>();
		groups.forEach(ids::addAll);
		Map<String, String> names = names(ids);
		List<Bloc> blocs = groups.stream().map(members -> {
			List<SignedPair> ties = signed.pairsWithin(Set.copyOf(members))
				.stream()
				.sorted(Comparator.comparingDouble(Pair::positiveWeight).reversed().thenComparing(p -> p.a)
					.thenComparing(p -> p.b))
				.limit(TIES)
				.map(p -> pair(p, names))
				.toList();
			return new Bloc(members.stream().map(id -> ref(id, names)).toList(), ties);
		}).toList();
		return new Blocs(BLOC_ALGORITHM, date, blocs);
	}

	private static boolean hostile(SignedGraph signed, List<String> pair) {
		Pair between = signed.pair(pair.get(0), pair.get(1));
		return between != null && between.sign() < 0;
	}

	private SignedGraph load(LocalDate asOf) {
		SignedGraph signed = new SignedGraph();
		this.graph.read(CypherFiles.query("balance-edges"), Map.of("asOf", asOf), r -> {
			signed.add(new SignedEdge(r.get("type").asString(), r.get("subject").asString(), r.get("object").asString(),
					r.get("sign").asInt(), r.get("weight").asDouble(), r.get("claims").asLong(),
					r.get("sources").asLong()));
			return true;
		});
		return signed;
	}

	private Map<String, String> names(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.graph.read("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name",
					Map.of("ids", List.copyOf(ids)), r -> names.put(r.get("id").asString(), r.get("name").asString()));
		}
		return names;
	}

	private static ActorRef ref(String id, Map<String, String> names) {
		return new ActorRef(id, names.get(id));
	}

	private static SignedPair pair(Pair p, Map<String, String> names) {
		List<Evidence> edges = p.edges.stream()
			.sorted(Comparator.comparing(SignedEdge::type).thenComparing(SignedEdge::subject))
			.map(e -> new Evidence(e.type(), e.subject(), e.object(), e.sign(), e.claims(), e.sources()))
			.toList();
		return new SignedPair(ref(p.a, names), ref(p.b, names), p.sign(), p.conflicting(), p.claims(), edges);
	}

}
