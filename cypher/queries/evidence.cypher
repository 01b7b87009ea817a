// Every claim about an ordered actor pair (optionally of one type): those that support an edge and those that do
// not (negated, intended, hypothetical), with the document, sentence, offsets and quote that back each one, the
// role and details of a record, and the first $maxEventIds events of an event-data claim.
MATCH (s:Actor {id: $subject})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor {id: $object})
WHERE $type IS NULL OR c.type = $type
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN c {.id, .type, .polarity, .modality, .from, .until, .quote, .sentence, .start, .end, .method,
          .confidence, .source, observedAt: toString(c.observedAt), .role, .details,
          .eventCount, eventIds: c.events[0..$maxEventIds], .urls, .mentions, .eventSources, .articles, .goldstein} AS claim,
       c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged'] AS supportsEdge,
       d {.id, .title, .url, .source, .publishedAt} AS document
ORDER BY c.type, supportsEdge DESC, c.fromDate, d.id, c.sentence
