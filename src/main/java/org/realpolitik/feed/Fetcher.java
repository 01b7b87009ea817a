package org.realpolitik.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import org.springframework.stereotype.Component;

/**
 * Every download of every feed: one HTTP client with the configured User-Agent, a size and a time limit on each
 * download, conditional requests (ETag, Last-Modified) where the caller knows them, and, for news sites, politeness:
 * one request at a time per host, at least {@link FeedSettings#hostDelay()} apart (or the robots.txt crawl delay, up
 * to {@link FeedSettings#maxHostDelay()}), and robots.txt honoured.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(FeedSettings.class)
public class Fetcher {

	/** What a conditional request sends: the validators of the copy we have; either may be null. */
	public record Validators(String etag, String lastModified) {

		public static final Validators NONE = new Validators(null, null);

		/** The validators a feed keeps in its state under {@code name}. */
		static Validators kept(java.util.Map<String, String> state, String name) {
			return new Validators(state.get(name + " etag"), state.get(name + " modified"));
		}

		/** Keeps these validators in a feed's state under {@code name} (a missing one is removed). */
		void keep(java.util.Map<String, String> state, String name) {
			put(state, name + " etag", this.etag);
			put(state, name + " modified", this.lastModified);
		}

		private static void put(java.util.Map<String, String> state, String key, String value) {
			if (value == null) {
				state.remove(key);
			}
			else {
				state.put(key, value);
			}
		}

	}

	/**
	 * A response. A 2xx response has its body, in {@code body} or in {@code file} (then {@code body} is null), with
	 * its length and checksums; any other status has none.
	 */
	public record Response(URI uri, int status, byte[] body, Path file, long bytes, String sha256, String md5,
			String sha1, Validators validators, String contentType) {

		public boolean ok() {
			return this.status / 100 == 2;
		}

		public boolean notModified() {
			return this.status == 304;
		}

		/** True when a checksum of either algorithm the listing may use (MD5, SHA-1, SHA-256; hex) matches. */
		public boolean matches(String checksum) {
			String c = checksum.strip().toLowerCase(java.util.Locale.ROOT);
			return c.equals(this.md5) || c.equals(this.sha1) || c.equals(this.sha256);
		}

	}

	/** How a download went wrong before it had a status: a timeout, a refused connection, a body over its limit. */
	public static final class FetchException extends IOException {

		public FetchException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private final FeedSettings settings;

	private final HttpClient http;

	private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();

	private final Map<String, Long> nextRequest = new ConcurrentHashMap<>();

	private final Map<String, Robots> robots = new ConcurrentHashMap<>();

	/** A host's robots.txt as read; {@code known} is false when it could not be read (no answer, a 5xx). */
	private record Robots(BaseRobotRules rules, boolean known, long fetchedAt) {

		long ttl() {
			// a robots.txt that could not be read is asked for again soon, not kept for half a day
			return this.known ? ROBOTS_TTL : ROBOTS_RETRY;
		}

	}

	/** What robots.txt says of a URL: allowed, disallowed, or unknown because it could not be read. */
	public enum Permission {

		ALLOWED, DISALLOWED, UNKNOWN

	}

	private static final long ROBOTS_TTL = Duration.ofHours(12).toMillis();

	private static final long ROBOTS_RETRY = Duration.ofMinutes(10).toMillis();

	public Fetcher(FeedSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
	}

	public FeedSettings settings() {
		return this.settings;
	}

	/** A small document (an index, a list, a feed, a page) into memory, within the page limits. */
	public Response page(URI uri, Validators validators, boolean polite) throws IOException, InterruptedException {
		return get(uri, validators, null, this.settings.maxPage().toBytes(), this.settings.pageTimeout(), polite);
	}

	/** A data file into {@code target} (written as {@code target.part} first), within the file limits. */
	public Response file(URI uri, Validators validators, Path target) throws IOException, InterruptedException {
		return get(uri, validators, target, this.settings.maxFile().toBytes(), this.settings.fileTimeout(), false);
	}

	/**
	 * GETs {@code uri}. A status is a response whatever it is; a timeout, a connection failure or a body over
	 * {@code max} bytes is a {@link FetchException} that says which.
	 */
	public Response get(URI uri, Validators validators, Path target, long max, Duration timeout, boolean polite)
			throws IOException, InterruptedException {
		if (!polite) {
			return send(uri, validators, target, max, timeout);
		}
		String host = host(uri);
		synchronized (this.hostLocks.computeIfAbsent(host, h -> new Object())) {
			long wait = this.nextRequest.getOrDefault(host, 0L) - System.currentTimeMillis();
			if (wait > 0) {
				Thread.sleep(wait);
			}
			try {
				return send(uri, validators, target, max, timeout);
			}
			finally {
				this.nextRequest.put(host, System.currentTimeMillis() + delay(host));
			}
		}
	}

	/**
	 * Whether the site's robots.txt lets our User-Agent fetch {@code uri} (always, with robots off). A robots.txt that
	 * is missing (4xx) allows everything; one that cannot be read (no answer, 5xx) makes the answer
	 * {@link Permission#UNKNOWN}: nothing is fetched from the host, and the caller tries again later.
	 */
	public Permission allowed(URI uri) throws InterruptedException {
		if (!this.settings.robots()) {
			return Permission.ALLOWED;
		}
		Robots robots = robots(uri);
		if (!robots.known()) {
			return Permission.UNKNOWN;
		}
		return robots.rules().isAllowed(uri.toString()) ? Permission.ALLOWED : Permission.DISALLOWED;
	}

	/** Forgets every robots.txt read, so the next request of each host reads it again. */
	void forgetRobots() {
		this.robots.clear();
	}

	private Robots robots(URI uri) throws InterruptedException {
		String host = host(uri);
		Robots known = this.robots.get(host);
		if (known != null && System.currentTimeMillis() - known.fetchedAt() < known.ttl()) {
			return known;
		}
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
		URI location = URI.create(host + "/robots.txt");
		BaseRobotRules rules;
		boolean readable;
		try {
			Response response = get(location, Validators.NONE, null, 512 * 1024, this.settings.pageTimeout(), true);
			rules = response.ok()
					? parser.parseContent(location.toString(), response.body(), response.contentType(), List.of(agent()))
					: parser.failedFetch(response.status());
			readable = response.ok() || response.status() / 100 == 4;
		}
		catch (IOException ex) {
			// no answer is not a permission
			rules = parser.failedFetch(503);
			readable = false;
		}
		Robots fresh = new Robots(rules, readable, System.currentTimeMillis());
		this.robots.put(host, fresh);
		return fresh;
	}

	private long delay(String host) {
		long delay = this.settings.hostDelay().toMillis();
		Robots known = this.robots.get(host);
		if (known != null && known.rules().getCrawlDelay() > 0) {
			delay = Math.max(delay, Math.min(known.rules().getCrawlDelay(), this.settings.maxHostDelay().toMillis()));
		}
		return delay;
	}

	/** The robots.txt product token: the User-Agent's first word without its version. */
	private String agent() {
		String first = this.settings.userAgent().strip().split("[\\s/]", 2)[0];
		return first.isBlank() ? "realpolitik" : first.toLowerCase(java.util.Locale.ROOT);
	}

	private static String host(URI uri) {
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	private Response send(URI uri, Validators validators, Path target, long max, Duration timeout)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent",
				this.settings.userAgent()).GET();
		if ("http".equals(uri.getScheme())) {
			// no HTTP/2 upgrade attempt on every plain-HTTP request (HTTPS negotiates HTTP/2 without one)
			request.version(HttpClient.Version.HTTP_1_1);
		}
		if (validators.etag() != null) {
			request.header("If-None-Match", validators.etag());
		}
		if (validators.lastModified() != null) {
			request.header("If-Modified-Since", validators.lastModified());
		}
		Path part = target == null ? null : target.resolveSibling(target.getFileName() + ".part");
		if (part != null) {
			Files.createDirectories(part.getParent());
		}
		CompletableFuture<HttpResponse<Object>> pending = this.http.sendAsync(request.build(), info -> {
			if (info.statusCode() / 100 != 2) {
				return HttpResponse.BodySubscribers.replacing(null);
			}
			HttpResponse.BodySubscriber<?> body = part == null ? HttpResponse.BodySubscribers.ofByteArray()
					: HttpResponse.BodySubscribers.ofFile(part);
			@SuppressWarnings("unchecked")
			HttpResponse.BodySubscriber<Object> bounded = (HttpResponse.BodySubscriber<Object>) new BoundedBody<>(body,
					max);
			return bounded;
		});
		HttpResponse<Object> response;
		try {
			// the whole download, body included, within the time limit: a body that stalls is cancelled, not waited on
			response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			deleteQuietly(part);
			throw new FetchException("GET " + uri + " did not finish within " + timeout, ex);
		}
		catch (ExecutionException ex) {
			deleteQuietly(part);
			Throwable cause = ex.getCause();
			if (cause instanceof BoundedBody.TooLarge) {
				throw new FetchException("GET " + uri + " is larger than " + max + " bytes", cause);
			}
			throw new FetchException("GET " + uri + " failed: " + (cause.getMessage() == null
					? cause.getClass().getSimpleName() : cause.getMessage()), cause);
		}
		catch (InterruptedException ex) {
			pending.cancel(true);
			deleteQuietly(part);
			throw ex;
		}
		Validators got = new Validators(response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null));
		String type = response.headers().firstValue("Content-Type").orElse(null);
		if (response.statusCode() / 100 != 2) {
			deleteQuietly(part);
			return new Response(uri, response.statusCode(), null, null, 0, null, null, null, got, type);
		}
		if (part == null) {
			byte[] body = (byte[]) response.body();
			Sums sums = Sums.of(new java.io.ByteArrayInputStream(body));
			return new Response(uri, response.statusCode(), body, null, body.length, sums.sha256, sums.md5, sums.sha1,
					got, type);
		}
		Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Sums sums;
		try (InputStream in = Files.newInputStream(target)) {
			sums = Sums.of(in);
		}
		return new Response(uri, response.statusCode(), null, target, Files.size(target), sums.sha256, sums.md5,
				sums.sha1, got, type);
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover .part is overwritten by the next try
		}
	}

	/** MD5, SHA-1 and SHA-256 of a stream in one pass, in lower-case hex. */
	record Sums(String md5, String sha1, String sha256) {

		static Sums of(InputStream in) throws IOException {
			try {
				MessageDigest md5 = MessageDigest.getInstance("MD5");
				MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					md5.update(buffer, 0, n);
					sha1.update(buffer, 0, n);
					sha256.update(buffer, 0, n);
				}
				HexFormat hex = HexFormat.of();
				return new Sums(hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
