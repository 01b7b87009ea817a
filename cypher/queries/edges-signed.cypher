// Every signed edge (sign +1 or -1) between two actors, with what the analytics need to filter it by date and type
// and to weigh it; read in one streaming query into the service's edge cache (query/edges/SignedEdges). Edges that
// ended at an unknown date are never valid at any date and are left out. The service keeps the dates as epoch days.
// Run in Neo4j Browser as is (no parameters).
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.sign IN [1, -1] AND s <> o AND NOT (coalesce(r.ended, false) AND r.untilDate IS NULL)
RETURN s.id AS subject, o.id AS object, type(r) AS type, r.sign AS sign, coalesce(r.goldstein, 0.0) AS goldstein,
       coalesce(r.confidence, 0.5) AS confidence, r.fromDate AS fromDate, r.untilDate AS untilDate,
       coalesce(r.claims, 0) AS claims, coalesce(r.sources, 0) AS sources
