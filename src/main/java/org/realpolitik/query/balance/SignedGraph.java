package org.realpolitik.query.balance;

import java.util.Arrays;

import org.realpolitik.query.edges.EdgeList;

/**
 * The signed pair graph at a date: one undirected pair per two actors with at least one signed edge valid then
 * between them (either direction). The pair's sign is the sign of Σ sign × |goldstein| × confidence over its edges (in
 * the order the edges were read); a pair whose sum is exactly 0 has sign 0 and closes no triad. Actors are the edge
 * list's indices (in id order), pairs are indices too; each actor's pairs are sorted by the other actor.
 * It only holds the graph; the algorithms over it are {@link Triangles}, {@link EnemiesOfEnemies} and
 * {@link BlocDetection}.
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

	/** How many pairs of actors have an edge. */
	int pairs() {
		return this.pairs;
	}

	/** Where actor v's neighbours begin in the adjacency: {@code neighbourAt(i)} for i in [adjacencyStart(v), adjacencyEnd(v)). */
	int adjacencyStart(int v) {
		return this.start[v];
	}

	int adjacencyEnd(int v) {
		return this.start[v + 1];
	}

	/** The neighbour at adjacency position i (neighbours of an actor ascend by id). */
	int neighbourAt(int i) {
		return this.neighbour[i];
	}

	/** The pair at adjacency position i. */
	int pairAt(int i) {
		return this.pairOf[i];
	}

	/** Whether pair p has a positive edge. */
	boolean hasPositive(int p) {
		return this.hasPositive[p];
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

}
