// The edges of some (subject, type, object) keys, in the rows of edges-list.cypher (a row per subject, its
// edges as parallel lists): what a cache that is behind re-reads for the keys the newer edge versions changed. A key
// whose edge is gone (no support left) gives nothing. The filter is edges-list.cypher's.
// Example parameters for Neo4j Browser:
//   :param { pairs: [{subject: 'russia', type: 'RECOGNISED', object: 'taliban'}] }
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject}), (o:Actor {id: pair.object})
MATCH (s)-[r]->(o)
WHERE type(r) = pair.type AND s <> o
WITH s, collect(o.id) AS objects, collect(type(r)) AS types, collect(coalesce(r.sign, 0)) AS signs,
     collect(coalesce(r.goldstein, 0.0)) AS goldstein, collect(coalesce(r.confidence, 0.5)) AS confidence,
     collect(coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1}))) AS fromDates,
     collect(CASE WHEN r.untilDate IS NOT NULL THEN r.untilDate
                  WHEN coalesce(r.ended, false) THEN date({year: 999999999, month: 12, day: 31})
                  ELSE date({year: -999999999, month: 1, day: 1}) END) AS untilDates,
     collect(coalesce(r.claims, 0)) AS claims, collect(coalesce(r.sources, 0)) AS sources
RETURN s.id AS subject, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
