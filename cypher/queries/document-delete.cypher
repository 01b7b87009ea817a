// Delete a document and what it alone says: its claims that no other document states are deleted, a claim another
// document also states (an event in two overlapping GDELT files) only loses its link to this one. Returns the pairs
// whose edges need deriving again (in the same transaction).
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[:STATED_IN]-(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Actor)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Actor)
WITH d, collect(DISTINCT c) AS claims,
     collect(DISTINCT CASE WHEN c IS NULL THEN null ELSE {subject: s.id, type: c.type, object: o.id} END) AS pairs
WITH d, pairs, [c IN claims WHERE NOT EXISTS { (c)-[:STATED_IN]->(other:Document) WHERE other <> d }] AS alone
FOREACH (c IN alone | DETACH DELETE c)
DETACH DELETE d
WITH pairs
UNWIND pairs AS pair
RETURN pair.subject AS subject, pair.type AS type, pair.object AS object
