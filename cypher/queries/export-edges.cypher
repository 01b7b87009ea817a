// The edges of an export: those of $types between actors in $ids (all actors when $ids is null), valid at $asOf
// when it is given (as in relationships.cypher), with their dates and evidence counts.
// Example parameters for Neo4j Browser:
//   :param { ids: null, types: ['RECOGNISED','ARMED','SANCTIONED','OPPOSES'], asOf: null }
MATCH (s:Actor)-[r]->(o:Actor)
WHERE type(r) IN $types
  AND ($ids IS NULL OR (s.id IN $ids AND o.id IN $ids))
  AND ($asOf IS NULL OR (
        r.validFrom <= $asOf <= r.validUntil))
RETURN s.id AS subject, o.id AS object, type(r) AS type, r.from AS from, r.until AS until,
       toString(r.fromDate) AS fromDate, toString(r.untilDate) AS untilDate, coalesce(r.ended, false) AS ended,
       coalesce(r.claims, 0) AS claims, coalesce(r.sources, 0) AS sources, coalesce(r.confidence, 0.0) AS confidence,
       coalesce(r.alleged, false) AS alleged, coalesce(r.sign, 0) AS sign, coalesce(r.goldstein, 0.0) AS goldstein
ORDER BY type, subject, object
