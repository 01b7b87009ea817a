package org.realpolitik.ingest.ftm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Component;

/**
 * The FtM importer's own reads and writes: which actor an FtM entity is ({@code (:FtmEntity)-[:IDENTIFIES]->(:Actor)}),
 * actors by Wikidata id, and the actors it creates and removes. Every method takes a whole batch.
 */
@Component
class FtmStore {

	static final int BATCH = 1000;

	private final Graph graph;

	FtmStore(Graph graph) {
		this.graph = graph;
	}

	/** The actor ids of those FtM ids that are stored. */
	Map<String, String> actorsOfEntities(Collection<String> ftmIds) {
		Map<String, String> found = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(ftmIds))) {
			this.graph.read(CypherFiles.query("ftm-entities-lookup"), Map.of("ids", batch),
					r -> found.put(r.get("id").asString(), r.get("actor").asString()));
		}
		return found;
	}

	/** The actor id of those Wikidata ids an actor has (the first by id when several have it). */
	Map<String, String> actorsByWikidata(Collection<String> qids) {
		Map<String, String> found = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(qids))) {
			this.graph.read(CypherFiles.query("ftm-actors-by-wikidata"), Map.of("qids", batch),
					r -> found.put(r.get("qid").asString(), r.get("actor").asString()));
		}
		return found;
	}

	/** The actors the FtM importer did not create. */
	List<ActorInput> knownActors() {
		return this.graph.read(CypherFiles.query("ftm-actors-known"), Map.of(),
				r -> new ActorInput(r.get("id").asString(), r.get("name").asString(""),
						ActorKind.parse(r.get("kind").asString(null)).orElse(ActorKind.ORGANISATION),
						r.get("aliases").asList(org.neo4j.driver.Value::asString), null, r.get("cameo").asString(null)));
	}

	/** A resolved actor of an entity, to be written. */
	record ActorRow(String actorId, String ftmId, String schema, FtmMapping.ActorDraft draft) {
	}

	int saveActors(List<ActorRow> actors) {
		int written = 0;
		for (List<ActorRow> batch : batches(actors)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ActorRow a : batch) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", a.actorId());
				row.put("entity", a.ftmId());
				row.put("schema", a.schema());
				row.put("name", a.draft().name());
				row.put("aliases", a.draft().aliases());
				row.put("kind", a.draft().kind().value());
				row.put("wikidataId", a.draft().wikidataId());
				row.put("countries", a.draft().countries());
				rows.add(row);
			}
			written += this.graph.write(CypherFiles.query("ftm-actors-save"), Map.of("actors", rows),
					r -> r.get("written").asInt()).stream().mapToInt(Integer::intValue).sum();
		}
		return written;
	}

	/** For the document ids that exist: the actors their claims name. */
	Map<String, List<String>> documentActors(Collection<String> documentIds) {
		Map<String, List<String>> found = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(documentIds))) {
			this.graph.read(CypherFiles.query("ftm-documents-actors"), Map.of("ids", batch), r -> found
				.put(r.get("document").asString(), r.get("actors").asList(org.neo4j.driver.Value::asString)));
		}
		return found;
	}

	/** Unlinks deleted entities from their actors; returns those actors. */
	List<String> deleteEntities(Collection<String> ftmIds) {
		List<String> actors = new ArrayList<>();
		for (List<String> batch : batches(List.copyOf(ftmIds))) {
			actors.addAll(this.graph.write(CypherFiles.query("ftm-entities-delete"), Map.of("ids", batch),
					r -> r.get("actor").asString()));
		}
		return actors;
	}

	/** Removes the FtM-created actors among the ids that nothing references; returns how many. */
	int removeOrphans(Collection<String> actorIds) {
		int removed = 0;
		for (List<String> batch : batches(List.copyOf(actorIds))) {
			removed += this.graph.write(CypherFiles.query("ftm-actors-remove-orphans"), Map.of("ids", batch),
					r -> r.get("removed").asInt()).stream().mapToInt(Integer::intValue).sum();
		}
		return removed;
	}

	private static <T> List<List<T>> batches(List<T> all) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < all.size(); i += BATCH) {
			batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
		}
		return batches;
	}

}
