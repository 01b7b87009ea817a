package org.realpolitik.schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.realpolitik.ingest.Reject;

/**
 * A recorded import run.
 *
 * @param id        the run's business key
 * @param source    the configured source, or {@code cli:<kind>} for files given on the command line
 * @param kind      the importer
 * @param trigger   what started it: {@code cli}, {@code rest}, {@code schedule}, {@code startup}
 * @param status    how it stands ({@link RunStatus})
 * @param files     the files read
 * @param skipped   records read and deliberately not imported, by reason
 * @param rejected  the first rejected records with file, line and reason
 * @param missing   when the run imported nothing for want of something the setup provides (the gazetteer, an entry
 *                  of a code table): what that is ({@link org.realpolitik.ingest.ImportReport#missing()}); else null
 * @param error     why a failed run failed
 * @param fetched   for a feed (gdelt-feed, ftm-dataset, news-feed): what the run fetched (URL, HTTP status, bytes,
 *                  SHA-256), skipped and why, and what failed and why; the first {@value #MAX_FETCHED} entries
 * @param fetchedCount how many entries the fetch log had in all
 * @param version   for a versioned dataset (ftm-dataset), the version the run imported; else null
 */
public record ImportRun(String id, String source, String kind, String trigger, RunStatus status, OffsetDateTime startedAt,
		OffsetDateTime endedAt, String instance, List<String> files, long read, long written, long unchanged,
		long removed, Map<String, Long> counts, Map<String, Long> skipped, long rejectedCount, List<Reject> rejected,
		String missing, String error, List<org.realpolitik.feed.Fetched> fetched, long fetchedCount, String version) {

	/** The most fetch-log entries a run record keeps. */
	public static final int MAX_FETCHED = 500;

	public boolean finished() {
		return this.status.finished();
	}

	/** One line for logs and the CLI: what is missing, if anything, comes first, right after the status. */
	public String summary() {
		return "import run " + this.id + " of " + this.source + " (" + this.kind + ", " + this.trigger + "): "
				+ this.status.value() + "; " + (this.missing == null ? "" : "nothing imported, missing " + this.missing + "; ")
				+ this.read + " read, " + this.written + " written, " + this.unchanged
				+ " unchanged, " + this.removed + " removed, "
				+ this.skipped.values().stream().mapToLong(Long::longValue).sum() + " skipped, " + this.rejectedCount
				+ " rejected" + (this.version == null ? "" : "; version " + this.version)
				+ (this.fetchedCount == 0 ? "" : "; " + this.fetchedCount + " fetch log entries")
				+ (this.error == null ? "" : "; " + this.error);
	}

}
