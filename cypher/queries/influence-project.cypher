// Projects the weighted influence graph (see influence-edges.cypher for the filter and the weight) into the GDS
// catalogue as $graph, for gds.pageRank. $reverse = true turns every edge around (object → subject), so that score
// flows to the actors who act: influence exerted. Drop the projection afterwards: CALL gds.graph.drop($graph, false)
// Example parameters for Neo4j Browser:
//   :param { graph: 'influence-demo', reverse: true, types: ['RECOGNISED','ARMED','SUPPORTS','ENGAGES'], signs: [1], asOf: date('2025-08-01'), halfLifeDays: 1826.2 }
MATCH (s:Actor)-[r]->(o:Actor)
WHERE type(r) IN $types AND r.sign IN $signs AND s <> o
  AND r.validFrom <= $asOf <= r.validUntil
WITH s, o, r, CASE WHEN r.untilDate IS NOT NULL THEN $asOf ELSE r.fromDate END AS last
WITH s, o, abs(coalesce(r.goldstein, 0.0)) * coalesce(r.confidence, 0.5)
       * 0.5 ^ (CASE WHEN last IS NULL THEN 0 ELSE duration.inDays(last, $asOf).days END / $halfLifeDays) AS weight
WHERE weight > 0
WITH CASE WHEN $reverse THEN o ELSE s END AS source, CASE WHEN $reverse THEN s ELSE o END AS target, weight
WITH gds.graph.project($graph, source, target, {relationshipProperties: {weight: weight}}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
