package org.realpolitik.query.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The triangles of a signed graph: three actors whose three pairs all have a sign, balanced or not. */
final class Triangles {

	private Triangles() {
	}

	/** Three pairs that close a triangle, all with a sign, actors x < y < z. */
	record Triangle(int x, int y, int z, int xy, int xz, int yz, boolean balanced, long claims) {
	}

	/** Every triangle of signed pairs, each once (ordered by degree so hubs are not expanded from). */
	static List<Triangle> of(SignedGraph g) {
		int[] signedDegree = new int[g.actors()];
		for (int v = 0; v < g.actors(); v++) {
			for (int i = g.adjacencyStart(v); i < g.adjacencyEnd(v); i++) {
				if (g.sign(g.pairAt(i)) != 0) {
					signedDegree[v]++;
				}
			}
		}
		List<Triangle> triangles = new ArrayList<>();
		boolean[] marked = new boolean[g.actors()];
		int[] higher = new int[16];
		for (int u = 0; u < g.actors(); u++) {
			int h = 0;
			for (int i = g.adjacencyStart(u); i < g.adjacencyEnd(u); i++) {
				int v = g.neighbourAt(i);
				if (g.sign(g.pairAt(i)) != 0 && lower(signedDegree, u, v)) {
					if (h == higher.length) {
						higher = Arrays.copyOf(higher, h * 2);
					}
					higher[h++] = v;
					marked[v] = true;
				}
			}
			for (int j = 0; j < h; j++) {
				int v = higher[j];
				for (int i = g.adjacencyStart(v); i < g.adjacencyEnd(v); i++) {
					int w = g.neighbourAt(i);
					if (marked[w] && g.sign(g.pairAt(i)) != 0 && lower(signedDegree, v, w)) {
						int[] ids = { u, v, w };
						Arrays.sort(ids);
						int xy = g.pair(ids[0], ids[1]);
						int xz = g.pair(ids[0], ids[2]);
						int yz = g.pair(ids[1], ids[2]);
						triangles.add(new Triangle(ids[0], ids[1], ids[2], xy, xz, yz,
								g.sign(xy) * g.sign(xz) * g.sign(yz) > 0, g.claims(xy) + g.claims(xz) + g.claims(yz)));
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

}
