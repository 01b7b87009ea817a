package org.realpolitik.query.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/** Lists derived edges and the claims behind them. */
@Service
public class RelationshipQueries {

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	private final Graph graph;

	private final ActorStore actors;

	RelationshipQueries(Graph graph, ActorStore actors) {
		this.graph = graph;
		this.actors = actors;
	}

	public record Edge(String type, ActorRef subject, ActorRef object, String from, String until, boolean ended,
			long claims, long sources, double confidence, boolean alleged) {
	}

	public record Page(List<Edge> edges, Long total, Cursor next) {
	}

	public record DocumentRef(String id, String title, String url, String source, String publishedAt) {
	}

	/**
	 * A claim with what backs it: its document, and the sentence, offsets and quote of a text; the role and structured
	 * details of a record (a sanction's programme and authority); the events behind an event-data claim.
	 */
	public record ClaimEvidence(String id, String type, String polarity, String modality, boolean supportsEdge,
			String from, String until, String quote, Integer sentence, Integer start, Integer end, String method,
			Double confidence, String source, String observedAt, String role, Map<String, String> details,
			Events events, DocumentRef document) {
	}

	/**
	 * The coded events behind an event-data (GDELT) claim: how many, the first of their ids, the articles they were
	 * coded from, and how widely they were reported.
	 */
	public record Events(long count, List<String> ids, List<String> urls, long mentions, long sources, long articles,
			Double goldstein) {
	}

	/** Event ids an evidence answer lists per claim; {@code count} says how many there are in all. */
	static final int MAX_EVENT_IDS = 50;

	public record Evidence(ActorRef subject, ActorRef object, String type, List<Edge> edges,
			List<ClaimEvidence> claims) {
	}

	/**
	 * A position in the list of edges: the last edge of a page, by type and pair key ({@code subject object}). Sent to
	 * clients as an opaque string ({@link #encode}).
	 */
	public record Cursor(String type, String pair) {

		public String encode() {
			return java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.type + ' ' + this.pair).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		/** @throws IllegalArgumentException when {@code text} is not a cursor this service gave out */
		public static Cursor decode(String text) {
			if (text.length() > 800) {
				throw new IllegalArgumentException("a cursor is at most 800 characters");
			}
			String decoded;
			try {
				decoded = new String(java.util.Base64.getUrlDecoder().decode(text), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("not a cursor this service gave out");
			}
			String[] parts = decoded.split(" ", 2);
			if (parts.length < 2 || RelationshipType.parse(parts[0]).isEmpty() || parts[1].isBlank()) {
				throw new IllegalArgumentException("not a cursor this service gave out");
			}
			return new Cursor(RelationshipType.parse(parts[0]).get().name(), parts[1]);
		}

	}

	/**
	 * Edges matching the filters, in a stable order (type, subject, object). Subject and object may be null;
	 * {@code after} (the cursor of the page before) may be null, and is not combined with an offset. A page without
	 * an actor and without an offset is read type by type from each type's pair index, so it costs the same at any
	 * depth. The total is counted when that is cheap (no {@code asOf}, or an actor given: the counts store or the
	 * actor's own edges) or when {@code countTotal} asks for it; otherwise it is null. {@code next} is the cursor of
	 * the following page when this one is full.
	 */
	public Page list(List<RelationshipType> types, String subject, String object, LocalDate asOf, int limit,
			int offset, Cursor after, boolean countTotal) {
		this.actors.requireExisting(subject, object);
		List<String> names = (types.isEmpty() ? List.of(RelationshipType.values()) : types).stream()
			.map(Enum::name)
			.sorted()
			.toList();
		boolean anchored = subject != null || object != null;
		List<Row> rows = new ArrayList<>();
		if (!anchored && offset == 0) {
			for (String type : names) {
				if (after != null && type.compareTo(after.type()) < 0) {
					continue;
				}
				Map<String, Object> params = new HashMap<>();
				params.put("after", after != null && type.equals(after.type()) ? after.pair() : "");
				params.put("asOf", asOf);
				params.put("limit", limit - rows.size());
				rows.addAll(this.graph.read(CypherFiles.query("relationships-page").replace("__TYPE__", type), params,
						RelationshipQueries::row));
				if (rows.size() >= limit) {
					break;
				}
			}
		}
		else {
			Map<String, Object> params = parameters(names, subject, object, asOf, after);
			params.put("limit", limit);
			params.put("offset", offset);
			rows.addAll(this.graph.read(pageCypher(names, subject, object), params, RelationshipQueries::row));
		}
		Long total = null;
		if (!anchored && asOf == null) {
			// the counts store knows how many edges each type has: no edge is read
			total = this.graph.readOne(names.stream()
				.map(type -> "MATCH ()-[r:" + type + "]->() RETURN count(r) AS n")
				.collect(java.util.stream.Collectors.joining(" UNION ALL ", "CALL () { ", " } RETURN sum(n) AS total")),
					Map.of(), r -> r.get("total").asLong());
		}
		else if (anchored || countTotal) {
			total = this.graph.readOne(countCypher(names, subject, object), parameters(names, subject, object, asOf, null),
					r -> r.get("total").asLong());
		}
		Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
		Cursor next = rows.size() == limit && last.pair() != null ? new Cursor(last.edge().type(), last.pair()) : null;
		return new Page(rows.stream().map(Row::edge).toList(), total, next);
	}

	private record Row(Edge edge, String pair) {
	}

	private static Row row(Record r) {
		return new Row(edge(r), r.get("pair").asString(null));
	}

