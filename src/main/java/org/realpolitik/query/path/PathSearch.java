package org.realpolitik.query.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.realpolitik.query.edges.EdgeList;

/**
 * The k shortest simple paths between two actors on the in-memory edge list, shortest first: a path visits no actor
 * twice, and two paths differ in at least one edge (two edges of different types between the same actors make two
 * paths, as in {@code paths.cypher}).
 * <p>
 * A breadth-first search from the target, over the edges the question allows (types, direction, valid at
 * {@code asOf}), gives each actor its distance to the target, layer by layer and only as deep as the lengths being
 * enumerated need. Then, for each length from the shortest up to {@code maxHops}, a depth-first search from the source
 * steps only to actors whose distance to the target fits the hops left, so it walks no branch that cannot end at
 * the target in time; it stops at k paths. Among paths of one length the order is fixed: by the ids of the actors
 * along the way, then by type. A pair with no path costs one bounded breadth-first search.
 * <p>
 * Work is bounded: every edge looked at counts against {@code budget}, and the deadline is checked as it goes. When
 * either runs out, the paths found so far are returned (all shorter than the length being enumerated, or of that
 * length) and the answer says it is incomplete.
 */
final class PathSearch {

	/** A distance no actor has: not reached within the hops asked. */
	private static final byte FAR = Byte.MAX_VALUE;

	private final PathIndex index;

	private final EdgeList edges;

	private final boolean[] typeMask;

	private final boolean directed;

	private final boolean dated;

	private final long asOfDay;

	private long budget;

	private final long deadline;

	private int sinceClock;

	private boolean stopped;

	/** The outcome: each path as its edges (indices into the edge list) and its actors (indices), in order. */
	record Found(List<int[]> edges, List<int[]> actors, boolean complete, long looked) {
	}

	/**
	 * @param typeMask  for each type index of the edge list, whether the question allows it
	 * @param asOfDay   the epoch day edges must be valid at, or null for edges of any time
	 * @param budget    how many edges the search may look at
	 * @param deadline  {@link System#nanoTime()} after which it stops
	 */
	PathSearch(PathIndex index, boolean[] typeMask, boolean directed, Long asOfDay, long budget, long deadline) {
		this.index = index;
		this.edges = index.edges;
		this.typeMask = typeMask;
		this.directed = directed;
		this.dated = asOfDay != null;
		this.asOfDay = asOfDay == null ? 0 : asOfDay;
		this.budget = budget;
		this.deadline = deadline;
	}

	Found find(int source, int target, int k, int maxHops) {
		long initialBudget = this.budget;
		int n = this.index.actorCount();
		byte[] distance = new byte[n];
		Arrays.fill(distance, FAR);
		Layers layers = new Layers(distance, target);
		List<int[]> pathEdges = new ArrayList<>();
		List<int[]> pathActors = new ArrayList<>();
		int[] stackEdges = new int[maxHops];
		int[] stackActors = new int[maxHops + 1];
		boolean[] onPath = new boolean[n];
		stackActors[0] = source;
		onPath[source] = true;
		for (int length = 1; length <= maxHops && pathEdges.size() < k && !this.stopped; length++) {
			// a path of this length steps from the source to actors at most length - 1 from the target
			layers.expandTo(length - 1);
			if (this.stopped) {
				break;
			}
			walk(source, 0, length, target, distance, onPath, stackEdges, stackActors, pathEdges, pathActors, k);
		}
		return new Found(pathEdges, pathActors, !this.stopped, initialBudget - this.budget);
	}

