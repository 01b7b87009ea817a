package org.realpolitik.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/**
 * The Cypher of the features, kept as files under {@code cypher/queries/} so a reader can open and run them in Neo4j
 * Browser as they are. Files are read once and cached.
 */
public final class CypherFiles {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private CypherFiles() {
	}

	/** The text of {@code cypher/queries/<name>.cypher}: a query the service runs. */
	public static String query(String name) {
		return CACHE.computeIfAbsent("queries/" + name, CypherFiles::load);
	}

	/** The text of {@code cypher/guide/<name>.cypher}: a query of the Neo4j Browser guide, for people to run. */
	public static String guide(String name) {
		return CACHE.computeIfAbsent("guide/" + name, CypherFiles::load);
	}

	private static String load(String path) {
		var resource = new ClassPathResource("cypher/" + path + ".cypher");
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing Cypher file cypher/" + path + ".cypher", ex);
		}
	}

}
