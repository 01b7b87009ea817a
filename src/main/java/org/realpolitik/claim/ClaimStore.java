package org.realpolitik.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Service;

/**
 * Stores documents and their claims, and keeps the derived edges in step: every change re-derives exactly the pairs
 * it touched. Writes are batched ({@code UNWIND ... MERGE}) and idempotent.
 */
@Service
public class ClaimStore {

	static final int BATCH = 1000;

	/** Event-data claims per transaction: small rows, so more of them per commit. */
	static final int EVENT_BATCH = 5000;

	private final Graph graph;

	private final EdgeDerivation derivation;

	ClaimStore(Graph graph, EdgeDerivation derivation) {
		this.graph = graph;
		this.derivation = derivation;
	}

	/** What storing a document's claims changed. */
	public record Outcome(int claimsNew, int claimsUnchanged, int claimsRemoved, int pairsDerived) {
	}

	/**
	 * Stores a document and its claims: new ones are added, the rest stay as they are, and with {@code removeStale}
	 * the claims the document no longer makes are removed (an importer passes false when it rejected some of the
	 * document's records, so nothing stored is lost over a bad record); then the touched edges are derived again.
	 */
	public Outcome replaceDocumentClaims(DocumentInput document, List<ClaimInput> claims, boolean removeStale) {
		saveDocument(document);
		Map<String, ClaimInput> byId = new java.util.LinkedHashMap<>();
		claims.forEach(c -> byId.putIfAbsent(c.id(document.id()), c));
		List<String> ids = List.copyOf(byId.keySet());
		int existing = this.graph
			.readOne("MATCH (c:Claim) WHERE c.id IN $ids RETURN count(c) AS n", Map.of("ids", ids),
					r -> r.get("n").asInt());
		Set<PairKey> touched = new LinkedHashSet<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (var entry : byId.entrySet()) {
			ClaimInput c = entry.getValue();
			touched.add(new PairKey(c.subject(), c.type(), c.object()));
			rows.add(Map.of("id", entry.getKey(), "subject", c.subject(), "object", c.object(), "properties",
					c.properties()));
		}
		for (int i = 0; i < rows.size(); i += BATCH) {
			this.graph.write(CypherFiles.query("claims-save"),
					Map.of("document", document.id(), "claims", rows.subList(i, Math.min(rows.size(), i + BATCH))));
		}
		int[] removed = { 0 };
		if (removeStale) {
			this.graph.write(CypherFiles.query("claims-remove-stale"), Map.of("document", document.id(), "keep", ids),
				r -> {
					removed[0] += r.get("removed").asInt();
					return touched.add(pair(r));
				});
		}
		this.derivation.derive(touched);
		return new Outcome(ids.size() - existing, existing, removed[0], touched.size());
	}

	/** What merging event-data claims changed. */
	public record EventOutcome(int claimsNew, int claimsGrown, int claimsUnchanged, int eventsNew, int pairsDerived) {
	}

	/** Article URLs an event-data claim keeps as evidence (its event ids are all kept). */
	static final int MAX_URLS = 10;

	/**
	 * Stores a file of event data (GDELT): its document, and its observations merged into the claims already stored
	 * (see {@link Observation}); then derives the touched edges. Idempotent: importing the same or an overlapping file
	 * again adds only events not seen before. {@code cap} bounds the confidence many events can give a claim.
	 */
	public EventOutcome mergeObservations(DocumentInput document, List<Observation> observations, double cap) {
		Set<PairKey> touched = new LinkedHashSet<>();
		EventOutcome outcome = mergeObservations(document, observations, cap, touched);
		// always derived, also when nothing is new: a run killed between its writes and its derivation is mended
		this.derivation.derive(touched);
		return outcome;
	}

