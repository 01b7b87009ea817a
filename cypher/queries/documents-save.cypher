// Create or update a batch of documents (document-save for many at once); importedAt records the latest import.
UNWIND $documents AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url, d.site = row.site, d.publishedAt = row.publishedAt,
    d.sha256 = row.sha256, d.importedAt = datetime()
