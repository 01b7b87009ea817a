package org.realpolitik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.actor.ActorStore;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.ingest.gdelt.GdeltBenchmark;
import org.realpolitik.ingest.gdelt.GdeltImporter;
import org.realpolitik.ingest.news.Extraction;
import org.realpolitik.ingest.news.NewsBenchmark;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.seed.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks; figures are printed, never asserted.",
		subcommands = { BenchCommand.News.class, BenchCommand.Gdelt.class, BenchCommand.Analytics.class,
				BenchCommand.Queries.class, BenchCommand.Feed.class })
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

		@Parameters(arity = "0..*", paramLabel = "PATH", description = "articles or folders (default: the seed articles the jar carries)")
		List<Path> files;

		@Option(names = "--actors", paramLabel = "FILE", description = "the gazetteer (default: the one the jar carries)")
		Path actors;

		@Option(names = "--repeat", defaultValue = "10", description = "how many times the larger corpus repeats the articles (default: ${DEFAULT-VALUE})")
		int repeat;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			// no articles given: the seed articles the jar carries, copied out for the time of the run
			Path copy = this.files == null || this.files.isEmpty()
					? java.nio.file.Files.createTempDirectory("realpolitik-bench-news") : null;
			try {
				List<Path> articles = copy == null ? this.files : List.of(copy);
				if (copy != null) {
					Seeds.copyTo(copy);
				}
				System.out.print(NewsBenchmark.run(Extraction.gazetteer(this.actors), articles, Math.max(1, this.repeat)));
				return 0;
			}
			finally {
				if (copy != null) {
					org.springframework.util.FileSystemUtils.deleteRecursively(copy.toFile());
				}
			}
		}

	}

	@Command(name = "analytics", mixinStandardHelpOptions = true,
			description = { "Influence ranking, personalised influence, balance and blocs on a generated graph (default "
					+ "100k actors, 1M edges of the seven signed types, random dates since 1990) in a throw-away embedded "
					+ "database with GDS; prints each one after a full load of the edge list (start-up), after an import "
					+ "(--import-edges new edges: the list is patched) and warm (best of --runs), by GDS and in the "
					+ "service, and the Browser's Cypher projection per request as the baseline." })
	static class Analytics implements Callable<Integer> {

		@Option(names = "--actors", defaultValue = "100000", description = "actors (default: ${DEFAULT-VALUE})")
		int actors;

		@Option(names = "--edges", defaultValue = "1000000", description = "edges (default: ${DEFAULT-VALUE})")
		int edges;

		@Option(names = "--runs", defaultValue = "3", description = "warm runs of each analysis (default: ${DEFAULT-VALUE})")
		int runs;

		@Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
				description = "also time the Browser's way, a Cypher projection of the relationships per request, when GDS is there (default: ${DEFAULT-VALUE})")
		boolean baseline;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			Path data = java.nio.file.Files.createTempDirectory("realpolitik-bench-");
			try (var context = database(data, List.of("--realpolitik.embedded.page-cache=512m"))) {
				var graph = context.getBean(org.realpolitik.neo4j.Graph.class);
				long started = System.nanoTime();
				int batch = 50_000;
				for (int from = 0; from < this.actors; from += batch) {
					graph.write("UNWIND range($from, $to) AS i CREATE (:Actor {id: 'actor-' + i, name: 'Actor ' + i, kind: 'state'})",
							java.util.Map.of("from", from, "to", Math.min(this.actors, from + batch) - 1));
				}
				var types = java.util.Arrays.stream(org.realpolitik.claim.RelationshipType.values())
					.filter(t -> t.sign() != 0)
					.toList();
				int chunk = 0;
				for (int done = 0; done < this.edges; done += batch, chunk++) {
					var type = types.get(chunk % types.size());
					graph.write("""
							UNWIND range(1, $count) AS i
							WITH 'actor-' + toInteger(rand() * $actors) AS s, 'actor-' + toInteger(rand() * $actors) AS o,
							     date('1990-01-01') + duration({days: toInteger(rand() * 12700)}) AS start
							WHERE s <> o
							MATCH (a:Actor {id: s}), (b:Actor {id: o})
							CREATE (a)-[r:%s]->(b)
							SET r.fromDate = start, r.from = toString(start), r.claims = 1, r.sources = 1,
							    r.confidence = 0.5 + rand() / 2, r.alleged = false, r.ended = false,
							    r.sign = $sign, r.goldstein = $goldstein, r.pair = s + ' ' + o,
							    r.validFrom = start, r.validUntil = date({year: 999999999, month: 12, day: 31})
							""".formatted(type.name()), java.util.Map.of("count", Math.min(batch, this.edges - done),
							"actors", this.actors, "sign", type.sign(), "goldstein", type.goldstein()));
				}
				long generated = System.nanoTime() - started;
				long n = graph.readOne("MATCH ()-[r]->() RETURN count(r) AS n", java.util.Map.of(), r -> r.get("n").asLong());
				System.out.printf("generated %,d actors and %,d edges in %.1f s (%d cores)%n", this.actors, n,
						generated / 1e9, Runtime.getRuntime().availableProcessors());
				var influence = context.getBean(org.realpolitik.query.influence.InfluenceQueries.class);
				var balance = context.getBean(org.realpolitik.query.balance.BalanceQueries.class);
				var cache = context.getBean(org.realpolitik.query.edges.EdgeListCache.class);
				var all = List.of(org.realpolitik.claim.RelationshipType.values());
				var asOf = java.time.LocalDate.of(2025, 7, 1);
				var query = new org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery(all,
						org.realpolitik.query.influence.InfluenceQueries.Sign.ALL,
						org.realpolitik.query.influence.InfluenceQueries.Direction.OUT, asOf, 20);
				// the generator writes edges directly, so it bumps the edge version as derivation would, without a
				// record of what changed: the cache loads the whole list, as a service does once at start
				Runnable restarted = () -> bump(graph, null, null);
				java.util.Random random = new java.util.Random(7);
				Runnable imported = () -> importSome(graph, random, this.actors, this.importPairs);
				restarted.run();
				long loadStarted = System.nanoTime();
				var edges = cache.current();
				System.out.printf("edge list: %,d edges, %,d actors, ~%d MB, loaded in %.2f s (cache %s)%n",
						edges.size(), edges.actorCount(), edges.approximateBytes() >> 20,
						(System.nanoTime() - loadStarted) / 1e9, cache.enabled() ? "on" : "off");
				boolean gds = influence.gdsAvailable();
				var service = influence.withoutGds();
				System.out.println("GDS present: " + gds);
				System.out.printf("%-42s %10s %10s %8s  %s%n", "analysis (as of " + asOf + ")", "full load",
						"import", "warm", "(answer)");
				System.out.printf("  full load: first request after a version bump that recorded no change, so it loads the"
						+ " whole edge list (as at start-up); import: first request after an import of %,d new edges (the"
						+ " list is patched); warm: best of %d more%n", this.importPairs, Math.max(1, this.runs));
				time("influence ranking (sign=all, 20 actors)", restarted, imported, () -> influence.rank(query).algorithm());
				time("  the same in the service", restarted, imported, () -> service.rank(query).algorithm());
				time("personalised influence around actor-1", restarted, imported,
						() -> influence.around("actor-1", query).algorithm());
				time("  the same in the service", restarted, imported,
						() -> service.around("actor-1", query).algorithm());
				// what the service does after an import: bring the list up to date and make the projections of the
				// requests asked recently and of the default ones in the background; then the first requests
				var defaults = new org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery(all,
						org.realpolitik.query.influence.InfluenceQueries.Sign.ALL,
						org.realpolitik.query.influence.InfluenceQueries.Direction.OUT, null, 20);
				imported.run();
				long preparing = System.nanoTime();
				cache.current();
				context.publishEvent(new org.realpolitik.query.edges.EdgeListWarmed());
				double prepared = (System.nanoTime() - preparing) / 1e9;
				double recent = seconds(() -> influence.rank(query).algorithm());
				double first = seconds(() -> influence.rank(defaults).algorithm());
				System.out.printf("after an import and the background preparation (%.2f s), the first request:%n",
						prepared);
				System.out.printf("%-42s %19s %8.2f s%n", "  the ranking above (asked before)", "", recent);
				System.out.printf("%-42s %19s %8.2f s%n", "  the default ranking (all types, today)", "", first);
				time("balance (triads, candidates, limit 50)", restarted, imported, () -> {
					var b = balance.balance(asOf, 50, 0);
					return b.triads().total() + " triads, " + b.unbalanced() + " unbalanced, "
							+ b.candidates().total() + " candidates";
				});
				time("blocs", restarted, imported, () -> {
					var blocs = balance.blocs(asOf, 20);
					return blocs.blocs().size() + " blocs shown, " + blocs.algorithm();
				});
				if (gds && this.baseline) {
					System.out.println("baseline: GDS over a Cypher projection of the relationships per request, as in "
							+ "Neo4j Browser (influence-project.cypher, influence-pagerank.cypher)");
					time("influence ranking (sign=all, all actors)", restarted, imported,
							() -> browserRanking(graph, asOf) + " scores");
				}
			}
			finally {
				org.springframework.util.FileSystemUtils.deleteRecursively(data);
			}
			return 0;
		}

		@Option(names = "--import-edges", defaultValue = "10000",
				description = "new edges an import between runs writes (default: ${DEFAULT-VALUE})")
		int importPairs;

		/** An import: {@code count} new ATTACKED edges between random actors, recorded as derivation records them. */
		private static void importSome(org.realpolitik.neo4j.Graph graph, java.util.Random random, int actors,
				int count) {
			List<java.util.Map<String, Object>> pairs = new java.util.ArrayList<>();
			for (int i = 0; i < count; i++) {
				int s = random.nextInt(actors);
				int o = random.nextInt(actors);
				if (s != o) {
					pairs.add(java.util.Map.of("subject", "actor-" + s, "object", "actor-" + o));
				}
			}
			var type = org.realpolitik.claim.RelationshipType.ATTACKED;
			graph.write("""
					UNWIND $pairs AS pair
					MATCH (a:Actor {id: pair.subject}), (b:Actor {id: pair.object})
					CREATE (a)-[r:ATTACKED]->(b)
					SET r.fromDate = date('2025-06-01'), r.from = '2025-06-01', r.claims = 1, r.sources = 1,
					    r.confidence = 0.6, r.alleged = false, r.ended = false, r.sign = $sign, r.goldstein = $goldstein,
					    r.pair = pair.subject + ' ' + pair.object,
					    r.validFrom = date('2025-06-01'), r.validUntil = date({year: 999999999, month: 12, day: 31})
					""", java.util.Map.of("pairs", pairs, "sign", type.sign(), "goldstein", type.goldstein()));
			bump(graph, type.name(), pairs);
		}

		/** The Browser's way: project the relationships with Cypher, run PageRank, drop; how many scores. */
		private static long browserRanking(org.realpolitik.neo4j.Graph graph, java.time.LocalDate asOf) {
			var parameters = new java.util.HashMap<String, Object>();
			parameters.put("graph", "bench-baseline");
			parameters.put("reverse", true);
			parameters.put("types", java.util.Arrays.stream(org.realpolitik.claim.RelationshipType.values())
				.map(Enum::name)
				.toList());
			parameters.put("signs", List.of(1, -1));
			parameters.put("asOf", asOf);
			parameters.put("halfLifeDays", org.realpolitik.query.influence.InfluenceSettings.defaults().halfLifeDays());
			try {
				graph.read(org.realpolitik.neo4j.CypherFiles.query("influence-project"), parameters, r -> r);
				return graph.read(org.realpolitik.neo4j.CypherFiles.query("influence-pagerank"),
						java.util.Map.of("graph", "bench-baseline", "sources", List.of(), "dampingFactor", 0.85,
								"maxIterations", 20, "tolerance", 1.0E-7),
						r -> r)
					.size();
			}
			finally {
				graph.read("CALL gds.graph.drop('bench-baseline', false) YIELD graphName RETURN graphName",
						java.util.Map.of(), r -> r);
			}
		}

		/**
		 * Bumps the edge version as derivation would, recording {@code pairs} of {@code type} as its change (null:
		 * no record, so caches load the whole list).
		 */
		private static void bump(org.realpolitik.neo4j.Graph graph, String type,
				List<java.util.Map<String, Object>> pairs) {
			var parameters = new java.util.HashMap<String, Object>();
			parameters.put("type", type);
			parameters.put("pairs", pairs);
			graph.write(org.realpolitik.neo4j.CypherFiles.query("edges-version-bump"), parameters);
		}

		/**
		 * Full load: the first run after {@code started} (a version bump with no record: the whole list is loaded);
		 * import: the first run after {@code imported}; warm: the best of --runs after that.
		 */
		private void time(String what, Runnable started, Runnable imported, java.util.function.Supplier<Object> run) {
			started.run();
			double full = seconds(run);
			imported.run();
			double afterImport = seconds(run);
			double warm = Double.MAX_VALUE;
			Object answer = null;
			for (int i = 0; i < Math.max(1, this.runs); i++) {
				long begun = System.nanoTime();
				answer = run.get();
				warm = Math.min(warm, (System.nanoTime() - begun) / 1e9);
			}
			System.out.printf("%-42s %8.2f s %8.2f s %6.2f s  (%s)%n", what, full, afterImport, warm, answer);
		}

		private static double seconds(java.util.function.Supplier<Object> run) {
			long begun = System.nanoTime();
			run.get();
			return (System.nanoTime() - begun) / 1e9;
		}

	}

	@Command(name = "queries", mixinStandardHelpOptions = true,
			description = { "The read endpoints on generated graphs of growing size (default 10k, 100k and 1M edges, "
					+ "heavy-tailed degrees, all types, dated, one claim behind each edge, written through the claim "
					+ "store), each in a fresh embedded database with the whole service: actor by id, search, "
					+ "relationships of a hub and of a small actor, evidence of an edge, and paths (k = 5, up to 4 "
					+ "hops, with and without types and asOf; random pairs, hub pairs, pairs with no path), over REST "
					+ "beside the same Cypher straight over Bolt, as p50 / p95 / p99 / worst." })
	static class Queries implements Callable<Integer> {

		@Option(names = "--edges", split = ",", defaultValue = "10000,100000,1000000",
				description = "graph sizes in edges, comma-separated (default: ${DEFAULT-VALUE})")
		List<Integer> sizes;

		@Option(names = "--samples", defaultValue = "200",
				description = "requests per lookup question and way (default: ${DEFAULT-VALUE})")
		int samples;

		@Option(names = "--path-samples", defaultValue = "30",
				description = "requests per path question and way (default: ${DEFAULT-VALUE})")
		int pathSamples;

		@Option(names = "--bolt-timeout", defaultValue = "10",
				description = "time limit of each Bolt baseline query in seconds (default: ${DEFAULT-VALUE})")
		int boltTimeout;

		@Option(names = "--load-seconds", defaultValue = "0",
				description = "after the largest graph's questions, a load test of this many seconds: a mix of read "
						+ "requests at --load-rate while an import runs (default: ${DEFAULT-VALUE}, none)")
		int loadSeconds;

		@Option(names = "--load-rate", defaultValue = "200",
				description = "requests a second of the load test (default: ${DEFAULT-VALUE})")
		int loadRate;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			if (this.sizes.stream().anyMatch(n -> n < 100) || this.samples < 1 || this.pathSamples < 1
					|| this.boltTimeout < 1 || this.loadSeconds < 0 || this.loadRate < 1) {
				System.err.println("bench queries: --edges must be at least 100 each; --samples, --path-samples and "
						+ "--bolt-timeout at least 1; --load-seconds 0 or more; --load-rate at least 1");
				return 2;
			}
			new QueriesBenchmark(System.out, this.samples, this.pathSamples,
					java.time.Duration.ofSeconds(this.boltTimeout), this.loadSeconds, this.loadRate).run(this.sizes);
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

		@Option(names = "--actors", paramLabel = "FILE", description = "the gazetteer loaded into both databases first (default: the one the jar carries)")
		Path actors;

		@Option(names = "--keep", description = "keep the temporary folder (file and databases)")
		boolean keep;

		@Option(names = "--warmup", defaultValue = "100000", description = "events of a warm-up file (other events and days) each side imports first, so the timed file meets a warm JVM and database as in a running service; its figures are printed as the cold ones; 0 for none (default: ${DEFAULT-VALUE})")
		int warmup;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			return inWorkFolder("realpolitik-bench-gdelt", this.keep, work -> {
				Path gazetteer = this.actors != null ? this.actors : gazetteer(work);
				Path file = GdeltBenchmark.generate(work.resolve("bench.export.CSV"), Math.max(1, this.events));
				Path warm = this.warmup <= 0 ? null
						: GdeltBenchmark.generate(work.resolve("warmup.export.CSV"), this.warmup, 10_000);
				long bytes = java.nio.file.Files.size(file);
				GdeltBenchmark.Result importer;
				GdeltBenchmark.Result coldImporter = null;
				try (var context = database(work.resolve("importer"), List.of())) {
					context.getBean(CuratedImporter.class).importFiles(List.of(gazetteer));
					if (warm != null) {
						coldImporter = GdeltBenchmark.importer(context.getBean(GdeltImporter.class),
								context.getBean(Graph.class), warm, this.warmup);
					}
					importer = GdeltBenchmark.importer(context.getBean(GdeltImporter.class), context.getBean(Graph.class),
							file, this.events);
				}
				GdeltBenchmark.Result baseline;
				GdeltBenchmark.Result coldBaseline = null;
				try (var context = database(work.resolve("baseline"),
						List.of("--realpolitik.embedded.settings[server.directories.import]=" + work.toAbsolutePath()))) {
					context.getBean(CuratedImporter.class).importFiles(List.of(gazetteer));
					if (warm != null) {
						coldBaseline = GdeltBenchmark.baseline(context.getBean(Graph.class),
								context.getBean(org.neo4j.driver.Driver.class), context.getBean(ActorStore.class), warm,
								this.warmup);
					}
					baseline = GdeltBenchmark.baseline(context.getBean(Graph.class),
							context.getBean(org.neo4j.driver.Driver.class), context.getBean(ActorStore.class), file,
							this.events);
				}
				System.out.print(GdeltBenchmark.format(file, bytes, importer, baseline, coldImporter, coldBaseline));
				return 0;
			});
		}

	}

	@Command(name = "feed", mixinStandardHelpOptions = true,
			description = { "GDELT feed throughput: a replayed day of GDELT 2.0 exports (96 files 15 minutes apart, "
					+ "each the shipped sample with its own event ids and dates) served by a local HTTP server with "
					+ "lastupdate.txt and masterfilelist.txt, imported by a gdelt-feed source and, as the baseline, the "
					+ "same files by the plain file import; each side in a fresh embedded database. Both as one run "
					+ "(a day at once) and as a run per file (live): files/s, events/s and the feed's extra time." })
	static class Feed implements Callable<Integer> {

		@Option(names = "--files", defaultValue = "96", description = "export files of the day (default: ${DEFAULT-VALUE})")
		int files;

		@Option(names = "--events-per-file", defaultValue = "2111",
				description = "events in each file (default: ${DEFAULT-VALUE}, the sample's size)")
		int eventsPerFile;

		@Option(names = "--repeat", defaultValue = "2",
				description = "times each side is timed, the order alternating; the best is printed (default: ${DEFAULT-VALUE})")
		int repeat;

		@Option(names = "--keep", description = "keep the temporary folder (files and databases)")
		boolean keep;

		@Override
		public Integer call() throws Exception {
			StandaloneLogging.toStandardError();
			if (this.files < 1 || this.eventsPerFile < 1 || this.repeat < 1) {
				System.err.println("bench feed: --files, --events-per-file and --repeat must be at least 1");
				return 2;
			}
			return inWorkFolder("realpolitik-bench-feed", this.keep, work -> {
				new FeedBenchmark(System.out, this.files, this.eventsPerFile, this.repeat).run(work, gazetteer(work),
						BenchCommand::database);
				return 0;
			});
		}

	}

	/** What a benchmark does in its temporary folder. */
	@FunctionalInterface
	interface WorkBody {

		int run(Path work) throws Exception;

	}

	/** Runs {@code body} in a new temporary folder, deleted afterwards unless {@code keep}. */
	static int inWorkFolder(String prefix, boolean keep, WorkBody body) throws Exception {
		Path work = java.nio.file.Files.createTempDirectory(prefix);
		try {
			return body.run(work);
		}
		finally {
			if (keep) {
				System.err.println("kept " + work);
			}
			else {
				org.springframework.util.FileSystemUtils.deleteRecursively(work);
			}
		}
	}

	/** The gazetteer the jar carries, copied into the work folder. */
	static Path gazetteer(Path work) throws java.io.IOException {
		return Seeds.copyTo(work.resolve("seeds")).stream()
			.filter(p -> p.getFileName().toString().equals("actors.yaml"))
			.findFirst()
			.orElseThrow(() -> new java.io.IOException("the jar carries no seeds/actors.yaml"));
	}

	/**
	 * The application without web server on a fresh embedded database in {@code dir}, Bolt on a free port. It is a
	 * throw-away database holding exactly what the benchmark loads, never the user's store, so it is not seeded: the
	 * seed articles would load the NLP models into the heap the benchmark measures and add their claims to what it
	 * times (bench gdelt loads the gazetteer itself, {@code --actors}).
	 */
	private static org.springframework.context.ConfigurableApplicationContext database(Path dir, List<String> more)
			throws java.io.IOException {
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> arguments = new java.util.ArrayList<>(List.of("--realpolitik.data-dir=" + dir.toAbsolutePath(),
				"--realpolitik.embedded.bolt-port=" + port, "--spring.neo4j.uri=", "--realpolitik.import-seeds=false"));
		arguments.addAll(more);
		return ImportCommand.offline(arguments);
	}

}
