package org.realpolitik.ingest.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.ingest.Reject;

/**
 * Throughput of news extraction: model load, the first (cold) pass over the articles, then the articles repeated as
 * a larger corpus, extracted by one worker (the baseline: CoreNLP's usual single pipeline thread) and by the two
 * workers the importer uses, in the same run. Prints sentences and documents per second and the peak heap.
 */
public final class NewsBenchmark {

	private NewsBenchmark() {
	}

	public static String run(List<ActorInput> actors, List<Path> paths, int repeat) throws Exception {
		List<Reject> rejected = new ArrayList<>();
		List<Article> articles = new ArrayList<>();
		for (Path file : Extraction.articles(paths, rejected)) {
			try {
				articles.add(ArticleReader.read(file));
			}
			catch (ArticleReader.Unreadable ex) {
				rejected.add(new Reject(file.toString(), 0, ex.getMessage()));
			}
		}
		if (articles.isEmpty()) {
			throw new IllegalArgumentException("no readable articles in " + paths);
		}
		StringBuilder out = new StringBuilder();
		long start = System.nanoTime();
		NewsExtractor extractor = new NewsExtractor(actors);
		Nlp.pipeline();
		double load = seconds(start);
		long coldStart = System.nanoTime();
		int sentences = 0;
		for (Article article : articles) {
			sentences += extractor.extractCounting(article).sentences();
		}
		double cold = seconds(coldStart);
		out.append(String.format("corpus: %d articles, %d sentences; larger corpus: the articles x %d%n",
				articles.size(), sentences, repeat));
		out.append(String.format("model load: %.1f s%n", load));
		out.append(String.format("first pass incl. model load: %.1f s, %.1f sentences/s, %.2f documents/s%n",
				load + cold, sentences / (load + cold), articles.size() / (load + cold)));
		out.append(String.format("%-24s %12s %12s %10s%n", "steady state", "sentences/s", "documents/s", "seconds"));
		for (int workers : new int[] { 1, 2 }) {
			List<Article> corpus = new ArrayList<>();
			for (int i = 0; i < repeat; i++) {
				corpus.addAll(articles);
			}
			ExecutorService pool = Executors.newFixedThreadPool(workers);
			long t = System.nanoTime();
			List<Future<Integer>> done = new ArrayList<>();
			for (Article article : corpus) {
				done.add(pool.submit(() -> extractor.extractCounting(article).sentences()));
			}
			int total = 0;
			for (Future<Integer> f : done) {
				total += f.get();
			}
			pool.shutdown();
			double s = seconds(t);
			out.append(String.format("%-24s %12.1f %12.2f %10.1f%n",
					workers == 1 ? "1 worker (baseline)" : workers + " workers (importer)", total / s,
					corpus.size() / s, s));
		}
		long peak = org.realpolitik.ingest.HeapPeak.bytes();
		out.append(String.format("peak heap: %d MB (max heap %d MB)%n", peak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		rejected.forEach(r -> out.append("rejected ").append(r).append('\n'));
		return out.toString();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
