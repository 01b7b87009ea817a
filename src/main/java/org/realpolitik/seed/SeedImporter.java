package org.realpolitik.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.realpolitik.ingest.Progress;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
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
 * interrupted half-way simply imports again. The seeds are those the jar carries ({@link Seeds}) unless
 * {@code realpolitik.seeds-dir} names a folder. {@code realpolitik.import-seeds=false} turns it off for every command.
 */
@Component
@EnableConfigurationProperties(SeedSettings.class)
class SeedImporter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final SeedSettings settings;

	private final Graph graph;

	private final ImportRuns runs;

	SeedImporter(SeedSettings settings, Graph graph, ImportRuns runs) {
		this.settings = settings;
		this.graph = graph;
		this.runs = runs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.importSeeds()) {
			return;
		}
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
			importFrom(folder);
		}
		finally {
			if (copy != null) {
				org.springframework.util.FileSystemUtils.deleteRecursively(copy.toFile());
			}
		}
	}

	private void importFrom(Path folder) {
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
			// another instance on the same database is importing them; this one starts with what is there
			log.info("Not importing the seeds: {}", ex.getMessage());
			return;
		}
		if (report.status() == RunStatus.FAILED || articles.status() == RunStatus.FAILED) {
			log.error("The seeds were not all imported ({}; {}); they are imported again on the next start",
					report.summary(), articles.summary());
			return;
		}
		this.graph.write("""
				MERGE (s:__Seeds {id: 'seeds'})
				SET s.importedAt = datetime(), s.folder = $folder, s.files = $files, s.summary = $summary
				""", Map.of("folder", describe(), "files", report.files(),
				"summary", report.summary() + "\n" + articles.summary()));
		log.info("Imported the seeds from {}", describe());
	}

	/** Where the seeds come from, for the log and the seed marker. */
	private String describe() {
		return this.settings.seedsDir() == null ? "the seeds the jar carries"
				: this.settings.seedsDir().toAbsolutePath().toString();
	}

}
