// Signed triads in Cypher alone, for reading and for small graphs in Neo4j Browser (the service enumerates triangles
// in memory from balance-edges.cypher, which scales further). A pair's sign is the sign of Σ sign × |goldstein| ×
// confidence over its edges valid at $asOf in both directions; a pair whose sum is 0 has no sign and closes no triad.
// A triad is balanced when the product of its three signs is positive.
// Example parameters for Neo4j Browser:
//   :param { asOf: date('2025-08-01') }
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.sign IN [1, -1] AND s <> o
  AND r.validFrom <= $asOf <= r.validUntil
WITH CASE WHEN s.id < o.id THEN s ELSE o END AS x, CASE WHEN s.id < o.id THEN o ELSE s END AS y,
     sum(r.sign * abs(r.goldstein) * coalesce(r.confidence, 0.5)) AS net, collect(type(r)) AS types
WHERE net <> 0
WITH collect({x: x.id, y: y.id, sign: sign(net), types: types}) AS pairs
UNWIND pairs AS p1
UNWIND pairs AS p2
WITH pairs, p1, p2 WHERE p1.x = p2.x AND p1.y < p2.y
WITH p1, p2, [p IN pairs WHERE p.x = p1.y AND p.y = p2.y] AS closing
UNWIND closing AS p3
RETURN [p1.x, p1.y, p2.y] AS actors, p1.sign * p2.sign * p3.sign > 0 AS balanced,
       [p1, p2, p3] AS pairs
ORDER BY balanced, actors
