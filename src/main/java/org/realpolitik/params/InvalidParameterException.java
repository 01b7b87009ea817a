package org.realpolitik.params;

import java.util.List;

/** A request parameter has a value the endpoint cannot accept. Answered with 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final List<String> allowed;

	public InvalidParameterException(String parameter, String message, List<String> allowed) {
		super(message);
		this.parameter = parameter;
		this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
	}

	public String parameter() {
		return this.parameter;
	}

	/** The allowed values or forms, for the client to show; may be empty. */
	public List<String> allowed() {
		return this.allowed;
	}

}
