package org.realpolitik.neo4j;

import org.neo4j.driver.Driver;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the {@link Graph} every feature uses, after the schema migrations have been applied, so nothing reads or
 * writes a database whose constraints are missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jSettings.class)
class GraphConfiguration {

	static final String MIGRATIONS = "classpath*:cypher/migrations";

	@Bean
	Graph graph(Driver driver, Neo4jSettings settings) {
		Graph graph = new Graph(driver, settings.database(), settings.timeouts());
		SchemaMigrations.apply(graph, SchemaMigrations.discover(MIGRATIONS));
		return graph;
	}

}
