// Guide: the documents in the graph, newest import first, with how many claims each gave and how many of those
// draw an edge. Run it again after adding your own.
MATCH (d:Document)
OPTIONAL MATCH (d)<-[:STATED_IN]-(c:Claim)
WITH d, count(c) AS claims,
     count(CASE WHEN c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged'] THEN 1 END) AS drawingEdges
RETURN coalesce(d.title, d.id) AS document, d.source AS source, d.publishedAt AS published,
       toString(date(d.importedAt)) AS imported, claims, drawingEdges
ORDER BY d.importedAt DESC, document
LIMIT 50
