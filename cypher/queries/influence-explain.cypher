// What carries each ranked actor's score: the edges through which the random walk reaches it, each with the total
// weight its counterpart spreads (so the service can compute the share dampingFactor × score(counterpart) × weight /
// outWeight(counterpart)). Filter and weight as in influence-edges.cypher; $reverse as in influence-project.cypher
// (true: the walk goes object → subject, so the edges that reach actor t are those t is the subject of).
// Example parameters for Neo4j Browser:
//   :param { actors: ['russia'], reverse: true, types: ['RECOGNISED','ARMED','SUPPORTS','ENGAGES'], signs: [1], asOf: date('2025-08-01'), halfLifeDays: 1826.2 }
UNWIND $actors AS actorId
MATCH (t:Actor {id: actorId})-[r]-(u:Actor)
WHERE (startNode(r) = t) = $reverse AND t <> u
  AND type(r) IN $types AND r.sign IN $signs
  AND r.validFrom <= $asOf <= r.validUntil
WITH t, u, r, CASE WHEN r.untilDate IS NOT NULL THEN $asOf ELSE r.fromDate END AS last
WITH t, u, r, abs(coalesce(r.goldstein, 0.0)) * coalesce(r.confidence, 0.5)
       * 0.5 ^ (CASE WHEN last IS NULL THEN 0 ELSE duration.inDays(last, $asOf).days END / $halfLifeDays) AS weight
WHERE weight > 0
CALL (u) {
  MATCH (u)-[r2]-(x:Actor)
  WHERE (startNode(r2) = u) <> $reverse AND u <> x
    AND type(r2) IN $types AND r2.sign IN $signs
    AND r2.validFrom <= $asOf <= r2.validUntil
  WITH r2, CASE WHEN r2.untilDate IS NOT NULL THEN $asOf ELSE r2.fromDate END AS last2
  WITH abs(coalesce(r2.goldstein, 0.0)) * coalesce(r2.confidence, 0.5)
         * 0.5 ^ (CASE WHEN last2 IS NULL THEN 0 ELSE duration.inDays(last2, $asOf).days END / $halfLifeDays) AS w2
  WHERE w2 > 0
  RETURN sum(w2) AS outWeight
}
RETURN t.id AS actor, u.id AS counterpart, u.name AS counterpartName, type(r) AS type,
       startNode(r).id AS subject, endNode(r).id AS object, weight, coalesce(r.claims, 0) AS claims, outWeight
