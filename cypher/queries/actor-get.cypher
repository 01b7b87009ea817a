// One actor with its derived relationships in both directions.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases, a.wikidataId AS wikidataId,
       a.existedFrom AS existedFrom, a.existedUntil AS existedUntil,
       [(a)-[r]-(b:Actor) WHERE type(r) IN $types | {
          type: type(r),
          direction: CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END,
          actor: {id: b.id, name: b.name},
          from: r.from, until: r.until, ended: r.ended,
          claims: r.claims, sources: r.sources, confidence: r.confidence, alleged: r.alleged
       }] AS relationships
