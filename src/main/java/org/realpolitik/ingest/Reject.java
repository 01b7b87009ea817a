package org.realpolitik.ingest;

/** A record that was not imported: where it is and why. {@code line} is 0 when the whole file was rejected. */
public record Reject(String file, int line, String reason) {

	@Override
	public String toString() {
		return this.line > 0 ? this.file + ":" + this.line + ": " + this.reason : this.file + ": " + this.reason;
	}

}
