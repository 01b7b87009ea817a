// The changes recorded with each edge version (derive-edges.cypher) are read and pruned by version.
CREATE INDEX edge_change_version IF NOT EXISTS FOR (c:__EdgeChange) ON (c.version);
