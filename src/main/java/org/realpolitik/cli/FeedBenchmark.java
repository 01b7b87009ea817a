package org.realpolitik.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.gdelt.GdeltBenchmark;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The GDELT feed benchmark: a replayed day of GDELT 2.0 exports (96 files 15 minutes apart, each the shipped sample
 * with its own event ids and dates), served by a local HTTP server with a {@code lastupdate.txt} and a
 * {@code masterfilelist.txt} as GDELT writes them, imported by a {@code gdelt-feed} source, and the same zipped files
 * imported as plain files; each side in a fresh embedded database warmed by a file of its own. Two ways each: the day
 * at once (the feed catching up in one run, the files in one run) and live (96 runs of one file, as the schedule
 * does every 15 minutes). An untimed pass through both ways warms the JVM first; each side is then timed
 * {@code repeat} times, the order alternating, and its best time is printed. Figures are printed, never asserted.
 */
final class FeedBenchmark {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

	private static final LocalDateTime DAY = LocalDateTime.of(2025, 7, 1, 0, 0);

	private final PrintStream out;

	private final int files;

	private final int eventsPerFile;

	private final int repeat;

	FeedBenchmark(PrintStream out, int files, int eventsPerFile, int repeat) {
		this.out = out;
		this.files = files;
		this.eventsPerFile = eventsPerFile;
		this.repeat = repeat;
	}

	/** One side's figures. */
	record Side(String name, int files, long events, double seconds, int runs) {

		double filesPerSecond() {
			return this.files / this.seconds;
		}

		double eventsPerSecond() {
			return this.events / this.seconds;
		}

	}

	/** The published files and which of them the lists show as newest. */
	private record Published(List<Path> zips, List<String> md5s, AtomicInteger newest) {
	}