	/**
	 * A page of edges by offset or after a cursor ($types, $subject, $object, $asOf, $afterType, $afterPair, $offset,
	 * $limit), as {@link #list} reads it when an actor or an offset is given.
	 */
	public static String pageCypher(List<String> names, String subject, String object) {
		return template(names, subject, object).replace("__RETURN__", """
				RETURN type(r) AS type, s.id AS subjectId, s.name AS subjectName, o.id AS objectId, o.name AS objectName,
				       r.from AS from, r.until AS until, r.ended AS ended, r.claims AS claims, r.sources AS sources,
				       r.confidence AS confidence, r.alleged AS alleged, r.pair AS pair
				ORDER BY type, pair
				SKIP $offset LIMIT $limit""");
	}

	/** How many edges match (the parameters of {@link #pageCypher}, cursor null). */
	public static String countCypher(List<String> names, String subject, String object) {
		return template(names, subject, object).replace("__RETURN__", "RETURN count(r) AS total");
	}

	/** relationships.cypher with the pattern that uses the actor id index when an actor is given. */
	private static String template(List<String> names, String subject, String object) {
		// the types as the pattern's own (names of the closed enum), so the relationship type index is used
		String typed = "r:" + String.join("|", names);
		String match;
		if (subject != null) {
			match = "MATCH (s:Actor {id: $subject})-[" + typed
					+ "]->(o:Actor) WHERE $object IS NULL OR o.id = $object WITH s, r, o";
		}
		else if (object != null) {
			match = "MATCH (s:Actor)-[" + typed + "]->(o:Actor {id: $object})";
		}
		else {
			match = "MATCH (s:Actor)-[" + typed + "]->(o:Actor)";
		}
		return CypherFiles.query("relationships").replace("__MATCH__", match);
	}

	private static Map<String, Object> parameters(List<String> names, String subject, String object, LocalDate asOf,
			Cursor after) {
		Map<String, Object> params = new HashMap<>();
		params.put("types", names);
		params.put("subject", subject);
		params.put("object", object);
		params.put("asOf", asOf);
		params.put("afterType", after == null ? null : after.type());
		params.put("afterPair", after == null ? null : after.pair());
		return params;
	}

	/** The claims about an ordered pair, with the edges they back; {@code type} may be null for all types. */
	public Evidence evidence(String subject, RelationshipType type, String object) {
		Map<String, Object> params = new HashMap<>();
		params.put("subject", subject);
		params.put("object", object);
		params.put("type", type == null ? null : type.name());
		params.put("maxEventIds", MAX_EVENT_IDS);
		List<Evidence> found = this.graph.read(CypherFiles.query("evidence"), params, r -> {
			ActorRef s = new ActorRef(subject, r.get("subjectName").asString(null));
			ActorRef o = new ActorRef(object, r.get("objectName").asString(null));
			List<Edge> edges = r.get("edges")
				.asList(e -> new Edge(e.get("type").asString(), s, o, e.get("from").asString(null),
						e.get("until").asString(null), e.get("ended").asBoolean(false), e.get("claims").asLong(0),
						e.get("sources").asLong(0), e.get("confidence").asDouble(0), e.get("alleged").asBoolean(false)))
				.stream()
				.sorted(java.util.Comparator.comparing(Edge::type))
				.toList();
			return new Evidence(s, o, type == null ? null : type.name(), edges,
					r.get("claims").asList(RelationshipQueries::claim));
		});
		if (found.isEmpty()) {
			// no row: one of the two does not exist, which this names (404)
			this.actors.requireExisting(subject, object);
			throw new IllegalStateException("evidence query gave no row for existing actors " + subject + ", " + object);
		}
		return found.get(0);
	}

	private static Edge edge(Record r) {
		return new Edge(r.get("type").asString(),
				new ActorRef(r.get("subjectId").asString(), r.get("subjectName").asString()),
				new ActorRef(r.get("objectId").asString(), r.get("objectName").asString()), r.get("from").asString(null),
				r.get("until").asString(null), r.get("ended").asBoolean(false), r.get("claims").asLong(0),
				r.get("sources").asLong(0), r.get("confidence").asDouble(0), r.get("alleged").asBoolean(false));
	}

	private static ClaimEvidence claim(Value r) {
		Value c = r.get("claim");
		Value d = r.get("document");
		DocumentRef document = d.isNull() ? null
				: new DocumentRef(d.get("id").asString(), d.get("title").asString(null), d.get("url").asString(null),
						d.get("source").asString(null), d.get("publishedAt").asString(null));
		return new ClaimEvidence(c.get("id").asString(), c.get("type").asString(), c.get("polarity").asString(),
				c.get("modality").asString(), r.get("supportsEdge").asBoolean(), c.get("from").asString(null),
				c.get("until").asString(null), c.get("quote").asString(null), integer(c.get("sentence")),
				integer(c.get("start")), integer(c.get("end")), c.get("method").asString(null),
				c.get("confidence").isNull() ? null : c.get("confidence").asDouble(), c.get("source").asString(null),
				c.get("observedAt").asString(null), c.get("role").asString(null), details(c.get("details")),
				events(c), document);
	}

	private static Map<String, String> details(Value json) {
		if (json.isNull()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json.asString(), new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, String>>() {
			});
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return Map.of("unreadable", json.asString());
		}
	}

	private static Events events(Value c) {
		if (c.get("eventCount").isNull()) {
			return null;
		}
		return new Events(c.get("eventCount").asLong(), c.get("eventIds").asList(Value::asString),
				c.get("urls").isNull() ? List.of() : c.get("urls").asList(Value::asString), c.get("mentions").asLong(0),
				c.get("eventSources").asLong(0), c.get("articles").asLong(0),
				c.get("goldstein").isNull() ? null : c.get("goldstein").asDouble());
	}

	private static Integer integer(Value v) {
		return v.isNull() ? null : v.asInt();
	}

}
