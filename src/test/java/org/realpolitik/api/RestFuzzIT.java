package org.realpolitik.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 random and hostile requests across every endpoint (a fixed seed, so a failure can be replayed): unknown,
 * malformed, huge, negative and injected values in every parameter, reads with and without the token, writes of
 * things that do not exist. None is answered with a 5xx, every refusal is a problem detail, and the reads change
 * nothing stored.
 */
class RestFuzzIT extends GraphTest {

	static final int REQUESTS = 10_000;

	static final String[] PATHS = { "/api/actors", "/api/actors/%s", "/api/actors/%s/timeline", "/api/relationships",
			"/api/relationships/evidence", "/api/paths", "/api/influence", "/api/balance", "/api/blocs", "/api/export",
			"/api/documents", "/api/imports", "/api/imports/%s", "/api/imports/sources", "/actuator/health", "/",
			"/api/nothing/%s" };

	static final String[] PARAMETERS = { "q", "kind", "limit", "offset", "type", "types", "subject", "object", "from",
			"to", "asOf", "maxHops", "k", "directed", "source", "status", "of", "sign", "format", "id", "x" };

	static final String[] VALUES = { "iran", "united-states", "taliban", "RECOGNISED", "ARMED,SANCTIONED", "state",
			"2024-01-01", "2024-13-45", "1999", "-1", "0", "1", "5", "100", "101", "2147483647", "-2147483648",
			"99999999999999999999", "1e9", "NaN", "true", "false", "", " ", "' OR 1=1 --", "\") RETURN 1 //",
			"}]}) MATCH (n) DETACH DELETE n //", "$where", "%00", "\u0000", "\u202e\u0645\u0631\u062d\u0628\u0627",
			"\ud83d\udca5", "../../etc/passwd", "<script>alert(1)</script>", "*", "?", "\\", "a,b,,c", "ISIS-K",
			"all", "positive", "negative", "json", "graphml", "csv", "xml", "running", "succeeded", "gdelt-inbox" };

	@Autowired
	CuratedImporter importer;

	@LocalServerPort
	int port;

	@Test
	void tenThousandRandomAndHostileRequestsGetNoServerErrorAndReadsChangeNothing() throws Exception {
		Path fixtures = Path.of("src/test/resources/curated");
		this.importer.importFiles(List.of(fixtures.resolve("actors.yaml"), fixtures.resolve("claims.yaml")));
		String before = snapshot();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Random random = new Random(20261207);
		List<String> failures = new ArrayList<>();
		int problems = 0;
		for (int i = 0; i < REQUESTS; i++) {
			String method = pickMethod(random);
			String path = PATHS[random.nextInt(PATHS.length)].formatted(encode(value(random)));
			StringBuilder query = new StringBuilder();
			for (int p = random.nextInt(5); p > 0; p--) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(PARAMETERS[random.nextInt(PARAMETERS.length)])
					.append('=')
					.append(random.nextInt(20) == 0 ? rawValue(random) : encode(value(random)));
			}
			if ("DELETE".equals(method)) {
				path = "/api/documents/" + encode("no-such-document-" + value(random));
			}
			if ("POST".equals(method)) {
				path = "/api/imports";
			}
			URI uri;
			try {
				uri = URI.create("http://localhost:" + this.port + path + query);
			}
			catch (IllegalArgumentException ex) {
				continue; // not even a URI a client could send
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
			if (random.nextBoolean()) {
				request.header("Authorization", random.nextInt(4) == 0 ? "Bearer wrong" : "Bearer " + API_TOKEN);
			}
			if ("POST".equals(method)) {
				String body = random.nextBoolean() ? "{\"source\":\"" + value(random).replace("\"", "") + "\"}"
						: value(random);
				request.header("Content-Type", random.nextBoolean() ? "application/json" : "text/plain")
					.POST(HttpRequest.BodyPublishers.ofString(body));
			}
			else if ("DELETE".equals(method)) {
				request.DELETE();
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500) {
				failures.add(method + " " + uri + " -> " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
			if (response.statusCode() >= 400 && response.statusCode() != 404 && path.startsWith("/api")) {
				problems++;
				if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
					failures.add(method + " " + uri + " -> " + response.statusCode() + " is no problem detail: "
							+ response.headers().firstValue("Content-Type").orElse("(none)"));
				}
			}
		}
		assertThat(failures).as("requests answered with a server error or without a problem detail").isEmpty();
		assertThat(problems).as("the hostile values were refused, not all accepted").isGreaterThan(REQUESTS / 10);
		assertThat(snapshot()).as("nothing stored changed").isEqualTo(before);
	}

	private static String pickMethod(Random random) {
		int n = random.nextInt(100);
		return n < 90 ? "GET" : n < 95 ? "POST" : "DELETE";
	}

	private static String value(Random random) {
		int n = random.nextInt(10);
		if (n == 0) {
			return "x".repeat(1 + random.nextInt(2000));
		}
		if (n == 1) {
			StringBuilder junk = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				junk.appendCodePoint(1 + random.nextInt(0x2FFF));
			}
			return junk.toString();
		}
		return VALUES[random.nextInt(VALUES.length)];
	}

	/** A value as a careless client sends it: unencoded, or with a broken escape. */
	private static String rawValue(Random random) {
		String[] raw = { "%", "%zz", "%C3%28", "a%00b", "%ff%fe", "[1,2]", "{}", "a|b", "^" };
		return raw[random.nextInt(raw.length)];
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Everything stored, as comparable text. */
	private String snapshot() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE NOT n:__Migration
				WITH count(n) AS nodes, collect(DISTINCT labels(n)) AS labels
				OPTIONAL MATCH ()-[r]->()
				WITH nodes, labels, count(r) AS relationships
				OPTIONAL MATCH (c:Claim)
				WITH nodes, labels, relationships, c ORDER BY c.id
				RETURN nodes, labels, relationships, collect(c.id) AS claims
				""").execute().records().get(0).asMap().toString();
	}

}
