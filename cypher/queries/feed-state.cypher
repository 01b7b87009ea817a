// What a feed source remembers between runs, as JSON text.
MATCH (s:FeedState {source: $source})
RETURN s.state AS state
