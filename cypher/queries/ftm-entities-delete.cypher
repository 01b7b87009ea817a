// Forget FtM entities that a delta file deletes: unlink them from their actors, take back the names they gave, and
// return the actors, which the importer removes when nothing references them any more (ftm-actors-remove-orphans).
//   $ids: FtM entity ids
UNWIND $ids AS id
MATCH (f:FtmEntity {id: id})-[:IDENTIFIES]->(a:Actor)
DETACH DELETE f
WITH DISTINCT a
WITH a, coalesce(a.ftmNames, []) AS before,
     reduce(acc = [], names IN [(g:FtmEntity)-[:IDENTIFIES]->(a) | g.names] |
            acc + [x IN names WHERE NOT x IN acc]) AS now
SET a.ftmNames = now,
    a.ftmIds = [(g:FtmEntity)-[:IDENTIFIES]->(a) | g.id]
SET a.aliases = reduce(acc = [], x IN [x IN coalesce(a.aliases, []) WHERE NOT x IN before] + now |
                       CASE WHEN x IN acc OR x = a.name THEN acc ELSE acc + x END)
SET a.names = reduce(text = a.name, x IN a.aliases | text + '\n' + x)
RETURN a.id AS actor
