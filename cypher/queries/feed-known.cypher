// A feed source's state and the items of these keys it has met, in one read (a live GDELT run needs nothing else).
OPTIONAL MATCH (s:FeedState {source: $source})
CALL {
  UNWIND $keys AS key
  MATCH (i:FeedItem {key: $source + ' ' + key})
  RETURN collect({key: key, url: i.url, status: i.status, attempts: i.attempts, retryAt: i.retryAt,
                  reason: i.reason, meta: i.meta}) AS items
}
RETURN s.state AS state, items
