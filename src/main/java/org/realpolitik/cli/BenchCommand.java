package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.ingest.news.Extraction;
import org.realpolitik.ingest.news.NewsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks; figures are printed, never asserted.",
		subcommands = { BenchCommand.News.class })
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

}
