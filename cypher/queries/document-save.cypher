// Create or update a document; importedAt records the latest import.
MERGE (d:Document {id: $id})
SET d.title = $title, d.source = $source, d.url = $url, d.site = $site, d.publishedAt = $publishedAt,
    d.sha256 = $sha256, d.importedAt = datetime()
