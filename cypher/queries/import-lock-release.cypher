// Give a source's lock back; only its owner can.
MATCH (l:ImportLock {source: $source})
WHERE l.owner = $owner
SET l.owner = null, l.instance = null, l.expiresAt = null, l.releasedAt = datetime()
