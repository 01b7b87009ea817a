package org.realpolitik.query.influence;

import java.util.Arrays;

/**
 * Weighted PageRank by power iteration, with the semantics of GDS {@code gds.pageRank} so both paths give the same
 * scores: every node starts at {@code 1 - d} (personalised: only the source node, the others at 0), and each
 * iteration sets score(v) = base(v) + d × Σ score(u) × w(u→v) / W(u), W(u) being u's total outgoing weight. A node
 * without outgoing edges passes nothing on (its mass is not redistributed), and scores are not normalised. As in GDS,
 * whose first iteration only sets the start values, {@code maxIterations} counts that step: it stops after
 * {@code maxIterations - 1} updates or when no score changes by more than {@code tolerance}. Nodes are indices; only the
 * {@code present} ones (those with a link) take part.
 */
final class PageRank {

	private PageRank() {
	}

	/**
	 * Scores of nodes {@code 0..n-1} over the links {@code from[i] → to[i]} ({@code i < m}) weighing
	 * {@code weight[i]}; {@code outWeight} is each node's total outgoing weight. Personalised when
	 * {@code source >= 0}. Nodes that are not present score 0.
	 */
	static double[] scores(int n, int m, int[] from, int[] to, double[] weight, double[] outWeight, boolean[] present,
			int source, double dampingFactor, int maxIterations, double tolerance) {
		double[] base = new double[n];
		if (source < 0) {
			for (int v = 0; v < n; v++) {
				if (present[v]) {
					base[v] = 1 - dampingFactor;
				}
			}
		}
		else if (present[source]) {
			base[source] = 1 - dampingFactor;
		}
		double[] score = base.clone();
		double[] next = new double[n];
		for (int iteration = 1; iteration < maxIterations; iteration++) {
			System.arraycopy(base, 0, next, 0, n);
			for (int i = 0; i < m; i++) {
				next[to[i]] += dampingFactor * score[from[i]] * weight[i] / outWeight[from[i]];
			}
			double change = 0;
			for (int v = 0; v < n; v++) {
				change = Math.max(change, Math.abs(next[v] - score[v]));
			}
			double[] swap = score;
			score = next;
			next = swap;
			if (change <= tolerance) {
				break;
			}
		}
		return Arrays.copyOf(score, n);
	}

}
