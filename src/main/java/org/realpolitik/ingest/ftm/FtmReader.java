package org.realpolitik.ingest.ftm;

import org.realpolitik.ingest.BoundedLineReader;
import org.realpolitik.ingest.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads FtM entity streams and OpenSanctions delta files line by line, so a file of any size is read in constant
 * memory. A line that is not a JSON object, has no id or schema, or has an unknown op is rejected with its line and
 * the reason, and the reading goes on. A file that is empty or binary is rejected whole. Pure: no database.
 */
final class FtmReader {

	/** How many leading bytes are looked at to tell a binary file from text. */
	static final int SNIFF = 8192;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Where the reader hands what it read. */
	interface Sink {

		void line(FtmLine line);

		/** A bad line ({@code line} > 0) or a bad file ({@code line} = 0). */
		void reject(int line, String reason);

		/** {@code bytes} more bytes were read. Called every few thousand lines and at the end. */
		default void bytes(long bytes) {
		}

	}

	/** The longest entity line read (OpenSanctions' largest entities are a few hundred KB); a longer one is rejected. */
	static final int MAX_LINE = 16 * 1024 * 1024;

	private FtmReader() {
	}

	/** Reads the file; returns the number of lines read (blank lines are not counted). */
	static int read(Path file, Sink sink) throws IOException {
		String fileProblem = fileProblem(file);
		if (fileProblem != null) {
			sink.reject(0, fileProblem);
			return 0;
		}
		int lines = 0;
		try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
				InputStreamReader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE))) {
			BoundedLineReader reader = new BoundedLineReader(decoded, MAX_LINE);
			int number = 0;
			long reported = 0;
			String text;
			while ((text = reader.readLine()) != null) {
				number++;
				if (reader.tooLong()) {
					lines++;
					sink.reject(number, "longer than " + MAX_LINE / (1024 * 1024) + " M characters; skipped");
					continue;
				}
				if (text.isBlank()) {
					continue;
				}
				lines++;
				Parsed parsed = parse(number, text);
				if (parsed.line() != null) {
					sink.line(parsed.line());
				}
				else {
					sink.reject(number, parsed.problem());
				}
				if (number % 2000 == 0) {
					sink.bytes(in.count() - reported);
					reported = in.count();
				}
			}
			sink.bytes(in.count() - reported);
		}
		return lines;
	}

	/** Why the whole file cannot be read, or null. */
	static String fileProblem(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return "no such file";
		}
		if (Files.size(file) == 0) {
			return "empty file";
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		boolean blank = true;
		for (byte b : head) {
			if (b == 0) {
				return "binary file (NUL bytes); expected FtM JSON lines";
			}
			if (!Character.isWhitespace(b)) {
				blank = false;
			}
		}
		if (blank && Files.size(file) <= SNIFF) {
			return "empty file (only blank lines)";
		}
		return null;
	}

	/** A line read: either a good line or the reason it is bad. */
	record Parsed(FtmLine line, String problem) {

		static Parsed bad(String problem) {
			return new Parsed(null, problem);
		}

	}

	static Parsed parse(int number, String text) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			return Parsed.bad("invalid JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			return Parsed.bad("not a JSON object");
		}
		if (node.has("op") || (node.has("entity") && !node.has("schema"))) {
			String op = node.path("op").asText("");
			JsonNode entity = node.get("entity");
			if (entity == null || !entity.isObject()) {
				return Parsed.bad("delta line without an 'entity' object");
			}
			return switch (op) {
				case "ADD", "MOD" -> entity(number, entity);
				case "DEL" -> {
					String id = text(entity.get("id"));
					yield id == null ? Parsed.bad("DEL without an entity id")
							: new Parsed(new FtmLine(number, FtmLine.Op.DELETE,
									new FtmEntity(id, null, null, Map.of(), List.of(), List.of(), null)), null);
				}
				default -> Parsed.bad("unknown op '" + op + "'; expected ADD, MOD or DEL");
			};
		}
		return entity(number, node);
	}

	private static Parsed entity(int number, JsonNode node) {
		String id = text(node.get("id"));
		if (id == null) {
			return Parsed.bad("entity without an id");
		}
		String schema = text(node.get("schema"));
		if (schema == null) {
			return Parsed.bad("entity " + id + " without a schema");
		}
		JsonNode props = node.get("properties");
		if (props != null && !props.isNull() && !props.isObject()) {
			return Parsed.bad("entity " + id + ": 'properties' is not an object");
		}
		Map<String, List<String>> properties = new LinkedHashMap<>();
		if (props != null && props.isObject()) {
			props.fields().forEachRemaining(e -> {
				List<String> values = strings(e.getValue());
				if (!values.isEmpty()) {
					properties.put(e.getKey(), values);
				}
			});
		}
		FtmEntity entity = new FtmEntity(id, schema, text(node.get("caption")), properties,
				strings(node.get("referents")), strings(node.get("datasets")), text(node.get("last_seen")));
		return new Parsed(new FtmLine(number, FtmLine.Op.UPSERT, entity), null);
	}

	/** Strings of a list (or of a single value, which some writers give for one-element lists); blanks dropped. */
	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node == null || node.isNull()) {
			return values;
		}
		if (node.isArray()) {
			node.forEach(v -> {
				String value = text(v);
				if (value != null) {
					values.add(value);
				}
			});
		}
		else {
			String value = text(node);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private static String text(JsonNode node) {
		if (node == null || !node.isValueNode() || node.isNull()) {
			return null;
		}
		String value = node.asText().strip();
		return value.isEmpty() ? null : value;
	}

}
