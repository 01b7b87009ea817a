// Every claim carries the key of the edge it is about, `subject|TYPE|object`, so that deriving an edge finds its
// claims by one index seek instead of walking every claim of a well-connected actor (the United States has tens of
// thousands once GDELT is imported). Claims stored before this migration get the key here, in batches.
CREATE INDEX claim_pair IF NOT EXISTS FOR (c:Claim) ON (c.pair);
MATCH (c:Claim) WHERE c.pair IS NULL
CALL (c) {
  MATCH (s:Actor)<-[:SUBJECT]-(c)-[:OBJECT]->(o:Actor)
  SET c.pair = s.id + '|' + c.type + '|' + o.id
} IN TRANSACTIONS OF 10000 ROWS;
