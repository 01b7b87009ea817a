// One page of the edges of one type, in key order (`r.pair`: subject id, a space, object id), after a cursor: an index
// seek on the type's pair index (migration V0010) that stops at the page's end, so the thousandth page costs what
// the first does. The service asks type by type, in name order, until the page is full (query/relationship/
// RelationshipQueries). __TYPE__ is a name of the closed enum. Valid at $asOf as in relationships.cypher.
// Example in Neo4j Browser (replace __TYPE__ with ARMED):
//   :param { after: '', asOf: null, limit: 100 }
MATCH (s:Actor)-[r:__TYPE__]->(o:Actor)
WHERE r.pair > $after
  AND ($asOf IS NULL OR (
        r.validFrom <= $asOf <= r.validUntil))
RETURN type(r) AS type, s.id AS subjectId, s.name AS subjectName, o.id AS objectId, o.name AS objectName,
       r.from AS from, r.until AS until, r.ended AS ended, r.claims AS claims, r.sources AS sources,
       r.confidence AS confidence, r.alleged AS alleged, r.pair AS pair
ORDER BY r.pair
LIMIT $limit
