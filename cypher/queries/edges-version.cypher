// The graph-wide edge version: bumped by derive-edges.cypher in the same write as every derivation batch. The
// analytics compare it with the version their cached edge list was loaded at; no row means no derivation has run
// since the database was emptied (nothing is cached then). `epoch` and `number` let a cache that is behind patch
// itself from the recorded changes (edges-changes.cypher).
MATCH (v:__EdgeVersion {id: 'edges'})
RETURN v.epoch + '/' + toString(v.version) AS version, v.epoch AS epoch, v.version AS number
