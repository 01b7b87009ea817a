package org.realpolitik.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.realpolitik.RealpolitikApplication;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.HeapPeak;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.query.edges.EdgeListCache;
import org.realpolitik.query.relationship.RelationshipQueries;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench queries}: for each graph size, a fresh embedded database and the whole service with its web server;
 * a generated graph written through the claim store (the path the FtM and batch importers take: claims in
 * documents, edges derived from them); then the read endpoints over REST beside the same Cypher straight over Bolt,
 * with their latency percentiles. Figures are printed, never asserted.
 */
final class QueriesBenchmark {

	private static final String TOKEN = "bench-queries-token";

	private static final List<RelationshipType> TYPES = List.of(RelationshipType.values());

	private final PrintStream out;

	private final int samples;

	private final int pathSamples;

	private final Duration boltTimeout;

	private final Random random = new Random(42);

	/** Seconds of the load test at the largest size (0: none) and its rate in requests a second. */
	private final int loadSeconds;

	private final int loadRate;

	QueriesBenchmark(PrintStream out, int samples, int pathSamples, Duration boltTimeout, int loadSeconds,
			int loadRate) {
		this.loadSeconds = loadSeconds;
		this.loadRate = loadRate;
		this.out = out;
		this.samples = samples;
		this.pathSamples = pathSamples;
		this.boltTimeout = boltTimeout;
	}

