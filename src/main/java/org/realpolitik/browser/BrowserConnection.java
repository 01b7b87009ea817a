package org.realpolitik.browser;

import java.net.URI;

import org.realpolitik.neo4j.Neo4jSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The database address the served Neo4j Browser connects to, with the user name filled in (the password is never
 * put in a URL): {@code realpolitik.browser.bolt-url} if set, else {@code spring.neo4j.uri} for an external database,
 * else the embedded database's Bolt connector.
 */
@Component
@EnableConfigurationProperties(BrowserSettings.class)
public class BrowserConnection {

	private final BrowserSettings browser;

	private final Neo4jSettings neo4j;

	private final String externalUri;

	BrowserConnection(BrowserSettings browser, Neo4jSettings neo4j, Environment environment) {
		this.browser = browser;
		this.neo4j = neo4j;
		this.externalUri = environment.getProperty("spring.neo4j.uri", "");
	}

	/**
	 * The URL for Browser's {@code dbms} parameter, for example {@code bolt://neo4j@localhost:7687}.
	 *
	 * @param requestHost the host name the user reached the service under: the embedded database is on the same
	 *                    machine, so where its connector listens on every address this is the name that works for them
	 */
	public String boltUrl(String requestHost) {
		String url;
		if (!this.browser.boltUrl().isBlank()) {
			url = this.browser.boltUrl();
		}
		else if (!this.externalUri.isBlank()) {
			url = this.externalUri;
		}
		else {
			Neo4jSettings.Embedded embedded = this.neo4j.embedded();
			String host = switch (embedded.listenAddress()) {
				case "0.0.0.0", "::", "[::]" -> requestHost;
				default -> embedded.listenAddress();
			};
			url = "bolt://" + host + ":" + embedded.boltPort();
		}
		return withUser(URI.create(url));
	}

	/** The database name for Browser's {@code db} parameter; empty for the server's default database. */
	public String database() {
		return this.neo4j.database();
	}

	private String withUser(URI uri) {
		if (uri.getUserInfo() != null || this.browser.username().isBlank()) {
			return uri.toString();
		}
		String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
		return uri.getScheme() + "://" + this.browser.username() + "@" + uri.getHost() + port;
	}

}
