// Remove actors the FtM importer created that nothing references any more: no FtM entity is them and no claim (of
// any source) names them. Actors from elsewhere are never removed. $ids: candidate actor ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE coalesce(a.ftmCreated, false)
  AND NOT EXISTS { (:FtmEntity)-[:IDENTIFIES]->(a) }
  AND NOT EXISTS { (a)<-[:SUBJECT|OBJECT]-(:Claim) }
DETACH DELETE a
RETURN count(*) AS removed
