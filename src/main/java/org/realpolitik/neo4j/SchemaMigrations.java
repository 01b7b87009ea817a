package org.realpolitik.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Versioned schema migrations: {@code cypher/migrations/V<version>__<Description>.cypher}, applied in version order at
 * start-up, each recorded as a {@code (:__Migration)} node with a checksum. A migration that was changed after it was
 * applied stops start-up: migrations are never edited, a new one is added instead. Statements are separated by a
 * semicolon at the end of a line and must be idempotent ({@code IF NOT EXISTS}), so two instances starting together
 * against one database both succeed.
 *
 * <p>
 * The layout and naming follow neo4j-migrations; its Spring Boot starter could not be used because its parent POMs
 * are not in the Maven repository this project builds from (see docs/operations.md).
 */
final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	private SchemaMigrations() {
	}

	static List<Migration> discover(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "/V*.cypher");
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = NAME.matcher(resource.getFilename());
				if (!name.matches()) {
					throw new IllegalStateException("migration file name must be V<number>__<Description>.cypher: "
							+ resource.getFilename());
				}
				String text;
				try (var in = resource.getInputStream()) {
					text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
				}
				migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
						checksum(text), statements(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("two migrations with version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read migrations from " + location, ex);
		}
	}

	static List<String> statements(String text) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				withoutComments.append(line).append('\n');
			}
		}
		return Arrays.stream(withoutComments.toString().split(";\\s*\n"))
			.map(String::strip)
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	static String checksum(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return Long.toHexString(crc.getValue());
	}

	/** Applies what is pending; returns how many migrations were applied. */
	static int apply(Graph graph, List<Migration> migrations) {
		Map<Integer, String> applied = new java.util.HashMap<>();
		graph.read("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum", Map.of(),
				r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		int count = 0;
		for (Migration migration : migrations) {
			String recorded = applied.get(migration.version());
			if (recorded != null) {
				if (!recorded.equals(migration.checksum())) {
					throw new IllegalStateException("migration V" + migration.version() + " (" + migration.description()
							+ ") was changed after it was applied; add a new migration instead of editing it");
				}
				continue;
			}
			migration.statements().forEach(graph::schema);
			graph.write("""
					MERGE (m:__Migration {version: $version})
					ON CREATE SET m.description = $description, m.checksum = $checksum, m.installedAt = datetime()
					""", Map.of("version", migration.version(), "description", migration.description(), "checksum",
					migration.checksum()));
			log.info("Applied migration V{} {}", migration.version(), migration.description());
			count++;
		}
		return count;
	}

}
