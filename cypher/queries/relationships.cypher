// Derived edges, filtered and paged. __MATCH__ is one of three fixed patterns chosen by which of $subject and
// $object are given (so the actor id index is used), with the requested types in the pattern ([r:ARMED|SANCTIONED],
// names of the closed enum, so the relationship type index is used); $types are the same names.
// After a cursor ($afterType and $afterPair, the last edge of the page before, by type and `r.pair`), or from the
// start when $afterType is null.
// Valid at $asOf: started on or before it and not ended before it (an ending with no known date counts as before).
__MATCH__
WHERE type(r) IN $types
  AND ($afterType IS NULL OR type(r) > $afterType OR (type(r) = $afterType AND r.pair > $afterPair))
  AND ($asOf IS NULL OR (
        r.validFrom <= $asOf <= r.validUntil))
__RETURN__
