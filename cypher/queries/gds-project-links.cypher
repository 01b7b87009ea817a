// Projects links the service has already filtered and weighed (query/edges/GdsProjections) into the GDS catalogue
// as $graph: $sources[i] -> $targets[i] with weight $weights[i], node ids being the indices of the service's actor
// table. $undirected: ['*'] for an undirected projection (Leiden), [] for a directed one (PageRank). The projection
// the Browser runs, straight from the relationships, is influence-project.cypher.
// Example parameters for Neo4j Browser:
//   :param { graph: 'links-demo', sources: [0, 1], targets: [1, 2], weights: [4.2, 3.0], undirected: [] }
UNWIND range(0, size($sources) - 1) AS i
WITH gds.graph.project($graph, $sources[i], $targets[i], {relationshipProperties: {weight: $weights[i]}},
                       {undirectedRelationshipTypes: $undirected}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
