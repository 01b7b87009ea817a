// The graph-wide edge version: bumped by derive-edges.cypher in the same write as every derivation batch. The
// analytics compare it with the version their cached edge list was loaded at; no row means no derivation has run
// since the database was emptied (nothing is cached then).
MATCH (v:__EdgeVersion {id: 'edges'})
RETURN v.epoch + '/' + toString(v.version) AS version
