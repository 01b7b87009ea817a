// Projects links the service has already filtered and weighed (query/edges/GdsProjections) into the GDS catalogue
// as $graph: link i goes from $pairs[i] / 2^32 to $pairs[i] % 2^32 with weight $weights[i], node ids being the
// indices of the service's actor table (source and target travel as one number: one list fewer to send and read).
// $undirected: ['*'] for an undirected projection (Leiden), [] for a directed one (PageRank). The projection the
// Browser runs, straight from the relationships, is influence-project.cypher.
// Example parameters for Neo4j Browser (0 -> 1 and 1 -> 2):
//   :param { graph: 'links-demo', pairs: [1, 4294967298], weights: [4.2, 3.0], undirected: [] }
UNWIND range(0, size($pairs) - 1) AS i
WITH $pairs[i] AS pair, $weights[i] AS weight
WITH gds.graph.project($graph, pair / 4294967296, pair % 4294967296, {relationshipProperties: {weight: weight}},
                       {undirectedRelationshipTypes: $undirected}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
