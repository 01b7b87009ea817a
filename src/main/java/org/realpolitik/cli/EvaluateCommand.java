package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.ingest.news.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = { "Score extraction against hand-checked gold claims: precision, recall and F1 per type and over "
				+ "the core four, negation errors, ended relations found, dates with the right year.",
				"Only gold claims of the given files count; required ones count, optional ones are ignored either way." })
public class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "gold claims, JSON lines")
	Path gold;

	@Option(names = "--actors", required = true, paramLabel = "ACTORS",
			description = "the gold actors (gold-format JSON or curated YAML): the extractor's actors are mapped onto them by id, name or alias, as shared/eval/evaluate.py does")
	Path actors;

	@Option(names = "--gazetteer", paramLabel = "FILE",
			description = "the extractor's gazetteer (curated YAML or gold-format JSON); default: the --actors file")
	Path gazetteer;

	@Option(names = "--details", description = "also list every false positive and false negative")
	boolean details;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "articles or folders of them")
	List<Path> files;

	@Override
	public Integer call() throws Exception {
		StandaloneLogging.toStandardError();
		Extraction extraction = this.gazetteer == null ? Extraction.withActorsFrom(this.actors)
				: new Extraction(Extraction.actorsFrom(this.gazetteer), Extraction.actorsFrom(this.actors));
		System.out.print(extraction.evaluate(this.gold, this.files, this.details));
		return 0;
	}

}
