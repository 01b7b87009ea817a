// Ranked search over actor names and aliases (GET /api/actors?q=). `names` holds the name and every alias, one per
// line, because a full-text index reads string properties.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.names];
