// Remove the claims of a document that its new version no longer makes; returns the pairs whose edges need deriving.
MATCH (d:Document {id: $document})<-[:STATED_IN]-(c:Claim)
WHERE NOT c.id IN $keep
MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(o:Actor)
WITH c, s.id AS subject, c.type AS type, o.id AS object
DETACH DELETE c
RETURN subject, type, object, count(*) AS removed