	/**
	 * {@link #mergeObservations(DocumentInput, List, double)} without deriving: the touched pairs are added to
	 * {@code touched}, for the importer to derive once with {@link #deriveEdges} after all its chunks (an import killed
	 * before that derives them when it runs again, since it derives every pair it touches, new or not).
	 */
	public EventOutcome mergeObservations(DocumentInput document, List<Observation> observations, double cap,
			Set<PairKey> touched) {
		saveDocument(document);
		Map<String, Observation> byId = new java.util.LinkedHashMap<>();
		for (Observation o : observations) {
			byId.merge(ClaimInput.hash(o.key()), o, (a, b) -> new Observation(a.key(), a.claim(),
					java.util.stream.Stream.concat(a.events().stream(), b.events().stream()).toList()));
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (var entry : byId.entrySet()) {
			ClaimInput c = entry.getValue().claim();
			touched.add(new PairKey(c.subject(), c.type(), c.object()));
			List<Map<String, Object>> events = new ArrayList<>();
			for (EventEvidence e : entry.getValue().events()) {
				Map<String, Object> event = new java.util.HashMap<>();
				event.put("id", e.id());
				event.put("url", e.url());
				event.put("mentions", e.mentions());
				event.put("sources", e.sources());
				event.put("articles", e.articles());
				event.put("goldstein", e.goldstein());
				events.add(event);
			}
			Map<String, Object> properties = c.properties();
			properties.remove("confidence");
			properties.remove("source");
			rows.add(Map.of("id", entry.getKey(), "subject", c.subject(), "object", c.object(), "properties",
					properties, "confidence", c.confidence(), "cap", cap, "events", events));
		}
		int[] totals = new int[4];
		String cypher = CypherFiles.query("claims-merge-events");
		for (int i = 0; i < rows.size(); i += EVENT_BATCH) {
			this.graph.write(cypher, Map.of("document", document.id(), "maxUrls", MAX_URLS, "claims",
					rows.subList(i, Math.min(rows.size(), i + EVENT_BATCH))), r -> {
						totals[0] += r.get("created").asInt();
						totals[1] += r.get("grown").asInt();
						totals[2] += r.get("unchanged").asInt();
						totals[3] += r.get("events").asInt();
						return null;
					});
		}
		return new EventOutcome(totals[0], totals[1], totals[2], totals[3], touched.size());
	}

	/** Derives the edges of the given pairs from their claims; returns how many of those edges exist afterwards. */
	public int deriveEdges(java.util.Collection<PairKey> pairs) {
		return this.derivation.derive(pairs);
	}

	private void saveDocument(DocumentInput document) {
		this.graph.write(CypherFiles.query("document-save"),
				Values.parameters("id", document.id(), "title", document.title(), "source", document.source(), "url",
						document.url(), "site", document.site(), "publishedAt",
						document.publishedAt() == null ? null : document.publishedAt().text(), "sha256",
						document.sha256())
					.asMap());
	}

	/**
	 * Deletes a document and what it alone says (a claim another document also states stays, without its link to this
	 * one) and derives the edges of the touched pairs again, all in one transaction: a crash half-way leaves the store
	 * as it was, never claims gone under edges that still show them. False if there is no such document.
	 */
	public boolean deleteDocument(String documentId) {
		List<PairKey> pairs = this.graph.writeTransaction(tx -> {
			boolean exists = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found", Map.of("id", documentId))
				.single()
				.get("found")
				.asBoolean();
			if (!exists) {
				return null;
			}
			List<PairKey> touched = tx.run(CypherFiles.query("document-delete"), Map.of("id", documentId))
				.list(ClaimStore::pair);
			this.derivation.deriveIn(tx, touched);
			return touched;
		});
		if (pairs == null) {
			return false;
		}
		this.derivation.derived(pairs);
		return true;
	}

	private static PairKey pair(Record r) {
		return new PairKey(r.get("subject").asString(), RelationshipType.valueOf(r.get("type").asString()),
				r.get("object").asString());
	}

	/** A document and every claim it makes, for {@link #replaceDocumentsClaims}. */
	public record DocumentClaims(DocumentInput document, List<ClaimInput> claims) {
	}

	/**
	 * {@link #replaceDocumentClaims} with {@code removeStale} for many small documents at once (each FtM entity is a
	 * document): the documents, their claims and the removal of the claims they no longer make are batched statements
	 * over all of them, and the touched edges are derived once, so a batch costs a handful of round trips.
	 */
	public Outcome replaceDocumentsClaims(List<DocumentClaims> documents) {
		if (documents.isEmpty()) {
			return new Outcome(0, 0, 0, 0);
		}
		List<Map<String, Object>> docs = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> keeps = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		Set<PairKey> touched = new LinkedHashSet<>();
		for (DocumentClaims entry : documents) {
			DocumentInput d = entry.document();
			Map<String, Object> doc = new java.util.HashMap<>();
			doc.put("id", d.id());
			doc.put("title", d.title());
			doc.put("source", d.source());
			doc.put("url", d.url());
			doc.put("site", d.site());
			doc.put("publishedAt", d.publishedAt() == null ? null : d.publishedAt().text());
			doc.put("sha256", d.sha256());
			docs.add(doc);
			Map<String, ClaimInput> byId = new java.util.LinkedHashMap<>();
			entry.claims().forEach(c -> byId.putIfAbsent(c.id(d.id()), c));
			for (var claim : byId.entrySet()) {
				ClaimInput c = claim.getValue();
				touched.add(new PairKey(c.subject(), c.type(), c.object()));
				rows.add(Map.of("id", claim.getKey(), "document", d.id(), "subject", c.subject(), "object",
						c.object(), "properties", c.properties()));
			}
			ids.addAll(byId.keySet());
			keeps.add(Map.of("id", d.id(), "keep", List.copyOf(byId.keySet())));
		}
		int existing = 0;
		for (int i = 0; i < ids.size(); i += BATCH) {
			existing += this.graph.readOne("MATCH (c:Claim) WHERE c.id IN $ids RETURN count(c) AS n",
					Map.of("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))), r -> r.get("n").asInt());
		}
		for (int i = 0; i < docs.size(); i += BATCH) {
			this.graph.write(CypherFiles.query("documents-save"),
					Map.of("documents", docs.subList(i, Math.min(docs.size(), i + BATCH))));
		}
		for (int i = 0; i < rows.size(); i += BATCH) {
			this.graph.write(CypherFiles.query("claims-save-batch"),
					Map.of("claims", rows.subList(i, Math.min(rows.size(), i + BATCH))));
		}
		int[] removed = { 0 };
		for (int i = 0; i < keeps.size(); i += BATCH) {
			this.graph.write(CypherFiles.query("claims-remove-stale-batch"),
					Map.of("documents", keeps.subList(i, Math.min(keeps.size(), i + BATCH))), r -> {
						removed[0] += r.get("removed").asInt();
						return touched.add(pair(r));
					});
		}
		this.derivation.derive(touched);
		return new Outcome(ids.size() - existing, existing, removed[0], touched.size());
	}

}
