package org.realpolitik.browser;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.realpolitik.neo4j.CypherFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The served Neo4j Browser end to end, on the embedded database with the curated test fixtures as seeds: the entry
 * points answer as the Browser needs, every guide query runs, and a real headless Chromium (Debian's package, driven
 * by {@code src/test/e2e/browser-e2e.mjs} through playwright-core) connects, runs the guide's first query and sees
 * the actors and relationship types in the graph view. The Chromium test is skipped, saying why, where Chromium,
 * Node.js or the npm packages ({@code npm ci} in {@code src/test/e2e}) are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserE2EIT {

	static final String PASSWORD = "browser-e2e-password";

	static final Path E2E = Path.of("src/test/e2e");

	static final Path SCREENSHOT = Path.of("target/browser-e2e/browser.png");

	static Path data;

	static Path seeds;

	static int boltPort;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@DynamicPropertySource
	static void embedded(DynamicPropertyRegistry registry) throws IOException {
		Path target = Files.createDirectories(Path.of("target"));
		data = Files.createTempDirectory(target, "browser-e2e-data");
		seeds = Files.createTempDirectory(target, "browser-e2e-seeds");
		for (String file : List.of("actors.yaml", "claims.yaml")) {
			Files.copy(Path.of("src/test/resources/curated", file), seeds.resolve(file));
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			boltPort = socket.getLocalPort();
		}
		registry.add("realpolitik.data-dir", data::toString);
		registry.add("realpolitik.seeds-dir", seeds::toString);
		registry.add("realpolitik.embedded.bolt-port", () -> boltPort);
		registry.add("realpolitik.embedded.password", () -> PASSWORD);
		registry.add("realpolitik.embedded.page-cache", () -> "32m");
	}

	@Test
	void entryPointsAnswerAsNeo4jBrowserNeedsThem() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(url("/browser/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow())
			.startsWith(url("/browser/index.html").toString())
			.contains("dbms=bolt://neo4j@localhost:" + boltPort)
			.contains("cmd=play&arg=" + url("/browser/realpolitik/guide.html"));

		String index = get(http, "/browser/index.html", "text/html");
		assertThat(index).contains("localStorage.setItem('neo4j.grass'").contains("\"relationship.RECOGNISED\"");
		assertThat(index.indexOf("neo4j.grass")).isLessThan(index.indexOf("<script src="));

		String discovery = get(http, "/", "application/json");
		assertThat(new ObjectMapper().readTree(discovery).get("bolt_direct").asText())
			.isEqualTo("bolt://localhost:" + boltPort);
		assertThat(get(http, "/", "text/html")).contains("href=\"browser/\"").contains("href=\"swagger-ui.html\"")
			.contains("href=\"browser/realpolitik/guide.html\"");

		String guide = get(http, "/browser/realpolitik/guide.html", "text/html");
		assertThat(guide).doesNotContain("{{query:").contains("<slide");
		assertThat(guide).contains("class=\"pre-scrollable code runnable\"")
			.contains("Guide: who recognised the Taliban");
		assertThat(new ObjectMapper().readTree(get(http, "/browser/realpolitik/style.grass", null)).has("node.State"))
			.isTrue();
		assertThat(get(http, "/browser/app-e7b1542e82067e23ff83.js", null)).isNotEmpty();
	}

	@Test
	void everyGuideQueryRunsOnTheSeededDatabase() throws Exception {
		seedsImported();
		List<String> files;
		try (Stream<Path> list = Files.list(Path.of("cypher/guide"))) {
			files = list.map(p -> p.getFileName().toString())
				.filter(name -> name.startsWith("guide-") && name.endsWith(".cypher"))
				.map(name -> name.substring(0, name.length() - ".cypher".length()))
				.sorted()
				.toList();
		}
		assertThat(new Guide().queries()).as("the guide shows every guide query file").containsExactlyInAnyOrderElementsOf(files);
		for (String name : files) {
			var records = this.driver.executableQuery(CypherFiles.guide(name)).execute().records();
			assertThat(records).as(name + " returns rows on the fixtures").isNotEmpty();
		}
		var drawn = this.driver.executableQuery(CypherFiles.guide("guide-recognised-taliban")).execute().records();
		assertThat(drawn).extracting(r -> r.get("subject").asNode().get("name").asString())
			.contains("Russia", "Pakistan");
		assertThat(drawn).extracting(r -> r.get("subject").asNode().labels().iterator().next()).contains("State");
		assertThat(drawn).extracting(r -> r.get("object").asNode().labels().iterator().next()).containsOnly("Movement");
	}

	@Test
	void headlessChromiumConnectsRunsTheGuideQueryAndSeesTheGraph() throws Exception {
		String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		assumeTrue(Files.isExecutable(Path.of(chromium)),
				"Chromium not found at " + chromium + ": apt-get install chromium (as .ci/run does), or set CHROMIUM");
		assumeTrue(onPath("node"), "Node.js not found on PATH: apt-get install nodejs npm (as .ci/run does)");
		assumeTrue(Files.isDirectory(E2E.resolve("node_modules/playwright-core")),
				"playwright-core not installed: run npm ci in " + E2E + " (as .ci/run does)");
		seedsImported();
		Files.createDirectories(SCREENSHOT.getParent());
		Files.deleteIfExists(SCREENSHOT);

		ProcessBuilder builder = new ProcessBuilder("node", "browser-e2e.mjs").directory(E2E.toFile())
			.redirectErrorStream(true);
		builder.environment()
			.putAll(Map.of("REALPOLITIK_URL", "http://localhost:" + this.port, "NEO4J_PASSWORD", PASSWORD, "SCREENSHOT",
					SCREENSHOT.toAbsolutePath().toString(), "CHROMIUM", chromium));
		Process process = builder.start();
		boolean finished = process.waitFor(4, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(finished).as("browser-e2e.mjs finished within 4 minutes; output:\n" + output).isTrue();
		assertThat(process.exitValue()).as("browser-e2e.mjs output:\n" + output).isZero();

		String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow();
		JsonNode seen = new ObjectMapper().readTree(json);
		assertThat(seen.get("error").isNull()).as(json).isTrue();
		assertThat(texts(seen.get("nodes"))).as(json).contains("Russia", "Taliban", "Pakistan");
		assertThat(texts(seen.get("relationshipTypes"))).as(json).contains("RECOGNISED");
		assertThat(texts(seen.get("nodeLabels"))).as("kinds told apart by the style sheet: " + json)
			.contains("State", "Movement");
		assertThat(seen.get("relationships").findValuesAsText("type")).as(json).isNotEmpty().containsOnly("RECOGNISED");
		assertThat(seen.get("relationships").findValuesAsText("color")).as("RECOGNISED drawn in the style's green: " + json)
			.contains("#16A34A");
		assertThat(SCREENSHOT).isNotEmptyFile();
		Path docs = Path.of("docs/browser.png");
		if (Boolean.getBoolean("realpolitik.update-screenshot")) {
			Files.copy(SCREENSHOT, docs, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void seedsImported() throws InterruptedException {
		org.awaitility.Awaitility.await("the seeds imported").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.driver.executableQuery("MATCH (s:__Seeds {id: 'seeds'}) RETURN count(s) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong() > 0);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String get(HttpClient http, String path, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
		if (accept != null) {
			request.header("Accept", accept);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}

}
