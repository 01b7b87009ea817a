package org.realpolitik.schedule;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.scheduling.support.CronExpression;

/**
 * The configured import sources, checked at start-up: every mistake stops it with the key and what is wrong. Without
 * configuration, the three inbox folders.
 */
final class ConfiguredSources {

	/** GDELT's own base URL, for a back-fill where no gdelt-feed source is configured. */
	static final String GDELT_BASE = "http://data.gdeltproject.org/gdeltv2/";

	private final List<ImportSettings.Source> sources;

	/**
	 * @param configured the sources as configured; none means the defaults
	 * @param importers  the kinds of importer there are
	 * @param feeds      the kinds of feed there are
	 */
	ConfiguredSources(List<ImportSettings.Source> configured, Set<String> importers, Set<String> feeds) {
		this.sources = configured.isEmpty() ? defaults() : validated(configured, importers, feeds);
	}

	/** The inbox folders under the data dir, one per importer of outside data, each polled every minute. */
	static List<ImportSettings.Source> defaults() {
		return List.of(new ImportSettings.Source("news-inbox", "news", "inbox/news", ImportSettings.EVERY_MINUTE),
				new ImportSettings.Source("gdelt-inbox", "gdelt", "inbox/gdelt", ImportSettings.EVERY_MINUTE),
				new ImportSettings.Source("ftm-inbox", "ftm", "inbox/ftm", ImportSettings.EVERY_MINUTE));
	}

	List<ImportSettings.Source> all() {
		return this.sources;
	}

	Optional<ImportSettings.Source> named(String name) {
		return this.sources.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	SourceNotFoundException notFound(String name) {
		return new SourceNotFoundException(name, this.sources.stream().map(ImportSettings.Source::name).toList());
	}

	/**
	 * The source a back-fill runs as: the named one; else, with a base URL, the ad-hoc source {@code gdelt-backfill}
	 * reading there; else the one gdelt-feed source configured; else {@code gdelt-backfill} reading GDELT itself.
	 */
	ImportSettings.Source gdelt(String name, String baseUrl) {
		if (name != null) {
			return named(name).orElseThrow(() -> notFound(name));
		}
		List<ImportSettings.Source> feeds = this.sources.stream().filter(s -> "gdelt-feed".equals(s.kind())).toList();
		if (baseUrl == null && feeds.size() == 1) {
			return feeds.get(0);
		}
		if (baseUrl == null && feeds.size() > 1) {
			throw new IllegalArgumentException("several gdelt-feed sources are configured ("
					+ feeds.stream().map(ImportSettings.Source::name).toList() + "); name one with --source");
		}
		String location = baseUrl == null ? GDELT_BASE : baseUrl;
		if (!location.startsWith("http://") && !location.startsWith("https://")) {
			throw new IllegalArgumentException("the base URL must be an HTTP(S) URL, not '" + location + "'");
		}
		return new ImportSettings.Source("gdelt-backfill", "gdelt-feed", location, "-");
	}

	private static List<ImportSettings.Source> validated(List<ImportSettings.Source> sources, Set<String> importers,
			Set<String> feeds) {
		Map<String, ImportSettings.Source> byName = new LinkedHashMap<>();
		for (ImportSettings.Source source : sources) {
			String where = "realpolitik.imports.sources[" + byName.size() + "]";
			if (source.name() == null || source.name().isBlank()) {
				throw new IllegalArgumentException(where + ".name is missing");
			}
			if (source.kind() == null || !importers.contains(source.kind()) && !feeds.contains(source.kind())) {
				Set<String> kinds = new TreeSet<>(importers);
				kinds.addAll(feeds);
				throw new IllegalArgumentException(where + ".kind of source '" + source.name() + "' is '" + source.kind()
						+ "'; it must be one of " + kinds);
			}
			if (source.location() == null || source.location().isBlank()) {
				throw new IllegalArgumentException(where + ".location of source '" + source.name() + "' is missing");
			}
			if (feeds.contains(source.kind())) {
				checkUrls(where, source);
			}
			else if (!source.feeds().isEmpty() || source.start() != null) {
				throw new IllegalArgumentException(where + " '" + source.name() + "': 'feeds' and 'start' belong to "
						+ "news-feed and gdelt-feed sources, not to kind " + source.kind());
			}
			if (source.scheduled() && !CronExpression.isValidExpression(source.cron())) {
				throw new IllegalArgumentException(where + ".cron of source '" + source.name() + "' is not a valid cron "
						+ "expression (six fields, seconds first, e.g. '0 */15 * * * *'): '" + source.cron() + "'");
			}
			if (byName.putIfAbsent(source.name(), source) != null) {
				throw new IllegalArgumentException("two import sources are named '" + source.name() + "'");
			}
		}
		return List.copyOf(byName.values());
	}

	private static void checkUrls(String where, ImportSettings.Source source) {
		for (String url : source.urls()) {
			if (!url.startsWith("http://") && !url.startsWith("https://")) {
				throw new IllegalArgumentException(where + " '" + source.name() + "' is a " + source.kind()
						+ ": its location and feeds must be HTTP(S) URLs, not '" + url + "'");
			}
			try {
				URI.create(url);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(where + " '" + source.name() + "': '" + url + "' is not a URL: "
						+ ex.getMessage());
			}
		}
	}

}
