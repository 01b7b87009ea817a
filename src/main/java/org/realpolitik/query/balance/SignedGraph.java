package org.realpolitik.query.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.realpolitik.query.edges.GdsProjections;
import org.realpolitik.query.edges.EdgeList;

/**
 * The signed pair graph at a date: one undirected pair per two actors with at least one signed edge valid then
 * between them (either direction). The pair's sign is the sign of Σ sign × |goldstein| × confidence over its edges (in
 * the order the edges were read); a pair whose sum is exactly 0 has sign 0 and closes no triad. Actors are the edge
 * list's indices (in id order), pairs are indices too; each actor's pairs are sorted by the other actor.
 */
final class SignedGraph {

	private final EdgeList edges;

	private final int n;

	/** Pair p joins actors a[p] < b[p]. */
	private int pairs;

	private int[] a;

	private int[] b;

	private double[] net;

	private double[] positiveWeight;

	private boolean[] hasPositive;

	private boolean[] hasNegative;

	private long[] claims;

	/** The edges of pair p: pairEdges[edgeStart[p] .. edgeStart[p + 1]), in read order. */
	private int[] edgeStart;

	private int[] pairEdges;

	/** The pairs of actor v: neighbour[start[v] .. start[v + 1]) with pairOf the pair, neighbours ascending. */
	private int[] start;

	private int[] neighbour;

	private int[] pairOf;

	SignedGraph(EdgeList edges, long asOfDay) {
		this.edges = edges;
		this.n = edges.actorCount();
		int m = edges.size();
		// bucket the valid edges by their smaller actor, then sort each bucket by (larger actor, read order)
		int[] low = new int[this.n + 1];
		int valid = 0;
		for (int e = 0; e < m; e++) {
			if (edges.signed(e) && edges.validAt(e, asOfDay)) {
				low[Math.min(edges.subject(e), edges.object(e)) + 1]++;
				valid++;
			}
		}
		for (int v = 0; v < this.n; v++) {
			low[v + 1] += low[v];
		}
		long[] keyed = new long[valid];
		int[] fill = Arrays.copyOf(low, this.n);
		for (int e = 0; e < m; e++) {
			if (edges.signed(e) && edges.validAt(e, asOfDay)) {
				int x = Math.min(edges.subject(e), edges.object(e));
				int y = Math.max(edges.subject(e), edges.object(e));
				keyed[fill[x]++] = ((long) y << 32) | e;
			}
		}
		this.a = new int[16];
		this.b = new int[16];
		this.edgeStart = new int[17];
		this.pairEdges = new int[valid];
		int k = 0;
		for (int x = 0; x < this.n; x++) {
			Arrays.sort(keyed, low[x], low[x + 1]);
			for (int i = low[x]; i < low[x + 1]; i++) {
				int y = (int) (keyed[i] >>> 32);
				if (i == low[x] || (int) (keyed[i - 1] >>> 32) != y) {
					if (this.pairs == this.a.length) {
						this.a = Arrays.copyOf(this.a, this.pairs * 2);
						this.b = Arrays.copyOf(this.b, this.pairs * 2);
						this.edgeStart = Arrays.copyOf(this.edgeStart, this.pairs * 2 + 1);
					}
					this.a[this.pairs] = x;
					this.b[this.pairs] = y;
					this.edgeStart[this.pairs] = k;
					this.pairs++;
				}
				this.pairEdges[k++] = (int) keyed[i];
			}
		}
		this.edgeStart[this.pairs] = k;
		this.net = new double[this.pairs];
		this.positiveWeight = new double[this.pairs];
		this.hasPositive = new boolean[this.pairs];
		this.hasNegative = new boolean[this.pairs];
		this.claims = new long[this.pairs];
		int[] degree = new int[this.n + 1];
		for (int p = 0; p < this.pairs; p++) {
			for (int i = this.edgeStart[p]; i < this.edgeStart[p + 1]; i++) {
				int e = this.pairEdges[i];
				double w = edges.strength(e);
				this.net[p] += edges.sign(e) * w;
				if (edges.sign(e) > 0) {
					this.positiveWeight[p] += w;
					this.hasPositive[p] = true;
				}
				else {
					this.hasNegative[p] = true;
				}
				this.claims[p] += edges.claims(e);
			}
			degree[this.a[p] + 1]++;
			degree[this.b[p] + 1]++;
		}
		for (int v = 0; v < this.n; v++) {
			degree[v + 1] += degree[v];
		}
		this.start = degree;
		this.neighbour = new int[this.pairs * 2];
		this.pairOf = new int[this.pairs * 2];
		int[] next = Arrays.copyOf(degree, this.n);
		// pairs come by (a, b) ascending, so every actor's list fills in ascending order of the other actor
		for (int p = 0; p < this.pairs; p++) {
			int x = this.a[p];
			int y = this.b[p];
			this.neighbour[next[x]] = y;
			this.pairOf[next[x]++] = p;
			this.neighbour[next[y]] = x;
			this.pairOf[next[y]++] = p;
		}
	}

