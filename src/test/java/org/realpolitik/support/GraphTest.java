package org.realpolitik.support;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests against the real database: the whole application on the shared test database (as an external
 * server, so these tests also cover the service against a server it did not start), with an empty graph before and
 * after each test. Schema migrations stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "realpolitik.import-seeds=false", "realpolitik.imports.schedule=false",
				"realpolitik.influence.warm-after=-1s", "realpolitik.security.token=" + GraphTest.API_TOKEN })
public abstract class GraphTest {

	/** The API token of the tests against the real database. */
	protected static final String API_TOKEN = "graph-test-api-token";

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestDatabase.get().boltURI().toString());
	}

	@BeforeEach
	@AfterEach
	void emptyGraph() {
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").execute();
	}

	protected long count(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
	}

	protected long count(String cypher) {
		return count(cypher, Map.of());
	}

}
