package org.realpolitik.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
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

	private final Neo4jSettings.Timeouts timeouts;

	Graph(Driver driver, String database, Neo4jSettings.Timeouts timeouts) {
		this.driver = driver;
		this.database = database == null || database.isBlank() ? null : database;
		this.timeouts = timeouts;
	}

	/** The time limits of the service's queries. */
	public Neo4jSettings.Timeouts timeouts() {
		return this.timeouts;
	}

	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return read(cypher, parameters, mapper, this.timeouts.read());
	}

	/** A read with its own time limit (a path search, an analysis of the whole graph). */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
			Duration timeout) {
		return execute(cypher, parameters, RoutingControl.READ, timeout).records().stream().map(mapper).toList();
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
		return managed(false, this.timeouts.analytics(), work);
	}

	/**
	 * Several writes in one managed write transaction with the write time limit: all of them or none. On a transient
	 * error {@code work} is called again and must start over.
	 */
	public <T> T writeTransaction(Function<org.neo4j.driver.TransactionContext, T> work) {
		return managed(true, this.timeouts.write(), work);
	}

	/** A managed transaction (retried on transient errors) with a time limit; a time-out as a QueryTimeoutException. */
	private <T> T managed(boolean write, Duration timeout, Function<org.neo4j.driver.TransactionContext, T> work) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		try (var session = this.driver.session(sessionConfig())) {
			return write ? session.executeWrite(work::apply, config) : session.executeRead(work::apply, config);
		}
		catch (ClientException ex) {
			throw timedOut(ex, timeout);
		}
	}

	public <T> List<T> write(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return execute(cypher, parameters, RoutingControl.WRITE, this.timeouts.write()).records().stream().map(mapper)
			.toList();
	}

	public ResultSummary write(String cypher, Map<String, Object> parameters) {
		return execute(cypher, parameters, RoutingControl.WRITE, this.timeouts.write()).summary();
	}

	private EagerResult execute(String cypher, Map<String, Object> parameters, RoutingControl routing,
			Duration timeout) {
		try {
			return this.driver.executableQuery(cypher).withParameters(parameters).withConfig(config(routing, timeout))
				.execute();
		}
		catch (ClientException ex) {
			throw timedOut(ex, timeout);
		}
	}

	/** A time-out as a {@link QueryTimeoutException}; any other client error as it was. */
	private static RuntimeException timedOut(ClientException ex, Duration limit) {
		String code = ex.code() == null ? "" : ex.code();
		if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
				|| code.equals("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")) {
			return new QueryTimeoutException(limit, ex);
		}
		return ex;
	}

	/** A schema statement (constraints, indexes) in its own auto-commit transaction. */
	void schema(String cypher) {
		try (var session = driver.session(sessionConfig())) {
			session.run(cypher).consume();
		}
	}

	private QueryConfig config(RoutingControl routing, Duration timeout) {
		var builder = QueryConfig.builder().withRouting(routing).withTimeout(timeout);
		if (database != null) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	private SessionConfig sessionConfig() {
		return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

}
