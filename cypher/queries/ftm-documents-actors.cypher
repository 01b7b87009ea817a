// The actors the claims of some documents name, and which of the documents exist. $ids: document ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS document, [(d)<-[:STATED_IN]-(:Claim)-[:SUBJECT|OBJECT]->(a:Actor) | a.id] AS actors