	void run(List<Integer> sizes) throws Exception {
		this.out.printf("bench queries on %d cores, max heap %d MB; each figure in ms: p50 / p95 / p99 / worst "
				+ "(n requests, time-outs); REST through the service, Bolt the same Cypher straight to the database "
				+ "(time limit %d s)%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, this.boltTimeout.toSeconds());
		int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
		for (int edges : sizes) {
			Path data = Files.createTempDirectory("realpolitik-bench-queries-");
			try (ConfigurableApplicationContext context = start(data)) {
				measure(context, edges, edges == largest && this.loadSeconds > 0);
			}
			finally {
				FileSystemUtils.deleteRecursively(data);
			}
		}
	}

	private static ConfigurableApplicationContext start(Path data) throws java.io.IOException {
		int bolt;
		try (var socket = new java.net.ServerSocket(0)) {
			bolt = socket.getLocalPort();
		}
		// Spring leaves the logging as StandaloneLogging set it: warnings on standard error, the figures alone on output
		System.setProperty(org.springframework.boot.logging.LoggingSystem.SYSTEM_PROPERTY,
				org.springframework.boot.logging.LoggingSystem.NONE);
		return new SpringApplicationBuilder(RealpolitikApplication.class).web(WebApplicationType.SERVLET)
			.logStartupInfo(false)
			.run("--realpolitik.data-dir=" + data.toAbsolutePath(), "--realpolitik.embedded.bolt-port=" + bolt,
					"--spring.neo4j.uri=", "--realpolitik.import-seeds=false", "--realpolitik.imports.schedule=false",
					"--realpolitik.security.token=" + TOKEN, "--server.port=0", "--spring.main.banner-mode=off",
					"--realpolitik.embedded.page-cache=512m",
					// the benchmark loads the edge list itself, not in the background while it measures
					"--realpolitik.influence.warm-after=-1s");
	}

	/** What the generator made: the actor ids by degree (highest first) and some edges, for the questions. */
	private record Generated(List<String> byDegree, List<String> isolated, List<String[]> edges) {
	}

	private void measure(ConfigurableApplicationContext context, int edges, boolean load) throws Exception {
		HeapPeak.reset();
		long started = System.nanoTime();
		Generated graph = generate(context, edges);
		double seconds = (System.nanoTime() - started) / 1e9;
		Driver driver = context.getBean(Driver.class);
		long stored = driver.executableQuery("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n").execute()
			.records().get(0).get("n").asLong();
		this.out.printf("%n== %,d edges between %,d actors (%,d claims written through the claim store in %.1f s: "
				+ "%,.0f claims/s, edges derived as they go)%n", stored, graph.byDegree().size(), edges, seconds,
				edges / seconds);
		EdgeListCache cache = context.getBean(EdgeListCache.class);
		long loading = System.nanoTime();
		cache.current();
		this.out.printf("edge list loaded for paths and analytics in %.2f s (once per start, patched after imports)%n",
				(System.nanoTime() - loading) / 1e9);
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		Rest rest = new Rest(port);
		Bolt bolt = new Bolt(driver, this.boltTimeout);
		String hub = graph.byDegree().get(0);
		String small = graph.byDegree().get(graph.byDegree().size() - 1);
		this.out.printf("%-44s %-40s %s%n", "question", "REST", "Bolt (the same Cypher)");
		row("actor by id", () -> {
			String id = someActor(graph);
			return new String[] { "/api/actors/" + id, id };
		}, (q) -> rest.get(q[0]), (q) -> bolt.run(CypherFiles.query("actor-get"),
				Map.of("id", q[1], "types", RelationshipType.names())), this.samples);
		row("search (one word and a number)", () -> {
			String n = Integer.toString(this.random.nextInt(graph.byDegree().size()));
			return new String[] { "/api/actors?q=" + enc("actor " + n), n };
		}, (q) -> rest.get(q[0]), (q) -> {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("lucene", "(actor^2 OR actor*) AND (" + q[1] + "^2 OR " + q[1] + "*)");
			parameters.put("lower", "actor " + q[1]);
			parameters.put("kind", null);
			parameters.put("limit", 20);
			return bolt.run(CypherFiles.query("actor-search"), parameters);
		}, this.samples);
		row("relationships of the biggest hub (page 1)", () -> new String[] { hub },
				(q) -> rest.get("/api/relationships?subject=" + q[0]), (q) -> relationships(bolt, q[0]),
				Math.max(10, this.samples / 4));
		row("relationships of a small actor", () -> new String[] { small },
				(q) -> rest.get("/api/relationships?subject=" + q[0]), (q) -> relationships(bolt, q[0]), this.samples);
		int deep = Math.min(30_000, edges / 9 / 2);
		String deepPair = driver.executableQuery("MATCH ()-[r:ARMED]->() RETURN r.pair AS pair ORDER BY pair SKIP $skip LIMIT 1")
			.withParameters(Map.of("skip", deep - 1))
			.execute()
			.records()
			.get(0)
			.get("pair")
			.asString();
		String cursor = new RelationshipQueries.Cursor("ARMED", deepPair).encode();
		row("ARMED edges, page at offset " + deep, () -> new String[] { Integer.toString(deep) },
				(q) -> rest.get("/api/relationships?type=ARMED&offset=" + q[0]), (q) -> {
					// what the service did for every page before the cursor: a count, then the page by offset
					Map<String, Object> parameters = listParameters(null, Integer.parseInt(q[0]));
					parameters.put("types", List.of("ARMED"));
					return bolt.run(RelationshipQueries.countCypher(List.of("ARMED"), null, null), parameters)
							+ bolt.run(RelationshipQueries.pageCypher(List.of("ARMED"), null, null), parameters);
				}, Math.max(10, this.samples / 10));
		row("  the same page by cursor (X-Next-Cursor)", () -> new String[] { cursor, deepPair },
				(q) -> rest.get("/api/relationships?type=ARMED&after=" + q[0]),
				(q) -> bolt.run(CypherFiles.query("relationships-page").replace("__TYPE__", "ARMED"),
						pageParameters(q[1])),
				this.samples);
		row("evidence of an edge", () -> graph.edges().get(this.random.nextInt(graph.edges().size())),
				(q) -> rest.get("/api/relationships/evidence?subject=" + q[0] + "&type=" + q[1] + "&object=" + q[2]),
				(q) -> bolt.run(CypherFiles.query("evidence"),
						Map.of("subject", q[0], "type", q[1], "object", q[2], "maxEventIds", 50)),
				this.samples);
		List<String> hubs = graph.byDegree().subList(0, Math.min(20, graph.byDegree().size()));
		Map<String, Supplier<String[]>> pairs = new java.util.LinkedHashMap<>();
		pairs.put("random pairs", () -> new String[] { someActor(graph), someActor(graph) });
		pairs.put("hub pairs", () -> new String[] { hubs.get(this.random.nextInt(hubs.size())),
				hubs.get(this.random.nextInt(hubs.size())) });
		pairs.put("pairs with no path", () -> new String[] { someActor(graph),
				graph.isolated().get(this.random.nextInt(graph.isolated().size())) });
		String core = RelationshipType.CORE.stream().map(Enum::name).collect(Collectors.joining(","));
		for (var pair : pairs.entrySet()) {
			for (String filter : List.of("", "&types=" + core + "&asOf=2015-06-01")) {
				String label = "paths k=5 <=4 hops, " + pair.getKey() + (filter.isEmpty() ? "" : ", core, asOf");
				row(label, () -> {
					String[] p = pair.getValue().get();
					while (p[0].equals(p[1])) {
						p = pair.getValue().get();
					}
					return p;
				}, (q) -> rest.get("/api/paths?from=" + q[0] + "&to=" + q[1] + "&maxHops=4&limit=5" + filter),
						(q) -> bolt.run(pathsCypher(filter.isEmpty() ? TYPES : RelationshipType.CORE),
								pathParameters(q[0], q[1], filter.isEmpty() ? null : LocalDate.of(2015, 6, 1))),
						this.pathSamples);
			}
		}
		// an actor by id while four heavy searches (paths.cypher between random pairs, over Bolt) keep both cores busy
		java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicLong heavyDone = new java.util.concurrent.atomic.AtomicLong();
		var heavy = java.util.concurrent.Executors.newFixedThreadPool(4);
		for (int t = 0; t < 4; t++) {
			long seed = t;
			heavy.execute(() -> {
				Random own = new Random(seed);
				List<String> ids = graph.byDegree();
				while (!stop.get()) {
					bolt.run(pathsCypher(TYPES), pathParameters(ids.get(own.nextInt(ids.size())),
							ids.get(own.nextInt(ids.size())), null));
					heavyDone.incrementAndGet();
				}
			});
		}
		try {
			Thread.sleep(500);
			row("actor by id, four heavy searches running", () -> {
				String id = someActor(graph);
				return new String[] { "/api/actors/" + id, id };
			}, (q) -> rest.get(q[0]), (q) -> bolt.run(CypherFiles.query("actor-get"),
					Map.of("id", q[1], "types", RelationshipType.names())), this.samples);
		}
		finally {
			stop.set(true);
			heavy.shutdown();
			heavy.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		this.out.printf("  (the four heavy searches completed %d paths.cypher queries meanwhile)%n", heavyDone.get());
		if (load) {
			load(context, rest, graph);
		}
		this.out.printf("peak heap in this run: %d MB (sum of the heap pools' peaks; the service, the embedded "
				+ "database and the generator in one JVM)%n", HeapPeak.bytes() >> 20);
	}

	/**
	 * The load test: a mix of read requests sent at a fixed rate for {@code loadSeconds} (each one's latency measured
	 * from the moment it was due, so a stalled service cannot hide its queue), while an import writes new claims
	 * through the claim store the whole time. Mix: 30% actor by id, 20% search, 20% a small actor's relationships,
	 * 10% evidence of an edge, 20% paths between random actors (k = 5, up to 4 hops).
	 */
	private void load(ConfigurableApplicationContext context, Rest rest, Generated graph) throws Exception {
		ClaimStore claims = context.getBean(ClaimStore.class);
		java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicLong imported = new java.util.concurrent.atomic.AtomicLong();
		Thread importer = new Thread(() -> {
			Random own = new Random(99);
			int documents = 0;
			while (!stop.get()) {
				List<ClaimStore.DocumentClaims> batch = new ArrayList<>();
				for (int d = 0; d < 10; d++, documents++) {
					List<ClaimInput> list = new ArrayList<>();
					for (int c = 0; c < 100; c++) {
						String s = graph.byDegree().get(own.nextInt(graph.byDegree().size()));
						String o = graph.byDegree().get(own.nextInt(graph.byDegree().size()));
						if (!s.equals(o)) {
							list.add(new ClaimInput(s, TYPES.get(own.nextInt(TYPES.size())), o, Polarity.ASSERTED,
									Modality.FACT, PartialDate.parse("2025-0" + (1 + own.nextInt(9))), null, null,
									null, null, null, "bench-load", 0.7, null, null));
						}
					}
					batch.add(new ClaimStore.DocumentClaims(new DocumentInput("bench:load-" + documents,
							"Load " + documents, "curated", null, null, null), list));
					imported.addAndGet(list.size());
				}
				claims.replaceDocumentsClaims(batch);
			}
		}, "bench-load-import");
		importer.start();
		List<String> hubs = graph.byDegree();
		String small = hubs.get(hubs.size() - 1);
		java.util.concurrent.ConcurrentLinkedQueue<Double> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
		java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
		Map<String, Long> kinds = new java.util.concurrent.ConcurrentHashMap<>();
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(0);
		long total = (long) this.loadSeconds * this.loadRate;
		long period = 1_000_000_000L / this.loadRate;
		long begun = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long due = begun + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			int pick = this.random.nextInt(10);
			String path;
			if (pick < 3) {
				path = "/api/actors/" + someActor(graph);
			}
			else if (pick < 5) {
				path = "/api/actors?q=" + enc("actor " + this.random.nextInt(hubs.size()));
			}
			else if (pick < 7) {
				path = "/api/relationships?subject=" + small;
			}
			else if (pick < 8) {
				String[] e = graph.edges().get(this.random.nextInt(graph.edges().size()));
				path = "/api/relationships/evidence?subject=" + e[0] + "&type=" + e[1] + "&object=" + e[2];
			}
			else {
				String from = someActor(graph);
				String to = someActor(graph);
				while (to.equals(from)) {
					to = someActor(graph);
				}
				path = "/api/paths?from=" + from + "&to=" + to + "&maxHops=4&limit=5";
			}
			rest.getAsync(path).whenComplete((status, failure) -> {
				latencies.add((System.nanoTime() - due) / 1e6);
				if (failure != null || status != 200) {
					errors.incrementAndGet();
					String kind = failure != null ? (failure.getCause() != null ? failure.getCause() : failure).getClass()
						.getSimpleName() : "HTTP " + status;
					kinds.merge(kind, 1L, Long::sum);
				}
				inFlight.release();
			});
		}
		boolean drained = inFlight.tryAcquire((int) total, 60, java.util.concurrent.TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - begun) / 1e9;
		stop.set(true);
		importer.join(120_000);
		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		this.out.printf("load test: %,d requests due at %d/s for %d s (the mix: 30%% actor by id, 20%% search, 20%% a small "
				+ "actor's relationships, 10%% evidence, 20%% paths), %,d answered in %.0f s (%.0f/s), %d errors%s; "
				+ "latency from when each was due, ms: p50 %s, p95 %s, p99 %s, worst %s; an import wrote %,d claims "
				+ "meanwhile%n", total, this.loadRate, this.loadSeconds, sorted.length, seconds, sorted.length / seconds,
				errors.get(), (kinds.isEmpty() ? "" : " " + new java.util.TreeMap<>(kinds))
						+ (drained ? "" : " (some still unanswered after 60 s)"), Latencies.ms(sorted, 0.5),
				Latencies.ms(sorted, 0.95), Latencies.ms(sorted, 0.99), Latencies.ms(sorted, 1.0), imported.get());
	}

	/** The relationships page as RelationshipQueries asks for it: a count, then the first 100. */
	private static long relationships(Bolt bolt, String subject) {
		List<String> all = RelationshipType.names();
		return bolt.run(RelationshipQueries.countCypher(all, subject, null), listParameters(subject, 0))
				+ bolt.run(RelationshipQueries.pageCypher(all, subject, null), listParameters(subject, 0));
	}

	/** The parameters of RelationshipQueries' page and count queries: all types, no date, no cursor, 100 edges. */
	private static Map<String, Object> listParameters(String subject, int offset) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", RelationshipType.names());
		parameters.put("subject", subject);
		parameters.put("object", null);
		parameters.put("asOf", null);
		parameters.put("afterType", null);
		parameters.put("afterPair", null);
		parameters.put("limit", 100);
		parameters.put("offset", offset);
		return parameters;
	}

