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

	/** The text of {@code cypher/queries/<name>.cypher}. */
	public static String query(String name) {
		return CACHE.computeIfAbsent(name, CypherFiles::load);
	}

	private static String load(String name) {
		var resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing Cypher file cypher/queries/" + name + ".cypher", ex);
		}
	}

}
