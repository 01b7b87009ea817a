// Bumps the graph-wide edge version as derive-edges.cypher does, for writers of edges that do not go through
// derivation (the analytics benchmark's generator).
MERGE (version:__EdgeVersion {id: 'edges'})
  ON CREATE SET version.epoch = randomUUID()
SET version.version = coalesce(version.version, 0) + 1, version.changedAt = datetime()
RETURN version.epoch + '/' + toString(version.version) AS version
