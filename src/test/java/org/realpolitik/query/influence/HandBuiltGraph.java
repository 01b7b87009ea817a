package org.realpolitik.query.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.realpolitik.claim.RelationshipType;

/**
 * A small graph written edge by edge with the properties derivation would give (sign, goldstein, confidence, dates),
 * so the analytics tests know every weight in advance. Actors are named after their ids.
 */
public final class HandBuiltGraph {

	public static final double CONFIDENCE = 0.9;

	private final List<Map<String, Object>> edges = new ArrayList<>();

	public HandBuiltGraph edge(String subject, RelationshipType type, String object) {
		return edge(subject, type, object, null, null, false);
	}

	public HandBuiltGraph edge(String subject, RelationshipType type, String object, LocalDate from, LocalDate until,
			boolean ended) {
		Map<String, Object> edge = new HashMap<>();
		edge.put("subject", subject);
		edge.put("type", type);
		edge.put("object", object);
		edge.put("from", from);
		edge.put("until", until);
		edge.put("ended", ended);
		this.edges.add(edge);
		return this;
	}

	public void writeTo(Driver driver) {
		for (Map<String, Object> edge : this.edges) {
			RelationshipType type = (RelationshipType) edge.get("type");
			Map<String, Object> params = new HashMap<>(edge);
			params.put("type", type.name());
			params.put("sign", type.sign());
			params.put("goldstein", type.goldstein());
			params.put("confidence", CONFIDENCE);
			driver.executableQuery("""
					MERGE (s:Actor {id: $subject}) ON CREATE SET s.name = toUpper($subject), s.kind = 'state'
					MERGE (o:Actor {id: $object}) ON CREATE SET o.name = toUpper($object), o.kind = 'state'
					CREATE (s)-[r:%s]->(o)
					SET r.fromDate = $from, r.from = toString($from), r.untilDate = $until, r.until = toString($until),
					    r.ended = $ended, r.claims = 1, r.sources = 1, r.confidence = $confidence, r.alleged = false,
					    r.sign = $sign, r.goldstein = $goldstein, r.pair = $subject + ' ' + $object, r.derivedAt = datetime(),
					    r.validFrom = coalesce($from, date({year: -999999999, month: 1, day: 1})),
					    r.validUntil = CASE WHEN $until IS NOT NULL THEN $until
					                        WHEN $ended THEN date({year: -999999999, month: 1, day: 1})
					                        ELSE date({year: 999999999, month: 12, day: 31}) END
					""".formatted(type.name())).withParameters(params).execute();
		}
	}

	/**
	 * The graph the ranking and balance tests share. Support: a ARMED b, b SUPPORTS c, a ENGAGES c. Hostility:
	 * d SANCTIONED a, e OPPOSES a, e ATTACKED d. Structure: f MEMBER_OF a. History: g ARMED a until 2001, h SANCTIONED
	 * b ended at an unknown date.
	 */
	public static HandBuiltGraph standard() {
		return new HandBuiltGraph().edge("a", RelationshipType.ARMED, "b")
			.edge("b", RelationshipType.SUPPORTS, "c")
			.edge("a", RelationshipType.ENGAGES, "c")
			.edge("d", RelationshipType.SANCTIONED, "a")
			.edge("e", RelationshipType.OPPOSES, "a")
			.edge("e", RelationshipType.ATTACKED, "d")
			.edge("f", RelationshipType.MEMBER_OF, "a")
			.edge("g", RelationshipType.ARMED, "a", LocalDate.of(1996, 1, 1), LocalDate.of(2001, 12, 31), false)
			.edge("h", RelationshipType.SANCTIONED, "b", LocalDate.of(2003, 1, 1), null, true);
	}

}
