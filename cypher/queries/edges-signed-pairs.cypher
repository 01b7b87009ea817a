// The signed edges of some (subject, type, object) keys, in the rows of edges-signed.cypher (a row per subject, its
// edges as parallel lists): what a cache that is behind re-reads for the keys the newer edge versions changed. A key
// whose edge is gone (no support left, or no longer signed) gives nothing. The filter is edges-signed.cypher's.
// Example parameters for Neo4j Browser:
//   :param { pairs: [{subject: 'russia', type: 'RECOGNISED', object: 'taliban'}] }
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject}), (o:Actor {id: pair.object})
MATCH (s)-[r]->(o)
WHERE type(r) = pair.type AND r.sign IN [1, -1] AND s <> o AND NOT (coalesce(r.ended, false) AND r.untilDate IS NULL)
WITH s, collect(o.id) AS objects, collect(type(r)) AS types, collect(r.sign) AS signs,
     collect(coalesce(r.goldstein, 0.0)) AS goldstein, collect(coalesce(r.confidence, 0.5)) AS confidence,
     collect(coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1}))) AS fromDates,
     collect(coalesce(r.untilDate, date({year: -999999999, month: 1, day: 1}))) AS untilDates,
     collect(coalesce(r.claims, 0)) AS claims, collect(coalesce(r.sources, 0)) AS sources
RETURN s.id AS subject, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
