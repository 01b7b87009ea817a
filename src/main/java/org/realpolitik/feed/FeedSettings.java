package org.realpolitik.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How feeds download; {@code realpolitik.feeds.*}. Every key is documented in docs/configuration.md.
 *
 * @param userAgent     the User-Agent of every request; name a contact in it when you follow sites often
 * @param hostDelay     the least time between two requests to one host by a news feed (robots.txt may ask for more,
 *                      up to {@code maxHostDelay}); data feeds (GDELT, OpenSanctions) download one file at a time
 *                      without a pause
 * @param maxHostDelay  the most a robots.txt {@code Crawl-delay} can make a news feed wait between requests
 * @param robots        honour robots.txt for news feeds and their pages
 * @param maxFile       the largest data file (GDELT export, FtM entity or delta file) a feed downloads
 * @param fileTimeout   how long one data file's download may take
 * @param maxPage       the largest index, feed or article page a feed downloads
 * @param pageTimeout   how long one index, feed or page may take
 * @param maxFilesPerRun the most data files one run of a GDELT feed imports; the rest wait for the next run
 * @param maxItemsPerRun the most new items one run of a news feed fetches; the rest wait for the next run
 * @param retryAfter    how long a failed download waits before a later run tries it again; doubled after each
 *                      further failure
 * @param maxRetryAfter the longest wait between two tries of a failed download
 * @param maxAttempts   a download that failed this often is given up (logged as skipped, never tried again)
 * @param minArticleChars a page whose readable text is shorter is not an article (a gallery, an index page)
 */
@ConfigurationProperties("realpolitik.feeds")
public record FeedSettings(
		@DefaultValue("Realpolitik/1.0 (open-source feed reader; set realpolitik.feeds.user-agent to name your contact)") String userAgent,
		@DefaultValue("2s") Duration hostDelay, @DefaultValue("30s") Duration maxHostDelay,
		@DefaultValue("true") boolean robots, @DefaultValue("2GB") DataSize maxFile,
		@DefaultValue("10m") Duration fileTimeout, @DefaultValue("10MB") DataSize maxPage,
		@DefaultValue("30s") Duration pageTimeout, @DefaultValue("96") int maxFilesPerRun,
		@DefaultValue("50") int maxItemsPerRun, @DefaultValue("5m") Duration retryAfter,
		@DefaultValue("6h") Duration maxRetryAfter, @DefaultValue("6") int maxAttempts,
		@DefaultValue("400") int minArticleChars) {

	public FeedSettings {
		if (maxFilesPerRun < 1 || maxItemsPerRun < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"realpolitik.feeds.max-files-per-run, max-items-per-run and max-attempts must be at least 1");
		}
	}

	/** The defaults, for tests and tools that build feeds without Spring. */
	public static FeedSettings defaults() {
		return new FeedSettings("Realpolitik/1.0 (open-source feed reader; set realpolitik.feeds.user-agent to name your contact)",
				Duration.ofSeconds(2), Duration.ofSeconds(30), true, DataSize.ofGigabytes(2), Duration.ofMinutes(10),
				DataSize.ofMegabytes(10), Duration.ofSeconds(30), 96, 50, Duration.ofMinutes(5), Duration.ofHours(6), 6,
				400);
	}

	/** The wait before try {@code attempts + 1} of a download that has failed {@code attempts} times. */
	Duration backoff(int attempts) {
		Duration wait = this.retryAfter;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetryAfter) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetryAfter) > 0 ? this.maxRetryAfter : wait;
	}

}
