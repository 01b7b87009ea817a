// Write a batch of claims of several documents (claims-save with the document on each row). Idempotent: a claim's id
// is a hash of what it says and where.
UNWIND $claims AS row
MATCH (d:Document {id: row.document})
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
MERGE (c:Claim {id: row.id})
SET c += row.properties
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:STATED_IN]->(d)
RETURN count(c) AS written
