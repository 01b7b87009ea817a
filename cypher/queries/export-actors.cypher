// The actors of an export: all of them when $ids is null, otherwise those ids.
// Example parameters for Neo4j Browser:
//   :param { ids: null }
MATCH (a:Actor)
WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.wikidataId AS wikidataId
ORDER BY id
