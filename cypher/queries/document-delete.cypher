// Delete a document and its claims; returns the pairs whose edges need deriving again.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[:STATED_IN]-(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Actor)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Actor)
WITH d, collect(DISTINCT c) AS claims,
     collect(DISTINCT CASE WHEN c IS NULL THEN null ELSE {subject: s.id, type: c.type, object: o.id} END) AS pairs
FOREACH (c IN claims | DETACH DELETE c)
DETACH DELETE d
WITH pairs
UNWIND pairs AS pair
RETURN pair.subject AS subject, pair.type AS type, pair.object AS object
