// Weighted PageRank over the projection made by influence-project.cypher. With $sources (actor ids) empty it is the
// global ranking; otherwise it is personalised: the random walk restarts only at those actors.
// Example parameters for Neo4j Browser:
//   :param { graph: 'influence-demo', sources: [], dampingFactor: 0.85, maxIterations: 20, tolerance: 1.0E-7 }
OPTIONAL MATCH (a:Actor) WHERE a.id IN $sources
WITH collect(a) AS sourceNodes
CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', dampingFactor: $dampingFactor,
                                  maxIterations: $maxIterations, tolerance: $tolerance, sourceNodes: sourceNodes})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS actor, score
WHERE score > 0
RETURN actor.id AS actor, score
ORDER BY score DESC, actor