	private static Map<String, Object> pageParameters(String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("after", after);
		parameters.put("asOf", null);
		parameters.put("limit", 100);
		return parameters;
	}

	private static String pathsCypher(List<RelationshipType> types) {
		return CypherFiles.query("paths")
			.replace("__K__", "5")
			.replace("__HOPS__", "4")
			.replace("__TYPES__", types.stream().map(Enum::name).collect(Collectors.joining("|")))
			.replace("__ARROW__", "-");
	}

	private static Map<String, Object> pathParameters(String from, String to, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", asOf);
		return parameters;
	}

	private String someActor(Generated graph) {
		return graph.byDegree().get(this.random.nextInt(graph.byDegree().size()));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One question: {@code samples} questions made by {@code make}, each asked over REST and over Bolt. */
	private void row(String label, Supplier<String[]> make, Ask rest, Ask bolt, int samples) {
		List<String[]> questions = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			questions.add(make.get());
		}
		// warm both ways on a few questions first (JIT, page cache, query plans)
		for (int i = 0; i < Math.min(5, questions.size()); i++) {
			rest.ask(questions.get(i));
			bolt.ask(questions.get(i));
		}
		Latencies viaRest = new Latencies();
		Latencies viaBolt = new Latencies();
		for (String[] q : questions) {
			viaRest.time(() -> rest.ask(q));
			viaBolt.time(() -> bolt.ask(q));
		}
		this.out.printf("%-44s %-40s %s%n", label, viaRest, viaBolt);
	}

