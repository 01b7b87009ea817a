package org.realpolitik.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * GDELT 2.0, live and back-fill ({@code gdelt-feed}). Each run reads {@code lastupdate.txt} under the source's base URL
 * (size, MD5 and URL of the newest export, mentions and GKG files, every 15 minutes) and imports the newest export when
 * it is new. After downtime, or from a configured start day, it catches up on every export it missed from
 * {@code masterfilelist.txt} (kept locally and asked for again only when it changed), oldest first, at most
 * {@link FeedSettings#maxFilesPerRun()} per run. Every file is fetched from the base URL by its name (so a mirror, or
 * a folder served over HTTP, works the same whatever URLs its lists carry) and checked against the listed size and
 * MD5. The feed remembers the time up to which every export is imported (or given up), so a file that failed keeps
 * the window open until a later run imports it or gives it up.
 */
@Component
public class GdeltFeed implements Feed {

	private static final Pattern EXPORT = Pattern.compile("(\\d{14})\\.export\\.CSV\\.zip$", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

	/** How often GDELT 2.0 publishes an export. */
	private static final java.time.Duration SLOT = java.time.Duration.ofMinutes(15);

	private final Fetcher fetcher;

	private final FeedStore store;

	public GdeltFeed(Fetcher fetcher, FeedStore store) {
		this.fetcher = fetcher;
		this.store = store;
	}

	@Override
	public String kind() {
		return "gdelt-feed";
	}

	@Override
	public String importer() {
		return "gdelt";
	}

	/** One export file as a list gives it. */
	record Listed(String name, LocalDateTime time, long size, String md5) {
	}

	@Override
	public Collected collect(FeedSource source) throws IOException, InterruptedException {
		List<Fetched> log = new ArrayList<>();
		URI base = base(source.url());
		Fetcher.Response update = this.fetcher.page(base.resolve("lastupdate.txt"), Fetcher.Validators.NONE, false);
		log.add(Fetched.of(update));
		if (!update.ok()) {
			throw new IOException("GET " + update.uri() + " answered HTTP " + update.status());
		}
		Listed newest = exports(new String(update.body(), StandardCharsets.UTF_8)).stream()
			.reduce((a, b) -> b.time().isAfter(a.time()) ? b : a)
			.orElseThrow(() -> new IOException(update.uri() + " lists no export file (*.export.CSV.zip)"));
		// the state and what is known of the newest file in one read: a live run needs no other
		FeedStore.Known known = this.store.known(source.name(), List.of(newest.name()));
		Map<String, String> state = known.state();
		LocalDateTime since = Optional.ofNullable(state.get("since")).map(GdeltFeed::time).orElse(null);
		// the window's start: what is imported, else the configured first day, else just before the newest file
		LocalDateTime from = since != null ? since
				: source.start() != null ? source.start().atStartOfDay().minusSeconds(1) : newest.time().minusSeconds(1);
		List<Listed> candidates;
		Map<String, FeedStore.Item> items = known.items();
		if (!newest.time().isAfter(from)) {
			candidates = List.of();
		}
		else if (!newest.time().isAfter(from.plus(SLOT)) && (since != null || source.start() == null)) {
			candidates = List.of(newest);
		}
		else {
			candidates = master(source, base, state, log, from, newest.time());
			items = this.store.items(source.name(), candidates.stream().map(Listed::name).toList());
		}
		return download(source, base, candidates, items, log, state, from, newest.time());
	}

	/**
	 * The exports of days {@code from} to {@code to} (both included), from the master file list, without the ones
	 * imported before: one run's worth ({@link FeedSettings#maxFilesPerRun()}); call again until it finds nothing
	 * new. The live feed's catch-up window is left as it is.
	 */
	public Collected collectRange(FeedSource source, LocalDate from, LocalDate to) throws IOException, InterruptedException {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		List<Fetched> log = new ArrayList<>();
		Map<String, String> state = this.store.state(source.name());
		URI base = base(source.url());
		LocalDateTime start = from.atStartOfDay().minusSeconds(1);
		LocalDateTime end = to.plusDays(1).atStartOfDay().minusSeconds(1);
		List<Listed> candidates = master(source, base, state, log, start, end);
		return download(source, base, candidates,
				this.store.items(source.name(), candidates.stream().map(Listed::name).toList()), log, state, null, null);
	}

	/** How many exports days {@code from} to {@code to} have in the master list (for a progress bar). */
	public int countRange(FeedSource source, LocalDate from, LocalDate to) throws IOException, InterruptedException {
		Map<String, String> state = this.store.state(source.name());
		List<Listed> listed = master(source, base(source.url()), state, new ArrayList<>(),
				from.atStartOfDay().minusSeconds(1), to.plusDays(1).atStartOfDay().minusSeconds(1));
		this.store.commit(source.name(), null, List.of(), state);
		return listed.size();
	}

	/** The folder the lists and files are in: the URL itself, or its parent when it names a list. */
	static URI base(URI url) {
		String text = url.toString();
		if (text.endsWith(".txt")) {
			return url.resolve(".");
		}
		return text.endsWith("/") ? url : URI.create(text + "/");
	}

	/** The exports in a list's text ({@code size md5 url} per line); other files and broken lines are left out. */
	static List<Listed> exports(String text) throws IOException {
		List<Listed> found = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
			for (String line; (line = lines.readLine()) != null;) {
				listed(line).ifPresent(found::add);
			}
		}
		return found;
	}

