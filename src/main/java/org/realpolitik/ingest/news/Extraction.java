package org.realpolitik.ingest.news;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.ingest.InputFiles;
import org.realpolitik.ingest.Reject;
import org.realpolitik.ingest.CuratedParser;

/**
 * Extraction and evaluation without a database, for the {@code extract} and {@code evaluate} commands: the files'
 * claims as JSON lines, or their scores against gold claims.
 */
public final class Extraction {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final NewsExtractor extractor;

	/** Gold actor ids by normalised id, name and alias, for scoring; from the same actors as the gazetteer. */
	private final Map<String, String> actorIndex;

	public Extraction(List<ActorInput> actors) {
		this(actors, actors);
	}

	/** An extraction with the given gazetteer, scored against gold that names its actors as {@code goldActors} do. */
	public Extraction(List<ActorInput> gazetteer, List<ActorInput> goldActors) {
		this.extractor = new NewsExtractor(gazetteer);
		this.actorIndex = Evaluation.actorIndex(goldActors);
	}

	public static Extraction withActorsFrom(Path actorsFile) throws IOException {
		return new Extraction(actorsFrom(actorsFile));
	}

	/** A gazetteer file: curated YAML or gold-format JSON. */
	public static List<ActorInput> actorsFrom(Path actorsFile) throws IOException {
		if (!Files.isRegularFile(actorsFile)) {
			throw new FileNotFoundException(actorsFile + ": no such file");
		}
		return ActorFiles.read(actorsFile);
	}

	/** The gazetteer the jar carries ({@code seeds/actors.yaml} of the project), for use from any folder. */
	public static List<ActorInput> shippedActors() throws IOException {
		try (var in = Extraction.class.getResourceAsStream("/seeds/actors.yaml")) {
			if (in == null) {
				throw new IOException("the jar carries no seeds/actors.yaml");
			}
			return CuratedParser.readActors("seeds/actors.yaml (in the jar)", in.readAllBytes());
		}
	}

	/** The gazetteer in {@code file}, or the one the jar carries when no file is given. */
	public static List<ActorInput> gazetteer(Path file) throws IOException {
		return file == null ? shippedActors() : actorsFrom(file);
	}

	/** The article files among the paths, folders expanded (sorted, not recursive). */
	public static List<Path> articles(List<Path> paths, List<Reject> rejected) {
		return InputFiles.expand(paths, Extraction::isArticle, rejected);
	}

	public static boolean isArticle(Path path) {
		return InputFiles.named(path, ".txt", ".md", ".markdown", ".html", ".htm");
	}

	/** The claims of one file; an unreadable file is a reject with its reason. */
	public List<ExtractedClaim> extract(Path file, List<Reject> rejected) {
		return extract(file, rejected, null);
	}

	/**
	 * The claims of one file, with what the extractor saw in each sentence given to {@code explain} (the actors, the
	 * words that express a relationship, the claims read), when it is not null.
	 */
	public List<ExtractedClaim> extract(Path file, List<Reject> rejected, java.util.function.Consumer<String> explain) {
		try {
			return this.extractor.extractCounting(ArticleReader.read(file), explain).claims();
		}
		catch (ArticleReader.Unreadable ex) {
			rejected.add(new Reject(file.toString(), 0, ex.getMessage()));
			return List.of();
		}
	}

	public static String json(ExtractedClaim claim) {
		try {
			var node = JSON.createObjectNode();
			node.put("document", claim.document());
			node.put("sentence", claim.sentence());
			node.set("subject", JSON.valueToTree(claim.subject()));
			node.put("type", claim.type());
			node.set("object", JSON.valueToTree(claim.object()));
			node.put("polarity", claim.polarity());
			node.put("modality", claim.modality());
			node.put("from", claim.from());
			node.put("until", claim.until());
			node.put("quote", claim.quote());
			node.put("confidence", claim.confidence());
			node.put("method", claim.method());
			return JSON.writeValueAsString(node);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads gold claims (JSON lines in the format of the project's gold files). */
	static List<Evaluation.Gold> gold(Path file) throws IOException {
		List<Evaluation.Gold> gold = new ArrayList<>();
		int line = 0;
		for (String text : Files.readAllLines(file)) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			JsonNode n;
			try {
				n = JSON.readTree(text);
			}
			catch (IOException ex) {
				throw new IOException(file + ":" + line + ": not JSON: " + ex.getMessage(), ex);
			}
			gold.add(new Evaluation.Gold(n.path("doc").asText(), n.path("subject").asText(), n.path("type").asText(),
					n.path("object").asText(), n.path("polarity").asText(), n.path("modality").asText(),
					n.path("from").isNull() ? null : n.path("from").asText(null),
					n.path("until").isNull() ? null : n.path("until").asText(null), n.path("required").asBoolean(),
					n.path("quote").asText(null)));
		}
		return gold;
	}

	/** Scores the claims of the files against the gold file and renders the report. */
	public String evaluate(Path goldFile, List<Path> files, boolean details) throws IOException {
		List<Evaluation.Gold> gold = gold(goldFile);
		List<Reject> rejected = new ArrayList<>();
		List<ExtractedClaim> claims = new ArrayList<>();
		List<Path> paths = articles(files, rejected);
		for (Path file : paths) {
			claims.addAll(extract(file, rejected));
		}
		java.util.Set<String> docs = new java.util.HashSet<>();
		paths.forEach(p -> docs.add(p.getFileName().toString()));
		gold.removeIf(g -> !docs.contains(g.doc()));
		Evaluation.Result result = score(gold, claims);
		return report(result, rejected, details);
	}

	/** The claims scored against the gold, system actors mapped onto gold ones by id, name or alias. */
	Evaluation.Result score(List<Evaluation.Gold> gold, List<ExtractedClaim> claims) {
		return Evaluation.score(gold, claims, this.actorIndex);
	}

	static String report(Evaluation.Result r, List<Reject> rejected, boolean details) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%-14s %5s %5s %5s %9s %7s %6s%n", "type", "tp", "fp", "fn", "precision", "recall", "f1"));
		r.byType().forEach((type, s) -> out.append(line(type, s)));
		out.append(line("core four", r.core()));
		out.append(line("all types", r.all()));
		out.append(String.format("negation errors: %d%n", r.negationErrors().size()));
		r.negationErrors().forEach(e -> out.append("  ").append(e).append('\n'));
		out.append(String.format("ended relations found: %d of %d%n", r.endedFound(), r.endedRequired()));
		out.append(String.format("dated claims with the right year: %d of %d (%.0f%%)%n", r.datedRight(),
				r.datedMatched(), 100 * r.yearAccuracy()));
		rejected.forEach(x -> out.append("rejected ").append(x).append('\n'));
		if (details) {
			out.append("false positives:\n");
			r.falsePositives().forEach(e -> out.append("  ").append(e).append('\n'));
			out.append("false negatives:\n");
			r.falseNegatives().forEach(e -> out.append("  ").append(e).append('\n'));
			out.append("dates not right:\n");
			r.wrongDates().forEach(e -> out.append("  ").append(e).append('\n'));
		}
		return out.toString();
	}

	private static String line(String name, Evaluation.Score s) {
		return String.format("%-14s %5d %5d %5d %9.2f %7.2f %6.2f%n", name, s.truePositives(), s.falsePositives(),
				s.falseNegatives(), s.precision(), s.recall(), s.f1());
	}

}
