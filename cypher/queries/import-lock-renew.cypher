// Extend the lock a running import holds; returns false when the lock is no longer its own.
MATCH (l:ImportLock {source: $source})
WHERE l.owner = $owner
SET l.expiresAt = datetime() + duration($ttl)
RETURN count(l) > 0 AS renewed
