package org.realpolitik.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.realpolitik.params.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Translates what went wrong into RFC 9457 problem details, once, at the web edge. Bad input is a 4xx that names the
 * problem; a database that cannot be reached is a 503; anything else is a 500 that is logged and names no internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
				ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		if (!ex.allowed().isEmpty()) {
			problem.setProperty("allowed", ex.allowed());
		}
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemTypes.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the graph database is not reachable right now; try again shortly");
		problem.setTitle("Database unavailable");
		return problem;
	}

	/** A request that needed more heap than there is: the service goes on, the caller is told to ask for less. */
	@ExceptionHandler(OutOfMemoryError.class)
	ProblemDetail outOfMemory(OutOfMemoryError ex) {
		log.error("A request ran out of memory: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the request needed more memory than the service has; narrow it (fewer hops, fewer types, a date, a "
						+ "smaller page)");
		problem.setTitle("Too large to answer");
		return problem;
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"an unexpected error occurred; it has been logged");
		problem.setTitle("Internal error");
		return problem;
	}

}
