package org.realpolitik.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a curated YAML file record by record. A record with a problem is rejected with its line and the reason; the
 * other records stand. A file that is not valid YAML, not UTF-8, or not shaped as the format says is rejected whole.
 * Pure: no database.
 */
public final class CuratedParser {

	static final int FORMAT = 1;

	static final double DEFAULT_CONFIDENCE = 0.9;

	private static final Set<String> TOP = Set.of("format", "actors", "claims");

	private static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "kind", "aliases", "wikidata", "cameo", "from",
			"until");

	private static final Set<String> CLAIM_FIELDS = Set.of("subject", "type", "object", "polarity", "modality", "from",
			"until", "source", "quote", "confidence", "observed", "role");

	/** Signals a bad record; caught per record. */
	private static final class Bad extends RuntimeException {

		private final int line;

		Bad(Node node, String message) {
			super(message);
			this.line = node.getStartMark().getLine() + 1;
		}

	}

	private CuratedParser() {
	}

	/** The actors of a curated file, for a gazetteer; a file that cannot be read at all is an error naming why. */
	public static List<ActorInput> readActors(java.nio.file.Path file) throws java.io.IOException {
		return readActors(file.toString(), java.nio.file.Files.readAllBytes(file));
	}

	/** The actors of curated content (a file's bytes, or a resource the jar carries) named {@code name}. */
	public static List<ActorInput> readActors(String name, byte[] content) throws java.io.IOException {
		CuratedFile curated = parse(name, content);
		if (curated.unreadable()) {
			throw new java.io.IOException(name + ": " + curated.rejected().get(0).reason());
		}
		return curated.actors().stream().map(CuratedFile.Line::record).toList();
	}

	public static CuratedFile parse(String name, byte[] content) {
		String sha256 = sha256(content);
		List<CuratedFile.Line<ActorInput>> actors = new ArrayList<>();
		List<CuratedFile.Line<ClaimInput>> claims = new ArrayList<>();
		List<Reject> rejected = new ArrayList<>();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return whole(name, sha256, "not UTF-8 text (a curated file is UTF-8 YAML)");
		}
		if (text.indexOf('\0') >= 0) {
			return whole(name, sha256, "binary content (a curated file is UTF-8 YAML)");
		}
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setCodePointLimit(64 * 1024 * 1024);
			root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			return new CuratedFile(name, sha256, List.of(), List.of(),
					List.of(new Reject(name, line, "not valid YAML: " + ex.getProblem())));
		}
		catch (YAMLException ex) {
			return whole(name, sha256, "not valid YAML: " + ex.getMessage());
		}
		if (root == null) {
			return whole(name, sha256, "empty file");
		}
		if (!(root instanceof MappingNode top)) {
			return new CuratedFile(name, sha256, List.of(), List.of(), List.of(new Reject(name,
					root.getStartMark().getLine() + 1, "the file must be a mapping with 'actors' and/or 'claims'")));
		}
		Set<String> actorIds = new HashSet<>();
		Set<String> sections = new HashSet<>();
		for (NodeTuple entry : top.getValue()) {
			String key;
			try {
				key = scalar(entry.getKeyNode());
			}
			catch (Bad ex) {
				rejected.add(new Reject(name, line(entry.getKeyNode()), "a top-level key must be a name: "
						+ ex.getMessage() + "; its part was not read"));
				continue;
			}
			if (!sections.add(key)) {
				rejected.add(new Reject(name, line(entry.getKeyNode()), "top-level key '" + key
						+ "' appears twice; its second part was not read"));
				continue;
			}
			Node value = entry.getValueNode();
			try {
				switch (key) {
					case "format" -> {
						if (!Integer.toString(FORMAT).equals(scalar(value))) {
							return new CuratedFile(name, sha256, List.of(), List.of(),
									List.of(new Reject(name, line(value),
											"unsupported format '" + scalar(value) + "'; this version reads format " + FORMAT)));
						}
					}
					case "actors" -> each(value, "actors", node -> {
						ActorInput actor = actor(node);
						if (!actorIds.add(actor.id())) {
							throw new Bad(node, "actor '" + actor.id() + "' appears twice in this file");
						}
						actors.add(new CuratedFile.Line<>(line(node), actor));
					}, name, rejected);
					case "claims" -> each(value, "claims",
							node -> claims.add(new CuratedFile.Line<>(line(node), claim(node))), name, rejected);
					default -> rejected.add(new Reject(name, line(entry.getKeyNode()),
							"unknown top-level key '" + key + "'; allowed: " + String.join(", ", TOP.stream().sorted().toList())));
				}
			}
			catch (Bad bad) {
				rejected.add(new Reject(name, bad.line, bad.getMessage()));
			}
		}
		return new CuratedFile(name, sha256, actors, claims, rejected);
	}

	private interface RecordReader {

		void read(MappingNode node);

	}

	private static void each(Node value, String key, RecordReader reader, String file, List<Reject> rejected) {
		if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
			return;
		}
		if (!(value instanceof SequenceNode list)) {
			throw new Bad(value, "'" + key + "' must be a list of records");
		}
		for (Node item : list.getValue()) {
			try {
				if (!(item instanceof MappingNode mapping)) {
					throw new Bad(item, "each entry of '" + key + "' must be a record (field: value lines)");
				}
				reader.read(mapping);
			}
			catch (Bad bad) {
				rejected.add(new Reject(file, bad.line, bad.getMessage()));
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Reject(file, line(item), ex.getMessage()));
			}
		}
	}

	static ActorInput actor(MappingNode node) {
		Map<String, Node> fields = fields(node, ACTOR_FIELDS, "actor");
		String id = required(node, fields, "id", "actor");
		if (!ActorInput.ID.matcher(id).matches()) {
			throw new Bad(fields.get("id"), "actor id '" + id + "' must be lower-case letters, digits and single hyphens");
		}
		String name = required(node, fields, "name", "actor");
		String kindText = required(node, fields, "kind", "actor");
		ActorKind kind = ActorKind.parse(kindText)
			.orElseThrow(() -> new Bad(fields.get("kind"),
					"unknown actor kind '" + kindText + "'; allowed: " + String.join(", ", ActorKind.valueNames())));
		List<String> aliases = new ArrayList<>();
		Node aliasNode = fields.get("aliases");
		if (aliasNode != null && !(aliasNode instanceof ScalarNode s && s.getValue().isEmpty())) {
			if (!(aliasNode instanceof SequenceNode list)) {
				throw new Bad(aliasNode, "'aliases' must be a list of names");
			}
			for (Node alias : list.getValue()) {
				String text = scalar(alias).strip();
				if (!text.isEmpty() && !aliases.contains(text) && !text.equals(name)) {
					aliases.add(text);
				}
			}
		}
		String wikidata = optional(fields, "wikidata");
		if (wikidata != null && !ActorInput.WIKIDATA.matcher(wikidata).matches()) {
			throw new Bad(fields.get("wikidata"), "wikidata '" + wikidata + "' is not a Wikidata item id such as Q159");
		}
		String cameo = optional(fields, "cameo");
		if (cameo != null && !ActorInput.CAMEO.matcher(cameo).matches()) {
			throw new Bad(fields.get("cameo"), "cameo '" + cameo + "' is not a CAMEO actor code such as RUS or AFGINSTAL");
		}
		PartialDate from = date(fields, "from");
		PartialDate until = date(fields, "until");
		if (from != null && until != null && until.last().isBefore(from.first())) {
			throw new Bad(fields.get("until"), "'until' (" + until + ") is before 'from' (" + from + ")");
		}
		return new ActorInput(id, name, kind, aliases, wikidata, cameo, from, until);
	}

	static ClaimInput claim(MappingNode node) {
		Map<String, Node> fields = fields(node, CLAIM_FIELDS, "claim");
		String subject = required(node, fields, "subject", "claim");
		String object = required(node, fields, "object", "claim");
		for (String key : List.of("subject", "object")) {
			String id = key.equals("subject") ? subject : object;
			if (!ActorInput.ID.matcher(id).matches()) {
				throw new Bad(fields.get(key), "'" + key + "' must be an actor id (lower-case letters, digits and hyphens), was '" + id + "'");
			}
		}
		if (subject.equals(object)) {
			throw new Bad(fields.get("object"), "a claim needs two different actors; subject and object are both '" + subject + "'");
		}
		String typeText = required(node, fields, "type", "claim");
		RelationshipType type = RelationshipType.parse(typeText)
			.orElseThrow(() -> new Bad(fields.get("type"), "unknown relationship type '" + typeText + "'; allowed: "
					+ String.join(", ", RelationshipType.names())));
		String polarityText = optional(fields, "polarity");
		Polarity polarity = polarityText == null ? Polarity.ASSERTED
				: Polarity.parse(polarityText)
					.orElseThrow(() -> new Bad(fields.get("polarity"), "unknown polarity '" + polarityText
							+ "'; allowed: " + String.join(", ", Polarity.valueNames())));
		String modalityText = optional(fields, "modality");
		Modality modality = modalityText == null ? Modality.FACT
				: Modality.parse(modalityText)
					.orElseThrow(() -> new Bad(fields.get("modality"), "unknown modality '" + modalityText
							+ "'; allowed: " + String.join(", ", Modality.valueNames())));
		PartialDate from = date(fields, "from");
		PartialDate until = date(fields, "until");
		if (from != null && until != null && until.last().isBefore(from.first())) {
			throw new Bad(fields.get("until"), "'until' (" + until + ") is before 'from' (" + from + ")");
		}
		PartialDate observed = date(fields, "observed");
		double confidence = DEFAULT_CONFIDENCE;
		String confidenceText = optional(fields, "confidence");
		if (confidenceText != null) {
			try {
				confidence = Double.parseDouble(confidenceText);
			}
			catch (NumberFormatException ex) {
				confidence = -1;
			}
			if (!(confidence >= 0 && confidence <= 1)) {
				throw new Bad(fields.get("confidence"), "confidence must be a number from 0 to 1, was '" + confidenceText + "'");
			}
		}
		return new ClaimInput(subject, type, object, polarity, modality, from, until, optional(fields, "quote"),
				line(node), null, null, "curated", confidence, optional(fields, "source"),
				observed == null ? null : observed.first(), optional(fields, "role"), Map.of());
	}

	private static PartialDate date(Map<String, Node> fields, String key) {
		String text = optional(fields, key);
		try {
			return PartialDate.parseNullable(text);
		}
		catch (IllegalArgumentException ex) {
			throw new Bad(fields.get(key), "'" + key + "': " + ex.getMessage());
		}
	}

	private static Map<String, Node> fields(MappingNode node, Set<String> allowed, String what) {
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!allowed.contains(key)) {
				throw new Bad(tuple.getKeyNode(), "unknown " + what + " field '" + key + "'; allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()));
			}
			if (fields.put(key, tuple.getValueNode()) != null) {
				throw new Bad(tuple.getKeyNode(), what + " field '" + key + "' appears twice");
			}
		}
		return fields;
	}

	private static String required(MappingNode node, Map<String, Node> fields, String key, String what) {
		String value = optional(fields, key);
		if (value == null) {
			throw new Bad(node, what + " has no '" + key + "'");
		}
		return value;
	}

	private static String optional(Map<String, Node> fields, String key) {
		Node node = fields.get(key);
		if (node == null) {
			return null;
		}
		String value = scalar(node).strip();
		return value.isEmpty() || value.equals("null") || value.equals("~") ? null : value;
	}

	private static String scalar(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw new Bad(node, "expected a single value here, found a " + (node instanceof SequenceNode ? "list" : "record"));
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	private static CuratedFile whole(String name, String sha256, String reason) {
		return new CuratedFile(name, sha256, List.of(), List.of(), List.of(new Reject(name, 0, reason)));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
