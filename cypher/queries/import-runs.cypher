// Import runs, newest first, optionally of one source and one status; with the total for paging.
MATCH (r:ImportRun)
WHERE ($source IS NULL OR r.source = $source) AND ($status IS NULL OR r.status = $status)
WITH r ORDER BY r.startedAt DESC
WITH collect(r) AS runs
RETURN size(runs) AS total, [r IN runs[$offset..($offset + $limit)] | r {.*}] AS page
