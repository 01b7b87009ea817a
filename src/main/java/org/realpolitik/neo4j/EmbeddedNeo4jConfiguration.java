package org.realpolitik.neo4j;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database and the driver that talks to it over Bolt. The driver is a bean that depends on the database,
 * so Spring creates it after the database has started and closes it before the database stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedModeCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean
	EmbeddedCredentials embeddedCredentials(Neo4jSettings settings) {
		return new EmbeddedCredentials(BoltPassword.resolve(settings));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedDatabase(Neo4jSettings settings, EmbeddedCredentials credentials) {
		return EmbeddedNeo4j.start(settings, credentials.password());
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedDatabase, Neo4jSettings settings,
			EmbeddedCredentials credentials) {
		Neo4jSettings.Embedded embedded = settings.embedded();
		String host = switch (embedded.listenAddress()) {
			case "0.0.0.0", "::", "[::]" -> "localhost";
			default -> embedded.listenAddress();
		};
		URI uri = URI.create("bolt://" + host + ":" + embedded.boltPort());
		Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", credentials.password()),
				Config.builder().withConnectionTimeout(10, TimeUnit.SECONDS).withoutEncryption().build());
		driver.verifyConnectivity();
		return driver;
	}

}
