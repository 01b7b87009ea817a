package org.realpolitik.ingest.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.Reject;
import org.realpolitik.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Imports articles: each file becomes a document identified by the hash of its content (the same article anywhere is
 * one document), its claims are extracted with the actors the database knows as the gazetteer, and the touched
 * edges are derived again. An article already imported is not extracted again. Two articles are extracted at a time
 * (one per core); writes are sequential. A bad article costs that article only: one that cannot be read, whose
 * extraction fails (a stack overflow or an exhausted heap included) or takes longer than
 * {@code realpolitik.news.article-timeout} is rejected with the reason, and the others are imported.
 */
@Service
@EnableConfigurationProperties(NewsSettings.class)
public class NewsImporter implements Importer {

	private static final Logger log = LoggerFactory.getLogger(NewsImporter.class);

	private final Graph graph;

	private final ActorStore actors;

	private final ClaimStore claims;

	private final NewsSettings settings;

	NewsImporter(Graph graph, ActorStore actors, ClaimStore claims, NewsSettings settings) {
		this.graph = graph;
		this.actors = actors;
		this.claims = claims;
		this.settings = settings;
	}

	private record Extracted(Path file, Article article, List<ExtractedClaim> claims, List<ActorInput> newActors,
			Reject reject) {
	}

	@Override
	public String kind() {
		return "news";
	}

	@Override
	public boolean accepts(Path file) {
		return Extraction.isArticle(file);
	}

	@Override
	public ImportReport importFiles(List<Path> paths, Progress progress) {
		List<Reject> rejected = new ArrayList<>();
		List<Path> files = Extraction.articles(paths, rejected);
		Map<String, Integer> counts = new TreeMap<>();
		List<String> names = files.stream().map(Path::toString).toList();
		if (files.isEmpty()) {
			return new ImportReport("news", names, 0, 0, 0, 0, counts, rejected);
		}
		NewsExtractor extractor = new NewsExtractor(this.actors.all());
		int written = 0;
		int unchanged = 0;
		int removed = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
			Thread thread = new Thread(r, "news-extraction");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Extracted>> futures = new ArrayList<>();
			for (Path file : files) {
				futures.add(pool.submit(() -> extract(extractor, file)));
			}
			for (int i = 0; i < futures.size(); i++) {
				Extracted result = outcome(futures.get(i), files.get(i));
				if (result.reject() != null) {
					rejected.add(result.reject());
					continue;
				}
				if (result.claims() == null) {
					unchanged++;
					counts.merge("articles already imported", 1, Integer::sum);
					continue;
				}
				Article article = result.article();
				if (!result.newActors().isEmpty()) {
					this.actors.save(result.newActors());
					counts.merge("actors new", result.newActors().size(), Integer::sum);
				}
				var document = new DocumentInput(article.sha256(), article.title(), "news", article.url(),
						article.site(), article.publishedAt(), article.sha256());
				var observed = article.publishedAt() == null ? null : article.publishedAt().first();
				var outcome = this.claims.replaceDocumentClaims(document,
						result.claims().stream().map(c -> c.toClaim(observed)).toList(), true);
				written += outcome.claimsNew();
				unchanged += outcome.claimsUnchanged();
				removed += outcome.claimsRemoved();
				counts.merge("articles imported", 1, Integer::sum);
				counts.merge("claims new", outcome.claimsNew(), Integer::sum);
				counts.merge("pairs derived", outcome.pairsDerived(), Integer::sum);
				if (article.warning() != null) {
					counts.merge("articles read with a warning", 1, Integer::sum);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("news import interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("news extraction failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		ImportReport report = new ImportReport("news", names, files.size(), written, unchanged, removed, counts,
				rejected);
		log.info("{}", report.summary());
		return report;
	}

	/**
	 * The extraction of one article, waited for at most the article time-out (counted from when this waits, so an
	 * article has at least that long); one that takes longer is cancelled and rejected.
	 */
	private Extracted outcome(Future<Extracted> future, Path file) throws InterruptedException, ExecutionException {
		try {
			return future.get(this.settings.articleTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			log.warn("Extraction of {} took longer than {}; rejected", file.getFileName(),
					this.settings.articleTimeout());
			return new Extracted(file, null, null, List.of(), new Reject(file.toString(), 0, "extraction took longer "
					+ "than " + this.settings.articleTimeout().toSeconds() + " s (realpolitik.news.article-timeout)"));
		}
	}

	private Extracted extract(NewsExtractor extractor, Path file) {
		try {
			Article article = ArticleReader.read(file);
			boolean known = this.graph.readOne("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS known",
					Map.of("id", article.sha256()), r -> r.get("known").asBoolean());
			if (known) {
				return new Extracted(file, article, null, List.of(), null);
			}
			NewsExtractor.Counted extracted = extractor.extractCounting(article);
			return new Extracted(file, article, extracted.claims(), extracted.newActors(), null);
		}
		catch (ArticleReader.Unreadable ex) {
			return new Extracted(file, null, null, List.of(), new Reject(file.toString(), 0, ex.getMessage()));
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			log.warn("Extraction failed for {}", file, ex);
			String reason = ex instanceof VirtualMachineError ? ex.getClass().getSimpleName()
					: String.valueOf(ex.getMessage());
			return new Extracted(file, null, null, List.of(), new Reject(file.toString(), 0, "extraction failed: "
					+ (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason)));
		}
	}

}
