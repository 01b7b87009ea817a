package org.realpolitik.query.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** "The enemy of my enemy": pairs of actors that share enemies in a signed graph, without a positive edge between them. */
final class EnemiesOfEnemies {

	private EnemiesOfEnemies() {
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
	static Candidates find(SignedGraph g, int count) {
		Comparator<Candidate> order = Comparator.comparingInt((Candidate c) -> -c.commonEnemies())
			.thenComparing(Candidate::hostile)
			.thenComparingInt(Candidate::x)
			.thenComparingInt(Candidate::y);
		// grows with what is found, never sized by the page asked for (an offset of 2^31 must cost nothing)
		PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(Math.max(1, Math.min(count, 1024)), order.reversed());
		int[] shared = new int[g.actors()];
		int[] touched = new int[16];
		long total = 0;
		for (int x = 0; x < g.actors(); x++) {
			int t = 0;
			for (int i = g.adjacencyStart(x); i < g.adjacencyEnd(x); i++) {
				if (g.sign(g.pairAt(i)) >= 0) {
					continue;
				}
				int z = g.neighbourAt(i);
				for (int j = g.adjacencyStart(z); j < g.adjacencyEnd(z); j++) {
					int y = g.neighbourAt(j);
					if (y <= x || g.sign(g.pairAt(j)) >= 0) {
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
				int between = g.pair(x, y);
				if (between < 0 || !g.hasPositive(between)) {
					total++;
					if (count > 0) {
						Candidate c = new Candidate(x, y, shared[y], between >= 0 && g.sign(between) < 0);
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
	static List<Integer> commonEnemies(SignedGraph g, int x, int y) {
		List<Integer> common = new ArrayList<>();
		for (int i = g.adjacencyStart(x); i < g.adjacencyEnd(x); i++) {
			int z = g.neighbourAt(i);
			if (g.sign(g.pairAt(i)) < 0) {
				int other = g.pair(y, z);
				if (other >= 0 && g.sign(other) < 0) {
					common.add(z);
				}
			}
		}
		return common;
	}

}
