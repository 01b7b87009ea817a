package org.realpolitik.query.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.query.edges.GdsProjections;

/** Blocs in a signed graph: groups of actors held together by positive pairs, by label propagation or by GDS communities. */
final class BlocDetection {

	private BlocDetection() {
	}

	/**
	 * Weighted label propagation over positive pairs (weight: the pair's positive edge weights): in id order, each
	 * actor takes the label its neighbours carry with the most weight (ties: the smallest label), until nothing
	 * changes or 50 rounds. Returns the groups of two or more, each in id order.
	 */
	static List<int[]> labelPropagation(SignedGraph g) {
		boolean[] member = new boolean[g.actors()];
		int[] label = new int[g.actors()];
		for (int v = 0; v < g.actors(); v++) {
			label[v] = v;
			for (int i = g.adjacencyStart(v); i < g.adjacencyEnd(v) && !member[v]; i++) {
				member[v] = g.sign(g.pairAt(i)) > 0;
			}
		}
		double[] votes = new double[g.actors()];
		boolean[] voted = new boolean[g.actors()];
		int[] labels = new int[16];
		for (int round = 0; round < 50; round++) {
			boolean changed = false;
			for (int v = 0; v < g.actors(); v++) {
				if (!member[v]) {
					continue;
				}
				int t = 0;
				for (int i = g.adjacencyStart(v); i < g.adjacencyEnd(v); i++) {
					int p = g.pairAt(i);
					if (g.sign(p) <= 0) {
						continue;
					}
					int l = label[g.neighbourAt(i)];
					if (!voted[l]) {
						voted[l] = true;
						if (t == labels.length) {
							labels = Arrays.copyOf(labels, t * 2);
						}
						labels[t++] = l;
					}
					votes[l] += g.positiveWeight(p);
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
		int[] size = new int[g.actors()];
		for (int v = 0; v < g.actors(); v++) {
			if (member[v]) {
				size[label[v]]++;
			}
		}
		int[][] groups = new int[g.actors()][];
		int[] filled = new int[g.actors()];
		List<int[]> result = new ArrayList<>();
		for (int v = 0; v < g.actors(); v++) {
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
	static GdsProjections.Links positiveLinks(SignedGraph g, Object key) {
		int[] from = new int[g.pairs()];
		int[] to = new int[g.pairs()];
		double[] weight = new double[g.pairs()];
		int m = 0;
		for (int p = 0; p < g.pairs(); p++) {
			if (g.sign(p) > 0) {
				from[m] = g.first(p);
				to[m] = g.second(p);
				weight[m] = g.positiveWeight(p);
				m++;
			}
		}
		return new GdsProjections.Links(g.edgeList(), key, m, from, to, weight, true);
	}

	/**
	 * Groups of two or more from a community per actor ({@code community[v]}, -1 for none), each in id order, as
	 * {@link #labelPropagation} returns them.
	 */
	static List<int[]> groups(SignedGraph g, long[] community) {
		Map<Long, List<Integer>> byCommunity = new HashMap<>();
		for (int v = 0; v < g.actors(); v++) {
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
	static List<Integer> pairsWithin(SignedGraph g, int[] members) {
		List<Integer> within = new ArrayList<>();
		for (int x : members) {
			for (int i = g.adjacencyStart(x); i < g.adjacencyEnd(x); i++) {
				int y = g.neighbourAt(i);
				int p = g.pairAt(i);
				if (y > x && g.sign(p) > 0 && Arrays.binarySearch(members, y) >= 0) {
					within.add(p);
				}
			}
		}
		return within;
	}

}
