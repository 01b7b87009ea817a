// Guide: the claims behind one edge, here Russia RECOGNISED Taliban: the edge's own dates and counts, then each claim
// about the pair and type, whether it supports the edge, and the sentence it was read from. Change the ids and the
// type to look behind any other edge.
MATCH (s:Actor {id: 'russia'}), (o:Actor {id: 'taliban'})
OPTIONAL MATCH (s)-[r:RECOGNISED]->(o)
MATCH (s)<-[:SUBJECT]-(c:Claim {type: 'RECOGNISED'})-[:OBJECT]->(o)
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN coalesce(r.from, '?') + ' – ' + coalesce(r.until, 'open') + ' (' + r.claims + ' claims, ' + r.sources
         + ' sources)' AS edge,
       coalesce(c.from, '?') + ' – ' + coalesce(c.until, 'open') AS claimed,
       c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged'] AS supports,
       c.polarity + ' / ' + c.modality AS reading,
       c.quote AS quote, coalesce(d.title, d.id) AS document, c.sentence AS sentence, c.method AS method
ORDER BY supports DESC, c.fromDate, document, sentence
LIMIT 50
