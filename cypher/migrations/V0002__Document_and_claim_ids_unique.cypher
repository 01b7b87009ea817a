// Documents and claims have business keys: a document id (its file name for curated files, its content hash for
// articles) and a claim id (a hash of what the claim says and where), so re-importing never duplicates.
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;
