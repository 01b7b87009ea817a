// Actors by Wikidata id, for matching FtM entities that carry one. $qids: Wikidata ids.
UNWIND $qids AS qid
MATCH (a:Actor {wikidataId: qid})
WITH qid, a ORDER BY a.id
RETURN qid, collect(a.id)[0] AS actor
