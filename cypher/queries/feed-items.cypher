// The items of a feed source the run has met before, by their keys, with how they went.
UNWIND $keys AS key
MATCH (i:FeedItem {key: $source + ' ' + key})
RETURN key, i.url AS url, i.status AS status, i.attempts AS attempts, i.retryAt AS retryAt, i.reason AS reason,
       i.meta AS meta
