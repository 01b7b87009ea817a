package org.realpolitik.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server for feed tests: serves what a test puts at a path (a status, a body, a content type, a delay),
 * answers {@code If-None-Match} with {@code 304} when the body's ETag matches, and counts the requests per path.
 */
public final class FeedServer implements AutoCloseable {

	/** What a path answers. */
	public record Answer(int status, byte[] body, String type, long delayMillis) {

		public static Answer ok(byte[] body, String type) {
			return new Answer(200, body, type, 0);
		}

		public static Answer ok(String body, String type) {
			return ok(body.getBytes(StandardCharsets.UTF_8), type);
		}

		public static Answer status(int status) {
			return new Answer(status, new byte[0], "text/plain", 0);
		}

		public static Answer slow(long delayMillis) {
			return new Answer(200, "late".getBytes(StandardCharsets.UTF_8), "text/plain", delayMillis);
		}

	}

	private final HttpServer http;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	public FeedServer() throws IOException {
		// small answers without the 40 ms of Nagle's algorithm meeting the client's delayed ACK
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.http.createContext("/", this::answer);
		this.http.setExecutor(Executors.newCachedThreadPool(r -> {
			Thread thread = new Thread(r, "feed-server");
			thread.setDaemon(true);
			return thread;
		}));
		this.http.start();
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.http.getAddress().getPort() + path);
	}

	public void put(String path, Answer answer) {
		this.answers.put(path, answer);
	}

	public void remove(String path) {
		this.answers.remove(path);
	}

	public int requests(String path) {
		AtomicInteger count = this.requests.get(path);
		return count == null ? 0 : count.get();
	}

	public void reset() {
		this.answers.clear();
		this.requests.clear();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		Answer answer = this.answers.getOrDefault(path, Answer.status(404));
		try (exchange) {
			if (answer.delayMillis() > 0) {
				Thread.sleep(answer.delayMillis());
			}
			String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(answer.body())) + "\"";
			if (answer.status() == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", answer.type());
			if (answer.status() == 200) {
				exchange.getResponseHeaders().add("ETag", etag);
			}
			exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
			if (answer.body().length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer.body());
				}
			}
		}
		catch (InterruptedException | IOException ex) {
			// the client gave up
		}
	}

	@Override
	public void close() {
		this.http.stop(0);
	}

}
