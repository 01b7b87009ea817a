package org.realpolitik.query.timeline;

import java.time.LocalDate;
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

/** An actor's relationships as intervals ({@code cypher/queries/timeline-actor.cypher}). */
@Service
public class TimelineQueries {

	private final Graph graph;

	private final ActorStore actors;

	TimelineQueries(Graph graph, ActorStore actors) {
		this.graph = graph;
		this.actors = actors;
	}

	/**
	 * One relationship as an interval. {@code start}/{@code end} keep the source's precision ({@code 1996},
	 * {@code 2025-04-17}); {@code startDate} is the first day of the start, {@code endDate} the last day of the end;
	 * a null end with {@code ended} false means it still holds. {@code direction}: out when the actor is the subject.
	 */
	public record Interval(String type, String direction, ActorRef counterpart, String start, LocalDate startDate,
			String end, LocalDate endDate, boolean ended, long claims, long sources, boolean alleged,
			Double confidence) {
	}

	public record Timeline(ActorRef actor, LocalDate asOf, List<Interval> intervals) {
	}

	/**
	 * Earliest start first, undated ones last. {@code asOf} may be null for all times.
	 * @throws org.realpolitik.actor.ActorNotFoundException when no actor has the id
	 */
	public Timeline timeline(String id, List<RelationshipType> types, LocalDate asOf) {
		this.actors.requireExisting(id);
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("types", types.stream().map(Enum::name).toList());
		params.put("asOf", asOf);
		String name = this.graph.readOne("MATCH (a:Actor {id: $id}) RETURN a.name AS name", Map.of("id", id),
				r -> r.get("name").asString());
		return new Timeline(new ActorRef(id, name), asOf,
				this.graph.read(CypherFiles.query("timeline-actor"), params, TimelineQueries::interval));
	}

	private static Interval interval(Record r) {
		return new Interval(r.get("type").asString(), r.get("direction").asString(),
				new ActorRef(r.get("counterpartId").asString(), r.get("counterpartName").asString()),
				r.get("start").asString(null), date(r.get("startDate")), r.get("end").asString(null),
				date(r.get("endDate")), r.get("ended").asBoolean(), r.get("claims").asLong(), r.get("sources").asLong(),
				r.get("alleged").asBoolean(), r.get("confidence").isNull() ? null : r.get("confidence").asDouble());
	}

	private static LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}

}
