package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

import org.realpolitik.RealpolitikApplication;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.RunInProgressException;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import files into the graph, or run a configured import source once.",
				"Every import is recorded as an (:ImportRun), as scheduled and REST runs are (GET /api/imports).",
				"Runs against the embedded database in realpolitik.data-dir (stop the service first), or against "
						+ "spring.neo4j.uri when set. A store without the seeds gets them first, as on the service's "
						+ "first start (realpolitik.import-seeds=false: not).",
				"A run that imports nothing for want of something (the gazetteer, a code table) is partial, with what "
						+ "is missing first in its summary." },
		subcommands = { ImportCommand.Curated.class, ImportCommand.News.class, ImportCommand.Gdelt.class,
				ImportCommand.Ftm.class, ImportCommand.Source.class, ImportCommand.GdeltRange.class })
public class ImportCommand implements Runnable {

	/**
	 * The run is partial: some records were rejected and the good ones imported, or nothing was imported for want of
	 * something the setup provides (the summary says what).
	 */
	public static final int PARTIAL = 3;

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	/** What every file-importing subcommand shares: the paths, and Spring settings after them. */
	abstract static class FilesCommand implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (not recursive)")
		List<Path> files;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		abstract String kind();

		@Override
		public Integer call() {
			return run(this.springArguments,
					(runs, progress) -> runs.runFiles(kind(), this.files, Trigger.CLI, progress));
		}

	}

	@Command(name = "curated", mixinStandardHelpOptions = true,
			description = { "Import curated YAML files (actors and claims; format in docs/importers.md).",
					"Folders are read for *.yaml and *.yml. Bad records are reported with file, line and reason; "
							+ "the good ones are imported. Importing again changes nothing.",
					"Exit codes: 0 all imported, 3 some records rejected, 1 failure." })
	static class Curated extends FilesCommand {

		@Override
		String kind() {
			return "curated";
		}

	}

	@Command(name = "news", mixinStandardHelpOptions = true,
			description = { "Import articles (.txt, .md, .html): extract their claims and derive the edges they touch.",
					"Folders are read for articles. An article already imported (same content) is not extracted "
							+ "again. Unreadable files (empty, binary, too large) are reported; the others are imported.",
					"Exit codes: 0 all imported, 3 some files rejected, 1 failure." })
	static class News extends FilesCommand {

		@Override
		String kind() {
			return "news";
		}

	}

	@Command(name = "gdelt", mixinStandardHelpOptions = true,
			description = { "Import GDELT event files: 2.0 exports (61 columns) and 1.0 event files (57/58 columns), "
					+ ".CSV or .CSV.zip; CAMEO codes are mapped onto the vocabulary (docs/gdelt.md).",
					"One claim per (actor, type, actor, day) with the events behind it: importing a file again, or an "
							+ "overlapping one, adds nothing. Unmapped codes and unresolvable actors are counted as "
							+ "skipped by reason; bad rows are rejected with their line.",
					"Exit codes: 0 all imported, 3 some rows rejected or nothing imported for want of the gazetteer or "
							+ "a code table, 1 failure." })
	static class Gdelt extends FilesCommand {

		@Override
		String kind() {
			return "gdelt";
		}

	}

	@Command(name = "ftm", mixinStandardHelpOptions = true,
			description = { "Import FollowTheMoney entity streams and OpenSanctions delta files (JSON lines; "
					+ "docs/ftm.md): sanctions become SANCTIONED claims, memberships MEMBER_OF, people and "
					+ "organisations actors; a DEL removes what the entity contributed.",
					"Exit codes: 0 all imported, 3 some lines rejected, 1 failure." })
	static class Ftm extends FilesCommand {

		@Override
		String kind() {
			return "ftm";
		}

	}

	@Command(name = "source", mixinStandardHelpOptions = true,
			description = { "Run a configured import source once (realpolitik.imports.sources; by default news-inbox, "
					+ "gdelt-inbox and ftm-inbox, the inbox folders under the data dir): its new files only.",
					"Exit codes: 0 imported or nothing new, 3 some records rejected, 1 failure, 4 a run of the source "
							+ "is in progress." })
	static class Source implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "NAME", description = "the source's name")
		String name;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			return run(this.springArguments, (runs, progress) -> runs.runSource(this.name, Trigger.CLI, progress));
		}

	}

	@Command(name = "gdelt-range", mixinStandardHelpOptions = true,
			description = { "Back-fill GDELT 2.0: import every 15-minute export of the days --from to --to (both "
					+ "included), found in the master file list, each checked against its listed size and MD5.",
					"Runs as the gdelt-feed source configured (or --source), else as the source gdelt-backfill reading "
							+ "--base-url (default GDELT's own). One run per realpolitik.feeds.max-files-per-run files, "
							+ "each recorded; files imported before are skipped, so a back-fill that stopped goes on "
							+ "where it stopped.",
					"Exit codes: 0 imported or nothing new, 3 some rows rejected or some downloads failed, 1 failure, "
							+ "4 a run of the source is in progress." })
	static class GdeltRange implements Callable<Integer> {

		@picocli.CommandLine.Option(names = "--from", required = true, paramLabel = "DAY",
				description = "the first day, YYYY-MM-DD")
		java.time.LocalDate from;

		@picocli.CommandLine.Option(names = "--to", required = true, paramLabel = "DAY",
				description = "the last day, YYYY-MM-DD")
		java.time.LocalDate to;

		@picocli.CommandLine.Option(names = "--source", paramLabel = "NAME",
				description = "the gdelt-feed source to run as")
		String source;

		@picocli.CommandLine.Option(names = "--base-url", paramLabel = "URL",
				description = "where lastupdate.txt, masterfilelist.txt and the files are (a mirror, a local server)")
		String baseUrl;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			if (this.to.isBefore(this.from)) {
				System.err.println("import not started: --to " + this.to + " is before --from " + this.from);
				return 2;
			}
			try (ConfigurableApplicationContext context = offline(this.springArguments)) {
				ConsoleProgress progress = ConsoleProgress.onStandardError();
				List<ImportRun> runs = context.getBean(ImportRuns.class)
					.backfillGdelt(this.source, this.baseUrl, this.from, this.to, Trigger.CLI, progress);
				progress.done();
				runs.forEach(run -> System.out.println(describe(run)));
				long files = runs.stream().mapToLong(r -> r.files().size()).sum();
				System.out.println("back-fill " + this.from + " to " + this.to + ": " + runs.size() + " run(s), " + files
						+ " file(s) imported");
				return runs.stream().anyMatch(r -> r.status() == RunStatus.FAILED) ? 1
						: runs.stream().anyMatch(r -> r.status() == RunStatus.PARTIAL) ? PARTIAL : 0;
			}
			catch (RunInProgressException ex) {
				System.err.println("import not started: " + ex.getMessage());
				return IN_PROGRESS;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				System.err.println("back-fill interrupted; run it again to go on where it stopped");
				return 1;
			}
			catch (RuntimeException ex) {
				System.err.println("import failed: " + rootCause(ex).getMessage());
				return 1;
			}
		}

	}

	/** Exit code when the source is locked by a run in progress. */
	static final int IN_PROGRESS = 4;

	/** Runs an import in the application without its web server, prints its run, and says how it went. */
	static int run(List<String> springArguments, BiFunction<ImportRuns, ConsoleProgress, ImportRun> importer) {
		try (ConfigurableApplicationContext context = offline(springArguments)) {
			ConsoleProgress progress = ConsoleProgress.onStandardError();
			ImportRun run = importer.apply(context.getBean(ImportRuns.class), progress);
			progress.done();
			System.out.println(describe(run));
			return switch (run.status()) {
				case SUCCEEDED, UNCHANGED -> 0;
				case PARTIAL -> PARTIAL;
				default -> 1;
			};
		}
		catch (RunInProgressException ex) {
			System.err.println("import not started: " + ex.getMessage());
			return IN_PROGRESS;
		}
		catch (RuntimeException ex) {
			System.err.println("import failed: " + rootCause(ex).getMessage());
			return 1;
		}
	}

	/** How many lines of a feed run's fetch log the command prints. */
	static final int MAX_FETCHED_SHOWN = 20;

	/** The run's summary, then its counts, skips by reason, rejected records and fetch log, one per line. */
	static String describe(ImportRun run) {
		StringBuilder text = new StringBuilder(run.summary());
		text.append("\n  files: ").append(run.files().size());
		run.counts().forEach((k, v) -> text.append("\n  ").append(k).append(": ").append(v));
		run.skipped().forEach((k, v) -> text.append("\n  skipped, ").append(k).append(": ").append(v));
		run.rejected().forEach(r -> text.append("\n  rejected ").append(r));
		run.fetched().stream().limit(MAX_FETCHED_SHOWN).forEach(f -> text.append("\n  ").append(f.outcome()).append(": ")
			.append(f.url())
			.append(f.status() == 0 ? "" : " (HTTP " + f.status() + (f.bytes() > 0 ? ", " + f.bytes() + " bytes" : "") + ")")
			.append(f.reason() == null ? "" : ": " + f.reason()));
		if (run.fetchedCount() > MAX_FETCHED_SHOWN) {
			text.append("\n  ... and ").append(run.fetchedCount() - MAX_FETCHED_SHOWN).append(" more fetch log entries "
					+ "(GET /api/imports/").append(run.id()).append(")");
		}
		return text.toString();
	}

	/** The first cause below Spring's bean-creation wrappers: the exception that names the problem. */
	static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause instanceof org.springframework.beans.BeansException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * The application without its web server and its schedule. Its store is brought to the state of the service's first
	 * start before this returns: migrations, then the seeds if they were never imported (unless
	 * {@code realpolitik.import-seeds=false}), so any first command finds the gazetteer.
	 */
	static ConfigurableApplicationContext offline(List<String> springArguments) {
		// as arguments, not default properties: defaults rank below application.yml
		List<String> arguments = new ArrayList<>(List.of("--realpolitik.imports.schedule=false",
				"--spring.main.banner-mode=off"));
		arguments.addAll(springArguments);
		return new SpringApplicationBuilder(RealpolitikApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
