// Weighted PageRank by GDS over a projection of the service's own filtered and weighted links
// (gds-project-links.cypher; node ids are the indices of its actor table). With $sources empty it is the global
// ranking; otherwise personalised: the walk restarts only at those node ids. The Browser version, over a projection
// of the relationships themselves, is influence-pagerank.cypher.
// Example parameters for Neo4j Browser:
//   :param { graph: 'links-demo', sources: [], dampingFactor: 0.85, maxIterations: 20, tolerance: 1.0E-7 }
CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', dampingFactor: $dampingFactor,
                                  maxIterations: $maxIterations, tolerance: $tolerance, sourceNodes: $sources})
YIELD nodeId, score
RETURN nodeId AS node, score
