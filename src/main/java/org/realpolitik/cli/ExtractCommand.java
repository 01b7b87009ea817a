package org.realpolitik.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.ingest.Reject;
import org.realpolitik.ingest.news.ExtractedClaim;
import org.realpolitik.ingest.news.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Print the claims articles make, one JSON object per line, without a database.",
				"Negated, hypothetical, intended and alleged claims are included and marked.",
				"Exit codes: 0 all files read, 3 some files rejected, 1 failure." })
public class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "articles (.txt, .md, .html) or folders of them")
	List<Path> files;

	@Option(names = "--actors", paramLabel = "FILE",
			description = "the gazetteer: a curated YAML file or a gold-format JSON file (default: the gazetteer the jar carries, seeds/actors.yaml)")
	Path actors;

	@Option(names = "--explain",
			description = "instead of JSON, print for every sentence the actors found in it, the words that express a relationship (with its type), and the claims read off them with the rule that read each; for finding out why a claim was missed")
	boolean explain;

	@Override
	public Integer call() throws Exception {
		StandaloneLogging.toStandardError();
		Extraction extraction;
		try {
			extraction = new Extraction(Extraction.gazetteer(this.actors));
		}
		catch (IOException ex) {
			System.err.println("extract: cannot read the gazetteer: " + ex.getMessage());
			return 2;
		}
		List<Reject> rejected = new ArrayList<>();
		for (Path file : Extraction.articles(this.files, rejected)) {
			if (this.explain) {
				System.out.println("== " + file);
				extraction.extract(file, rejected, System.out::println);
				continue;
			}
			for (ExtractedClaim claim : extraction.extract(file, rejected)) {
				System.out.println(Extraction.json(claim));
			}
		}
		rejected.forEach(r -> System.err.println("rejected " + r));
		return rejected.isEmpty() ? 0 : ImportCommand.PARTIAL;
	}

}
