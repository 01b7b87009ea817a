package org.realpolitik.web;

/** The addressed resource (a document, an import run) does not exist. Answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