	/** How many actors the graph numbers (ids 0 .. actors() - 1). */
	int actors() {
		return this.n;
	}

	/** The lower-numbered actor of pair p. */
	int first(int p) {
		return this.a[p];
	}

	/** The higher-numbered actor of pair p. */
	int second(int p) {
		return this.b[p];
	}

	/** The id of actor v. */
	String actorId(int v) {
		return this.edges.actor(v);
	}

	/** The edge-list indexes of pair p's edges, in read order. */
	java.util.stream.IntStream edgesOf(int p) {
		return java.util.Arrays.stream(this.pairEdges, this.edgeStart[p], this.edgeStart[p + 1]);
	}

	/** How many claims back pair p's edges. */
	long claims(int p) {
		return this.claims[p];
	}

	/** The edge list the graph was built from. */
	EdgeList edgeList() {
		return this.edges;
	}

	/** The weight of pair p's positive edges. */
	double positiveWeight(int p) {
		return this.positiveWeight[p];
	}

	int sign(int p) {
		return this.net[p] > 0 ? 1 : this.net[p] < 0 ? -1 : 0;
	}

	boolean conflicting(int p) {
		return this.hasPositive[p] && this.hasNegative[p];
	}

	/** The pair of x and y, or -1. */
	int pair(int x, int y) {
		int i = Arrays.binarySearch(this.neighbour, this.start[x], this.start[x + 1], y);
		return i < 0 ? -1 : this.pairOf[i];
	}

	/** Three pairs that close a triangle, all with a sign, actors x < y < z. */
	record Triangle(int x, int y, int z, int xy, int xz, int yz, boolean balanced, long claims) {
	}

	/** Every triangle of signed pairs, each once (ordered by degree so hubs are not expanded from). */
	List<Triangle> triangles() {
		int[] signedDegree = new int[this.n];
		for (int v = 0; v < this.n; v++) {
			for (int i = this.start[v]; i < this.start[v + 1]; i++) {
				if (sign(this.pairOf[i]) != 0) {
					signedDegree[v]++;
				}
			}
		}
		List<Triangle> triangles = new ArrayList<>();
		boolean[] marked = new boolean[this.n];
		int[] higher = new int[16];
		for (int u = 0; u < this.n; u++) {
			int h = 0;
			for (int i = this.start[u]; i < this.start[u + 1]; i++) {
				int v = this.neighbour[i];
				if (sign(this.pairOf[i]) != 0 && lower(signedDegree, u, v)) {
					if (h == higher.length) {
						higher = Arrays.copyOf(higher, h * 2);
					}
					higher[h++] = v;
					marked[v] = true;
				}
			}
			for (int j = 0; j < h; j++) {
				int v = higher[j];
				for (int i = this.start[v]; i < this.start[v + 1]; i++) {
					int w = this.neighbour[i];
					if (marked[w] && sign(this.pairOf[i]) != 0 && lower(signedDegree, v, w)) {
						int[] ids = { u, v, w };
						Arrays.sort(ids);
						int xy = pair(ids[0], ids[1]);
						int xz = pair(ids[0], ids[2]);
						int yz = pair(ids[1], ids[2]);
						triangles.add(new Triangle(ids[0], ids[1], ids[2], xy, xz, yz,
								sign(xy) * sign(xz) * sign(yz) > 0, this.claims[xy] + this.claims[xz] + this.claims[yz]));
					}
				}
			}
			for (int j = 0; j < h; j++) {
				marked[higher[j]] = false;
			}
		}
		return triangles;
	}

