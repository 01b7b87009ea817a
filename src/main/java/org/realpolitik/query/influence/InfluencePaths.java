package org.realpolitik.query.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.realpolitik.query.influence.InfluenceQueries.InfluencePath;
import org.realpolitik.query.influence.InfluenceQueries.PathEdge;

/**
 * The most probable walks from one actor to the actors it shapes (or that shape it), of each length up to three, for
 * the personalised ranking's explanations.
 */
final class InfluencePaths {

	private InfluencePaths() {
	}

	/** A walk step with the share of the walker's weight it takes. */
	record Step(String from, String to, PathEdge edge, double share) {
	}

	/** The walk steps out of a frontier, by actor, and each actor's total walk weight. */
	record Neighbours(Map<String, List<Step>> out, Map<String, Double> outWeight) {
	}

	/** A partial walk: its last actor, steps and probability. */
	private record Walk(String at, List<Step> steps, double probability) {
	}

	/**
	 * For each target, the most probable walk of each length 1..3 from the actor that reaches it without revisiting
	 * an actor. The neighbourhood is taken hop by hop from the request's links (the rows influence-neighbours.cypher
	 * gives), each frontier with all its walk edges, so each step's share is exact.
	 */
	static Map<String, List<InfluencePath>> find(String actorId, Set<String> targets,
			Function<Set<String>, Neighbours> neighbours) {
		Map<String, List<InfluencePath>> paths = new HashMap<>();
		if (targets.isEmpty()) {
			return paths;
		}
		Map<String, Walk> frontier = Map.of(actorId, new Walk(actorId, List.of(), 1.0));
		for (int hop = 1; hop <= InfluenceQueries.PATH_HOPS && !frontier.isEmpty(); hop++) {
			Neighbours step = neighbours.apply(frontier.keySet());
			Map<String, List<Step>> out = step.out();
			Map<String, Double> outWeight = step.outWeight();
			Map<String, Walk> next = new HashMap<>();
			for (Walk walk : frontier.values()) {
				Set<String> visited = new HashSet<>();
				visited.add(actorId);
				walk.steps().forEach(s -> visited.add(s.to()));
				for (Step s : out.getOrDefault(walk.at(), List.of())) {
					if (visited.contains(s.to())) {
						continue;
					}
					double probability = walk.probability() * s.share() / outWeight.get(s.from());
					Walk longer = next.get(s.to());
					if (longer == null || probability > longer.probability()) {
						List<Step> steps = new ArrayList<>(walk.steps());
						steps.add(s);
						next.put(s.to(), new Walk(s.to(), steps, probability));
					}
				}
			}
			for (Walk walk : next.values()) {
				if (targets.contains(walk.at())) {
					List<String> actorsOnPath = new ArrayList<>();
					actorsOnPath.add(actorId);
					walk.steps().forEach(s -> actorsOnPath.add(s.to()));
					paths.computeIfAbsent(walk.at(), k -> new ArrayList<>())
						.add(new InfluencePath(actorsOnPath, walk.steps().stream().map(Step::edge).toList(),
								walk.probability()));
				}
			}
			frontier = next;
		}
		paths.values().forEach(list -> list.sort(Comparator.comparingDouble(InfluencePath::probability).reversed()));
		return paths;
	}

}
