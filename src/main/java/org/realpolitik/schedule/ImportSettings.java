package org.realpolitik.schedule;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configured import sources and how their runs are scheduled and locked; {@code realpolitik.imports.*}. Every key
 * is documented in docs/configuration.md.
 *
 * @param schedule   run the sources on their cron expressions; off in the CLI, which runs once and exits
 * @param sources    the sources; when none are given, the inbox folders {@code inbox/news}, {@code inbox/gdelt} and
 *                   {@code inbox/ftm} under {@code realpolitik.data-dir}, each polled every minute
 * @param lockTtl    how long a run's lock on its source lives without renewal; a running import renews it every third
 *                   of this, so a lock left by a killed process frees itself after at most this long
 * @param settleTime a file in a watched folder is imported once it has not changed for this long (so a file still
 *                   being copied is not read half-way)
 * @param maxDownload the largest file an HTTP(S) source may download
 * @param downloadTimeout how long a download from an HTTP(S) source may take
 */
@ConfigurationProperties("realpolitik.imports")
public record ImportSettings(@DefaultValue("true") boolean schedule, List<Source> sources,
		@DefaultValue("2m") Duration lockTtl, @DefaultValue("5s") Duration settleTime,
		@DefaultValue("2GB") org.springframework.util.unit.DataSize maxDownload,
		@DefaultValue("10m") Duration downloadTimeout) {

	/** The default cron expression of the inbox folders: at second 0 of every minute. */
	public static final String EVERY_MINUTE = "0 * * * * *";

	public ImportSettings {
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	/**
	 * One source of imports.
	 *
	 * @param name     a unique name ({@code gdelt-inbox}, {@code opensanctions-daily}); runs and locks are per name
	 * @param kind     the importer: {@code news}, {@code gdelt}, {@code ftm} or {@code curated}; or a feed followed
	 *                 where it publishes: {@code gdelt-feed}, {@code ftm-dataset} or {@code news-feed}
	 *                 (docs/configuration.md)
	 * @param location a folder to watch (relative to {@code realpolitik.data-dir} unless absolute) or an HTTP(S) URL
	 *                 to fetch; for a feed, its URL: GDELT's base (the folder of {@code lastupdate.txt}), a dataset's
	 *                 {@code index.json}, an RSS or Atom feed
	 * @param cron     a Spring cron expression (six fields, seconds first), or {@code -} for runs on request only
	 * @param feeds    for a {@code news-feed}, further RSS or Atom feeds read by the same source
	 * @param start    for a {@code gdelt-feed}, the first day to catch up from on its first run (and after downtime);
	 *                 unset, the first run imports the newest export only
	 */
	public record Source(String name, String kind, String location, @DefaultValue(EVERY_MINUTE) String cron,
			List<String> feeds, java.time.LocalDate start) {

		@org.springframework.boot.context.properties.bind.ConstructorBinding
		public Source {
			feeds = feeds == null ? List.of() : List.copyOf(feeds);
		}

		/** A source of an importer: a folder or a URL. */
		public Source(String name, String kind, String location, String cron) {
			this(name, kind, location, cron, List.of(), null);
		}

		public boolean isUrl() {
			return this.location != null
					&& (this.location.startsWith("http://") || this.location.startsWith("https://"));
		}

		public boolean scheduled() {
			return this.cron != null && !this.cron.isBlank() && !this.cron.strip().equals("-");
		}

		/** The location, then the further feeds. */
		public List<String> urls() {
			List<String> urls = new java.util.ArrayList<>();
			urls.add(this.location);
			urls.addAll(this.feeds);
			return urls;
		}

	}

}
