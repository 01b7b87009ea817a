// Feeds remember, per source, each item they have met (a GDELT file, a delta version, a news item) with how it went,
// and one state record (the version imported, validators of the feeds they read, how far a catch-up got).
CREATE CONSTRAINT feed_item_key_unique IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.key IS UNIQUE;
CREATE INDEX feed_item_source_status IF NOT EXISTS FOR (i:FeedItem) ON (i.source, i.status);
CREATE CONSTRAINT feed_state_source_unique IF NOT EXISTS FOR (s:FeedState) REQUIRE s.source IS UNIQUE;
