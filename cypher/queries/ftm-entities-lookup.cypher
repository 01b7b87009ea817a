// The actors of FtM entity ids already stored (an entity's own id, or one of its referents that an earlier import
// stored as an entity's id). $ids: FtM entity ids.
UNWIND $ids AS id
MATCH (f:FtmEntity {id: id})-[:IDENTIFIES]->(a:Actor)
RETURN id, a.id AS actor
