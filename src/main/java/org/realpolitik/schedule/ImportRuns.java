package org.realpolitik.schedule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Kinds of importer whose files are read together (a curated claim may name an actor of another file). */
	private final Map<String, Importer> importers;

	private final Graph graph;

	private final ImportSettings settings;

	private final List<ImportSettings.Source> sources;

	private final SourceFiles files;

	private final String instance;

	/** Runs that REST starts; one at a time per instance, since an import uses a whole core or two. */
	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "import-run");
		thread.setDaemon(true);
		return thread;
	});

	ImportRuns(List<Importer> importers, Graph graph, ImportSettings settings, Neo4jSettings neo4j) {
		this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
		this.graph = graph;
		this.settings = settings;
		this.sources = settings.sources().isEmpty() ? defaults() : validated(settings.sources(), this.importers);
		this.files = new SourceFiles(neo4j.dataDir(), settings);
		this.instance = instanceName();
	}

	/** The inbox folders under the data dir, one per importer of outside data, each polled every minute. */
	static List<ImportSettings.Source> defaults() {
		return List.of(new ImportSettings.Source("news-inbox", "news", "inbox/news", ImportSettings.EVERY_MINUTE),
				new ImportSettings.Source("gdelt-inbox", "gdelt", "inbox/gdelt", ImportSettings.EVERY_MINUTE),
				new ImportSettings.Source("ftm-inbox", "ftm", "inbox/ftm", ImportSettings.EVERY_MINUTE));
	}

	private static List<ImportSettings.Source> validated(List<ImportSettings.Source> sources,
			Map<String, Importer> importers) {
		Map<String, ImportSettings.Source> byName = new LinkedHashMap<>();
		for (ImportSettings.Source source : sources) {
			String where = "realpolitik.imports.sources[" + byName.size() + "]";
			if (source.name() == null || source.name().isBlank()) {
				throw new IllegalArgumentException(where + ".name is missing");
			}
			if (source.kind() == null || !importers.containsKey(source.kind())) {
				throw new IllegalArgumentException(where + ".kind of source '" + source.name() + "' is '" + source.kind()
						+ "'; it must be one of " + new TreeMap<>(importers).keySet());
			}
			if (source.location() == null || source.location().isBlank()) {
				throw new IllegalArgumentException(where + ".location of source '" + source.name() + "' is missing");
			}
			if (source.scheduled() && !org.springframework.scheduling.support.CronExpression.isValidExpression(source.cron())) {
				throw new IllegalArgumentException(where + ".cron of source '" + source.name() + "' is not a valid cron "
						+ "expression (six fields, seconds first, e.g. '0 */15 * * * *'): '" + source.cron() + "'");
			}
			if (byName.putIfAbsent(source.name(), source) != null) {
				throw new IllegalArgumentException("two import sources are named '" + source.name() + "'");
			}
		}
		return List.copyOf(byName.values());
	}

	public List<ImportSettings.Source> sources() {
		return this.sources;
	}

	public Optional<ImportSettings.Source> source(String name) {
		return this.sources.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	public List<String> kinds() {
		return new ArrayList<>(new TreeMap<>(this.importers).keySet());
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
			.orElseThrow(() -> new SourceNotFoundException(name, this.sources.stream().map(ImportSettings.Source::name).toList()));
		Started run = begin(source.name(), source.kind(), trigger, trigger != Trigger.SCHEDULE);
		return complete(run, importer(source.kind()), () -> newFiles(source), progress);
	}

	/**
	 * Starts a run of a configured source in the background and answers at once with the run as recorded.
	 *
	 * @throws SourceNotFoundException when no source has this name
	 * @throws RunInProgressException  when a run of the source is in progress
	 */
	public ImportRun submit(String name, Trigger trigger) {
		ImportSettings.Source source = source(name)
			.orElseThrow(() -> new SourceNotFoundException(name, this.sources.stream().map(ImportSettings.Source::name).toList()));
		Importer importer = importer(source.kind());
		Started run = begin(source.name(), source.kind(), trigger, true);
		try {
			this.background.submit(() -> complete(run, importer, () -> newFiles(source), Progress.NONE));
		}
		catch (RuntimeException ex) {
			finish(run, "failed", null, List.of(), "could not start: " + ex.getMessage());
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
	public Page runs(String source, String status, int limit, int offset) {
		var row = this.graph.readOne(CypherFiles.query("import-runs"),
				parameters("source", source, "status", status, "limit", limit, "offset", offset), r -> r);
		return new Page(row.get("total").asLong(), row.get("page").asList(v -> toRun(v.asMap())));
	}

	public Optional<ImportRun> run(String id) {
		return Optional.ofNullable(this.graph.readOne("MATCH (r:ImportRun {id: $id}) RETURN r {.*} AS run",
				Map.of("id", id), r -> toRun(r.get("run").asMap())));
	}

	/** A page of runs and how many there are in all. */
	public record Page(long total, List<ImportRun> runs) {
	}

	/** Files to import; {@code failedFolder}, for a watched folder, is where a file that fails alone is moved. */
	private record Batch(List<Path> paths, List<SourceFiles.Found> files, Path failedFolder) {

		Batch(List<Path> paths, List<SourceFiles.Found> files) {
			this(paths, files, null);
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

	private void recordStart(Started run, List<String> files) {
		this.graph.write(CypherFiles.query("import-run-start"), Map.of("id", run.id(), "source", run.source(), "kind",
				run.kind(), "trigger", run.trigger(), "instance", this.instance, "files", files));
		run.recorded()[0] = true;
	}

	private ImportRun complete(Started run, Importer importer, Resolver resolver, Progress progress) {
		try (RunLock lock = run.lock()) {
			Batch batch;
			try {
				batch = resolver.resolve();
			}
			catch (Exception ex) {
				if (!run.recorded()[0]) {
					recordStart(run, List.of());
				}
				log.warn("Import source {} could not be read: {}", run.source(), ex.getMessage());
				finish(run, "failed", null, List.of(), "cannot read the source: " + ex.getMessage());
				return run(run.id()).orElseThrow();
			}
			if (batch.paths().isEmpty()) {
				if (!run.recorded()[0]) {
					return null;
				}
				finish(run, "unchanged", null, List.of(), null);
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
					finish(run, "failed", null, names, FailedFiles.reason(ex));
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
					finish(run, "failed", null, names, FailedFiles.reason(again));
					return run(run.id()).orElseThrow();
				}
			}
			markImported(run, imported);
			finish(run, report.rejectedCount() > 0 || report.missing() != null ? "partial" : "succeeded", report, names,
					null);
			ImportRun done = run(run.id()).orElseThrow();
			log.info("{}", done.summary());
			return done;
		}
	}

	private Batch newFiles(ImportSettings.Source source) throws Exception {
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
				source.isUrl() ? null : this.files.folder(source).resolve("failed"));
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

	private void finish(Started run, String status, ImportReport report, List<String> files, String error) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", run.id());
		p.put("status", status);
		p.put("files", files);
		p.put("read", report == null ? 0 : report.read());
		p.put("written", report == null ? 0 : report.written());
		p.put("unchanged", report == null ? 0 : report.unchanged());
		p.put("removed", report == null ? 0 : report.removed());
		p.put("counts", json(report == null ? Map.of() : report.counts()));
		p.put("skipped", json(report == null ? Map.of() : report.skipped()));
		p.put("skippedCount", report == null ? 0 : report.skippedCount());
		p.put("rejected", json(report == null ? List.of() : report.rejected()));
		p.put("rejectedCount", report == null ? 0 : report.rejectedCount());
		p.put("missing", report == null ? null : report.missing());
		p.put("error", error);
		this.graph.write(CypherFiles.query("import-run-finish"), p);
	}

	private static ImportRun toRun(Map<String, Object> r) {
		return new ImportRun((String) r.get("id"), (String) r.get("source"), (String) r.get("kind"),
				(String) r.get("trigger"), (String) r.get("status"), time(r.get("startedAt")), time(r.get("endedAt")),
				(String) r.get("instance"), strings(r.get("files")), number(r.get("read")), number(r.get("written")),
				number(r.get("unchanged")), number(r.get("removed")), longs((String) r.get("counts")),
				longs((String) r.get("skipped")), number(r.get("rejectedCount")), rejects((String) r.get("rejected")),
				(String) r.get("missing"), (String) r.get("error"));
	}

	private static OffsetDateTime time(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return value instanceof OffsetDateTime offset ? offset : null;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	private static long number(Object value) {
		return value instanceof Number n ? n.longValue() : 0;
	}

	private static Map<String, Long> longs(String json) {
		if (json == null) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<TreeMap<String, Long>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	private static List<Reject> rejects(String json) {
		if (json == null) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<Reject>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
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
