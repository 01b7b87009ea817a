package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.actor.ActorStore;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.ingest.gdelt.GdeltBenchmark;
import org.realpolitik.ingest.gdelt.GdeltImporter;
import org.realpolitik.ingest.news.Extraction;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.ingest.news.NewsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks; figures are printed, never asserted.",
		subcommands = { BenchCommand.News.class, BenchCommand.Gdelt.class })
public class BenchCommand implements Runnable {

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	@Command(name = "news", mixinStandardHelpOptions = true,
			description = { "News extraction throughput: model load, first pass, and steady state on the articles "
					+ "repeated, with one worker (baseline) and two (the importer), in sentences and documents per "
					+ "second; peak heap." })
	static class News implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "PATH", defaultValue = "seeds", description = "articles or folders (default: seeds)")
		List<Path> files;

		@Option(names = "--actors", paramLabel = "FILE", defaultValue = "seeds/actors.yaml", description = "the gazetteer (default: ${DEFAULT-VALUE})")
		Path actors;

		@Option(names = "--repeat", defaultValue = "10", description = "how many times the larger corpus repeats the articles (default: ${DEFAULT-VALUE})")
		int repeat;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			System.out.print(NewsBenchmark.run(Extraction.actorsFrom(this.actors), this.files, Math.max(1, this.repeat)));
			return 0;
		}

	}

	@Command(name = "gdelt", mixinStandardHelpOptions = true,
			description = { "GDELT import throughput: a GDELT 2.0 file made by replaying the shipped sample export "
					+ "(shifted event ids and dates) is imported by the GDELT importer into a fresh embedded database and, "
					+ "into another fresh one, by LOAD CSV ... MERGE in transactions of 10,000 rows writing the same "
					+ "claims (the baseline); events/s of both, their ratio and peak heap. The databases and the file are "
					+ "in a temporary folder, deleted afterwards." })
	static class Gdelt implements Callable<Integer> {

		@Option(names = "--events", defaultValue = "1000000", description = "events in the generated file (default: ${DEFAULT-VALUE})")
		int events;

		@Option(names = "--actors", paramLabel = "FILE", defaultValue = "seeds/actors.yaml", description = "the gazetteer loaded into both databases first (default: ${DEFAULT-VALUE})")
		Path actors;

		@Option(names = "--keep", description = "keep the temporary folder (file and databases)")
		boolean keep;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			Path work = java.nio.file.Files.createTempDirectory("realpolitik-bench-gdelt");
			try {
				Path file = GdeltBenchmark.generate(work.resolve("bench.export.CSV"), Math.max(1, this.events));
				long bytes = java.nio.file.Files.size(file);
				GdeltBenchmark.Result importer;
				try (var context = database(work.resolve("importer"), List.of())) {
					context.getBean(CuratedImporter.class).importFiles(List.of(this.actors));
					importer = GdeltBenchmark.importer(context.getBean(GdeltImporter.class), context.getBean(Graph.class),
							file, this.events);
				}
				GdeltBenchmark.Result baseline;
				try (var context = database(work.resolve("baseline"),
						List.of("--realpolitik.embedded.settings[server.directories.import]=" + work.toAbsolutePath()))) {
					context.getBean(CuratedImporter.class).importFiles(List.of(this.actors));
					baseline = GdeltBenchmark.baseline(context.getBean(Graph.class),
							context.getBean(org.neo4j.driver.Driver.class), context.getBean(ActorStore.class), file,
							this.events);
				}
				System.out.print(GdeltBenchmark.format(file, bytes, importer, baseline));
				return 0;
			}
			finally {
				if (this.keep) {
					System.err.println("kept " + work);
				}
				else {
					org.springframework.util.FileSystemUtils.deleteRecursively(work);
				}
			}
		}

		/** The application without web server on a fresh embedded database in {@code dir}, Bolt on a free port. */
		private static org.springframework.context.ConfigurableApplicationContext database(Path dir, List<String> more)
				throws java.io.IOException {
			int port;
			try (var socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> arguments = new java.util.ArrayList<>(List.of("--realpolitik.data-dir=" + dir.toAbsolutePath(),
					"--realpolitik.embedded.bolt-port=" + port, "--spring.neo4j.uri="));
			arguments.addAll(more);
			return ImportCommand.offline(arguments);
		}

	}

}
