// Import runs are found by id and listed newest first, per source; a source's lock and the files already imported
// (by importer kind and content hash) have business keys of their own.
CREATE CONSTRAINT import_run_id_unique IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX import_run_started IF NOT EXISTS FOR (r:ImportRun) ON (r.startedAt);
CREATE INDEX import_run_source IF NOT EXISTS FOR (r:ImportRun) ON (r.source, r.status);
CREATE CONSTRAINT import_lock_source_unique IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.source IS UNIQUE;
CREATE CONSTRAINT imported_file_key_unique IF NOT EXISTS FOR (f:ImportedFile) REQUIRE f.key IS UNIQUE;
