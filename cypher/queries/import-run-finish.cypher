// Record how an import run ended: its status, its counts, the records it skipped (by reason) and rejected (the
// first of them, with file, line and reason), what it was missing when it imported nothing for want of it, and for a
// feed what it fetched and the dataset version it imported. Maps
// are stored as JSON text, which Neo4j Browser shows as it is.
MATCH (r:ImportRun {id: $id})
SET r.status = $status, r.endedAt = datetime(), r.files = $files,
    r.read = $read, r.written = $written, r.unchanged = $unchanged, r.removed = $removed,
    r.counts = $counts, r.skipped = $skipped, r.skippedCount = $skippedCount,
    r.rejected = $rejected, r.rejectedCount = $rejectedCount, r.missing = $missing, r.error = $error,
    r.fetched = $fetched, r.fetchedCount = $fetchedCount, r.version = $version
