// Guide: who recognised the Taliban, and when. Each RECOGNISED edge with its dates and how many claims and sources
// back it. Actors are drawn as virtual nodes labelled by their kind (State, Movement, ArmedGroup ...) so the style
// sheet can colour kinds apart; the stored nodes are all :Actor. Needs APOC.
MATCH (:Actor {id: 'taliban'})<-[r:RECOGNISED]-(:Actor)
WITH collect(r) AS edges
WITH edges, apoc.coll.toSet(reduce(acc = [], e IN edges | acc + [startNode(e), endNode(e)])) AS actors
WITH edges, apoc.map.fromPairs([a IN actors | [a.id,
       apoc.create.vNode([apoc.text.upperCamelCase(a.kind)], a {.id, .name, .kind, .aliases})]]) AS v
UNWIND edges AS e
RETURN v[startNode(e).id] AS subject,
       apoc.create.vRelationship(v[startNode(e).id], type(e),
         e {.from, .until, .claims, .sources, .confidence, .alleged}, v[endNode(e).id]) AS edge,
       v[endNode(e).id] AS object
