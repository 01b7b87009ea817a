// The weighted projection the influence ranking runs on: every edge valid at $asOf whose type is in $types and whose
// sign is in $signs, with
//   weight = |goldstein| × confidence × 0.5 ^ (age in days / $halfLifeDays)
// age = from the edge's last known date to $asOf: 0 for an edge that has an `until` on or after $asOf (it still
// holds), otherwise from its `fromDate`; an undated edge does not decay. Types of sign 0 (MEMBER_OF, SUCCESSOR_OF)
// have goldstein 0 and so weigh nothing. Valid at $asOf: started on or before it, not ended before it (an ending
// with no known date counts as before), as in relationships.cypher.
// Example parameters for Neo4j Browser:
//   :param { types: ['RECOGNISED','ARMED','SUPPORTS','ENGAGES'], signs: [1], asOf: date('2025-08-01'), halfLifeDays: 1826.2 }
MATCH (s:Actor)-[r]->(o:Actor)
WHERE type(r) IN $types AND r.sign IN $signs AND s <> o
  AND r.validFrom <= $asOf <= r.validUntil
WITH s, o, r, CASE WHEN r.untilDate IS NOT NULL THEN $asOf ELSE r.fromDate END AS last
WITH s, o, r, abs(coalesce(r.goldstein, 0.0)) * coalesce(r.confidence, 0.5)
       * 0.5 ^ (CASE WHEN last IS NULL THEN 0 ELSE duration.inDays(last, $asOf).days END / $halfLifeDays) AS weight
WHERE weight > 0
RETURN s.id AS subject, o.id AS object, type(r) AS type, weight, coalesce(r.claims, 0) AS claims