	@FunctionalInterface
	private interface Ask {

		/** Asks; a negative answer is a time-out. */
		long ask(String[] question);

	}

	/** Latencies of one kind of request, in ms, and how many timed out. */
	private static final class Latencies {

		private final List<Double> ms = new ArrayList<>();

		private int timeouts;

		void time(Supplier<Long> run) {
			long started = System.nanoTime();
			long answer = run.get();
			this.ms.add((System.nanoTime() - started) / 1e6);
			if (answer < 0) {
				this.timeouts++;
			}
		}

		@Override
		public String toString() {
			double[] sorted = this.ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return String.format(Locale.ROOT, "%s / %s / %s / %s (%d, %d)", ms(sorted, 0.50), ms(sorted, 0.95),
					ms(sorted, 0.99), ms(sorted, 1.0), sorted.length, this.timeouts);
		}

		static String ms(double[] sorted, double quantile) {
			if (sorted.length == 0) {
				return "-";
			}
			double v = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
			return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
		}

	}

	/** GET requests to the service; the answer is the body length, or -1 for a 503 (a time-out). */
	private static final class Rest {

		private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		private final String base;

		Rest(int port) {
			this.base = "http://localhost:" + port;
		}

		/** The status of a GET, asynchronously. */
		java.util.concurrent.CompletableFuture<Integer> getAsync(String path) {
			return this.client
				.sendAsync(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode);
		}

