package org.realpolitik.neo4j;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.realpolitik.RealpolitikApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j that goes away and comes back: while it is down the API answers 503 problem details (never a 500
 * or a hang) and health is DOWN; once a server listens again on the same address the service answers from it, without
 * a restart.
 */
class DatabaseOutageIT {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@TempDir
	Path data;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void whileTheDatabaseIsDownTheApiAnswers503AndItRecoversWithoutARestart() throws Exception {
		int bolt = freePort();
		Neo4j database = start(this.first, bolt);
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(RealpolitikApplication.class).run(
				"--server.port=0", "--spring.neo4j.uri=bolt://localhost:" + bolt,
				"--spring.neo4j.connection-timeout=2s", "--spring.neo4j.max-transaction-retry-time=1s",
				"--realpolitik.import-seeds=false", "--realpolitik.imports.schedule=false",
				"--realpolitik.influence.warm-after=-1s", "--realpolitik.data-dir=" + this.data,
				"--realpolitik.security.token=outage-test-token")) {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			assertThat(get(port, "/api/actors/iran").statusCode()).as("up: no such actor").isEqualTo(404);

			database.close();
			HttpResponse<String> down = get(port, "/api/actors/iran");
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(down.body()).contains("Database unavailable");
			assertThat(get(port, "/actuator/health").statusCode()).as("health is DOWN").isEqualTo(503);

			database = start(this.second, bolt);
			org.awaitility.Awaitility.await("the service answers from the database again")
				.atMost(java.time.Duration.ofSeconds(30))
				.pollInterval(java.time.Duration.ofMillis(500))
				.until(() -> get(port, "/api/actors/iran").statusCode() == 404);
			assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Neo4j start(Path folder, int bolt) {
		return Neo4jBuilders.newInProcessBuilder(folder)
			.withDisabledServer()
			.withConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.withConfig(BoltConnector.listen_address, new SocketAddress("localhost", bolt))
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
