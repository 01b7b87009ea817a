// One step of the random walk out of the given actors: every weighted edge that leaves them in walk direction
// ($reverse = false: subject → object, whom they shape; true: object → subject, who shapes them). Used hop by hop to
// find the paths that carry personalised influence. Filter and weight as in influence-edges.cypher.
// Example parameters for Neo4j Browser:
//   :param { actors: ['russia'], reverse: false, types: ['RECOGNISED','ARMED','SUPPORTS','ENGAGES'], signs: [1], asOf: date('2025-08-01'), halfLifeDays: 1826.2 }
MATCH (f:Actor)-[r]-(x:Actor)
WHERE f.id IN $actors AND (startNode(r) = f) <> $reverse AND f <> x
  AND type(r) IN $types AND r.sign IN $signs
  AND r.validFrom <= $asOf <= r.validUntil
WITH f, x, r, CASE WHEN r.untilDate IS NOT NULL THEN $asOf ELSE r.fromDate END AS last
WITH f, x, r, abs(coalesce(r.goldstein, 0.0)) * coalesce(r.confidence, 0.5)
       * 0.5 ^ (CASE WHEN last IS NULL THEN 0 ELSE duration.inDays(last, $asOf).days END / $halfLifeDays) AS weight
WHERE weight > 0
RETURN f.id AS from, x.id AS to, type(r) AS type, startNode(r).id AS subject, endNode(r).id AS object, weight,
       coalesce(r.claims, 0) AS claims
