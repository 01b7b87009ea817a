package org.realpolitik.query.influence;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted PageRank by power iteration, with the semantics of GDS {@code gds.pageRank} so both paths give the same
 * scores: every node starts at {@code 1 - d} (personalised: only the source nodes, the others at 0), and each
 * iteration sets score(v) = base(v) + d × Σ score(u) × w(u→v) / W(u), W(u) being u's total outgoing weight. A node
 * without outgoing edges passes nothing on (its mass is not redistributed), and scores are not normalised. Stops after
 * {@code maxIterations} or when no score changes by more than {@code tolerance}.
 */
final class PageRank {

	/** An edge of the walk: the score flows from {@code from} to {@code to}. */
	record Link(String from, String to, double weight) {
	}

	private PageRank() {
	}

	/** Scores of every node that appears in a link; personalised when {@code sources} is not empty. */
	static Map<String, Double> scores(List<Link> links, Collection<String> sources, double dampingFactor,
			int maxIterations, double tolerance) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (Link link : links) {
			index.putIfAbsent(link.from(), index.size());
			index.putIfAbsent(link.to(), index.size());
		}
		int n = index.size();
		int m = links.size();
		int[] from = new int[m];
		int[] to = new int[m];
		double[] weight = new double[m];
		double[] outWeight = new double[n];
		for (int i = 0; i < m; i++) {
			Link link = links.get(i);
			from[i] = index.get(link.from());
			to[i] = index.get(link.to());
			weight[i] = link.weight();
			outWeight[from[i]] += link.weight();
		}
		double[] base = new double[n];
		if (sources.isEmpty()) {
			java.util.Arrays.fill(base, 1 - dampingFactor);
		}
		else {
			for (String source : sources) {
				Integer i = index.get(source);
				if (i != null) {
					base[i] = 1 - dampingFactor;
				}
			}
		}
		double[] score = base.clone();
		double[] next = new double[n];
		for (int iteration = 0; iteration < maxIterations; iteration++) {
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
		Map<String, Double> scores = new HashMap<>(n * 2);
		for (Map.Entry<String, Integer> entry : index.entrySet()) {
			scores.put(entry.getKey(), score[entry.getValue()]);
		}
		return scores;
	}

}
