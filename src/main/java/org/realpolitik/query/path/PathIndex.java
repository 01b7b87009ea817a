package org.realpolitik.query.path;

import java.util.Arrays;

import org.realpolitik.query.edges.EdgeList;

/**
 * The edge list as adjacency: for every actor the edges it is the subject of ({@link #outStart}, {@link #out}) and the
 * object of ({@link #inStart}, {@link #in}), as edge indices into the list, each actor's edges ordered by the actor
 * at the other end (by id) and then by type, so that searches are deterministic. Built once per loaded edge list
 * (about 8 bytes an edge and 8 an actor); immutable.
 */
final class PathIndex {

	final EdgeList edges;

	final int[] outStart;

	final int[] out;

	final int[] inStart;

	final int[] in;

	private PathIndex(EdgeList edges, int[] outStart, int[] out, int[] inStart, int[] in) {
		this.edges = edges;
		this.outStart = outStart;
		this.out = out;
		this.inStart = inStart;
		this.in = in;
	}

	static PathIndex of(EdgeList edges) {
		int n = edges.actorCount();
		int m = edges.size();
		int[] outStart = new int[n + 1];
		int[] inStart = new int[n + 1];
		for (int e = 0; e < m; e++) {
			outStart[edges.subject(e) + 1]++;
			inStart[edges.object(e) + 1]++;
		}
		for (int v = 0; v < n; v++) {
			outStart[v + 1] += outStart[v];
			inStart[v + 1] += inStart[v];
		}
		long[] outKeys = new long[m];
		long[] inKeys = new long[m];
		int[] outFill = Arrays.copyOf(outStart, n);
		int[] inFill = Arrays.copyOf(inStart, n);
		for (int e = 0; e < m; e++) {
			outKeys[outFill[edges.subject(e)]++] = key(edges.object(e), e);
			inKeys[inFill[edges.object(e)]++] = key(edges.subject(e), e);
		}
		int[] out = new int[m];
		int[] in = new int[m];
		int[] typeRank = typeRanks(edges);
		for (int v = 0; v < n; v++) {
			sortBucket(edges, typeRank, outKeys, outStart[v], outStart[v + 1], out);
			sortBucket(edges, typeRank, inKeys, inStart[v], inStart[v + 1], in);
		}
		return new PathIndex(edges, outStart, out, inStart, in);
	}

	/** The other end in the high 32 bits, the edge in the low: sorting orders by actor, then by read order. */
	private static long key(int other, int edge) {
		return ((long) other << 32) | edge;
	}

	/** Each type index's rank when the type names are sorted. */
	private static int[] typeRanks(EdgeList edges) {
		int types = edges.typeCount();
		Integer[] order = new Integer[types];
		for (int t = 0; t < types; t++) {
			order[t] = t;
		}
		Arrays.sort(order, (a, b) -> edges.typeName(a).compareTo(edges.typeName(b)));
		int[] rank = new int[types];
		for (int r = 0; r < types; r++) {
			rank[order[r]] = r;
		}
		return rank;
	}

	/** Sorts one actor's entries by the other end, then by type name, and writes their edges to {@code target}. */
	private static void sortBucket(EdgeList edges, int[] typeRank, long[] keys, int from, int to, int[] target) {
		Arrays.sort(keys, from, to);
		// among edges to the same actor (a handful at most: one per type), order by type name
		int i = from;
		while (i < to) {
			int j = i + 1;
			while (j < to && (keys[j] >>> 32) == (keys[i] >>> 32)) {
				j++;
			}
			if (j - i > 1) {
				Long[] same = new Long[j - i];
				for (int k = i; k < j; k++) {
					same[k - i] = keys[k];
				}
				Arrays.sort(same, (a, b) -> Integer.compare(typeRank[edges.typeIndex((int) (long) a)],
						typeRank[edges.typeIndex((int) (long) b)]));
				for (int k = i; k < j; k++) {
					keys[k] = same[k - i];
				}
			}
			i = j;
		}
		for (int k = from; k < to; k++) {
			target[k] = (int) keys[k];
		}
	}

	int actorCount() {
		return this.outStart.length - 1;
	}

}