	/** Whether u comes before v when ordered by signed degree, then id. */
	private static boolean lower(int[] degree, int u, int v) {
		return degree[u] != degree[v] ? degree[u] < degree[v] : u < v;
	}

	/** Two actors x < y without a positive edge between them that share enemies; hostile when they are enemies. */
	record Candidate(int x, int y, int commonEnemies, boolean hostile) {
	}

	/** "Enemy of my enemy" candidates: how many there are, and the first {@code count} in the given order. */
	record Candidates(long total, List<Candidate> first) {
	}

	/**
	 * Unordered pairs without a positive edge that share enemies (negative pairs), counted by common enemies: all of
	 * them are counted, only the first {@code count} by (most common enemies, not hostile first, ids) are kept.
	 */
	Candidates enemiesOfEnemies(int count) {
		Comparator<Candidate> order = Comparator.comparingInt((Candidate c) -> -c.commonEnemies())
			.thenComparing(Candidate::hostile)
			.thenComparingInt(Candidate::x)
			.thenComparingInt(Candidate::y);
		// grows with what is found, never sized by the page asked for (an offset of 2^31 must cost nothing)
		PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(Math.max(1, Math.min(count, 1024)), order.reversed());
		int[] shared = new int[this.n];
		int[] touched = new int[16];
		long total = 0;
		for (int x = 0; x < this.n; x++) {
			int t = 0;
			for (int i = this.start[x]; i < this.start[x + 1]; i++) {
				if (sign(this.pairOf[i]) >= 0) {
					continue;
				}
				int z = this.neighbour[i];
				for (int j = this.start[z]; j < this.start[z + 1]; j++) {
					int y = this.neighbour[j];
					if (y <= x || sign(this.pairOf[j]) >= 0) {
						continue;
					}
					if (shared[y]++ == 0) {
						if (t == touched.length) {
							touched = Arrays.copyOf(touched, t * 2);
						}
						touched[t++] = y;
					}
				}
			}
			for (int j = 0; j < t; j++) {
				int y = touched[j];
				int between = pair(x, y);
				if (between < 0 || !this.hasPositive[between]) {
					total++;
					if (count > 0) {
						Candidate c = new Candidate(x, y, shared[y], between >= 0 && sign(between) < 0);
						if (worstFirst.size() < count) {
							worstFirst.add(c);
						}
						else if (order.compare(c, worstFirst.peek()) < 0) {
							worstFirst.poll();
							worstFirst.add(c);
						}
					}
				}
				shared[y] = 0;
			}
		}
		List<Candidate> first = new ArrayList<>(worstFirst);
		first.sort(order);
		return new Candidates(total, first);
	}

	/** The common enemies of x and y, in id order. */
	List<Integer> commonEnemies(int x, int y) {
		List<Integer> common = new ArrayList<>();
		for (int i = this.start[x]; i < this.start[x + 1]; i++) {
			int z = this.neighbour[i];
			if (sign(this.pairOf[i]) < 0) {
				int other = pair(y, z);
				if (other >= 0 && sign(other) < 0) {
					common.add(z);
				}
			}
		}
		return common;
	}

