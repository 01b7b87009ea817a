// The edges of the paths the service found (query/path/PathSearch, on the in-memory edge list), each by its business
// key (subject, type, object), with the actors' names and what the answer shows of each edge: dates, evidence
// counts, whether only alleged (each step as paths.cypher gives it). A key whose edge is gone since the list was read gives no row (the service then drops
// that path). Example parameters for Neo4j Browser:
//   :param { steps: [{subject: 'united-states', type: 'ATTACKED', object: 'taliban'}] }
UNWIND $steps AS step
MATCH (s:Actor {id: step.subject})-[r]->(o:Actor {id: step.object})
WHERE type(r) = step.type
RETURN {type: type(r), subject: s.id, object: o.id, from: r.from, until: r.until, claims: r.claims,
        sources: r.sources, alleged: r.alleged} AS step,
       s.name AS subjectName, o.name AS objectName
