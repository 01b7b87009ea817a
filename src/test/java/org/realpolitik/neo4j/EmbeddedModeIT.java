package org.realpolitik.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.realpolitik.Realpolitik;
import org.realpolitik.RealpolitikApplication;
import org.realpolitik.cli.ImportCommand;
import picocli.CommandLine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default mode: no {@code spring.neo4j.uri}, so the service starts its own Neo4j with Bolt on localhost,
 * authentication on, GDS and APOC registered, the seeds imported once, and a clean shutdown.
 */
class EmbeddedModeIT {

	static final Path FIXTURES = Path.of("src/test/resources/curated");

	static final String PASSWORD = "embedded-test-password";

	@TempDir
	Path data;

	@TempDir
	Path seeds;

	int boltPort;

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RealpolitikApplication.class).run("--server.port=0",
				"--realpolitik.data-dir=" + this.data, "--realpolitik.seeds-dir=" + this.seeds,
				"--realpolitik.embedded.bolt-port=" + this.boltPort, "--realpolitik.embedded.password=" + PASSWORD,
				"--realpolitik.embedded.page-cache=32m");
	}

	Driver connect(String password) {
		return GraphDatabase.driver("bolt://localhost:" + this.boltPort, AuthTokens.basic("neo4j", password));
	}

	static long count(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	@Test
	void startsARealNeo4jThatOutsideClientsReachOverBoltAndImportsTheSeedsOnce() throws IOException {
		this.boltPort = freePort();
		Files.copy(FIXTURES.resolve("actors.yaml"), this.seeds.resolve("actors.yaml"));
		Files.copy(FIXTURES.resolve("claims.yaml"), this.seeds.resolve("claims.yaml"));

		try (var context = start(); Driver driver = connect(PASSWORD)) {
			assertThat(count(driver, "MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
			assertThat(count(driver, "MATCH ()-[r:RECOGNISED]->() RETURN count(r)")).isEqualTo(2);
			assertThat(driver.executableQuery("RETURN gds.version() AS v").execute().records().get(0).get("v").asString())
				.startsWith("2.13");
			assertThat(driver.executableQuery("RETURN apoc.version() AS v").execute().records().get(0).get("v").asString())
				.startsWith("5.26");
			try (Driver wrong = connect("not-the-password")) {
				assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			driver.executableQuery("MATCH (a:Actor {id: 'india'}) DETACH DELETE a").execute();
		}

		try (var context = start(); Driver driver = connect(PASSWORD)) {
			assertThat(count(driver, "MATCH (a:Actor) RETURN count(a)")).as("seeds are not imported a second time")
				.isEqualTo(6);
		}
		String debugLog = Files.readString(this.data.resolve("neo4j/logs/debug.log"));
		assertThat(debugLog).as("clean shutdown: no store recovery on the next start").doesNotContainIgnoringCase("recovery");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream console = System.out;
		int code;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			code = new CommandLine(new Realpolitik()).execute("import", "curated", FIXTURES.resolve("bad.yaml").toString(),
					"--realpolitik.data-dir=" + this.data, "--realpolitik.embedded.bolt-port=" + this.boltPort,
					"--realpolitik.embedded.password=" + PASSWORD, "--realpolitik.embedded.procedures=false");
		}
		finally {
			System.setOut(console);
		}
		assertThat(code).isEqualTo(ImportCommand.PARTIAL);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("of cli:curated (curated, cli): partial")
			.contains("rejected bad.yaml:6: actor id 'Jaish' must be lower-case");
		try (var context = start(); Driver driver = connect(PASSWORD)) {
			assertThat(count(driver, "MATCH ()-[r:SUPPORTS]->(:Actor {id: 'lashkar-e-taiba'}) RETURN count(r)"))
				.isEqualTo(1);
		}
	}

	@Test
	void aPasswordShorterThanNeo4jAllowsStopsStartUpWithAClearMessage() throws IOException {
		this.boltPort = freePort();
		assertThatThrownBy(() -> new SpringApplicationBuilder(RealpolitikApplication.class).run("--server.port=0",
				"--realpolitik.data-dir=" + this.data, "--realpolitik.embedded.bolt-port=" + this.boltPort,
				"--realpolitik.embedded.password=short", "--realpolitik.embedded.procedures=false"))
			.hasRootCauseMessage("realpolitik.embedded.password must have at least 8 characters (Neo4j's minimum)");
	}

	@Test
	void withNoPasswordConfiguredOneIsGeneratedKeptAndNoFileUrlOrLoadingProcedureIsOpen() throws IOException {
		this.boltPort = freePort();
		String[] args = { "--server.port=0", "--realpolitik.data-dir=" + this.data,
				"--realpolitik.seeds-dir=" + this.seeds, "--realpolitik.embedded.bolt-port=" + this.boltPort,
				"--realpolitik.embedded.page-cache=32m" };
		Path kept = this.data.resolve("neo4j").resolve(BoltPassword.FILE);
		String generated;
		try (var context = new SpringApplicationBuilder(RealpolitikApplication.class).run(args)) {
			generated = Files.readString(kept).strip();
			assertThat(Files.readString(this.data.resolve("api-token")).strip()).as("the API token is generated too")
				.hasSizeGreaterThanOrEqualTo(40);
			assertThat(generated).hasSizeGreaterThanOrEqualTo(24).isNotIn(BoltPassword.KNOWN);
			try (Driver old = connect("realpolitik")) {
				assertThatThrownBy(old::verifyConnectivity).as("the former default opens nothing")
					.isInstanceOf(AuthenticationException.class);
			}
			try (Driver driver = connect(generated)) {
				assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")
					.execute()).as("no file of this machine is readable").hasMessageContaining("file");
				assertThatThrownBy(() -> driver.executableQuery("CALL apoc.load.json('http://localhost:1/x')").execute())
					.as("apoc.load.* is not registered").hasMessageContaining("apoc.load.json");
				assertThatThrownBy(() -> driver.executableQuery("CALL apoc.cypher.run('RETURN 1', {})").execute())
					.as("apoc.cypher.* is not registered").hasMessageContaining("apoc.cypher.run");
				assertThat(driver.executableQuery("RETURN size(apoc.coll.toSet([1, 1, 2])) AS n").execute().records()
					.get(0).get("n").asInt()).as("the helpers the service uses are there").isEqualTo(2);
				assertThat(driver.executableQuery("CALL dbms.clientConfig() YIELD name, value "
						+ "WHERE name = 'client.allow_telemetry' RETURN value").execute().records())
					.as("Neo4j Browser starts with its usage data off")
					.singleElement()
					.satisfies(r -> assertThat(r.get("value").asString()).isEqualTo("false"));
			}
		}
		try (var context = new SpringApplicationBuilder(RealpolitikApplication.class).run(args);
				Driver driver = connect(generated)) {
			driver.verifyConnectivity();
			assertThat(Files.readString(kept).strip()).as("the kept password is used again").isEqualTo(generated);
		}
	}

	@Test
	void aWellKnownPasswordWithBoltBeyondThisMachineStopsStartUp() throws IOException {
		this.boltPort = freePort();
		assertThatThrownBy(() -> new SpringApplicationBuilder(RealpolitikApplication.class).run("--server.port=0",
				"--realpolitik.data-dir=" + this.data, "--realpolitik.embedded.bolt-port=" + this.boltPort,
				"--realpolitik.embedded.listen-address=0.0.0.0", "--realpolitik.embedded.password=realpolitik",
				"--realpolitik.embedded.procedures=false"))
			.hasRootCauseMessage("realpolitik.embedded.password is a well-known password and Bolt listens on 0.0.0.0, "
					+ "beyond this machine: set another password (or leave it empty to have one generated)");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
