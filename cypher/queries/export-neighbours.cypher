// One hop of an ego network: the actors linked to those in $ids by an edge of $types valid at $asOf (when given).
// Example parameters for Neo4j Browser:
//   :param { ids: ['taliban'], types: ['RECOGNISED','ARMED','SANCTIONED','OPPOSES'], asOf: null }
MATCH (a:Actor)-[r]-(n:Actor)
WHERE a.id IN $ids AND type(r) IN $types
  AND ($asOf IS NULL OR (
        r.validFrom <= $asOf <= r.validUntil))
RETURN DISTINCT n.id AS id
