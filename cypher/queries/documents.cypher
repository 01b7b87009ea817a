// Documents, newest import first, with how many claims each makes.
MATCH (d:Document)
WHERE $source IS NULL OR d.source = $source
RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url, d.site AS site, d.publishedAt AS publishedAt,
       toString(d.importedAt) AS importedAt, d.sha256 AS sha256, COUNT { (d)<-[:STATED_IN]-(:Claim) } AS claims
ORDER BY d.importedAt DESC, d.id
SKIP $offset LIMIT $limit
