// Lookups the queries make: claims by type (edge derivation), documents by content hash (already imported?),
// actors by kind and by Wikidata id.
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_wikidata IF NOT EXISTS FOR (a:Actor) ON (a.wikidataId);
CREATE INDEX actor_cameo IF NOT EXISTS FOR (a:Actor) ON (a.cameo);
