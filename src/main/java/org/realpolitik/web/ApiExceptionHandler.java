package org.realpolitik.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.ParameterConversions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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

	/** A parameter whose text is no value of its type: an integer, a boolean, an enum constant, a date. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			MethodParameter parameter = mismatch.getParameter();
			Class<?> type = parameter.getNestedParameterType();
			if (java.util.Collection.class.isAssignableFrom(type)) {
				Class<?> element = ResolvableType.forMethodParameter(parameter).resolveGeneric(0);
				type = element != null ? element : type;
			}
			return ResponseEntity.badRequest()
				.body(invalidParameter(ParameterConversions.unreadable(mismatch.getName(), mismatch.getValue(), type,
						min(parameter), max(parameter), mismatch.getCause())));
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/** A parameter outside its range ({@code @Min}, {@code @Max}): the first one, as a bad parameter. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			MethodParameter parameter = result.getMethodParameter();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			return ResponseEntity.badRequest()
				.body(invalidParameter(ParameterConversions.outOfRange(name, String.valueOf(result.getArgument()),
						min(parameter), max(parameter))));
		}
		return super.handleHandlerMethodValidationException(ex, headers, status, request);
	}

	private static long min(MethodParameter parameter) {
		Min min = parameter.getParameterAnnotation(Min.class);
		return min != null ? min.value() : Integer.MIN_VALUE;
	}

	private static long max(MethodParameter parameter) {
		Max max = parameter.getParameterAnnotation(Max.class);
		return max != null ? max.value() : Integer.MAX_VALUE;
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
