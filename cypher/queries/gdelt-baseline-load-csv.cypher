// The benchmark's baseline (bench gdelt): a GDELT 2.0 export imported the idiomatic Neo4j way, LOAD CSV ... MERGE in
// batched transactions, writing the same claims as the GDELT importer (same ids, properties, events and
// relationships; see claims-merge-events.cypher). The CAMEO mapping and the actor resolution come as parameter maps:
//   $file: file:/// URL; $document: the document id; $mapping: {code: {type, polarity, modality}} (mapped codes only);
//   $states: {cameo country code: actor id}; $groups: {known-group code: actor id}; $organs: state-organ roles;
//   $confidence: one event's confidence; $cap: the most events give; $maxUrls: URLs a claim keeps.
// Actor rules as in ActorResolver: a known group is the group; else a bare country code, or a country with only
// state-organ roles, is the state; anything else resolves to null and the row is skipped.
LOAD CSV FROM $file AS line FIELDTERMINATOR '\t'
CALL (line) {
  // LOAD CSV reads an empty field as null
  WITH [x IN line | coalesce(x, '')] AS row
  WITH row WHERE size(row) = 61 AND row[0] =~ '[0-9]+' AND row[1] =~ '[0-9]{8}'
  WITH row, $mapping[row[26]] AS rule
  WHERE rule IS NOT NULL
  WITH row, rule,
       [i IN [5, 15] |
         CASE
           WHEN row[i] = '' THEN null
           WHEN row[i + 3] <> '' THEN $groups[row[i + 3]]
           WHEN row[i + 2] = '' THEN null
           WHEN row[i + 7] = '' AND row[i + 8] = '' AND row[i + 9] = ''
             THEN CASE WHEN row[i] = row[i + 2] THEN $states[row[i + 2]] END
           WHEN all(t IN row[(i + 7)..(i + 10)] WHERE t = '' OR t IN $organs) THEN $states[row[i + 2]]
         END] AS ids
  WITH row, rule, ids[0] AS s, ids[1] AS o
  WHERE s IS NOT NULL AND o IS NOT NULL AND s <> o
  WITH row, rule, s, o, date(row[1]) AS day
  WITH row, rule, s, o, day,
       'gdelt|' + s + '|' + rule.type + '|' + o + '|' + rule.polarity + '|' + rule.modality + '|' + toString(day) AS key
  MATCH (d:Document {id: $document})
  MATCH (sa:Actor {id: s})
  MATCH (oa:Actor {id: o})
  MERGE (c:Claim {id: substring(apoc.util.sha256([key]), 0, 32)})
    ON CREATE SET c.pair = s + '|' + rule.type + '|' + o, c.type = rule.type, c.polarity = rule.polarity,
                  c.modality = rule.modality,
                  c.from = CASE WHEN rule.polarity = 'ended' THEN null ELSE toString(day) END,
                  c.fromDate = CASE WHEN rule.polarity = 'ended' THEN null ELSE day END,
                  c.until = toString(day), c.untilDate = day, c.method = 'gdelt:cameo:' + row[26],
                  c.observedAt = date(substring(row[59], 0, 8)),
                  c.events = [], c.eventCount = 0, c.mentions = 0, c.eventSources = 0, c.articles = 0,
                  c.goldsteinSum = 0.0, c.urls = []
  WITH c, sa, oa, d, row
  WHERE NOT row[0] IN c.events
  SET c.events = c.events + row[0],
      c.eventCount = c.eventCount + 1,
      c.mentions = c.mentions + coalesce(toInteger(row[31]), 0),
      c.eventSources = c.eventSources + coalesce(toInteger(row[32]), 0),
      c.articles = c.articles + coalesce(toInteger(row[33]), 0),
      c.goldsteinSum = c.goldsteinSum + coalesce(toFloat(row[30]), 0.0),
      c.urls = CASE WHEN row[60] = '' OR row[60] IN c.urls OR size(c.urls) >= $maxUrls THEN c.urls
                    ELSE c.urls + row[60] END
  SET c.source = CASE WHEN row[60] <> '' AND (c.sourceEvent IS NULL OR toInteger(row[0]) < toInteger(c.sourceEvent))
                      THEN row[60] ELSE c.source END,
      c.sourceEvent = CASE WHEN row[60] <> '' AND (c.sourceEvent IS NULL OR toInteger(row[0]) < toInteger(c.sourceEvent))
                      THEN row[0] ELSE c.sourceEvent END,
      c.goldstein = c.goldsteinSum / c.eventCount,
      c.confidence = CASE WHEN 1.0 - (1.0 - $confidence) ^ c.eventCount > $cap THEN $cap
                          ELSE 1.0 - (1.0 - $confidence) ^ c.eventCount END
  MERGE (c)-[:SUBJECT]->(sa)
  MERGE (c)-[:OBJECT]->(oa)
  MERGE (c)-[:STATED_IN]->(d)
} IN TRANSACTIONS OF 10000 ROWS
