// Guide: how is the United States connected to IS-K? The 3 shortest paths of at most 4 edges over the four core
// types, either direction, visiting no actor twice (the same rule as GET /api/paths). Actors are virtual nodes
// labelled by kind, as in guide-recognised-taliban.cypher. Needs APOC.
MATCH (a:Actor {id: 'united-states'}), (b:Actor {id: 'iskp'})
MATCH p = SHORTEST 3 (a)((x)-[:RECOGNISED|ARMED|SANCTIONED|OPPOSES]-(y)){1,4}(b)
          WHERE all(i IN range(0, size(x) - 1) WHERE x[i] <> b AND NOT x[i] IN x[i + 1..])
WITH apoc.coll.toSet(apoc.coll.flatten(collect(relationships(p)))) AS edges
WITH edges, apoc.coll.toSet(reduce(acc = [], e IN edges | acc + [startNode(e), endNode(e)])) AS actors
WITH edges, apoc.map.fromPairs([a IN actors | [a.id,
       apoc.create.vNode([apoc.text.upperCamelCase(a.kind)], a {.id, .name, .kind, .aliases})]]) AS v
UNWIND edges AS e
RETURN v[startNode(e).id] AS subject,
       apoc.create.vRelationship(v[startNode(e).id], type(e),
         e {.from, .until, .claims, .sources, .confidence, .alleged}, v[endNode(e).id]) AS edge,
       v[endNode(e).id] AS object
