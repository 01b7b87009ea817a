// Every edge carries the ids of its two actors as one ordered key, `subject object` (a space sorts before every
// character of an id, so ordering by the key orders by subject, then object), with a range index per type: a page of
// /api/relationships after a cursor is an index seek that stops at the page's end, whatever the page's depth
// (relationship-page.cypher). derive-edges.cypher sets the key on every edge it writes; edges derived before this
// migration get it here, in batches.
CREATE RANGE INDEX edge_pair_recognised IF NOT EXISTS FOR ()-[r:RECOGNISED]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_armed IF NOT EXISTS FOR ()-[r:ARMED]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_attacked IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_engages IF NOT EXISTS FOR ()-[r:ENGAGES]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.pair);
CREATE RANGE INDEX edge_pair_successor_of IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.pair);
MATCH (s:Actor)-[r]->(o:Actor) WHERE r.pair IS NULL
CALL (s, r, o) {
  SET r.pair = s.id + ' ' + o.id
} IN TRANSACTIONS OF 10000 ROWS;
