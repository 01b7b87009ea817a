// Remove the claims that the new versions of several documents no longer make; returns the pairs whose edges need
// deriving. $documents: [{id, keep: [claim ids the document still makes]}]
UNWIND $documents AS doc
MATCH (d:Document {id: doc.id})<-[:STATED_IN]-(c:Claim)
WHERE NOT c.id IN doc.keep
MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(o:Actor)
WITH c, s.id AS subject, c.type AS type, o.id AS object
DETACH DELETE c
RETURN subject, type, object, count(*) AS removed
