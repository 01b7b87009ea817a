// One actor's relationships as dated intervals, for a timeline view: every edge in either direction whose type is in
// $types (and, when $asOf is given, that is valid on that date), earliest start first; undated edges last.
// Example parameters for Neo4j Browser:
//   :param { id: 'taliban', types: ['RECOGNISED','ARMED','SANCTIONED','OPPOSES','ATTACKED','SUPPORTS','ENGAGES','MEMBER_OF','SUCCESSOR_OF'], asOf: null }
MATCH (a:Actor {id: $id})-[r]-(c:Actor)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR (
        r.validFrom <= $asOf <= r.validUntil))
RETURN type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       c.id AS counterpartId, c.name AS counterpartName,
       r.from AS start, r.fromDate AS startDate, r.until AS end, r.untilDate AS endDate, coalesce(r.ended, false) AS ended,
       coalesce(r.claims, 0) AS claims, coalesce(r.sources, 0) AS sources, coalesce(r.alleged, false) AS alleged,
       r.confidence AS confidence
ORDER BY startDate IS NULL, startDate, endDate IS NULL, endDate, type, counterpartId, direction
