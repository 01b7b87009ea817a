package org.realpolitik.feed;

import java.nio.file.Path;
import java.util.List;

/**
 * What a feed collected for one run: the files to import, in order; the log of every URL it requested or decided not
 * to; the dataset version the files bring the source to, if it has versions. The feed remembers nothing of it until
 * {@link #finish} is called once the import has ended: imported items are marked imported (and the feed's state moves
 * on) only when the import succeeded; otherwise they are failed tries, tried again on a later run.
 */
public final class Collected {


	/** What the feed does when the run ends. */
	@FunctionalInterface
	interface Finisher {

		void finish(boolean imported, String reason, String run) throws java.io.IOException;

	}

	private final List<Path> files;

	private final List<Fetched> log;

	private final String version;

	private final Finisher finisher;

	private boolean finished;

	Collected(List<Path> files, List<Fetched> log, String version, Finisher finisher) {
		this.files = List.copyOf(files);
		this.log = List.copyOf(log);
		this.version = version;
		this.finisher = finisher;
	}

	/** The files to import, in order (their checksums are in the log). */
	public List<Path> files() {
		return this.files;
	}

	/** Deletes downloads once imported; one that cannot be deleted is overwritten by the next of its name. */
	static void deleteAll(List<Path> files) {
		for (Path file : files) {
			try {
				java.nio.file.Files.deleteIfExists(file);
			}
			catch (java.io.IOException ex) {
				// left for the next download of that name to overwrite
			}
		}
	}

	public List<Fetched> log() {
		return this.log;
	}

	/** The version the run brings the source to when it succeeds (an OpenSanctions dataset version); else null. */
	public String version() {
		return this.version;
	}

	/** How many requests failed (downloads, pages, checksums). */
	public long failures() {
		return this.log.stream().filter(Fetched::isFailure).count();
	}

	/** True when the run found nothing to import and nothing went wrong. */
	public boolean nothingNew() {
		return this.files.isEmpty() && failures() == 0;
	}

	/**
	 * Remembers how the run went: with {@code imported}, the files were imported (rejected records and all) and their
	 * items are marked imported; else each is a failed try, for {@code reason}. Failed downloads are failed tries in
	 * either case. Only the first call counts.
	 */
	public void finish(boolean imported, String reason, String run) {
		if (this.finished) {
			return;
		}
		this.finished = true;
		try {
			this.finisher.finish(imported, reason, run);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("cannot keep the state of the feed: " + ex.getMessage(), ex);
		}
	}

}
