package org.realpolitik.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.realpolitik.ingest.Progress;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.ImportSettings;
import org.realpolitik.schedule.RunInProgressException;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import org.realpolitik.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Imports the seeds folder (curated files, the gazetteer among them, then articles) when any command opens a database
 * that has never been seeded, and marks the database as seeded ({@code (:__Seeds {id: 'seeds'})}) so that a restart,
 * a later command or a second instance does not import again. It runs once the application has started, after the
 * schema migrations: for {@code serve} while the API already answers, for the other commands ({@code import},
 * {@code influence}, {@code balance}, {@code export}) before they do their work, so the first command on a fresh store,
 * whichever it is, leaves the store as a first start of the service does. Import is idempotent besides, so a start
 * interrupted half-way simply imports again; a start that finds the seeds' lock held (another instance importing them,
 * or the lock of a process killed while it did) tries again once the lock would have freed itself. The seeds are those the jar carries ({@link Seeds}) unless
 * {@code realpolitik.seeds-dir} names a folder. {@code realpolitik.import-seeds=false} turns it off for every command.
 */
@Component
@EnableConfigurationProperties(SeedSettings.class)
class SeedImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final SeedSettings settings;

	private final Graph graph;

	/** How many times a start tries the seeds while another run holds their lock. */
	static final int ATTEMPTS = 4;

	private final ImportRuns runs;

	/**
	 * How long to wait before trying again, a tenth more than the lock's time to live: a lock left by a process that
	 * was killed frees itself by then.
	 */
	private final Duration retryAfter;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "seed-import-retry");
		thread.setDaemon(true);
		return thread;
	});

	SeedImporter(SeedSettings settings, Graph graph, ImportRuns runs, ImportSettings imports) {
		this.settings = settings;
		this.graph = graph;
		this.runs = runs;
		this.retryAfter = imports.lockTtl().plus(imports.lockTtl().dividedBy(10));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.importSeeds()) {
			return;
		}
		attempt(1);
	}

	@PreDestroy
	void stop() {
		this.retries.shutdownNow();
	}

	/**
	 * Imports the seeds unless the database has them. When another run holds their lock (another instance importing
	 * them, or a process killed while it did), tries again after the lock's time to live, up to {@link #ATTEMPTS}
	 * times: by then the other instance has marked the seeds imported, or its lock has freed itself.
	 */
	void attempt(int attempt) {
		boolean seeded = this.graph.readOne("MATCH (s:__Seeds {id: 'seeds'}) RETURN count(s) > 0 AS seeded", Map.of(),
				r -> r.get("seeded").asBoolean());
		if (seeded) {
			log.info("Seeds already imported; not importing {} again", describe());
			return;
		}
		Path folder = this.settings.seedsDir();
		Path copy = null;
		if (folder == null) {
			try {
				copy = Files.createTempDirectory("realpolitik-seeds");
				Seeds.copyTo(copy);
				folder = copy;
			}
			catch (IOException | RuntimeException ex) {
				log.error("The seeds the jar carries could not be read ({}); going on with what the database holds, "
						+ "which may lack the gazetteer", ex.getMessage());
				if (copy != null) {
					org.springframework.util.FileSystemUtils.deleteRecursively(copy.toFile());
				}
				return;
			}
		}
		else if (!Files.isDirectory(folder)) {
			log.warn("No seeds folder at {} (realpolitik.seeds-dir); going on with what the database holds, which may "
					+ "lack the gazetteer", folder.toAbsolutePath());
			return;
		}
		try {
			if (!importFrom(folder)) {
				retry(attempt);
			}
		}
		finally {
			if (copy != null) {
				org.springframework.util.FileSystemUtils.deleteRecursively(copy.toFile());
			}
		}
	}

	private void retry(int attempt) {
		if (attempt >= ATTEMPTS) {
			log.warn("Gave up on the seeds after {} attempts while another run held their lock; they are imported on "
					+ "the next start", attempt);
			return;
		}
		log.info("Trying the seeds again in {} ms (attempt {} of {})", this.retryAfter.toMillis(), attempt + 1, ATTEMPTS);
		this.retries.schedule(() -> {
			try {
				attempt(attempt + 1);
			}
			catch (RuntimeException ex) {
				log.error("Importing the seeds failed: {}; they are imported on the next start", ex.getMessage());
			}
		}, this.retryAfter.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Imports the seeds from the folder; false when another run holds their lock. */
	private boolean importFrom(Path folder) {
		log.info("No seeds in this database yet: importing {} (curated files, then articles) before anything else",
				describe());
		List<Path> seeds = List.of(folder);
		ImportRun report;
		ImportRun articles;
		try {
			report = this.runs.runFiles("seeds", "curated", seeds, Trigger.STARTUP, Progress.NONE);
			articles = this.runs.runFiles("seeds", "news", seeds, Trigger.STARTUP, Progress.NONE);
		}
		catch (RunInProgressException ex) {
			// another instance on the same database is importing them, or a process killed while it did left its
			// lock: this one starts with what is there and tries again once the lock would have freed itself
			log.info("Not importing the seeds now: {}", ex.getMessage());
			return false;
		}
		if (report.status() == RunStatus.FAILED || articles.status() == RunStatus.FAILED) {
			log.error("The seeds were not all imported ({}; {}); they are imported again on the next start",
					report.summary(), articles.summary());
			return true;
		}
		this.graph.write("""
				MERGE (s:__Seeds {id: 'seeds'})
				SET s.importedAt = datetime(), s.folder = $folder, s.files = $files, s.summary = $summary
				""", Map.of("folder", describe(), "files", report.files(),
				"summary", report.summary() + "\n" + articles.summary()));
		log.info("Imported the seeds from {}", describe());
		return true;
	}

	/** Where the seeds come from, for the log and the seed marker. */
	private String describe() {
		return this.settings.seedsDir() == null ? "the seeds the jar carries"
				: this.settings.seedsDir().toAbsolutePath().toString();
	}

}
