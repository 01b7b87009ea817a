// Actors whose name or aliases match $lucene (a Lucene query built from the user's words), ranked by the full-text
// score; an exact id, name or alias match ranks first. $lower is the user's text in lower case.
CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node, score
WITH node, score + CASE
       WHEN node.id = $lower OR toLower(node.name) = $lower OR any(x IN node.aliases WHERE toLower(x) = $lower)
       THEN 100.0 ELSE 0.0 END AS rank
WHERE $kind IS NULL OR node.kind = $kind
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases, rank AS score
ORDER BY rank DESC, node.name
LIMIT $limit