	/**
	 * Weighted label propagation over positive pairs (weight: the pair's positive edge weights): in id order, each
	 * actor takes the label its neighbours carry with the most weight (ties: the smallest label), until nothing
	 * changes or 50 rounds. Returns the groups of two or more, each in id order.
	 */
	List<int[]> blocs() {
		boolean[] member = new boolean[this.n];
		int[] label = new int[this.n];
		for (int v = 0; v < this.n; v++) {
			label[v] = v;
			for (int i = this.start[v]; i < this.start[v + 1] && !member[v]; i++) {
				member[v] = sign(this.pairOf[i]) > 0;
			}
		}
		double[] votes = new double[this.n];
		boolean[] voted = new boolean[this.n];
		int[] labels = new int[16];
		for (int round = 0; round < 50; round++) {
			boolean changed = false;
			for (int v = 0; v < this.n; v++) {
				if (!member[v]) {
					continue;
				}
				int t = 0;
				for (int i = this.start[v]; i < this.start[v + 1]; i++) {
					int p = this.pairOf[i];
					if (sign(p) <= 0) {
						continue;
					}
					int l = label[this.neighbour[i]];
					if (!voted[l]) {
						voted[l] = true;
						if (t == labels.length) {
							labels = Arrays.copyOf(labels, t * 2);
						}
						labels[t++] = l;
					}
					votes[l] += this.positiveWeight[p];
				}
				int best = -1;
				double bestWeight = -1;
				for (int j = 0; j < t; j++) {
					int l = labels[j];
					if (votes[l] > bestWeight || (votes[l] == bestWeight && l < best)) {
						best = l;
						bestWeight = votes[l];
					}
					votes[l] = 0;
					voted[l] = false;
				}
				if (best >= 0 && best != label[v]) {
					label[v] = best;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		int[] size = new int[this.n];
		for (int v = 0; v < this.n; v++) {
			if (member[v]) {
				size[label[v]]++;
			}
		}
		int[][] groups = new int[this.n][];
		int[] filled = new int[this.n];
		List<int[]> result = new ArrayList<>();
		for (int v = 0; v < this.n; v++) {
			if (member[v] && size[label[v]] >= 2) {
				int l = label[v];
				if (groups[l] == null) {
					groups[l] = new int[size[l]];
					result.add(groups[l]);
				}
				groups[l][filled[l]++] = v;
			}
		}
		return result;
	}

	/** The positive pairs as undirected links a[p] – b[p] weighted by their positive weight, for a GDS projection. */
	GdsProjections.Links positiveLinks(Object key) {
		int[] from = new int[this.pairs];
		int[] to = new int[this.pairs];
		double[] weight = new double[this.pairs];
		int m = 0;
		for (int p = 0; p < this.pairs; p++) {
			if (sign(p) > 0) {
				from[m] = this.a[p];
				to[m] = this.b[p];
				weight[m] = this.positiveWeight[p];
				m++;
			}
		}
		return new GdsProjections.Links(this.edges, key, m, from, to, weight, true);
	}

	/**
	 * Groups of two or more from a community per actor ({@code community[v]}, -1 for none), each in id order, as
	 * {@link #blocs()} returns them.
	 */
	List<int[]> groups(long[] community) {
		Map<Long, List<Integer>> byCommunity = new HashMap<>();
		for (int v = 0; v < this.n; v++) {
			if (community[v] >= 0) {
				byCommunity.computeIfAbsent(community[v], k -> new ArrayList<>()).add(v);
			}
		}
		List<int[]> result = new ArrayList<>();
		byCommunity.values().forEach(members -> {
			if (members.size() >= 2) {
				result.add(members.stream().mapToInt(Integer::intValue).toArray());
			}
		});
		return result;
	}

	/** The positive pairs with both actors among {@code members} (sorted). */
	List<Integer> pairsWithin(int[] members) {
		List<Integer> within = new ArrayList<>();
		for (int x : members) {
			for (int i = this.start[x]; i < this.start[x + 1]; i++) {
				int y = this.neighbour[i];
				int p = this.pairOf[i];
				if (y > x && sign(p) > 0 && Arrays.binarySearch(members, y) >= 0) {
					within.add(p);
				}
			}
		}
		return within;
	}

}
