// The graph-wide edge version (bumped by every edge derivation, read by the analytics' edge-list cache) is one node.
CREATE CONSTRAINT edge_version_id_unique IF NOT EXISTS FOR (v:__EdgeVersion) REQUIRE v.id IS UNIQUE;
