// The items of a feed source waiting for a run: left for later, or failed and due for another try; oldest first.
MATCH (i:FeedItem)
WHERE i.source = $source AND i.status IN ['pending', 'failed'] AND (i.retryAt IS NULL OR i.retryAt <= datetime())
RETURN i.item AS key, i.url AS url, i.status AS status, i.attempts AS attempts, i.retryAt AS retryAt,
       i.reason AS reason, i.meta AS meta
ORDER BY i.firstSeen, i.item
LIMIT $limit