		long get(String path) {
			try {
				HttpResponse<String> response = this.client.send(
						HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(120)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 503) {
					return -1;
				}
				if (response.statusCode() != 200) {
					throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
							+ response.body().substring(0, Math.min(300, response.body().length())));
				}
				return response.body().length();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The same Cypher over Bolt in a read transaction with a time limit; the answer is the row count, -1 on time-out. */
	private static final class Bolt {

		private final Driver driver;

		private final TransactionConfig config;

		Bolt(Driver driver, Duration timeout) {
			this.driver = driver;
			this.config = TransactionConfig.builder().withTimeout(timeout).build();
		}

		long run(String cypher, Map<String, Object> parameters) {
			try (var session = this.driver.session(SessionConfig.defaultConfig())) {
				return session.executeRead(tx -> (long) tx.run(cypher, parameters).list().size(), this.config);
			}
			catch (org.neo4j.driver.exceptions.ClientException ex) {
				if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
					return -1;
				}
				throw ex;
			}
		}

	}

	/**
	 * A graph shaped like real data: actors (a tenth of the edges) where one end of each edge is drawn with a heavy
	 * tail (actor i with probability falling as a power of i, so a few hubs hold tens of thousands of edges and most
	 * actors a handful); all nine types; half the edges dated, half of those closed; one claim behind each edge, in
	 * documents of 100 claims, stored through the claim store, which derives the edges. One actor in a hundred is
	 * left out of the big component: they come in pairs with one edge between them (pairs with no path).
	 */
	private Generated generate(ConfigurableApplicationContext context, int edgeCount) {
		ActorStore actors = context.getBean(ActorStore.class);
		ClaimStore claims = context.getBean(ClaimStore.class);
		int n = Math.max(100, edgeCount / 10);
		int isolated = Math.max(10, n / 100) & ~1;
		int main = n - isolated;
		List<ActorInput> inputs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			inputs.add(new ActorInput("actor-" + i, "Actor " + i, i % 7 == 0 ? ActorKind.ARMED_GROUP : ActorKind.STATE,
					List.of(), null, null));
		}
		for (int i = 0; i < inputs.size(); i += 5000) {
			actors.save(inputs.subList(i, Math.min(inputs.size(), i + 5000)));
		}
		int[] degree = new int[n];
		Set<String> keys = new HashSet<>();
		List<String[]> sample = new ArrayList<>();
		List<ClaimStore.DocumentClaims> batch = new ArrayList<>();
		List<ClaimInput> document = new ArrayList<>();
		int documents = 0;
		for (int e = 0; e < edgeCount;) {
			int s;
			int o;
			if (e < isolated / 2) {
				// the isolated actors first: one edge in each pair of them, nothing else
				s = main + 2 * e;
				o = s + 1;
			}
			else {
				s = heavyTailed(main);
				o = this.random.nextBoolean() ? heavyTailed(main) : this.random.nextInt(main);
			}
			RelationshipType type = TYPES.get(this.random.nextInt(TYPES.size()));
			if (s == o || !keys.add(s + " " + type.ordinal() + " " + o)) {
				continue;
			}
			degree[s]++;
			degree[o]++;
			PartialDate from = null;
			PartialDate until = null;
			if (this.random.nextBoolean()) {
				LocalDate start = LocalDate.of(1990, 1, 1).plusDays(this.random.nextInt(12_700));
				from = PartialDate.parse(start.toString());
				if (this.random.nextBoolean()) {
					until = PartialDate.parse(start.plusDays(30 + this.random.nextInt(3000)).toString());
				}
			}
			document.add(new ClaimInput("actor-" + s, type, "actor-" + o, Polarity.ASSERTED, Modality.FACT, from,
					until, null, null, null, null, "bench", 0.5 + this.random.nextDouble() / 2, null, null));
			if (sample.size() < 10_000) {
				sample.add(new String[] { "actor-" + s, type.name(), "actor-" + o });
			}
			e++;
			if (document.size() == 100 || e == edgeCount) {
				batch.add(new ClaimStore.DocumentClaims(new DocumentInput("bench:document-" + documents, "Document "
						+ documents++, "curated", null, null, null), document));
				document = new ArrayList<>();
				if (batch.size() == 50 || e == edgeCount) {
					claims.replaceDocumentsClaims(batch);
					batch = new ArrayList<>();
				}
			}
		}
		Integer[] order = new Integer[main];
		for (int i = 0; i < main; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(degree[b], degree[a]));
		List<String> byDegree = Arrays.stream(order).filter(i -> degree[i] > 0).map(i -> "actor-" + i).toList();
		List<String> lonely = new ArrayList<>();
		for (int i = main; i < n; i++) {
			if (degree[i] > 0) {
				lonely.add("actor-" + i);
			}
		}
		this.out.printf("degrees: the biggest hub has %,d edges, the 20th %,d, the median actor %,d%n",
				degree[order[0]], degree[order[Math.min(19, main - 1)]], degree[order[byDegree.size() / 2]]);
		return new Generated(byDegree, lonely, sample);
	}

	/** Actor i of {@code n} with probability falling as a power of i: P(index &lt; x) = (x / n)^0.4. */
	private int heavyTailed(int n) {
		return Math.min(n - 1, (int) (n * Math.pow(this.random.nextDouble(), 2.5)));
	}

}
