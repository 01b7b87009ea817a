package org.realpolitik.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API token: the configured one, else the one generated on the first start and kept in
 * {@code <data-dir>/api-token} (readable by its owner only). There is no default that works anywhere else.
 */
final class ApiToken {

	private static final Logger log = LoggerFactory.getLogger(ApiToken.class);

	static final String FILE = "api-token";

	private static final int MINIMUM_LENGTH = 16;

	private final byte[] token;

	private ApiToken(String token) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	static ApiToken resolve(String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			if (configured.strip().length() < MINIMUM_LENGTH) {
				throw new IllegalStateException("realpolitik.security.token must have at least " + MINIMUM_LENGTH
						+ " characters");
			}
			return new ApiToken(configured.strip());
		}
		Path file = dataDir.resolve(FILE).toAbsolutePath().normalize();
		try {
			if (Files.isRegularFile(file)) {
				String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (kept.length() < MINIMUM_LENGTH) {
					throw new IllegalStateException("the API token in " + file + " is shorter than " + MINIMUM_LENGTH
							+ " characters: delete the file to have a new one generated");
				}
				log.info("Writes to the API need the token in {}", file);
				return new ApiToken(kept);
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's permissions apply
			}
			log.info("Generated the API token that writes need: it is in {}", file);
			return new ApiToken(generated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or write the API token file " + file, ex);
		}
	}

	/** Compares in constant time. */
	boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "ApiToken[(hidden)]";
	}

}
