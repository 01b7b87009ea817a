package org.realpolitik.neo4j;

import java.time.Duration;

/**
 * A query ran longer than its limit ({@code realpolitik.timeouts.*}) and the database stopped it. Nothing it would
 * have written was kept.
 */
public class QueryTimeoutException extends RuntimeException {

	private final Duration limit;

	public QueryTimeoutException(Duration limit, Throwable cause) {
		super("the query ran longer than its limit of " + limit.toSeconds() + " s and was stopped", cause);
		this.limit = limit;
	}

	public Duration limit() {
		return this.limit;
	}

}
