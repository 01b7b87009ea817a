// Saves what a feed source remembers between runs (JSON text), after a run that imported what it fetched.
MERGE (s:FeedState {source: $source})
SET s.state = $state, s.updatedAt = datetime()
