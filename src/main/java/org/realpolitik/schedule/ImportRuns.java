package org.realpolitik.schedule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.realpolitik.feed.Collected;
import org.realpolitik.feed.Feed;
import org.realpolitik.feed.FeedSource;
import org.realpolitik.feed.Fetcher;
import org.realpolitik.feed.Fetched;
import org.realpolitik.feed.GdeltFeed;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.InputFiles;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.Reject;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.neo4j.Neo4jSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The one way an import runs, whoever starts it: the CLI ({@link #runFiles}), REST ({@link #submit}) and the schedule
 * ({@link #runSource}) all come here. A run takes its source's lock in the graph (runs of one source never overlap,
 * across instances too), is recorded as an {@code (:ImportRun)} with its trigger, times, status and counts, and
 * remembers the content hashes of the files it read, so a watched folder or a URL imports a file's content once and a
 * new version again.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class ImportRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

	/** Kinds of importer whose files are read together (a curated claim may name an actor of another file). */
	private final Map<String, Importer> importers;

	private final Graph graph;

	private final ImportSettings settings;

	private final ConfiguredSources sources;

	private final SourceFiles files;

	/** Feeds by source kind: sources followed where they publish. */
	private final Map<String, Feed> feeds;

	private final RunRecords records;

	private final java.nio.file.Path dataDir;

	private final String instance;

	/** Runs that REST starts; one at a time per instance, since an import uses a whole core or two. */
	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "import-run");
		thread.setDaemon(true);
		return thread;
	});

	ImportRuns(List<Importer> importers, List<Feed> feeds, Fetcher fetcher, Graph graph, ImportSettings settings,
			Neo4jSettings neo4j) {
		this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
		this.feeds = feeds.stream().collect(Collectors.toMap(Feed::kind, Function.identity()));
		this.graph = graph;
		this.settings = settings;
		this.sources = new ConfiguredSources(settings.sources(), this.importers.keySet(), this.feeds.keySet());
		this.files = new SourceFiles(neo4j.dataDir(), settings, fetcher);
		this.dataDir = neo4j.dataDir();
		this.instance = instanceName();
		this.records = new RunRecords(graph, this.instance);
	}

	/** The inbox folders under the data dir, one per importer of outside data, each polled every minute. */
	static List<ImportSettings.Source> defaults() {
		return ConfiguredSources.defaults();
	}

	public List<ImportSettings.Source> sources() {
		return this.sources.all();
	}

	public Optional<ImportSettings.Source> source(String name) {
		return this.sources.named(name);
	}

	public List<String> kinds() {
		return new ArrayList<>(new TreeMap<>(this.importers).keySet());
	}

	/** The kind of importer that reads a source's files: its own kind, or for a feed the importer the feed names. */
	private String importerKind(ImportSettings.Source source) {
		Feed feed = this.feeds.get(source.kind());
		return feed == null ? source.kind() : feed.importer();
	}

	/**
	 * Imports files given on the command line with the importer of {@code kind}, as source {@code cli:<kind>}. The
	 * files are imported whether or not their content was imported before (every importer is idempotent), and are
	 * remembered as imported.
	 */
	public ImportRun runFiles(String kind, List<Path> paths, Trigger trigger, Progress progress) {
		return runFiles("cli:" + kind, kind, paths, trigger, progress);
	}

	/** Imports the given files as the named ad-hoc source (the seeds, a CLI run). */
	public ImportRun runFiles(String source, String kind, List<Path> paths, Trigger trigger, Progress progress) {
		Importer importer = importer(kind);
		Started run = begin(source, kind, trigger, true);
		return complete(run, importer, () -> {
			List<Reject> ignored = new ArrayList<>();
			List<SourceFiles.Found> found = new ArrayList<>();
			for (Path file : InputFiles.expand(paths, importer::accepts, ignored)) {
				try {
					found.add(new SourceFiles.Found(file, this.files.sha256(file)));
				}
				catch (IOException ex) {
					// the importer reports the file it cannot read
				}
			}
			return new Batch(paths, found);
		}, progress);
	}

	/**
	 * Runs a configured source now, in this thread: the new files of its folder, or what its URL serves when that is
	 * new. A scheduled run that finds nothing new is not recorded.
	 *
	 * @throws SourceNotFoundException when no source has this name
	 * @throws RunInProgressException  when a run of the source is in progress
	 */
	public ImportRun runSource(String name, Trigger trigger, Progress progress) {
		ImportSettings.Source source = source(name)
			.orElseThrow(() -> this.sources.notFound(name));
		Started run = begin(source.name(), source.kind(), trigger, trigger != Trigger.SCHEDULE);
		return complete(run, importer(importerKind(source)), () -> newFiles(source), progress);
	}

	/**
	 * Back-fills a GDELT feed source with the exports of days {@code from} to {@code to}, one run at a time (each at
	 * most {@code realpolitik.feeds.max-files-per-run} files, recorded as a run of the source), until none is left.
	 * Files imported before are skipped, so a back-fill that stopped half-way goes on where it stopped.
	 *
	 * @param progress told the number of exports in the range as its total, and one unit per file done
	 * @return the runs, in order; the last one found nothing new, or failed
	 */
	public List<ImportRun> backfillGdelt(String name, String baseUrl, java.time.LocalDate from, java.time.LocalDate to,
			Trigger trigger, Progress progress) throws InterruptedException {
		ImportSettings.Source source = this.sources.gdelt(name, baseUrl);
		if (!(this.feeds.get(source.kind()) instanceof GdeltFeed gdelt)) {
			throw new IllegalArgumentException("source '" + source.name() + "' is a " + source.kind()
					+ " source, not a gdelt-feed");
		}
		FeedSource feedSource = feedSource(source);
		try {
			progress.total(gdelt.countRange(feedSource, from, to));
		}
		catch (java.io.IOException ex) {
			// the first run says what is wrong with the list
		}
		List<ImportRun> done = new ArrayList<>();
		while (true) {
			Started run = begin(source.name(), source.kind(), trigger, true);
			ImportRun result = complete(run, importer("gdelt"), () -> feedBatch(gdelt.collectRange(feedSource, from, to)),
					Progress.NONE);
			done.add(result);
			progress.advance(result.files().size(), result.read());
			if (result.files().isEmpty() || result.status() == RunStatus.FAILED) {
				return done;
			}
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	/**
	 * Starts a run of a configured source in the background and answers at once with the run as recorded.
	 *
	 * @throws SourceNotFoundException when no source has this name
	 * @throws RunInProgressException  when a run of the source is in progress
	 */
	public ImportRun submit(String name, Trigger trigger) {
		ImportSettings.Source source = source(name)
			.orElseThrow(() -> this.sources.notFound(name));
		Importer importer = importer(importerKind(source));
		Started run = begin(source.name(), source.kind(), trigger, true);
		try {
			this.background.submit(() -> complete(run, importer, () -> newFiles(source), Progress.NONE));
		}
		catch (RuntimeException ex) {
			finish(run, new RunRecords.Ending(RunStatus.FAILED, null, List.of(), "could not start: " + ex.getMessage()));
			run.lock().close();
			throw ex;
		}
		return run(run.id()).orElseThrow();
	}

	/** Creates the folder a folder source watches, if missing; a folder that cannot be created is logged. */
	void createFolder(ImportSettings.Source source) {
		try {
			java.nio.file.Files.createDirectories(this.files.folder(source));
		}
		catch (IOException ex) {
			log.warn("Cannot create the folder {} of import source {}: {}", this.files.folder(source), source.name(),
					ex.getMessage());
		}
	}

	/** Import runs, newest first. */
	public Page runs(String source, RunStatus status, int limit, int offset) {
		return this.records.page(source, status, limit, offset);
	}

	public Optional<ImportRun> run(String id) {
		return this.records.run(id);
	}

	/** A page of runs and how many there are in all. */
	public record Page(long total, List<ImportRun> runs) {
	}

	/**
	 * Files to import; {@code failedFolder}, for a watched folder, is where a file that fails alone is moved;
	 * {@code feed}, for a feed, what it collected (told how the import ended).
	 */
	private record Batch(List<Path> paths, List<SourceFiles.Found> files, Path failedFolder, Collected feed) {

		Batch(List<Path> paths, List<SourceFiles.Found> files) {
			this(paths, files, null, null);
		}

		List<Fetched> fetched() {
			return this.feed == null ? List.of() : this.feed.log();
		}

		String version() {
			return this.feed == null ? null : this.feed.version();
		}

	}

	private record Started(String id, String source, String kind, String trigger, RunLock lock, boolean[] recorded) {
	}

	@FunctionalInterface
	private interface Resolver {

		Batch resolve() throws Exception;

	}

	private Importer importer(String kind) {
		Importer importer = this.importers.get(kind);
		if (importer == null) {
			throw new IllegalArgumentException("no importer of kind '" + kind + "'; kinds: " + kinds());
		}
		return importer;
	}

	private Started begin(String source, String kind, Trigger trigger, boolean record) {
		String id = UUID.randomUUID().toString();
		RunLock lock = RunLock.acquire(this.graph, source, id, this.instance, this.settings.lockTtl());
		Started run = new Started(id, source, kind, trigger.value(), lock, new boolean[] { false });
		if (record) {
			recordStart(run, List.of());
		}
		return run;
	}

	/** Records the run's start now if it was not recorded when it began (a scheduled run that finds something). */
	private void recorded(Started run) {
		if (!run.recorded()[0]) {
			recordStart(run, List.of());
		}
	}

	private void recordStart(Started run, List<String> files) {
		this.records.start(run.id(), run.source(), run.kind(), run.trigger(), files);
		run.recorded()[0] = true;
	}

	private ImportRun complete(Started run, Importer importer, Resolver resolver, Progress progress) {
		try (RunLock lock = run.lock()) {
			Batch batch;
			try {
				batch = resolver.resolve();
			}
			catch (Exception ex) {
				recorded(run);
				log.warn("Import source {} could not be read: {}", run.source(), ex.getMessage());
				finish(run, new RunRecords.Ending(RunStatus.FAILED, null, List.of(), "cannot read the source: " + ex.getMessage()));
				return run(run.id()).orElseThrow();
			}
			Collected feed = batch.feed();
			if (batch.paths().isEmpty()) {
				String kept = feed == null ? null : finishFeed(run, feed, true, null);
				String error = kept != null ? kept : feed != null && feed.failures() > 0 ? failures(feed) : null;
				if (error != null) {
					// a feed run whose downloads all failed, or that could not keep its state, is on record
					recorded(run);
					finish(run, new RunRecords.Ending(RunStatus.FAILED, null, List.of(), error, batch.fetched(),
							kept != null ? null : batch.version()));
					return run(run.id()).orElseThrow();
				}
				if (!run.recorded()[0]) {
					return null;
				}
				finish(run, new RunRecords.Ending(RunStatus.UNCHANGED, null, List.of(), null, batch.fetched(), batch.version()));
				return run(run.id()).orElseThrow();
			}
			List<String> names = batch.files().stream().map(f -> this.files.display(f.path())).toList();
			if (!run.recorded()[0]) {
				recordStart(run, names);
			}
			progress.total(batch.files().stream().mapToLong(f -> size(f.path())).sum());
			ImportReport report;
			List<SourceFiles.Found> imported = batch.files();
			try {
				report = importer.importFiles(batch.paths(), progress);
			}
			catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
				if (batch.failedFolder() == null || FailedFiles.databaseFailure(ex)) {
					log.error("Import run {} of {} failed", run.id(), run.source(), ex);
					if (feed != null) {
						finishFeed(run, feed, false, FailedFiles.reason(ex));
					}
					finish(run, new RunRecords.Ending(RunStatus.FAILED, null, names, FailedFiles.reason(ex), batch.fetched(), null));
					return run(run.id()).orElseThrow();
				}
				log.warn("Import run {} of {} failed on its {} file(s) ({}); importing them one at a time, a file "
						+ "that fails alone is moved to {}", run.id(), run.source(), batch.paths().size(),
						FailedFiles.reason(ex), batch.failedFolder());
				try {
					FailedFiles.Outcome outcome = FailedFiles.oneByOne(importer, run.kind(), batch.paths(), ex,
							batch.failedFolder(), this.files::display);
					report = outcome.report();
					imported = batch.files().stream().filter(f -> !outcome.setAside().contains(f.path())).toList();
				}
				catch (RuntimeException again) {
					log.error("Import run {} of {} failed", run.id(), run.source(), again);
					finish(run, new RunRecords.Ending(RunStatus.FAILED, null, names, FailedFiles.reason(again)));
					return run(run.id()).orElseThrow();
				}
			}
			if (feed == null) {
				// a feed remembers its items itself (FeedItem), so its files need no ImportedFile as well
				markImported(run, imported);
			}
			// a feed run that imported nothing for want of the gazetteer or a code table tries its files again later
			String kept = feed == null ? null : finishFeed(run, feed, report.missing() == null, "missing " + report.missing());
			boolean partial = report.rejectedCount() > 0 || report.missing() != null || feed != null && feed.failures() > 0
					|| kept != null;
			finish(run, new RunRecords.Ending(partial ? RunStatus.PARTIAL : RunStatus.SUCCEEDED, report, names,
					kept != null ? kept : feed != null && feed.failures() > 0 ? failures(feed) : null, batch.fetched(),
					kept != null ? null : batch.version()));
			ImportRun done = run(run.id()).orElseThrow();
			log.info("{}", done.summary());
			return done;
		}
	}

	/**
	 * Tells a feed how its run ended, so it remembers what it imported; null when it could, else why not (the run
	 * then says so, and the next run imports the same files again, which changes nothing already stored).
	 */
	private static String finishFeed(Started run, Collected feed, boolean imported, String reason) {
		try {
			feed.finish(imported, reason, run.id());
			return null;
		}
		catch (RuntimeException ex) {
			log.warn("Import run {} of {}: the feed's state could not be kept", run.id(), run.source(), ex);
			return "the feed's state could not be kept (" + ex.getMessage() + "); the next run imports these files again";
		}
	}

	/** One line on a feed's failed requests: how many, and the first one's reason. */
	private static String failures(Collected feed) {
		Fetched first = feed.log().stream().filter(Fetched::isFailure).findFirst().orElseThrow();
		return feed.failures() + " download(s) failed, the first: " + first.url() + ": " + first.reason();
	}

	private Batch newFiles(ImportSettings.Source source) throws Exception {
		Feed feed = this.feeds.get(source.kind());
		if (feed != null) {
			return feedBatch(feed.collect(feedSource(source)));
		}
		Importer importer = importer(source.kind());
		List<SourceFiles.Found> found = source.isUrl() ? List.of(this.files.download(source))
				: this.files.watched(source, importer::accepts);
		if (found.isEmpty()) {
			return new Batch(List.of(), List.of());
		}
		List<String> keys = found.stream().map(f -> key(source.kind(), f.sha256())).toList();
		var known = new java.util.HashSet<>(this.graph.read(CypherFiles.query("imported-files"), Map.of("keys", keys),
				r -> r.get("key").asString()));
		List<SourceFiles.Found> fresh = found.stream().filter(f -> !known.contains(key(source.kind(), f.sha256()))).toList();
		return new Batch(fresh.stream().map(SourceFiles.Found::path).toList(), fresh,
				source.isUrl() ? null : this.files.folder(source).resolve("failed"), null);
	}

	/** What a feed needs of its source: its URLs, its first day, and a download folder of its own. */
	private FeedSource feedSource(ImportSettings.Source source) {
		return new FeedSource(source.name(), source.urls().stream().map(java.net.URI::create).toList(), source.start(),
				this.dataDir.resolve("downloads").resolve(source.name().replaceAll("[^A-Za-z0-9._-]", "_")));
	}

	/** A feed's files: no content hash, since a feed remembers its items itself and marks no ImportedFile. */
	private static Batch feedBatch(Collected collected) {
		List<SourceFiles.Found> found = collected.files().stream().map(path -> new SourceFiles.Found(path, null)).toList();
		return new Batch(collected.files(), found, null, collected);
	}

	private void markImported(Started run, List<SourceFiles.Found> found) {
		List<Map<String, Object>> rows = found.stream()
			.map(f -> Map.<String, Object>of("key", key(run.kind(), f.sha256()), "kind", run.kind(), "sha256",
					f.sha256(), "name", f.path().getFileName().toString()))
			.toList();
		if (!rows.isEmpty()) {
			this.graph.write(CypherFiles.query("imported-files-mark"),
					Map.of("files", rows, "run", run.id(), "source", run.source()));
		}
	}

	private static long size(Path file) {
		try {
			return java.nio.file.Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static String key(String kind, String sha256) {
		return kind + ":" + sha256;
	}

	private void finish(Started run, RunRecords.Ending end) {
		this.records.finish(run.id(), end);
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "localhost";
		}
		return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