	private static Optional<Listed> listed(String line) {
		String[] parts = line.strip().split("\\s+");
		if (parts.length != 3) {
			return Optional.empty();
		}
		Matcher m = EXPORT.matcher(parts[2]);
		if (!m.find() || !parts[1].matches("[0-9a-fA-F]{32}") || !parts[0].matches("\\d{1,12}")) {
			return Optional.empty();
		}
		LocalDateTime time = time(m.group(1));
		if (time == null) {
			return Optional.empty();
		}
		return Optional.of(new Listed(m.group(0), time, Long.parseLong(parts[0]), parts[1].toLowerCase(Locale.ROOT)));
	}

	private static LocalDateTime time(String stamp) {
		try {
			return LocalDateTime.parse(stamp, STAMP);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The exports after {@code from} up to {@code to} in the master file list, oldest first. The list is kept in the
	 * source's folder and asked for with its validators, so an unchanged list is not downloaded again.
	 */
	private List<Listed> master(FeedSource source, URI base, Map<String, String> state, List<Fetched> log,
			LocalDateTime from, LocalDateTime to) throws IOException, InterruptedException {
		Path copy = source.folder().resolve("masterfilelist.txt");
		Fetcher.Validators validators = Files.isRegularFile(copy) ? Fetcher.Validators.kept(state, "master")
				: Fetcher.Validators.NONE;
		Fetcher.Response response = this.fetcher.file(base.resolve("masterfilelist.txt"), validators, copy);
		log.add(Fetched.of(response));
		if (response.ok()) {
			response.validators().keep(state, "master");
		}
		else if (!response.notModified() || !Files.isRegularFile(copy)) {
			throw new IOException("GET " + response.uri() + " answered HTTP " + response.status());
		}
		List<Listed> found = new ArrayList<>();
		try (BufferedReader lines = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
			for (String line; (line = lines.readLine()) != null;) {
				listed(line).filter(l -> l.time().isAfter(from) && !l.time().isAfter(to)).ifPresent(found::add);
			}
		}
		found.sort(java.util.Comparator.comparing(Listed::time));
		return found;
	}

	/**
	 * Downloads the candidates not imported before, at most one run's worth, each checked against its listed size
	 * and MD5. With a window ({@code from}, {@code newest}), finishing moves the window's start past every export
	 * that is imported or given up, up to the first that is not.
	 */
	private Collected download(FeedSource source, URI base, List<Listed> candidates, Map<String, FeedStore.Item> known,
			List<Fetched> log, Map<String, String> state, LocalDateTime from, LocalDateTime newest)
			throws IOException, InterruptedException {
		List<Listed> chosen = new ArrayList<>();
		int left = 0;
		for (Listed listed : candidates) {
			FeedStore.Item item = known.get(listed.name());
			String url = base.resolve(listed.name()).toString();
			if (item != null && FeedStore.IMPORTED.equals(item.status())) {
				log.add(Fetched.skipped(url, Fetched.ALREADY_IMPORTED, "imported before"));
			}
			else if (item != null && FeedStore.GIVEN_UP.equals(item.status())) {
				log.add(Fetched.skipped(url, Fetched.GIVEN_UP, item.reason()));
			}
			else if (item != null && item.waiting()) {
				log.add(Fetched.skipped(url, Fetched.WAITING, "tried " + item.attempts() + " times, last: "
						+ item.reason() + "; next try after " + item.retryAt()));
			}
			else if (chosen.size() < this.fetcher.settings().maxFilesPerRun()) {
				chosen.add(listed);
			}
			else {
				left++;
			}
		}
		if (left > 0) {
			log.add(Fetched.skipped(base.toString(), Fetched.LEFT, left + " more export files wait for the next run "
					+ "(realpolitik.feeds.max-files-per-run = " + this.fetcher.settings().maxFilesPerRun() + ")"));
		}
		List<Path> files = new ArrayList<>();
		List<Listed> downloaded = new ArrayList<>();
		List<FeedStore.Mark> failures = new ArrayList<>();
		Path folder = source.folder().resolve("files");
		for (Listed listed : chosen) {
			URI url = base.resolve(listed.name());
			String problem;
			Fetcher.Response response = null;
			try {
				response = this.fetcher.file(url, Fetcher.Validators.NONE, folder.resolve(listed.name()));
				problem = !response.ok() ? "HTTP " + response.status()
						: response.bytes() != listed.size() ? "size " + response.bytes() + " bytes, listed " + listed.size()
						: !listed.md5().equals(response.md5()) ? "MD5 " + response.md5() + ", listed " + listed.md5()
						: null;
			}
			catch (Fetcher.FetchException ex) {
				problem = ex.getMessage();
			}
			if (problem == null) {
				log.add(Fetched.of(response));
				files.add(response.file());
				downloaded.add(listed);
				continue;
			}
			log.add(Fetched.failed(url.toString(), response == null ? 0 : response.status(), problem));
			failures.add(this.store.failure(known.get(listed.name()), listed.name(), url.toString(), problem, null));
			if (response != null && response.file() != null) {
				Files.deleteIfExists(response.file());
			}
		}
		return new Collected(files, log, null, (imported, reason, run) -> {
			List<FeedStore.Mark> marks = new ArrayList<>(failures);
			for (Listed listed : downloaded) {
				String url = base.resolve(listed.name()).toString();
				marks.add(imported ? new FeedStore.Mark(listed.name(), url, FeedStore.IMPORTED, null, 0, null, null)
						: this.store.failure(known.get(listed.name()), listed.name(), url, "import failed: " + reason, null));
			}
			if (from != null) {
				advance(state, candidates, marks, known, newest);
			}
			this.store.commit(source.name(), run, marks, state);
			Collected.deleteAll(files);
		});
	}

	/** Moves the window's start past the exports that are done, up to the first that is not. */
	private static void advance(Map<String, String> state, List<Listed> candidates, List<FeedStore.Mark> marks,
			Map<String, FeedStore.Item> known, LocalDateTime newest) {
		Map<String, String> now = new java.util.HashMap<>();
		known.forEach((name, item) -> now.put(name, item.status()));
		marks.forEach(mark -> now.put(mark.key(), mark.status()));
		LocalDateTime done = null;
		boolean all = true;
		for (Listed listed : candidates) {
			String status = now.get(listed.name());
			if (!FeedStore.IMPORTED.equals(status) && !FeedStore.GIVEN_UP.equals(status)) {
				all = false;
				break;
			}
			done = listed.time();
		}
		if (all && newest != null && !candidates.isEmpty()) {
			done = newest;
		}
		if (done != null) {
			state.put("since", STAMP.format(done));
		}
		else if (!state.containsKey("since") && !candidates.isEmpty()) {
			// a first run whose files all failed: keep the window open just before them, so later runs try them again
			state.put("since", STAMP.format(candidates.get(0).time().minusSeconds(1)));
		}
	}

}
