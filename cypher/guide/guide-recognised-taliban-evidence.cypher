// Guide: the evidence behind every recognition of the Taliban: each claim with its dates, the source's own words and
// the document it was read from. Claims that draw no edge (negated, hypothetical, intended) are listed too.
MATCH (s:Actor)<-[:SUBJECT]-(c:Claim {type: 'RECOGNISED'})-[:OBJECT]->(:Actor {id: 'taliban'})
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN s.name AS actor,
       coalesce(c.from, '?') + ' – ' + coalesce(c.until, 'open') AS valid,
       c.polarity + ' / ' + c.modality AS reading,
       c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged'] AS drawsEdge,
       c.quote AS quote,
       coalesce(d.title, d.id) AS document,
       coalesce(d.publishedAt, toString(c.observedAt)) AS published
ORDER BY drawsEdge DESC, actor, c.fromDate
LIMIT 50
