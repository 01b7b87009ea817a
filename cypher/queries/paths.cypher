// The __K__ shortest paths of 1 to __HOPS__ edges between two actors, visiting no actor twice, over the given types, using only edges valid
// at $asOf when it is given (started on or before it, not ended before it; an ending with no known date counts as
// before). Placeholders are filled only from the RelationshipType enum (__TYPES__), validated integers (__K__,
// __HOPS__) and a fixed arrow ('-' or '->', __ARROW__); $from, $to and $asOf are parameters.
// Example in Neo4j Browser: :param {from: 'united-states', to: 'iskp', asOf: null}
// and replace the placeholders, e.g. SHORTEST 3 ... -[r:RECOGNISED|ARMED|SANCTIONED|OPPOSES ...]- ... {1,4}
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST __K__ ((a)((x)-[r:__TYPES__ WHERE $asOf IS NULL OR (
            r.validFrom <= $asOf <= r.validUntil)]__ARROW__(y)){1,__HOPS__}(b)
          // a path visits each actor once: x holds the actor each hop starts from
          WHERE all(i IN range(0, size(x) - 1) WHERE x[i] <> b AND NOT x[i] IN x[i + 1..]))
RETURN length(p) AS length,
       [n IN nodes(p) | {id: n.id, name: n.name}] AS actors,
       [x IN relationships(p) | {type: type(x), subject: startNode(x).id, object: endNode(x).id,
                                 from: x.from, until: x.until, claims: x.claims, sources: x.sources,
                                 alleged: x.alleged}] AS relationships
ORDER BY length
