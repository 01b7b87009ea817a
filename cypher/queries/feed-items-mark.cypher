// Records how items of a feed source went in a run: imported, failed (with the try count and when to try again),
// given up, skipped for good (not an article, disallowed), or pending (left for the next run).
UNWIND $items AS item
MERGE (i:FeedItem {key: $source + ' ' + item.key})
ON CREATE SET i.source = $source, i.item = item.key, i.firstSeen = datetime()
SET i.url = item.url, i.status = item.status, i.reason = item.reason, i.attempts = item.attempts,
    i.retryAt = item.retryAt, i.meta = coalesce(item.meta, i.meta), i.run = $run, i.updatedAt = datetime()
