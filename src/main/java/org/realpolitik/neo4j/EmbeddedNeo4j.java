package org.realpolitik.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Starts and configures the in-process Neo4j: Bolt on the configured address with authentication on, a bounded page
 * cache, fast shutdown, and the GDS and APOC procedures that ship in the jar registered by hand (an embedded database
 * only looks for procedures in a plugins folder, which a fat jar does not have).
 */
final class EmbeddedNeo4j {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Neo4j's default minimum; checked here so a short password fails with a clear message, not a login error. */
	private static final int MINIMUM_PASSWORD_LENGTH = 8;

	private EmbeddedNeo4j() {
	}

	static DatabaseManagementService start(Neo4jSettings settings, String password) {
		Neo4jSettings.Embedded embedded = settings.embedded();
		if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException("realpolitik.embedded.password must have at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters (Neo4j's minimum)");
		}
		Path home = settings.dataDir().resolve("neo4j").toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the database folder " + home, ex);
		}
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			Files.createDirectories(home.resolve("import"));
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(config(embedded, home)).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the import folder in " + home, ex);
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, FileLockException.class)) {
				throw new IllegalStateException("the database in " + home + " is in use by another process (is the "
						+ "service running?); stop it, or import through it over Bolt with -Dspring.neo4j.uri=bolt://"
						+ embedded.listenAddress() + ":" + embedded.boltPort()
						+ " and -Dspring.neo4j.authentication.username/password", ex);
			}
			throw ex;
		}
		try {
			setPassword(dbms, password);
			if (embedded.procedures()) {
				registerProcedures(dbms);
			}
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j started in {} ms: store {}, Bolt on bolt://{}:{}", (System.nanoTime() - started) / 1_000_000,
				home, embedded.listenAddress(), embedded.boltPort());
		return dbms;
	}

	/**
	 * The database settings: our typed ones plus any raw {@code name=value} pair from the configuration, parsed and
	 * validated by Neo4j itself (an unknown or malformed setting stops start-up with Neo4j's message).
	 */
	/**
	 * The procedures the service and its guide call and APOC's other in-graph helpers: GDS, and APOC's collection,
	 * map, text, conversion, virtual-graph and traversal helpers. No {@code apoc.load.*}, {@code apoc.import.*},
	 * {@code apoc.export.*}, {@code apoc.cypher.*}, {@code apoc.periodic.*}, {@code apoc.log.*} or
	 * {@code apoc.trigger.*}: nothing that reads or writes files or URLs, or runs Cypher it is given.
	 */
	static final List<String> ALLOWED_PROCEDURES = List.of("gds.*", "apoc.coll.*", "apoc.map.*", "apoc.text.*",
			"apoc.create.*", "apoc.util.*", "apoc.convert.*", "apoc.date.*", "apoc.temporal.*", "apoc.number.*",
			"apoc.math.*", "apoc.hashing.*", "apoc.meta.*", "apoc.agg.*", "apoc.label.*", "apoc.node.*",
			"apoc.nodes.*", "apoc.rel.*", "apoc.path.*", "apoc.neighbors.*", "apoc.algo.*", "apoc.any.*",
			"apoc.stats.*", "apoc.help", "apoc.version");

	static Map<Setting<?>, Object> config(Neo4jSettings.Embedded embedded, Path home) {
		Map<String, String> raw = new HashMap<>();
		raw.put(GraphDatabaseSettings.pagecache_memory.name(), embedded.pageCache());
		String wait = embedded.shutdownWait().toMillis() + "ms";
		raw.put("internal.server.bolt.thread_pool_shutdown_wait_time", wait);
		raw.put("internal.server.bolt.connection_shutdown_wait_time", wait);
		raw.put(GraphDatabaseSettings.transaction_timeout.name(), embedded.transactionTimeout().toMillis() + "ms");
		// one runaway query must not take the heap the service shares with the database
		raw.put(GraphDatabaseSettings.memory_transaction_max_size.name(), embedded.transactionMemory().isBlank()
				? (Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)) + "m" : embedded.transactionMemory());
		// an offline tool reports nothing: no usage data from the database, and Neo4j Browser (which reads this
		// through dbms.clientConfig) starts with its product analytics off
		raw.put("dbms.usage_report.enabled", "false");
		raw.put("client.allow_telemetry", "false");
		raw.putAll(embedded.settings());
		Config parsed = Config.newBuilder().setRaw(raw).build();
		Map<Setting<?>, Object> config = new HashMap<>();
		raw.keySet().forEach(name -> {
			Setting<Object> setting = parsed.getSetting(name);
			config.put(setting, parsed.get(setting));
		});
		config.put(BoltConnector.enabled, true);
		config.put(BoltConnector.listen_address, new SocketAddress(embedded.listenAddress(), embedded.boltPort()));
		config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
		config.put(GraphDatabaseSettings.auth_enabled, true);
		config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"));
		config.put(GraphDatabaseSettings.procedure_allowlist, ALLOWED_PROCEDURES);
		// LOAD CSV reads files only inside the import folder: an empty one of its own unless configured
		if (!raw.containsKey(GraphDatabaseSettings.load_csv_file_url_root.name())) {
			config.put(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"));
		}
		return config;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** Sets the neo4j user's password; the same password as before is not an error. */
	private static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Neo4j answers ArgumentError when the password is the one the user already has (length is checked above)
			if (!Status.Statement.ArgumentError.code().serialize().equals(ex.getStatusCode())) {
				throw new IllegalStateException("cannot set the password of the embedded database's neo4j user ("
						+ ex.getStatusCode() + ")", ex);
			}
		}
	}

	/**
	 * Registers every class under {@code org.neo4j.gds} and {@code apoc} that declares procedures or functions. Classes
	 * that cannot be registered (APOC's Arrow support needs a library we do not ship) are skipped with a debug line.
	 */
	private static void registerProcedures(DatabaseManagementService dbms) {
		long started = System.nanoTime();
		GlobalProcedures procedures = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(GlobalProcedures.class);
		TypeFilter declaresProcedures = (reader, factory) -> {
			var metadata = reader.getAnnotationMetadata();
			return metadata.hasAnnotatedMethods(Procedure.class.getName())
					|| metadata.hasAnnotatedMethods(UserFunction.class.getName())
					|| metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
		};
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(declaresProcedures);
		Set<String> classNames = new LinkedHashSet<>();
		for (String pkg : List.of("org.neo4j.gds", "apoc")) {
			scanner.findCandidateComponents(pkg).forEach(definition -> classNames.add(definition.getBeanClassName()));
		}
		int registered = 0;
		int skipped = 0;
		ClassLoader loader = EmbeddedNeo4j.class.getClassLoader();
		for (String className : classNames) {
			try {
				Class<?> type = ClassUtils.forName(className, loader);
				if (!allowed(type)) {
					// the allowlist is not applied to procedures registered by hand: only classes whose every
					// procedure and function is allowed are registered
					skipped++;
					continue;
				}
				boolean any = false;
				if (declares(type, Procedure.class)) {
					procedures.registerProcedure(type);
					any = true;
				}
				if (declares(type, UserFunction.class)) {
					procedures.registerFunction(type);
					any = true;
				}
				if (declares(type, UserAggregationFunction.class)) {
					procedures.registerAggregationFunction(type);
					any = true;
				}
				if (any) {
					registered++;
				}
			}
			catch (Exception | LinkageError ex) {
				skipped++;
				log.debug("Procedure class {} not registered: {}", className, ex.toString());
			}
		}
		log.info("Registered GDS and APOC procedures from {} classes ({} skipped) in {} ms", registered, skipped,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** True when every procedure and function the class declares has a name {@link #ALLOWED_PROCEDURES} allows. */
	static boolean allowed(Class<?> type) {
		for (Method method : type.getDeclaredMethods()) {
			String name = null;
			if (method.isAnnotationPresent(Procedure.class)) {
				Procedure p = method.getAnnotation(Procedure.class);
				name = !p.name().isEmpty() ? p.name() : p.value();
			}
			else if (method.isAnnotationPresent(UserFunction.class)) {
				UserFunction f = method.getAnnotation(UserFunction.class);
				name = !f.name().isEmpty() ? f.name() : f.value();
			}
			else if (method.isAnnotationPresent(UserAggregationFunction.class)) {
				UserAggregationFunction f = method.getAnnotation(UserAggregationFunction.class);
				name = !f.name().isEmpty() ? f.name() : f.value();
			}
			if (name == null) {
				continue;
			}
			if (name.isEmpty()) {
				name = type.getPackageName() + "." + method.getName();
			}
			if (!allowedName(name)) {
				return false;
			}
		}
		return true;
	}

	static boolean allowedName(String name) {
		for (String pattern : ALLOWED_PROCEDURES) {
			if (pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern)) {
				return true;
			}
		}
		return false;
	}

	private static boolean declares(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
		for (Method method : type.getDeclaredMethods()) {
			if (method.isAnnotationPresent(annotation)) {
				return true;
			}
		}
		return false;
	}

}
