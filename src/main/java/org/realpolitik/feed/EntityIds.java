package org.realpolitik.feed;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The entity ids of a dataset as imported, kept as a text file (one id per line) next to its downloads, so a full
 * re-import can delete what disappeared. The ids of a new entity file are compared by 64-bit hash (8 bytes an entity
 * in memory, whatever the ids' length); a collision can only keep an entity that should go, never delete one that stays.
 */
final class EntityIds {

	private static final JsonFactory FACTORY = new JsonFactory();

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One operation of a delta line. */
	record Op(String id, boolean delete) {
	}

	private EntityIds() {
	}

	/** Writes the ids of an entity file's lines to {@code ids} and returns their hashes, sorted. */
	static long[] write(Path entities, Path ids) throws IOException {
		long[] hashes = new long[1024];
		int n = 0;
		try (BufferedReader lines = Files.newBufferedReader(entities, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(ids, StandardCharsets.UTF_8)) {
			for (String line; (line = lines.readLine()) != null;) {
				String id = topLevelId(line);
				if (id == null) {
					continue;
				}
				out.write(id);
				out.newLine();
				if (n == hashes.length) {
					hashes = Arrays.copyOf(hashes, n * 2);
				}
				hashes[n++] = hash(id);
			}
		}
		long[] sorted = Arrays.copyOf(hashes, n);
		Arrays.sort(sorted);
		return sorted;
	}

	/**
	 * Writes a delta file of {@code DEL} lines for the ids in {@code previous} (when it exists) whose hash is not in
	 * {@code fresh}; returns how many.
	 */
	static int removals(Path previous, long[] fresh, Path delta) throws IOException {
		if (!Files.isRegularFile(previous)) {
			return 0;
		}
		int count = 0;
		try (BufferedReader lines = Files.newBufferedReader(previous, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(delta, StandardCharsets.UTF_8)) {
			for (String id; (id = lines.readLine()) != null;) {
				if (id.isBlank() || Arrays.binarySearch(fresh, hash(id)) >= 0) {
					continue;
				}
				out.write("{\"op\":\"DEL\",\"entity\":{\"id\":" + JSON.writeValueAsString(id) + "}}");
				out.newLine();
				count++;
			}
		}
		return count;
	}

	/** The operation of a delta line, or null for a line that is not one. */
	static Op op(String line) {
		try {
			JsonNode node = JSON.readTree(line);
			String id = node.path("entity").path("id").asText(null);
			if (id == null || id.isBlank()) {
				return null;
			}
			return new Op(id, "DEL".equals(node.path("op").asText()));
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** The {@code id} of a line's top-level object, skipping its other fields without building them. */
	static String topLevelId(String line) {
		if (line.isBlank()) {
			return null;
		}
		try (JsonParser parser = FACTORY.createParser(line)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
					return parser.getText();
				}
				parser.skipChildren();
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** A 64-bit FNV-1a hash of the id's characters, mixed so that similar ids spread. */
	static long hash(String id) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < id.length(); i++) {
			h ^= id.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return h;
	}

}
