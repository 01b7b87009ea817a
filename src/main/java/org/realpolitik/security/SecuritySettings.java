package org.realpolitik.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may reach the HTTP API. Every key is documented in docs/configuration.md and docs/security.md.
 *
 * @param token         the API token that writes and starts work need; empty (the default) means the one generated on
 *                      the first start and kept in {@code <data-dir>/api-token}
 * @param reads         {@code open} (default): reading needs no credentials; {@code token}: reading needs them too
 * @param allowedHosts  the host names (without port) requests may be addressed to; anything else is refused, so a web
 *                      page cannot reach the service by pointing its own name at this machine. {@code *} allows any.
 * @param username      the user name that HTTP basic pairs with the token
 */
@ConfigurationProperties("realpolitik.security")
public record SecuritySettings(@DefaultValue("") String token, @DefaultValue("open") Reads reads,
		@DefaultValue({ "localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts,
		@DefaultValue("realpolitik") String username) {

	/** Whether reading needs credentials. */
	public enum Reads {

		OPEN, TOKEN

	}

	public SecuritySettings {
		allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
	}

}