	/** Extends paths of {@code depth} edges ending at {@code at} to ones of exactly {@code length} ending at the target. */
	private void walk(int at, int depth, int length, int target, byte[] distance, boolean[] onPath, int[] stackEdges,
			int[] stackActors, List<int[]> pathEdges, List<int[]> pathActors, int k) {
		int left = length - depth - 1;
		int o = this.index.outStart[at];
		int oEnd = this.index.outStart[at + 1];
		int i = this.directed ? 0 : this.index.inStart[at];
		int iEnd = this.directed ? 0 : this.index.inStart[at + 1];
		// merge the out- and in-edges, both ordered by the actor at the other end
		while ((o < oEnd || i < iEnd) && pathEdges.size() < k && !this.stopped) {
			int e;
			int next;
			if (i >= iEnd || (o < oEnd && this.edges.object(this.index.out[o]) <= this.edges.subject(this.index.in[i]))) {
				e = this.index.out[o++];
				next = this.edges.object(e);
			}
			else {
				e = this.index.in[i++];
				next = this.edges.subject(e);
			}
			if (!spend()) {
				return;
			}
			boolean fits = next == target ? left == 0 : left > 0 && distance[next] <= left && !onPath[next];
			if (!fits || !allowed(e)) {
				continue;
			}
			stackEdges[depth] = e;
			stackActors[depth + 1] = next;
			if (left == 0) {
				pathEdges.add(Arrays.copyOf(stackEdges, length));
				pathActors.add(Arrays.copyOf(stackActors, length + 1));
				continue;
			}
			onPath[next] = true;
			walk(next, depth + 1, length, target, distance, onPath, stackEdges, stackActors, pathEdges, pathActors,
					k);
			onPath[next] = false;
		}
	}

	private boolean allowed(int e) {
		return this.typeMask[this.edges.typeIndex(e)] && (!this.dated || this.edges.validAt(e, this.asOfDay));
	}

	/** Counts one edge looked at; false (and stopped) when the budget or the time is spent. */
	private boolean spend() {
		if (--this.budget < 0) {
			this.stopped = true;
			return false;
		}
		if (++this.sinceClock == 4096) {
			this.sinceClock = 0;
			if (System.nanoTime() - this.deadline > 0) {
				this.stopped = true;
				return false;
			}
		}
		return true;
	}

	/** The breadth-first search from the target, against the edges' direction, one layer at a time on demand. */
	private final class Layers {

		private final byte[] distance;

		private int[] frontier;

		private int frontierSize;

		private int[] next;

		private int nextSize;

		private int depth;

		Layers(byte[] distance, int target) {
			this.distance = distance;
			this.frontier = new int[] { target };
			this.frontierSize = 1;
			distance[target] = 0;
		}

		/** Every actor within {@code depth} of the target has its distance (unless the search was stopped). */
		void expandTo(int depth) {
			PathIndex index = PathSearch.this.index;
			EdgeList edges = PathSearch.this.edges;
			while (this.depth < depth && this.frontierSize > 0 && !PathSearch.this.stopped) {
				this.next = new int[Math.max(16, this.frontierSize)];
				this.nextSize = 0;
				byte d = (byte) (this.depth + 1);
				for (int f = 0; f < this.frontierSize && !PathSearch.this.stopped; f++) {
					int v = this.frontier[f];
					// the edges that arrive at v in the direction of travel: v is their object (either end, undirected)
					for (int j = index.inStart[v]; j < index.inStart[v + 1]; j++) {
						reach(index.in[j], edges.subject(index.in[j]), d);
					}
					if (!PathSearch.this.directed) {
						for (int j = index.outStart[v]; j < index.outStart[v + 1]; j++) {
							reach(index.out[j], edges.object(index.out[j]), d);
						}
					}
				}
				this.frontier = this.next;
				this.frontierSize = this.nextSize;
				this.depth++;
			}
		}

		private void reach(int e, int w, byte d) {
			if (!spend() || this.distance[w] != FAR || !allowed(e)) {
				return;
			}
			this.distance[w] = d;
			if (this.nextSize == this.next.length) {
				this.next = Arrays.copyOf(this.next, this.nextSize * 2);
			}
			this.next[this.nextSize++] = w;
		}

	}

}
