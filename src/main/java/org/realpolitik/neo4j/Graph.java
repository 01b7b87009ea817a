package org.realpolitik.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The one way features talk to the database. Reads run in read transactions, so a cluster routes them to followers;
 * writes run in write transactions. Both are managed transactions: the driver retries them on transient errors
 * (leader switch, deadlock, lost connection) and never on anything else.
 */
public final class Graph {

	private final Driver driver;

	private final String database;

	Graph(Driver driver, String database) {
		this.driver = driver;
		this.database = database == null || database.isBlank() ? null : database;
	}

	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return execute(cypher, parameters, RoutingControl.READ).records().stream().map(mapper).toList();
	}

	public <T> T readOne(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = read(cypher, parameters, mapper);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Several reads in one managed read transaction, their rows streamed to {@code work} instead of being collected
	 * first (for results too large to hold as records, such as the analytics' edge list). On a retry {@code work} is
	 * called again and must start over.
	 */
	public <T> T transaction(Function<org.neo4j.driver.TransactionContext, T> work) {
		try (var session = this.driver.session(sessionConfig())) {
			return session.executeRead(work::apply);
		}
	}

	public <T> List<T> write(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return execute(cypher, parameters, RoutingControl.WRITE).records().stream().map(mapper).toList();
	}

	public ResultSummary write(String cypher, Map<String, Object> parameters) {
		return execute(cypher, parameters, RoutingControl.WRITE).summary();
	}

	private EagerResult execute(String cypher, Map<String, Object> parameters, RoutingControl routing) {
		return this.driver.executableQuery(cypher).withParameters(parameters).withConfig(config(routing)).execute();
	}

	/** A schema statement (constraints, indexes) in its own auto-commit transaction. */
	void schema(String cypher) {
		try (var session = driver.session(sessionConfig())) {
			session.run(cypher).consume();
		}
	}

	private QueryConfig config(RoutingControl routing) {
		var builder = QueryConfig.builder().withRouting(routing);
		if (database != null) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	private SessionConfig sessionConfig() {
		return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

}
