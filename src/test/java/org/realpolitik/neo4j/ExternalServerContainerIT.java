package org.realpolitik.neo4j;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.query.path.PathQueries;
import org.realpolitik.query.path.PathQueries.PathQuery;
import org.realpolitik.claim.RelationshipType;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service unchanged against a Neo4j 5.26 server in a container, as users run it in production (skipped where no
 * Docker engine is available).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "realpolitik.import-seeds=false")
class ExternalServerContainerIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("container-secret");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "container-secret");
	}

	@Autowired
	CuratedImporter importer;

	@Autowired
	PathQueries paths;

	@Autowired
	Driver driver;

	@Test
	void migratesImportsAndAnswersPathsOnAServer() {
		Path fixtures = Path.of("src/test/resources/curated");
		var report = this.importer.importFiles(List.of(fixtures.resolve("actors.yaml"), fixtures.resolve("claims.yaml")));
		assertThat(report.rejected()).isEmpty();
		var found = this.paths.find(new PathQuery("united-states", "iskp", List.of(RelationshipType.values()), 4, 3,
				null, false));
		assertThat(found.paths()).extracting(PathQueries.Path::length).containsExactly(1, 2);
		assertThat(this.driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
			.execute()
			.records()
			.get(0)
			.get("names")
			.asList()).contains("actor_id_unique", "claim_id_unique");
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

}
