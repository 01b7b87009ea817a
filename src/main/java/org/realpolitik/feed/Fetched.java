package org.realpolitik.feed;

/**
 * One line of a run's fetch log: a URL the run requested or decided not to request, and how that went.
 *
 * @param url      what was (or was not) fetched
 * @param status   the HTTP status, or 0 when there was none (a timeout, a refused connection, not requested)
 * @param bytes    the body's length
 * @param checksum the body's SHA-256, when there was a body
 * @param outcome  {@code downloaded}, {@code not modified}, {@code already imported}, {@code waiting to retry},
 *                 {@code given up}, {@code failed}, {@code not an article}, {@code disallowed by robots.txt},
 *                 {@code left for the next run}, {@code full import} (a dataset imported whole, with what it deletes)
 * @param reason   why, for every outcome but {@code downloaded} and {@code not modified}; else null
 */
public record Fetched(String url, int status, long bytes, String checksum, String outcome, String reason) {

	public static final String DOWNLOADED = "downloaded";

	public static final String NOT_MODIFIED = "not modified";

	public static final String ALREADY_IMPORTED = "already imported";

	public static final String WAITING = "waiting to retry";

	public static final String GIVEN_UP = "given up";

	public static final String FAILED = "failed";

	public static final String NOT_AN_ARTICLE = "not an article";

	public static final String DISALLOWED = "disallowed by robots.txt";

	public static final String LEFT = "left for the next run";

	public static final String FULL_IMPORT = "full import";

	static Fetched of(Fetcher.Response response) {
		return new Fetched(response.uri().toString(), response.status(), response.bytes(), response.sha256(),
				response.notModified() ? NOT_MODIFIED : response.ok() ? DOWNLOADED : FAILED,
				response.ok() || response.notModified() ? null : "HTTP " + response.status());
	}

	static Fetched skipped(String url, String outcome, String reason) {
		return new Fetched(url, 0, 0, null, outcome, reason);
	}

	static Fetched failed(String url, int status, String reason) {
		return new Fetched(url, status, 0, null, FAILED, reason);
	}

	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isFailure() {
		return FAILED.equals(this.outcome);
	}

}
