package org.realpolitik.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/** The documents behind the claims. */
@Service
public class DocumentQueries {

	private final Graph graph;

	DocumentQueries(Graph graph) {
		this.graph = graph;
	}

	/** A document; {@code site} is the site that published an article a news feed fetched, else null. */
	public record DocumentSummary(String id, String title, String source, String url, String site, String publishedAt,
			String importedAt, String sha256, long claims) {
	}

	/** Documents, newest import first; {@code source} (curated, news, ...) may be null for all. */
	public List<DocumentSummary> list(String source, int limit, int offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("source", source);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.graph.read(CypherFiles.query("documents"), params,
				r -> new DocumentSummary(r.get("id").asString(), r.get("title").asString(null),
						r.get("source").asString(null), r.get("url").asString(null),
						r.get("site").asString(null), r.get("publishedAt").asString(null), r.get("importedAt").asString(null),
						r.get("sha256").asString(null), r.get("claims").asLong()));
	}

}
