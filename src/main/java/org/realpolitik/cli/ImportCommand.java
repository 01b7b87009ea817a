package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.RealpolitikApplication;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.ingest.news.NewsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import files into the graph.",
		subcommands = { ImportCommand.Curated.class, ImportCommand.News.class })
public class ImportCommand implements Runnable {

	/** Some records were rejected; the good ones were imported. */
	public static final int SOME_REJECTED = 3;

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	@Command(name = "curated", mixinStandardHelpOptions = true,
			description = { "Import curated YAML files (actors and claims; format in docs/importers.md).",
					"Folders are read for *.yaml and *.yml. Bad records are reported with file, line and reason; "
							+ "the good ones are imported. Importing again changes nothing.",
					"Runs against the embedded database in realpolitik.data-dir (stop the service first), or against "
							+ "spring.neo4j.uri when set.",
					"Exit codes: 0 all imported, 3 some records rejected, 1 failure." })
	static class Curated implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "FILE", description = "curated YAML files or folders")
		List<Path> files;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			return run(this.springArguments, context -> context.getBean(CuratedImporter.class).importFiles(this.files));
		}

	}

	@Command(name = "news", mixinStandardHelpOptions = true,
			description = { "Import articles (.txt, .md, .html): extract their claims and derive the edges they touch.",
					"Folders are read for articles (not recursive). An article already imported (same content) is not "
							+ "extracted again. Unreadable files (empty, binary, too large) are reported; the others are "
							+ "imported.",
					"Exit codes: 0 all imported, 3 some files rejected, 1 failure." })
	static class News implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "PATH", description = "articles or folders of them")
		List<Path> files;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			return run(this.springArguments, context -> context.getBean(NewsImporter.class).importFiles(this.files));
		}

	}

	/** Runs an importer in the application without its web server, prints its report, and says how it went. */
	static int run(List<String> springArguments,
			java.util.function.Function<ConfigurableApplicationContext, ImportReport> importer) {
		try (ConfigurableApplicationContext context = offline(springArguments)) {
			ImportReport report = importer.apply(context);
			System.out.println(report.summary());
			return report.rejected().isEmpty() ? 0 : SOME_REJECTED;
		}
		catch (RuntimeException ex) {
			System.err.println("import failed: " + rootCause(ex).getMessage());
			return 1;
		}
	}

	/** The first cause below Spring's bean-creation wrappers: the exception that names the problem. */
	static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause instanceof org.springframework.beans.BeansException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** The application without its web server and without the first-start seed import. */
	static ConfigurableApplicationContext offline(List<String> springArguments) {
		// as arguments, not default properties: defaults rank below application.yml
		List<String> arguments = new ArrayList<>(List.of("--realpolitik.import-seeds=false", "--spring.main.banner-mode=off"));
		arguments.addAll(springArguments);
		return new SpringApplicationBuilder(RealpolitikApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
