package org.realpolitik.schedule;

import java.util.List;

/** No import source of this name is configured. */
public class SourceNotFoundException extends RuntimeException {

	private final String source;

	private final List<String> configured;

	/** The longest name echoed back (a name no source has is shown cut to this). */
	static final int MAX_SHOWN = 100;

	public SourceNotFoundException(String source, List<String> configured) {
		super("no import source named '" + shown(source) + "'; configured: " + String.join(", ", configured));
		this.source = shown(source);
		this.configured = List.copyOf(configured);
	}

	private static String shown(String source) {
		return source == null || source.length() <= MAX_SHOWN ? source : source.substring(0, MAX_SHOWN) + "…";
	}

	public String source() {
		return this.source;
	}

	public List<String> configured() {
		return this.configured;
	}

}
