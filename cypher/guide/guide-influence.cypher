// Guide: an influence ranking with GDS PageRank. Score flows along the positive typed edges (RECOGNISED, ARMED,
// SUPPORTS, ENGAGES: sign +1), weighted by each edge's Goldstein weight times its confidence, so an actor ranks high
// when well-backed actors back it. The in-memory graph gets a fresh name and is dropped in the same statement.
// Without GDS, run guide-influence-degree.cypher.
MATCH (s:Actor)-[r:RECOGNISED|ARMED|SUPPORTS|ENGAGES]->(o:Actor)
WITH gds.graph.project('guide-influence-' + randomUUID(), s, o,
       {relationshipProperties: {weight: r.goldstein * coalesce(r.confidence, 0.5)}}) AS g
CALL gds.pageRank.stream(g.graphName, {relationshipWeightProperty: 'weight'}) YIELD nodeId, score
WITH g.graphName AS name, collect({actor: gds.util.asNode(nodeId), score: score}) AS ranked
CALL gds.graph.drop(name) YIELD graphName
UNWIND ranked AS row
WITH row.actor AS a, row.score AS score
RETURN a.name AS actor, a.kind AS kind, round(score, 3) AS pageRank,
       COUNT { (a)<-[:RECOGNISED|ARMED|SUPPORTS|ENGAGES]-(:Actor) } AS backedBy,
       COUNT { (a)<-[:SANCTIONED|OPPOSES|ATTACKED]-(:Actor) } AS opposedBy
ORDER BY pageRank DESC, actor
LIMIT 15
