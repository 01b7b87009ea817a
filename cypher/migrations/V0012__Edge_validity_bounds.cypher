// Every edge carries its validity as two bounds, so that every query says "valid at $asOf" the same short way:
// r.validFrom <= $asOf <= r.validUntil. validFrom is fromDate, or the smallest date when the start is unknown;
// validUntil is untilDate, the largest date while the edge is open, or the smallest date when it ended at an unknown
// date (then it is valid at no date). derive-edges.cypher sets both on every edge it writes; edges derived before this
// migration get them here, in batches.
MATCH (:Actor)-[r]->(:Actor) WHERE r.pair IS NOT NULL AND r.validFrom IS NULL
CALL (r) {
  SET r.validFrom = coalesce(r.fromDate, date({year: -999999999, month: 1, day: 1})),
      r.validUntil = CASE WHEN r.untilDate IS NOT NULL THEN r.untilDate
                          WHEN coalesce(r.ended, false) THEN date({year: -999999999, month: 1, day: 1})
                          ELSE date({year: 999999999, month: 12, day: 31}) END
} IN TRANSACTIONS OF 10000 ROWS;
