package org.realpolitik.neo4j.web;

import org.realpolitik.neo4j.QueryTimeoutException;
import org.realpolitik.web.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database's problems as RFC 9457 problem details: a query stopped at its time limit is a 503 that says what the
 * caller can narrow, by endpoint.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the web edge's catch-all for RuntimeException
class QueryTimeoutProblems {

	@ExceptionHandler(QueryTimeoutException.class)
	ProblemDetail queryTimeout(QueryTimeoutException ex, jakarta.servlet.http.HttpServletRequest request) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout",
				"Query took too long",
				ex.getMessage() + " in the database; narrow it: " + narrowing(request.getRequestURI()));
		problem.setProperty("limitSeconds", ex.limit().toSeconds());
		return problem;
	}

	/** What a caller can narrow, by endpoint. */
	private static String narrowing(String path) {
		if (path.startsWith("/api/paths")) {
			return "fewer hops (maxHops), fewer types, a direction, or a date (asOf)";
		}
		if (path.startsWith("/api/relationships")) {
			return "a type, an actor or a date, or a smaller page";
		}
		return "a date, fewer types or a smaller page";
	}

}
