package org.realpolitik.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * An importer of one kind of source. Every run of it, from the CLI, from REST or on a schedule, goes through
 * {@code org.realpolitik.schedule.ImportRuns}, which records it as an {@code (:ImportRun)}.
 */
public interface Importer {

	/** The importer's kind, as sources name it: {@code curated}, {@code news}, {@code gdelt}, {@code ftm}. */
	String kind();

	/** True when a file of a listed folder is one this importer reads (by name). */
	boolean accepts(Path file);

	/**
	 * Imports the files (folders are expanded to the files {@link #accepts} takes). Bad records are counted and reported
	 * in the report with their line; they never stop the rest of the file or the other files.
	 */
	ImportReport importFiles(List<Path> paths, Progress progress);

	default ImportReport importFiles(List<Path> paths) {
		return importFiles(paths, Progress.NONE);
	}

}
