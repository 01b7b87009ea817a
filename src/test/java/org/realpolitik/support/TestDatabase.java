package org.realpolitik.support;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (neo4j-harness, in-process, Bolt on a free port, no web server) shared by every integration test in
 * the JVM; closed when the JVM ends. Tests clean up what they write (see {@link GraphTest}).
 */
public final class TestDatabase {

	private static Neo4j instance;

	private TestDatabase() {
	}

	public static synchronized Neo4j get() {
		if (instance == null) {
			instance = Neo4jBuilders.newInProcessBuilder(Path.of("target", "neo4j-harness"))
				.withDisabledServer()
				.withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
				.withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, java.time.Duration.ofMillis(200))
				.withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, java.time.Duration.ofMillis(200))
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "neo4j-harness-shutdown"));
		}
		return instance;
	}

}
