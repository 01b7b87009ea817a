package org.realpolitik.neo4j;

/**
 * The password the embedded database's {@code neo4j} user has: the configured one, or the one generated on the first
 * start and kept in {@code <data-dir>/neo4j/bolt-password}.
 *
 * @param password the password; never logged
 */
record EmbeddedCredentials(String password) {

	@Override
	public String toString() {
		return "EmbeddedCredentials[password=(hidden)]";
	}

}
