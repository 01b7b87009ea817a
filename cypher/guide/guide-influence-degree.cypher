// Guide: an influence ranking in plain Cypher, for a database without GDS: the sum of the signed Goldstein weights
// of the typed edges an actor receives (backing counts up, hostility down), with the counts of each.
MATCH (a:Actor)<-[r]-(:Actor)
WHERE r.sign IN [1, -1]
WITH a, sum(r.sign * abs(r.goldstein)) AS balance,
     count(CASE WHEN r.sign = 1 THEN 1 END) AS backedBy, count(CASE WHEN r.sign = -1 THEN 1 END) AS opposedBy
RETURN a.name AS actor, a.kind AS kind, round(balance, 2) AS balance, backedBy, opposedBy
ORDER BY backedBy + opposedBy DESC, balance DESC, actor
LIMIT 15
