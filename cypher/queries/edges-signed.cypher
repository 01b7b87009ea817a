// Every signed edge (sign +1 or -1) between two actors, with what the analytics need to filter it by date and type
// and to weigh it; read in one streaming query into the service's edge cache (query/edges/SignedEdges). One row per
// subject with its edges as parallel lists (ten times fewer records than a row per edge, which is what loading
// costs); an unknown date is the smallest date, -999999999-01-01. Edges that ended at an unknown date are never valid
// at any date and are left out. Run in Neo4j Browser as is (no parameters).
MATCH (s:Actor)
CALL (s) {
  MATCH (s)-[r]->(o:Actor)
  WHERE r.sign IN [1, -1] AND s <> o AND NOT (coalesce(r.ended, false) AND r.untilDate IS NULL)
  RETURN collect(o.id) AS objects, collect(type(r)) AS types, collect(r.sign) AS signs,
         collect(coalesce(r.goldstein, 0.0)) AS goldstein, collect(coalesce(r.confidence, 0.5)) AS confidence,
         collect(coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1}))) AS fromDates,
         collect(coalesce(r.untilDate, date({year: -999999999, month: 1, day: 1}))) AS untilDates,
         collect(coalesce(r.claims, 0)) AS claims, collect(coalesce(r.sources, 0)) AS sources
}
WITH s, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
WHERE size(objects) > 0
RETURN s.id AS subject, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
