// Every claim about an ordered actor pair (optionally of one type): those that support an edge and those that do
// not (negated, intended, hypothetical), with the document, sentence, offsets and quote that back each one, the
// role and details of a record, and the first $maxEventIds events of an event-data claim; with the two actors'
// names and the edges between them (subject to object, in any order), all in one row, so an evidence request is one round trip.
// No row: one of the actors does not exist.
// Example parameters for Neo4j Browser:
//   :param { subject: 'united-states', object: 'iskp', type: 'SANCTIONED', maxEventIds: 50 }
MATCH (s:Actor {id: $subject}), (o:Actor {id: $object})
// the edges: walked from the subject (an index-free expand; a scan of every relationship is what a planner without
// statistics would otherwise choose)
WITH s, o, [(s)-[r]->(x) WHERE x = o AND ($type IS NULL OR type(r) = $type)
            | r {type: type(r), .from, .until, .ended, .claims, .sources, .confidence, .alleged}] AS edges
CALL (s, o) {
  MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
  WHERE $type IS NULL OR c.type = $type
  OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
  WITH c, d, c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged'] AS supportsEdge
  ORDER BY c.type, supportsEdge DESC, c.fromDate, d.id, c.sentence
  RETURN collect({
           claim: c {.id, .type, .polarity, .modality, .from, .until, .quote, .sentence, .start, .end, .method,
                     .confidence, .source, observedAt: toString(c.observedAt), .role, .details, .eventCount,
                     eventIds: c.events[0..$maxEventIds], .urls, .mentions, .eventSources, .articles, .goldstein},
           supportsEdge: supportsEdge,
           document: d {.id, .title, .url, .source, .publishedAt}}) AS claims
}
RETURN s.name AS subjectName, o.name AS objectName, edges, claims
