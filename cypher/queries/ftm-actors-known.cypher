// The actors the FtM importer did not create (gazetteer, curated files, news), with their names and CAMEO codes:
// organisations are matched to them by exact name, and a Sanction's country code to a state by its CAMEO code.
MATCH (a:Actor)
WHERE NOT coalesce(a.ftmCreated, false)
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases, a.cameo AS cameo
