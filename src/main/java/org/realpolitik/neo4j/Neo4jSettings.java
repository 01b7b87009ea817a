package org.realpolitik.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives and how the embedded database runs. Every key is documented in docs/configuration.md.
 *
 * @param dataDir    folder of the embedded store (and, later, of the import inboxes); {@code realpolitik.data-dir}
 * @param database   database name to use on the server; empty means the server's default database
 * @param embedded   settings of the in-process Neo4j, used only when {@code spring.neo4j.uri} is not set
 * @param timeouts   how long the service's own queries may run before the database stops them
 */
@ConfigurationProperties("realpolitik")
public record Neo4jSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("") String database,
		@DefaultValue Embedded embedded, @DefaultValue Timeouts timeouts) {

	/**
	 * Time limits of the service's queries, enforced by the database (the transaction is stopped there, on any
	 * server). A query that hits its limit is answered 503 with what to narrow.
	 *
	 * @param read   reads answering a request: search, an actor, relationships, evidence, documents, runs
	 * @param paths  path searches ({@code /api/paths}, {@code paths} on the command line)
	 * @param analytics  influence, balance, blocs and export, which read the whole graph
	 * @param write  each write transaction of an import or a delete
	 */
	public record Timeouts(@DefaultValue("30s") Duration read, @DefaultValue("20s") Duration paths,
			@DefaultValue("2m") Duration analytics, @DefaultValue("10m") Duration write) {
	}

	/**
	 * @param boltPort      port of the Bolt connector on {@code listenAddress}; Neo4j Browser and cypher-shell connect here
	 * @param listenAddress address the Bolt connector binds; keep {@code localhost} unless you want remote clients
	 * @param password      password of the {@code neo4j} user, set on every start; empty (the default) means the one
	 *                      generated on the first start and kept in {@code <data-dir>/neo4j/bolt-password}
	 * @param transactionTimeout  longest any transaction may run in the embedded database (Neo4j Browser's and
	 *                      cypher-shell's too); the service's own queries have shorter limits of their own
	 * @param transactionMemory   most heap one transaction may use, Neo4j syntax; empty means a quarter of the heap
	 * @param pageCache     page cache size, Neo4j syntax ({@code 128m}, {@code 2g}); Neo4j's own default takes half the RAM
	 * @param procedures    register the bundled GDS and APOC procedures (costs about 3 s of start-up)
	 * @param shutdownWait  how long Bolt waits for open connections on shutdown
	 * @param settings      any other Neo4j setting by its name, for example {@code db.transaction.timeout: 60s}
	 */
	public record Embedded(@DefaultValue("7687") int boltPort, @DefaultValue("localhost") String listenAddress,
			@DefaultValue("") String password, @DefaultValue("256m") String pageCache,
			@DefaultValue("true") boolean procedures, @DefaultValue("500ms") Duration shutdownWait,
			@DefaultValue("5m") Duration transactionTimeout, @DefaultValue("") String transactionMemory,
			Map<String, String> settings) {

		public Embedded {
			settings = settings == null ? Map.of() : Map.copyOf(settings);
		}
	}
}
