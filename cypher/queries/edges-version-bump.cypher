// Bumps the graph-wide edge version as derive-edges.cypher does, for writers of edges that do not go through
// derivation (the analytics benchmark's generator). With $type and $pairs ([{subject, object}, ...]) it records them
// as the version's change, as derivation does, so caches re-read only those edges; with $pairs null it records
// nothing, and caches load the whole list again.
MERGE (version:__EdgeVersion {id: 'edges'})
  ON CREATE SET version.epoch = randomUUID()
SET version.version = coalesce(version.version, 0) + 1, version.changedAt = datetime()
FOREACH (pairs IN CASE WHEN $pairs IS NULL THEN [] ELSE [$pairs] END |
  CREATE (:__EdgeChange {epoch: version.epoch, version: version.version, type: $type,
                         subjects: [p IN pairs | p.subject], objects: [p IN pairs | p.object]}))
RETURN version.epoch + '/' + toString(version.version) AS version
