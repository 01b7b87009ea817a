package org.realpolitik.schedule.web;

import org.realpolitik.schedule.RunInProgressException;
import org.realpolitik.schedule.SourceNotFoundException;
import org.realpolitik.web.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The import feature's problems as RFC 9457 problem details: an unknown source is a 404 that names the configured
 * ones, a source already running is a 409 that names the run.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the web edge's catch-all for RuntimeException
class ImportProblems {

	@ExceptionHandler(SourceNotFoundException.class)
	ProblemDetail sourceNotFound(SourceNotFoundException ex) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.NOT_FOUND, "source-not-found", "Import source not found",
				ex.getMessage());
		problem.setProperty("source", ex.source());
		problem.setProperty("configured", ex.configured());
		return problem;
	}

	@ExceptionHandler(RunInProgressException.class)
	ProblemDetail runInProgress(RunInProgressException ex) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.CONFLICT, "run-in-progress", "Import run in progress",
				ex.getMessage());
		problem.setProperty("source", ex.source());
		problem.setProperty("run", ex.runId());
		return problem;
	}

}
