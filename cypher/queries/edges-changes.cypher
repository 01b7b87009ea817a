// What the edge versions after $after up to $upTo changed (recorded by derive-edges.cypher): per version, the type
// and the pairs (subjects[i] -> objects[i]) whose edges of that type were derived again. A cache at version $after
// replaces exactly these edges; when a version in the range has no row (pruned, or bumped by a writer that records
// nothing) it loads the whole list instead.
// Example parameters for Neo4j Browser:
//   :param { epoch: 'the epoch from edges-version.cypher', after: 1, upTo: 5 }
MATCH (c:__EdgeChange)
WHERE c.version > $after AND c.version <= $upTo AND c.epoch = $epoch
RETURN c.version AS version, c.type AS type, c.subjects AS subjects, c.objects AS objects
ORDER BY version
