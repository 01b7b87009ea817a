package org.realpolitik.schedule;

/** A run of the source is already in progress (here or on another instance on the same database). */
public class RunInProgressException extends RuntimeException {

	private final String source;

	private final String runId;

	public RunInProgressException(String source, String runId, String instance) {
		super("a run of source '" + source + "' is in progress (run " + runId + " on " + instance
				+ "); runs of one source never overlap");
		this.source = source;
		this.runId = runId;
	}

	public String source() {
		return this.source;
	}

	public String runId() {
		return this.runId;
	}

}
