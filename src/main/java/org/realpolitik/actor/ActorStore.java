package org.realpolitik.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.claim.PartialDate;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/** Writes actors in batches and answers which ids exist. */
@Service
public class ActorStore {

	static final int BATCH = 1000;

	private final Graph graph;

	ActorStore(Graph graph) {
		this.graph = graph;
	}

	/** Creates or updates the actors; returns how many were written. */
	public int save(List<ActorInput> actors) {
		int written = 0;
		for (int i = 0; i < actors.size(); i += BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ActorInput a : actors.subList(i, Math.min(actors.size(), i + BATCH))) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", a.id());
				row.put("name", a.name());
				row.put("kind", a.kind().value());
				row.put("aliases", a.aliases());
				row.put("wikidataId", a.wikidataId());
				row.put("cameo", a.cameo());
				row.put("existedFrom", a.existedFrom() == null ? null : a.existedFrom().toString());
				row.put("existedUntil", a.existedUntil() == null ? null : a.existedUntil().toString());
				rows.add(row);
			}
			written += this.graph.write(CypherFiles.query("actors-save"), Map.of("actors", rows),
					r -> r.get("written").asInt()).stream().mapToInt(Integer::intValue).sum();
		}
		return written;
	}

	/** Every actor with its names, for the news extractor's gazetteer. */
	public List<ActorInput> all() {
		return this.graph.read("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
				+ "coalesce(a.aliases, []) AS aliases, a.wikidataId AS wikidataId, a.cameo AS cameo, "
				+ "a.existedFrom AS existedFrom, a.existedUntil AS existedUntil", Map.of(),
				r -> new ActorInput(r.get("id").asString(), r.get("name").asString(),
						ActorKind.parse(r.get("kind").asString(null)).orElse(ActorKind.ORGANISATION),
						r.get("aliases").asList(org.neo4j.driver.Value::asString), r.get("wikidataId").asString(null),
						r.get("cameo").asString(null), PartialDate.parseNullable(r.get("existedFrom").asString(null)),
						PartialDate.parseNullable(r.get("existedUntil").asString(null))));
	}

	/** The names of the given actors, by id (ids that name no actor are left out). */
	public Map<String, String> names(Collection<String> ids) {
		Map<String, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.graph.read("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name",
					Map.of("ids", List.copyOf(ids)), r -> names.put(r.get("id").asString(), r.get("name").asString()));
		}
		return names;
	}

	/** The subset of the given ids that name an actor. */
	public Set<String> existing(Collection<String> ids) {
		return Set.copyOf(this.graph.read("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id",
				Map.of("ids", List.copyOf(ids)), r -> r.get("id").asString()));
	}

	/** @throws ActorNotFoundException when one of the ids names no actor */
	public void requireExisting(String... ids) {
		List<String> given = java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
		Set<String> found = existing(given);
		for (String id : given) {
			if (!found.contains(id)) {
				throw new ActorNotFoundException(id);
			}
		}
	}

}
