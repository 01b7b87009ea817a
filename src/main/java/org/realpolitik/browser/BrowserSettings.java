package org.realpolitik.browser;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Neo4j Browser served at {@code /browser/} reaches the database. Every key is documented in docs/browser.md.
 *
 * @param boltUrl  the Bolt URL the Browser, running in the user's web browser, connects to; empty means the embedded
 *                 database's Bolt port, or {@code spring.neo4j.uri} with an external database. Set it where the
 *                 service reaches the database under a name the user's machine does not know (docker compose:
 *                 the service uses {@code bolt://neo4j:7687}, the user {@code bolt://localhost:7687});
 *                 {@code realpolitik.browser.bolt-url}
 * @param username the user name the connection form is filled in with; {@code realpolitik.browser.username}
 */
@ConfigurationProperties("realpolitik.browser")
public record BrowserSettings(@DefaultValue("") String boltUrl, @DefaultValue("neo4j") String username) {
}
