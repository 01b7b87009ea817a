// Leiden communities by GDS over an undirected projection of the positive pairs the service computed
// (gds-project-links.cypher with undirected: ['*']; each pair weighted by its positive edges' |goldstein| ×
// confidence). One thread and a fixed seed, so the same graph always gives the same blocs.
// Example parameters for Neo4j Browser:
//   :param { graph: 'links-demo' }
CALL gds.leiden.stream($graph, {relationshipWeightProperty: 'weight', randomSeed: 19, concurrency: 1})
YIELD nodeId, communityId
RETURN nodeId AS node, communityId AS community
