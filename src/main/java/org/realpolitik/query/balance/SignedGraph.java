package org.realpolitik.query.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The signed pair graph: one undirected pair per two actors with at least one signed edge between them (either
 * direction). The pair's sign is the sign of Σ sign × weight over its edges; a pair whose sum is exactly 0 has sign 0
 * and closes no triad.
 */
final class SignedGraph {

	/** A derived edge as the pair graph sees it. */
	record SignedEdge(String type, String subject, String object, int sign, double weight, long claims, long sources) {
	}

	/** Two actors ({@code a < b}) and the edges between them. */
	static final class Pair {

		final String a;

		final String b;

		final List<SignedEdge> edges = new ArrayList<>();

		double net;

		Pair(String a, String b) {
			this.a = a;
			this.b = b;
		}

		int sign() {
			return this.net > 0 ? 1 : this.net < 0 ? -1 : 0;
		}

		boolean conflicting() {
			return this.edges.stream().map(SignedEdge::sign).distinct().count() > 1;
		}

		long claims() {
			return this.edges.stream().mapToLong(SignedEdge::claims).sum();
		}

		double positiveWeight() {
			return this.edges.stream().filter(e -> e.sign() > 0).mapToDouble(SignedEdge::weight).sum();
		}

		boolean hasPositiveEdge() {
			return this.edges.stream().anyMatch(e -> e.sign() > 0);
		}

	}

	private final Map<String, Pair> pairs = new HashMap<>();

	private final Map<String, Map<String, Pair>> neighbours = new HashMap<>();

	void add(SignedEdge edge) {
		String a = edge.subject().compareTo(edge.object()) < 0 ? edge.subject() : edge.object();
		String b = a.equals(edge.subject()) ? edge.object() : edge.subject();
		Pair pair = this.pairs.computeIfAbsent(a + "\u0000" + b, k -> {
			Pair p = new Pair(a, b);
			this.neighbours.computeIfAbsent(a, x -> new HashMap<>()).put(b, p);
			this.neighbours.computeIfAbsent(b, x -> new HashMap<>()).put(a, p);
			return p;
		});
		pair.edges.add(edge);
		pair.net += edge.sign() * edge.weight();
	}

	Pair pair(String x, String y) {
		Map<String, Pair> n = this.neighbours.get(x);
		return n == null ? null : n.get(y);
	}

	/** Three pairs that close a triangle, all with a sign, actors in id order. */
	record Triangle(String x, String y, String z, Pair xy, Pair xz, Pair yz) {

		boolean balanced() {
			return this.xy.sign() * this.xz.sign() * this.yz.sign() > 0;
		}

	}

	/** Every triangle of signed pairs, each once (ordered by degree so hubs are not expanded from). */
	List<Triangle> triangles() {
		Map<String, Map<String, Pair>> signed = new HashMap<>();
		this.neighbours.forEach((id, n) -> {
			Map<String, Pair> s = new HashMap<>();
			n.forEach((other, p) -> {
				if (p.sign() != 0) {
					s.put(other, p);
				}
			});
			if (!s.isEmpty()) {
				signed.put(id, s);
			}
		});
		Comparator<String> rank = Comparator.<String>comparingInt(id -> signed.get(id).size())
			.thenComparing(Comparator.naturalOrder());
		List<Triangle> triangles = new ArrayList<>();
		for (Map.Entry<String, Map<String, Pair>> entry : signed.entrySet()) {
			String u = entry.getKey();
			List<String> higher = entry.getValue().keySet().stream().filter(v -> rank.compare(u, v) < 0).toList();
			for (int i = 0; i < higher.size(); i++) {
				String v = higher.get(i);
				Map<String, Pair> nv = signed.get(v);
				for (int j = i + 1; j < higher.size(); j++) {
					String w = higher.get(j);
					if (nv.containsKey(w)) {
						String[] ids = { u, v, w };
						java.util.Arrays.sort(ids);
						triangles.add(new Triangle(ids[0], ids[1], ids[2], signed.get(ids[0]).get(ids[1]),
								signed.get(ids[0]).get(ids[2]), signed.get(ids[1]).get(ids[2])));
					}
				}
			}
		}
		return triangles;
	}

	/** Unordered pairs without a positive edge that share enemies (negative pairs), with those enemies. */
	Map<List<String>, Set<String>> enemiesOfEnemies() {
		Map<List<String>, Set<String>> candidates = new TreeMap<>(
				Comparator.<List<String>, String>comparing(l -> l.get(0)).thenComparing(l -> l.get(1)));
		this.neighbours.forEach((z, n) -> {
			List<String> enemies = n.entrySet()
				.stream()
				.filter(e -> e.getValue().sign() < 0)
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			for (int i = 0; i < enemies.size(); i++) {
				for (int j = i + 1; j < enemies.size(); j++) {
					Pair between = pair(enemies.get(i), enemies.get(j));
					if (between == null || !between.hasPositiveEdge()) {
						candidates.computeIfAbsent(List.of(enemies.get(i), enemies.get(j)), k -> new HashSet<>()).add(z);
					}
				}
			}
		});
		return candidates;
	}

	/**
	 * Weighted label propagation over positive pairs (weight: the pair's positive edge weights): in id order, each
	 * actor takes the label its neighbours carry with the most weight (ties: the smallest label), until nothing
	 * changes or 50 rounds. Returns label → members, for groups of two or more.
	 */
	Map<String, List<String>> blocs() {
		Map<String, Map<String, Double>> positive = new TreeMap<>();
		this.pairs.values().forEach(p -> {
			if (p.sign() > 0) {
				positive.computeIfAbsent(p.a, k -> new TreeMap<>()).put(p.b, p.positiveWeight());
				positive.computeIfAbsent(p.b, k -> new TreeMap<>()).put(p.a, p.positiveWeight());
			}
		});
		Map<String, String> label = new HashMap<>();
		positive.keySet().forEach(id -> label.put(id, id));
		for (int round = 0; round < 50; round++) {
			boolean changed = false;
			for (Map.Entry<String, Map<String, Double>> entry : positive.entrySet()) {
				Map<String, Double> votes = new TreeMap<>();
				entry.getValue().forEach((other, w) -> votes.merge(label.get(other), w, Double::sum));
				String best = null;
				double bestWeight = -1;
				for (Map.Entry<String, Double> vote : votes.entrySet()) {
					if (vote.getValue() > bestWeight) {
						best = vote.getKey();
						bestWeight = vote.getValue();
					}
				}
				if (best != null && !best.equals(label.get(entry.getKey()))) {
					label.put(entry.getKey(), best);
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		Map<String, List<String>> groups = new TreeMap<>();
		label.forEach((id, l) -> groups.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
		groups.values().removeIf(members -> members.size() < 2);
		groups.values().forEach(members -> members.sort(Comparator.naturalOrder()));
		return groups;
	}

	List<Pair> pairsWithin(Set<String> members) {
		List<Pair> within = new ArrayList<>();
		for (Pair p : this.pairs.values()) {
			if (p.sign() > 0 && members.contains(p.a) && members.contains(p.b)) {
				within.add(p);
			}
		}
		return within;
	}

}
