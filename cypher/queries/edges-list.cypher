// Every edge between two actors, with what the analytics and the path search need to filter it by date, type and sign
// and to weigh it; read in one streaming query into the service's edge cache (query/edges/EdgeList). One row per
// subject with its edges as parallel lists (ten times fewer records than a row per edge, which is what loading
// costs); an unknown date is the smallest date, -999999999-01-01. An edge that ended at an unknown date has the
// largest date, +999999999-12-31, as its until: it is valid at no date (asOf) but still part of the graph when no date
// is asked. Run in Neo4j Browser as is (no parameters).
MATCH (s:Actor)
CALL (s) {
  MATCH (s)-[r]->(o:Actor)
  WHERE s <> o
  RETURN collect(o.id) AS objects, collect(type(r)) AS types, collect(coalesce(r.sign, 0)) AS signs,
         collect(coalesce(r.goldstein, 0.0)) AS goldstein, collect(coalesce(r.confidence, 0.5)) AS confidence,
         collect(coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1}))) AS fromDates,
         collect(CASE WHEN r.untilDate IS NOT NULL THEN r.untilDate
                      WHEN coalesce(r.ended, false) THEN date({year: 999999999, month: 12, day: 31})
                      ELSE date({year: -999999999, month: 1, day: 1}) END) AS untilDates,
         collect(coalesce(r.claims, 0)) AS claims, collect(coalesce(r.sources, 0)) AS sources
}
WITH s, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
WHERE size(objects) > 0
RETURN s.id AS subject, objects, types, signs, goldstein, confidence, fromDates, untilDates, claims, sources
