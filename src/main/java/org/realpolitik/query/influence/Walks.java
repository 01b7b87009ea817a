package org.realpolitik.query.influence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.query.edges.EdgeList;
import org.realpolitik.query.edges.GdsProjections;
import org.realpolitik.query.influence.InfluenceQueries.Contribution;
import org.realpolitik.query.influence.InfluenceQueries.PathEdge;

/**
 * The walk graph of one request: every cached edge whose type and sign are asked for, valid at {@code asOf} and
 * of positive weight (as influence-edges.cypher filters and weighs), as links in walk direction.
 */
final class Walks {

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
		}).sorted(order).limit(InfluenceQueries.EXPLANATION).toList()));
		return best;
	}

	/** One hop of the walk out of {@code frontier}: every link leaving it, and each one's total walk weight. */
	InfluencePaths.Neighbours neighbours(Set<String> frontier) {
		boolean[] in = new boolean[this.n];
		for (String id : frontier) {
			int v = this.edges.indexOf(id);
			if (v >= 0) {
				in[v] = true;
			}
		}
		Map<String, List<InfluencePaths.Step>> out = new HashMap<>();
		Map<String, Double> outWeight = new HashMap<>();
		for (int i = 0; i < this.m; i++) {
			if (!in[this.from[i]]) {
				continue;
			}
			int e = this.edge[i];
			String f = this.edges.actor(this.from[i]);
			outWeight.merge(f, this.weight[i], Double::sum);
			out.computeIfAbsent(f, k -> new ArrayList<>())
				.add(new InfluencePaths.Step(f, this.edges.actor(this.to[i]),
						new PathEdge(this.edges.type(e), this.edges.actor(this.edges.subject(e)),
								this.edges.actor(this.edges.object(e)), this.weight[i], this.edges.claims(e)),
						this.weight[i]));
		}
		return new InfluencePaths.Neighbours(out, outWeight);
	}

}