	void run(Path work, Path gazetteer, BenchDatabases databases) throws Exception {
		Path served = Files.createDirectories(work.resolve("served"));
		List<Path> zips = new ArrayList<>();
		List<String> md5s = new ArrayList<>();
		for (int i = 0; i < this.files; i++) {
			String stamp = STAMP.format(DAY.plusMinutes(15L * i));
			Path csv = GdeltBenchmark.generate(work.resolve(stamp + ".export.CSV"), this.eventsPerFile, 20_000 + i);
			Path zip = served.resolve(stamp + ".export.CSV.zip");
			zip(csv, zip);
			Files.delete(csv);
			zips.add(zip);
			md5s.add(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(zip))));
		}
		Path warm = GdeltBenchmark.generate(work.resolve("warm.export.CSV"), this.eventsPerFile, 30_000);
		Published published = new Published(zips, md5s, new AtomicInteger(this.files - 1));
		HttpServer http = serve(published);
		try {
			String base = "http://127.0.0.1:" + http.getAddress().getPort() + "/gdeltv2/";
			// an untimed pass through both ways first, so no side meets a cold JVM
			try (var context = databases.open(work.resolve("warm-up"), source(base, "2025-07-01", 10))) {
				ImportRuns runs = prepare(context, gazetteer, warm);
				check(runs.runFiles("gdelt", zips.subList(0, Math.min(10, zips.size())), Trigger.CLI, Progress.NONE));
				check(runs.runSource("bench-feed", Trigger.CLI, Progress.NONE));
			}
			Side[] best = new Side[4];
			for (int r = 0; r < this.repeat; r++) {
				// the order alternates, so neither way always goes first
				for (int i = 0; i < 4; i++) {
					int which = r % 2 == 0 ? i : i ^ 1;
					Side side = side(which, work.resolve("run-" + r + "-" + which), gazetteer, warm, databases, base,
							published);
					if (best[which] == null || side.seconds() < best[which].seconds()) {
						best[which] = side;
					}
				}
			}
			print(best[0], best[1], best[2], best[3]);
		}
		finally {
			http.stop(0);
		}
	}

	/** One timed side, in a fresh database: 0 files in one run, 1 the feed catching up, 2 and 3 a run per file. */
	private Side side(int which, Path dir, Path gazetteer, Path warm, BenchDatabases databases, String base,
			Published published) throws Exception {
		List<Path> zips = published.zips();
		long events = (long) zips.size() * this.eventsPerFile;
		boolean feed = which % 2 == 1;
		String start = which == 1 ? "2025-07-01" : null;
		try (var context = databases.open(dir, feed ? source(base, start, 1000) : List.of())) {
			ImportRuns runs = prepare(context, gazetteer, warm);
			long begin = System.nanoTime();
			switch (which) {
				case 0 -> check(runs.runFiles("gdelt", zips, Trigger.CLI, Progress.NONE));
				case 1 -> {
					published.newest().set(zips.size() - 1);
					ImportRun run = runs.runSource("bench-feed", Trigger.CLI, Progress.NONE);
					check(run);
					if (run.files().size() != zips.size()) {
						throw new IllegalStateException("the feed imported " + run.files().size() + " files");
					}
				}
				case 2 -> {
					for (Path zip : zips) {
						check(runs.runFiles("gdelt", List.of(zip), Trigger.CLI, Progress.NONE));
					}
				}
				default -> {
					for (int i = 0; i < zips.size(); i++) {
						published.newest().set(i);
						ImportRun run = runs.runSource("bench-feed", Trigger.CLI, Progress.NONE);
						check(run);
						if (run.files().size() != 1) {
							throw new IllegalStateException("a live run imported " + run.files().size() + " files");
						}
					}
				}
			}
			double seconds = seconds(begin);
			String[] names = { "files, one run", "gdelt-feed, catch-up run", "files, a run per file",
					"gdelt-feed, a run per 15 minutes" };
			return new Side(names[which], zips.size(), events, seconds, which < 2 ? 1 : zips.size());
		}
	}

	private static List<String> source(String base, String start, int perRun) {
		List<String> arguments = new ArrayList<>(List.of("--realpolitik.imports.sources[0].name=bench-feed",
				"--realpolitik.imports.sources[0].kind=gdelt-feed", "--realpolitik.imports.sources[0].location=" + base,
				"--realpolitik.imports.sources[0].cron=-", "--realpolitik.feeds.max-files-per-run=" + perRun));
		if (start != null) {
			arguments.add("--realpolitik.imports.sources[0].start=" + start);
		}
		return arguments;
	}

	private static ImportRuns prepare(ConfigurableApplicationContext context, Path gazetteer, Path warm) {
		ImportRuns runs = context.getBean(ImportRuns.class);
		check(runs.runFiles("curated", List.of(gazetteer), Trigger.CLI, Progress.NONE));
		check(runs.runFiles("gdelt", List.of(warm), Trigger.CLI, Progress.NONE));
		return runs;
	}

	private static void check(ImportRun run) {
		if (run == null || run.status() == RunStatus.FAILED) {
			throw new IllegalStateException("a benchmark run failed: " + (run == null ? "not recorded" : run.summary()));
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private void print(Side plainDay, Side feedDay, Side plainLive, Side feedLive) {
		this.out.printf(Locale.ROOT, "bench feed: a replayed day of GDELT 2.0 exports, %d files of %d events, served "
				+ "locally over HTTP; best of %d, each in a fresh database%n", this.files, this.eventsPerFile, this.repeat);
		this.out.printf(Locale.ROOT, "%-34s %6s %6s %9s %9s %11s %9s%n", "", "files", "runs", "seconds", "files/s",
				"events/s", "vs files");
		for (Side[] pair : new Side[][] { { plainDay, feedDay }, { plainLive, feedLive } }) {
			for (Side side : pair) {
				String ratio = side == pair[0] ? "baseline"
						: String.format(Locale.ROOT, "%+.1f %%", 100 * (side.seconds() / pair[0].seconds() - 1));
				this.out.printf(Locale.ROOT, "%-34s %6d %6d %9.2f %9.2f %11.0f %9s%n", side.name(), side.files(),
						side.runs(), side.seconds(), side.filesPerSecond(), side.eventsPerSecond(), ratio);
			}
		}
		this.out.println("(vs files: the feed's extra time over the plain import of the same files: lists, downloads, "
				+ "MD5 checks and its bookkeeping in the graph)");
	}

	private static void zip(Path csv, Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry(csv.getFileName().toString()));
			Files.copy(csv, out);
			out.closeEntry();
		}
	}

	/** Serves the lists (up to the newest file) and the files, as GDELT's own folder does. */
	private static HttpServer serve(Published published) throws IOException {
		// as web servers do: without it the JDK server's separate header and body writes meet the client's delayed
		// ACK, and a small answer (lastupdate.txt) waits 40 ms, which is the server's cost, not the feed's
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		http.createContext("/gdeltv2/", exchange -> {
			String name = exchange.getRequestURI().getPath().substring("/gdeltv2/".length());
			byte[] body;
			int newest = published.newest().get();
			if (name.equals("lastupdate.txt")) {
				body = line(published, newest).getBytes(StandardCharsets.UTF_8);
			}
			else if (name.equals("masterfilelist.txt")) {
				StringBuilder list = new StringBuilder();
				for (int i = 0; i <= newest; i++) {
					list.append(line(published, i));
				}
				body = list.toString().getBytes(StandardCharsets.UTF_8);
			}
			else {
				Path file = published.zips().stream().filter(z -> z.getFileName().toString().equals(name)).findFirst()
					.orElse(null);
				body = file == null ? null : Files.readAllBytes(file);
			}
			try (exchange) {
				if (body == null) {
					exchange.sendResponseHeaders(404, -1);
					return;
				}
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
		http.start();
		return http;
	}

	private static String line(Published published, int i) {
		try {
			Path zip = published.zips().get(i);
			return Files.size(zip) + " " + published.md5s().get(i) + " http://data.gdeltproject.org/gdeltv2/"
					+ zip.getFileName() + "\n";
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Opens a fresh embedded database with the given extra arguments. */
	@FunctionalInterface
	interface BenchDatabases {

		ConfigurableApplicationContext open(Path dir, List<String> arguments) throws IOException;

	}

}
