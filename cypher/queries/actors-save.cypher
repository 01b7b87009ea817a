// Create or update actors. Aliases are merged with those other sources already gave; `names` (name and aliases,
// one per line) feeds the full-text index; `existedFrom` / `existedUntil` (partial dates as text, "1991-12-25") are
// the actor's lifetime where a source gives it.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name,
    a.kind = row.kind,
    a.wikidataId = coalesce(row.wikidataId, a.wikidataId),
    a.cameo = coalesce(row.cameo, a.cameo),
    a.existedFrom = coalesce(row.existedFrom, a.existedFrom),
    a.existedUntil = coalesce(row.existedUntil, a.existedUntil),
    a.aliases = reduce(acc = [], x IN coalesce(a.aliases, []) + row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.names = reduce(text = a.name, x IN a.aliases | text + '\n' + x)
RETURN count(a) AS written
