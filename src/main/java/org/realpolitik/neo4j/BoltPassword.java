package org.realpolitik.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user. A configured one wins; else the one generated on the
 * first start and kept in {@code <data-dir>/neo4j/bolt-password} (readable by its owner only). A password that is
 * known to the world (Neo4j's and this project's old defaults) is refused when Bolt listens beyond this machine.
 */
final class BoltPassword {

	private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

	/** The file beside the store that keeps the generated password. */
	static final String FILE = "bolt-password";

	/** Passwords anyone can guess: Neo4j's default, this project's former default, the compose example's. */
	static final Set<String> KNOWN = Set.of("neo4j", "password", "realpolitik", "realpolitik-compose", "changeme",
			"12345678", "neo4jneo4j");

	private BoltPassword() {
	}

	/** The password to set and to log in with, generating and keeping one on the first start. */
	static String resolve(Neo4jSettings settings) {
		Neo4jSettings.Embedded embedded = settings.embedded();
		String configured = embedded.password();
		if (configured != null && !configured.isBlank()) {
			if (KNOWN.contains(configured) && !loopback(embedded.listenAddress())) {
				throw new IllegalStateException("realpolitik.embedded.password is a well-known password and Bolt listens on "
						+ embedded.listenAddress() + ", beyond this machine: set another password (or leave it empty to "
						+ "have one generated)");
			}
			return configured;
		}
		Path file = settings.dataDir().resolve("neo4j").resolve(FILE).toAbsolutePath().normalize();
		try {
			if (Files.isRegularFile(file)) {
				String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (kept.length() >= 8) {
					return kept;
				}
				throw new IllegalStateException("the kept Bolt password in " + file + " is shorter than 8 characters: "
						+ "delete the file to have a new one generated");
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
			ownerOnly(file);
			log.info("Generated a password for the embedded database's neo4j user: it is in {}", file);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or write the Bolt password file " + file, ex);
		}
	}

	static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder's own permissions apply
		}
	}

	/** True when the address is this machine only. */
	static boolean loopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		String host = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
