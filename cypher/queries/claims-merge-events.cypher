// Merge a batch of event-data claims (GDELT) into the claims already stored. A claim is keyed by what it says and
// when (subject, type, object, polarity, modality, day), not by the file it came from, so a re-imported or
// overlapping file only adds events the claim has not seen; counts are summed over new events only, so the result is
// the same however often and in whatever order files are imported.
//   $document: the file's document id; $maxUrls: how many article URLs a claim keeps;
//   $claims: [{id, subject, object, properties, confidence (one event's), cap (the most events can give),
//              events: [{id, url, mentions, sources, articles, goldstein}]}]
UNWIND $claims AS row
MATCH (d:Document {id: $document})
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
MERGE (c:Claim {id: row.id})
  ON CREATE SET c += row.properties, c.events = [], c.eventCount = 0, c.mentions = 0, c.eventSources = 0,
                c.articles = 0, c.goldsteinSum = 0.0, c.urls = []
WITH c, s, o, d, row, [e IN row.events WHERE NOT e.id IN c.events] AS fresh
// the claim's source is the article of its earliest event (lowest id) that has one, whatever order files come in
WITH c, s, o, d, row, fresh,
     reduce(m = null, e IN fresh | CASE WHEN e.url IS NOT NULL AND (m IS NULL OR toInteger(e.id) < toInteger(m.id))
                                        THEN e ELSE m END) AS first
SET c.events = c.events + [e IN fresh | e.id],
    c.eventCount = c.eventCount + size(fresh),
    c.mentions = c.mentions + reduce(n = 0, e IN fresh | n + e.mentions),
    c.eventSources = c.eventSources + reduce(n = 0, e IN fresh | n + e.sources),
    c.articles = c.articles + reduce(n = 0, e IN fresh | n + e.articles),
    c.goldsteinSum = c.goldsteinSum + reduce(n = 0.0, e IN fresh | n + e.goldstein)
SET c.urls = (c.urls + [u IN reduce(acc = [], e IN fresh |
                 CASE WHEN e.url IS NULL OR e.url IN acc OR e.url IN c.urls THEN acc ELSE acc + e.url END) | u])[0..$maxUrls],
    c.source = CASE WHEN first IS NOT NULL AND (c.sourceEvent IS NULL OR toInteger(first.id) < toInteger(c.sourceEvent))
                    THEN first.url ELSE c.source END,
    c.sourceEvent = CASE WHEN first IS NOT NULL AND (c.sourceEvent IS NULL OR toInteger(first.id) < toInteger(c.sourceEvent))
                    THEN first.id ELSE c.sourceEvent END,
    c.goldstein = c.goldsteinSum / c.eventCount,
    c.confidence = CASE WHEN 1.0 - (1.0 - row.confidence) ^ c.eventCount > row.cap THEN row.cap
                        ELSE 1.0 - (1.0 - row.confidence) ^ c.eventCount END
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:STATED_IN]->(d)
RETURN sum(CASE WHEN size(fresh) > 0 AND c.eventCount = size(fresh) THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(fresh) > 0 AND c.eventCount > size(fresh) THEN 1 ELSE 0 END) AS grown,
       sum(CASE WHEN size(fresh) = 0 THEN 1 ELSE 0 END) AS unchanged,
       sum(size(fresh)) AS events
