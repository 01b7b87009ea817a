package org.realpolitik.ingest;

/**
 * Where an importer says how far it has got, so the CLI can draw a progress bar (rows/s, ETA) and a run can be
 * watched. Units are the importer's own measure of the whole (usually bytes of input); rows are records read.
 * Implementations must be cheap and thread-safe; importers call {@link #advance} every few thousand rows.
 */
public interface Progress {

	/** Reports nothing. */
	Progress NONE = new Progress() {
	};

	/** The size of the whole job in units (bytes of all input files); 0 or less when unknown. */
	default void total(long units) {
	}

	/** {@code units} more units and {@code rows} more rows are done. */
	default void advance(long units, long rows) {
	}

}
