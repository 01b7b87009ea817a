package org.realpolitik.actor.web;

import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.web.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The actor feature's problems as RFC 9457 problem details: an actor that does not exist is a 404 naming it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the web edge's catch-all for RuntimeException
class ActorProblems {

	@ExceptionHandler(ActorNotFoundException.class)
	ProblemDetail actorNotFound(ActorNotFoundException ex) {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.NOT_FOUND, "actor-not-found", "Actor not found",
				ex.getMessage());
		problem.setProperty("actor", ex.actorId());
		return problem;
	}

}
