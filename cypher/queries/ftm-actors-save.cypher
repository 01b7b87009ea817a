// Create or update the actors of a batch of FtM entities and link each entity to its actor.
//   $actors: [{id, entity (FtM id), schema, name, aliases, kind, wikidataId, countries}]
// An actor the FtM importer created (ftmCreated) takes the entity's name, kind and countries as they are now; an actor
// from elsewhere (gazetteer, news) keeps its own and gains the entity's names as aliases. The names FtM gave
// (ftmNames, the union over the actor's entities) replace those it gave before, so a MOD that renames an entity drops
// the old names; aliases other sources gave stay. `names` feeds the full-text index as in actors-save.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.ftmCreated = true, a.aliases = []
MERGE (f:FtmEntity {id: row.entity})
WITH a, row, f
OPTIONAL MATCH (f)-[old:IDENTIFIES]->(b:Actor) WHERE b <> a
DELETE old
WITH DISTINCT a, row, f
MERGE (f)-[:IDENTIFIES]->(a)
SET f.schema = row.schema, f.names = [row.name] + row.aliases
WITH a, row, coalesce(a.ftmNames, []) AS before, coalesce(a.ftmCreated, false) AS owned
WITH a, row, before, owned,
     reduce(acc = [], names IN [(g:FtmEntity)-[:IDENTIFIES]->(a) | g.names] |
            acc + [x IN names WHERE NOT x IN acc]) AS now
SET a.name = CASE WHEN owned THEN row.name ELSE a.name END
SET a.kind = CASE WHEN owned THEN row.kind ELSE a.kind END,
    a.countries = CASE WHEN owned THEN row.countries ELSE a.countries END,
    a.wikidataId = coalesce(a.wikidataId, row.wikidataId),
    a.ftmNames = now,
    a.ftmIds = [(g:FtmEntity)-[:IDENTIFIES]->(a) | g.id]
SET a.aliases = reduce(acc = [], x IN [x IN coalesce(a.aliases, []) WHERE NOT x IN before] + now |
                       CASE WHEN x IN acc OR x = a.name THEN acc ELSE acc + x END)
SET a.names = reduce(text = a.name, x IN a.aliases | text + '\n' + x)
RETURN count(*) AS written
