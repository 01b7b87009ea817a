// The signed graph structural balance and blocs work on: every edge of a signed type (+1: RECOGNISED, ARMED,
// SUPPORTS, ENGAGES; -1: SANCTIONED, OPPOSES, ATTACKED) valid at $asOf, in either direction, with its weight
// |goldstein| × confidence. The service sums sign × weight per unordered pair: the sign of that sum is the pair's sign.
// Example parameters for Neo4j Browser:
//   :param { asOf: date('2025-08-01') }
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.sign IN [1, -1] AND s <> o
  AND r.validFrom <= $asOf <= r.validUntil
RETURN s.id AS subject, o.id AS object, type(r) AS type, r.sign AS sign,
       abs(coalesce(r.goldstein, 0.0)) * coalesce(r.confidence, 0.5) AS weight,
       coalesce(r.claims, 0) AS claims, coalesce(r.sources, 0) AS sources
