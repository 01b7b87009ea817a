// FtM entities that are actors: (:FtmEntity {id})-[:IDENTIFIES]->(:Actor). The FtM importer finds an entity's actor
// by its FtM id (re-imports, MOD and DEL of delta files), so the id is unique and indexed.
CREATE CONSTRAINT ftm_entity_id_unique IF NOT EXISTS FOR (f:FtmEntity) REQUIRE f.id IS UNIQUE;
