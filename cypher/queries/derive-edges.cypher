// Derive the typed edges of one relationship type for the given actor pairs from their claims.
// Run after every import for the pairs it touched (never over the whole graph).
// __TYPE__ is replaced by a RelationshipType constant (types cannot be parameters); the rest are parameters:
//   $type: the same type as a string; $sign, $goldstein: the type's sign and weight;
//   $pairs: [{subject: 'russia', object: 'taliban'}, ...]
//
// An edge exists while at least one asserted or ended claim that is a fact or an allegation supports it.
// from  = the earliest date among those claims;
// until = open (null) while some open-ended assertion is not followed by a dated ending; otherwise the latest
//         end date among them. `ended` says an ending closed the edge, even when its date is unknown.
//
// The same write bumps the graph-wide edge version (edges-version.cypher reads it), so every service instance on the
// database knows its cached edge list is stale. `epoch` changes when the node is recreated (an emptied database).
// It also records which pairs of which type this version changed, as an (:__EdgeChange), so that a cache one or more
// versions behind re-reads only those edges (edges-changes.cypher, edges-list-pairs.cypher). The changes of the
// last 500 versions are kept; a cache further behind loads the whole list again.
MERGE (version:__EdgeVersion {id: 'edges'})
  ON CREATE SET version.epoch = randomUUID()
SET version.version = coalesce(version.version, 0) + 1, version.changedAt = datetime()
CREATE (:__EdgeChange {epoch: version.epoch, version: version.version, type: $type,
                       subjects: [p IN $pairs | p.subject], objects: [p IN $pairs | p.object]})
WITH version
CALL (version) {
  MATCH (old:__EdgeChange)
  WHERE old.version <= version.version - 500
  DELETE old
}
WITH count(version) AS bumped
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject}), (o:Actor {id: pair.object})
CALL (s, o, pair) {
  // claims are found by their pair key (index claim_pair), not by walking the actors' claims
  OPTIONAL MATCH (c:Claim {pair: pair.subject + '|' + $type + '|' + pair.object})
  WHERE c.polarity IN ['asserted', 'ended'] AND c.modality IN ['fact', 'alleged']
  OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
  RETURN collect(DISTINCT c) AS support,
         count(DISTINCT coalesce(c.source, d.id)) AS sources
}
OPTIONAL MATCH (s)-[old:__TYPE__]->(o)
WITH s, o, support, sources, collect(old) AS olds
FOREACH (r IN olds | DELETE r)
WITH s, o, support, sources,
     [c IN support WHERE c.polarity = 'ended'] AS endings,
     [c IN support WHERE c.polarity = 'asserted'] AS assertions
WHERE size(support) > 0
WITH s, o, support, sources, endings, assertions,
     reduce(e = null, c IN endings |
       CASE WHEN c.untilDate IS NOT NULL AND (e IS NULL OR c.untilDate > e.untilDate) THEN c ELSE e END) AS lastEnd,
     reduce(f = null, c IN support |
       CASE WHEN c.fromDate IS NOT NULL AND (f IS NULL OR c.fromDate < f.fromDate) THEN c ELSE f END) AS first,
     reduce(l = null, c IN support |
       CASE WHEN c.untilDate IS NOT NULL AND (l IS NULL OR c.untilDate > l.untilDate) THEN c ELSE l END) AS last
WITH s, o, support, sources, endings, first, last,
     any(c IN assertions WHERE c.untilDate IS NULL
         AND (size(endings) = 0
              OR (lastEnd IS NOT NULL AND c.fromDate IS NOT NULL AND c.fromDate > lastEnd.untilDate))) AS open
CREATE (s)-[r:__TYPE__]->(o)
SET r.from = first.from,
    r.fromDate = first.fromDate,
    r.until = CASE WHEN open THEN null ELSE last.until END,
    r.untilDate = CASE WHEN open THEN null ELSE last.untilDate END,
    r.ended = NOT open AND size(endings) > 0,
    r.claims = size(support),
    r.sources = sources,
    r.confidence = 1.0 - reduce(p = 1.0, c IN support | p * (1.0 - coalesce(c.confidence, 0.5))),
    r.alleged = all(c IN support WHERE c.modality = 'alleged'),
    r.sign = $sign,
    r.goldstein = $goldstein,
    r.roles = reduce(acc = [], c IN support | CASE WHEN c.role IS NULL OR c.role IN acc THEN acc ELSE acc + c.role END),
    r.pair = s.id + ' ' + o.id,
    r.derivedAt = datetime()
// the validity bounds every "valid at $asOf" query uses (r.validFrom <= $asOf <= r.validUntil): an unknown start is
// the smallest date, an open end the largest, and an edge ended at an unknown date is valid at no date
SET r.validFrom = coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1})),
    r.validUntil = CASE WHEN r.untilDate IS NOT NULL THEN r.untilDate
                        WHEN r.ended THEN date({year: -999999999, month: 1, day: 1})
                        ELSE date({year: 999999999, month: 12, day: 31}) END
RETURN count(r) AS edges
