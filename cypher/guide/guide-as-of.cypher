// Guide: the core four edges valid on a date (the same rule as the API's asOf: started on or before it and not
// ended before it; an ending with no known date counts as before). Change the date in the first line.
WITH date('2021-08-31') AS asOf
MATCH (s:Actor)-[r:RECOGNISED|ARMED|SANCTIONED|OPPOSES]->(o:Actor)
WHERE r.validFrom <= asOf <= r.validUntil
RETURN toString(asOf) AS asOf, s.name AS subject, type(r) AS type, o.name AS object,
       coalesce(r.from, '?') + ' – ' + coalesce(r.until, 'open') AS valid, r.claims AS claims, r.sources AS sources
ORDER BY type, subject, object
LIMIT 100
