// Take the lock of an import source, unless a live run of another owner holds it. The first SET takes the node's
// write lock, so two instances asking at once are serialised and the second sees the first's owner.
// Runs of the source still marked running whose lock has expired were left by a process that died: they are
// marked abandoned.
//   $source, $owner (the run id), $instance (host and pid), $ttl (an ISO-8601 duration such as 'PT2M')
MERGE (l:ImportLock {source: $source})
SET l.asked = coalesce(l.asked, 0) + 1
WITH l, (l.owner IS NULL OR l.expiresAt < datetime()) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.instance = CASE WHEN free THEN $instance ELSE l.instance END,
    l.acquiredAt = CASE WHEN free THEN datetime() ELSE l.acquiredAt END,
    l.expiresAt = CASE WHEN free THEN datetime() + duration($ttl) ELSE l.expiresAt END
WITH l, free
CALL (l, free) {
  WITH l WHERE free
  OPTIONAL MATCH (r:ImportRun {source: $source, status: 'running'}) WHERE r.id <> $owner
  SET r.status = 'abandoned', r.endedAt = coalesce(r.endedAt, datetime()),
      r.error = 'the process running it ended before the run did; its writes are idempotent, so running the source again completes them'
  RETURN count(r) AS abandoned
}
RETURN free AS acquired, l.owner AS owner, l.instance AS instance, abandoned
