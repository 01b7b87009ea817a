package org.realpolitik.schedule;

import java.util.List;

/** No import source of this name is configured. */
public class SourceNotFoundException extends RuntimeException {

	private final String source;

	private final List<String> configured;

	public SourceNotFoundException(String source, List<String> configured) {
		super("no import source named '" + source + "'; configured: " + String.join(", ", configured));
		this.source = source;
		this.configured = List.copyOf(configured);
	}

	public String source() {
		return this.source;
	}

	public List<String> configured() {
		return this.configured;
	}

}
