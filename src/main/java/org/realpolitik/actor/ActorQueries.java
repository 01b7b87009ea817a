package org.realpolitik.actor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/** Read side of actors: ranked search over names and aliases, and one actor with its relationships. */
@Service
public class ActorQueries {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private final Graph graph;

	ActorQueries(Graph graph) {
		this.graph = graph;
	}

	public record ActorSummary(String id, String name, String kind, List<String> aliases) {
	}

	public record ActorRef(String id, String name) {
	}

	public record Relationship(String type, String direction, ActorRef actor, String from, String until,
			boolean ended, long claims, long sources, double confidence, boolean alleged) {
	}

	/**
	 * @param existedFrom  the day (month, year) the actor came into being, where a source gives it
	 * @param existedUntil the day it ceased to exist; its successors are its {@code SUCCESSOR_OF} relationships
	 */
	public record ActorDetail(String id, String name, String kind, List<String> aliases, String wikidataId,
			String existedFrom, String existedUntil, List<Relationship> relationships) {
	}

	/** Actors matching the words of {@code text}, best first; {@code kind} may be null. */
	public List<ActorSummary> search(String text, ActorKind kind, int limit) {
		String lucene = lucene(text);
		if (lucene.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("lucene", lucene);
		params.put("lower", text.strip().toLowerCase(java.util.Locale.ROOT));
		params.put("kind", kind == null ? null : kind.value());
		params.put("limit", limit);
		return this.graph.read(CypherFiles.query("actor-search"), params,
				r -> new ActorSummary(r.get("id").asString(), r.get("name").asString(), r.get("kind").asString(null),
						r.get("aliases").asList(Value::asString)));
	}

	/** @throws ActorNotFoundException when there is no actor with this id */
	public ActorDetail get(String id) {
		ActorDetail detail = this.graph.readOne(CypherFiles.query("actor-get"),
				Map.of("id", id, "types", RelationshipType.names()),
				r -> new ActorDetail(r.get("id").asString(), r.get("name").asString(), r.get("kind").asString(null),
						r.get("aliases").asList(Value::asString), r.get("wikidataId").asString(null),
						r.get("existedFrom").asString(null), r.get("existedUntil").asString(null),
						r.get("relationships").asList(ActorQueries::relationship)
							.stream()
							.sorted(Comparator.comparing(Relationship::type)
								.thenComparing(Relationship::direction, Comparator.reverseOrder())
								.thenComparing(rel -> rel.actor().name()))
							.toList()));
		if (detail == null) {
			throw new ActorNotFoundException(id);
		}
		return detail;
	}

	private static Relationship relationship(Value v) {
		return new Relationship(v.get("type").asString(), v.get("direction").asString(),
				new ActorRef(v.get("actor").get("id").asString(), v.get("actor").get("name").asString()),
				v.get("from").asString(null), v.get("until").asString(null), v.get("ended").asBoolean(false),
				v.get("claims").asLong(0), v.get("sources").asLong(0), v.get("confidence").asDouble(0),
				v.get("alleged").asBoolean(false));
	}

	/**
	 * A Lucene query from free text: every word must match, as a whole word (ranked higher) or as a prefix. Lucene's
	 * operators in the input are escaped, so user text can never change the query's structure.
	 */
	static String lucene(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder query = new StringBuilder();
		for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Punct}&&[^'.]]+")) {
			String term = LUCENE_SPECIAL.matcher(word.replace("'", "").replace(".", "")).replaceAll("");
			if (term.isEmpty()) {
				continue;
			}
			if (!query.isEmpty()) {
				query.append(" AND ");
			}
			query.append("(").append(term).append("^2 OR ").append(term).append("*)");
		}
		return query.toString();
	}

}
