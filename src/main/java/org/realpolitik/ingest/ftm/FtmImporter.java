package org.realpolitik.ingest.ftm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.claim.Modality;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.ImportTally;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.InputFiles;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Imports FtM entity streams and OpenSanctions delta files (docs/ftm.md). Files are read line by line in chunks of
 * {@link #CHUNK} lines; each chunk's actors, documents and claims are written in batched statements. Each entity that
 * makes claims is its own document ({@code ftm:<entity id>}), so a new version of an entity replaces its claims and a
 * {@code DEL} removes them, and the touched edges are derived again. A claim naming an entity that is not yet an actor
 * waits until the end of the import (the entity may come later in the stream or in a later file).
 */
@Service
public class FtmImporter implements Importer {

	private static final Logger log = LoggerFactory.getLogger(FtmImporter.class);

	static final int CHUNK = 1000;

	static final String KIND = "ftm";

	private final ActorStore actors;

	private final ClaimStore claims;

	private final FtmStore store;

	private final Authorities authorities;

	private final Clock clock;

	@Autowired
	FtmImporter(ActorStore actors, ClaimStore claims, FtmStore store) {
		this(actors, claims, store, Authorities.shipped(), Clock.systemUTC());
	}

	FtmImporter(ActorStore actors, ClaimStore claims, FtmStore store, Authorities authorities, Clock clock) {
		this.actors = actors;
		this.claims = claims;
		this.store = store;
		this.authorities = authorities;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** {@code .json}, {@code .jsonl}, {@code .ndjson}: also {@code .ftm.json} and {@code .delta.json}. */
	@Override
	public boolean accepts(Path file) {
		return InputFiles.named(file, ".json", ".jsonl", ".ndjson");
	}

	@Override
	public ImportReport importFiles(List<Path> paths, Progress progress) {
		ImportTally tally = new ImportTally(KIND);
		List<Reject> listing = new ArrayList<>();
		List<Path> files = InputFiles.expand(paths, this::accepts, listing);
		listing.forEach(tally::reject);
		progress.total(InputFiles.totalSize(files));
		Run run = new Run(tally, progress);
		for (Path file : files) {
			run.file(file);
		}
		run.finish();
		ImportReport report = tally.report();
		log.info("{}", report.summary());
		return report;
	}

	/** One import: its counts and what it has learnt about the graph so far. */
	private final class Run {

		private final ImportTally tally;

		private final Progress progress;

		private final FtmMapping mapping;

		/** FtM id → actor id, for the entities this run has seen or looked up. */
		private final Map<String, String> entityActors = new HashMap<>();

		/** Lower-case name or alias → actor ids, of the organisations (not persons) FtM did not create. */
		private final Map<String, Set<String>> names = new HashMap<>();

		/** Actor ids known to exist. */
		private final Set<String> present = new HashSet<>();

		/** Entities with claims that name an entity not yet resolved, by id, in the order they came. */
		private final Map<String, FtmMapping.Mapped> pending = new LinkedHashMap<>();

		private final List<FtmLine> chunk = new ArrayList<>();

		private int rows;

		Run(ImportTally tally, Progress progress) {
			this.tally = tally;
			this.progress = progress;
			Map<String, String> byCameo = new HashMap<>();
			for (ActorInput a : FtmImporter.this.authorities.actors()) {
				if (a.cameo() != null && a.kind() == ActorKind.STATE) {
					byCameo.put(a.cameo(), a.id());
				}
			}
			for (ActorInput a : FtmImporter.this.store.knownActors()) {
				this.present.add(a.id());
				if (a.cameo() != null && a.kind() == ActorKind.STATE) {
					byCameo.put(a.cameo(), a.id());
				}
				if (a.kind() != ActorKind.PERSON) {
					List<String> all = new ArrayList<>(a.aliases());
					all.add(a.name());
					for (String n : all) {
						this.names.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(a.id());
					}
				}
			}
			this.mapping = new FtmMapping(FtmImporter.this.authorities, byCameo::get, LocalDate.now(FtmImporter.this.clock));
		}

		void file(Path file) {
			String name = file.toString();
			this.tally.file(name);
			int[] bad = { 0 };
			try {
				int lines = FtmReader.read(file, new FtmReader.Sink() {

					@Override
					public void line(FtmLine line) {
						Run.this.chunk.add(line);
						Run.this.rows++;
						if (Run.this.chunk.size() >= CHUNK) {
							flush();
						}
					}

					@Override
					public void reject(int line, String reason) {
						Run.this.tally.reject(name, line, reason);
						if (line > 0) {
							Run.this.rows++;
							bad[0]++;
						}
					}

					@Override
					public void bytes(long bytes) {
						Run.this.progress.advance(bytes, Run.this.rows);
						Run.this.rows = 0;
					}

				});
				this.tally.read(lines);
			}
			catch (IOException ex) {
				this.tally.reject(name, 0, "cannot read: " + ex.getMessage());
			}
			flush();
		}

		/** Applies the chunk: per entity id its last line counts (a later line of the same id replaces an earlier). */
		void flush() {
			if (this.chunk.isEmpty()) {
				return;
			}
			Map<String, FtmLine> last = new LinkedHashMap<>();
			for (FtmLine line : this.chunk) {
				last.remove(line.id());
				last.put(line.id(), line);
			}
			this.chunk.clear();
			List<String> deletes = new ArrayList<>();
			List<FtmEntity> upserts = new ArrayList<>();
			for (FtmLine line : last.values()) {
				this.pending.remove(line.id());
				if (line.op() == FtmLine.Op.DELETE) {
					deletes.add(line.id());
				}
				else {
					upserts.add(line.entity());
				}
			}
			delete(deletes);
			upsert(upserts);
		}

		private void delete(List<String> ids) {
			if (ids.isEmpty()) {
				return;
			}
			this.tally.count("entities deleted", ids.size());
			ids.forEach(this.entityActors::remove);
			Set<String> candidates = new LinkedHashSet<>(removeDocuments(ids));
			candidates.addAll(FtmImporter.this.store.deleteEntities(ids));
			removeOrphans(candidates);
		}

		/** Deletes the documents of these entities where they exist; returns the actors their claims named. */
		private Set<String> removeDocuments(Collection<String> entityIds) {
			List<String> documentIds = entityIds.stream().map(FtmImporter::documentId).toList();
			Set<String> actors = new LinkedHashSet<>();
			Map<String, List<String>> existing = FtmImporter.this.store.documentActors(documentIds);
			for (var entry : existing.entrySet()) {
				FtmImporter.this.claims.deleteDocument(entry.getKey());
				actors.addAll(entry.getValue());
			}
			if (!existing.isEmpty()) {
				this.tally.count("documents deleted", existing.size());
			}
			return actors;
		}

		private void removeOrphans(Collection<String> actorIds) {
			if (actorIds.isEmpty()) {
				return;
			}
			int removed = FtmImporter.this.store.removeOrphans(actorIds);
			if (removed > 0) {
				this.tally.count("actors removed", removed);
				this.present.removeAll(actorIds);
			}
		}

		private void upsert(List<FtmEntity> entities) {
			if (entities.isEmpty()) {
				return;
			}
			List<FtmMapping.Mapped> mapped = new ArrayList<>();
			List<FtmMapping.Mapped> withActor = new ArrayList<>();
			for (FtmEntity entity : entities) {
				FtmMapping.Mapped m = this.mapping.map(entity);
				m.notes().forEach(note -> this.tally.count("left out, " + note, 1));
				if (m.skip() != null) {
					this.tally.skip(m.skip());
				}
				else {
					this.tally.count("entities " + entity.schema(), 1);
				}
				if (m.actor() != null) {
					withActor.add(m);
				}
				mapped.add(m);
			}
			saveActors(withActor);
			List<FtmMapping.Mapped> ready = new ArrayList<>();
			List<String> empty = new ArrayList<>();
			lookUp(mapped);
			for (FtmMapping.Mapped m : mapped) {
				if (m.claims().isEmpty()) {
					empty.add(m.entity().id());
				}
				else if (resolved(m)) {
					ready.add(m);
				}
				else {
					this.pending.put(m.entity().id(), m);
				}
			}
			writeClaims(ready, false);
			removeOrphans(removeDocuments(empty));
		}

		/** Looks up the actors of the FtM ids the claims name that this run does not know yet. */
		private void lookUp(Collection<FtmMapping.Mapped> mapped) {
			Set<String> unknown = new LinkedHashSet<>();
			for (FtmMapping.Mapped m : mapped) {
				for (FtmMapping.ClaimDraft c : m.claims()) {
					for (FtmMapping.Ref ref : List.of(c.subject(), c.object())) {
						if (ref.ftmId() != null && !this.entityActors.containsKey(ref.ftmId())) {
							unknown.add(ref.ftmId());
						}
					}
				}
			}
			if (!unknown.isEmpty()) {
				this.entityActors.putAll(FtmImporter.this.store.actorsOfEntities(unknown));
			}
		}

		private boolean resolved(FtmMapping.Mapped m) {
			return m.claims().stream().allMatch(c -> actorOf(c.subject()) != null && actorOf(c.object()) != null);
		}

		private String actorOf(FtmMapping.Ref ref) {
			return ref.actorId() != null ? ref.actorId() : this.entityActors.get(ref.ftmId());
		}

		/** Matches the entities' actors to the graph (FtM id, Wikidata id, exact organisation name) or makes new ones. */
		private void saveActors(List<FtmMapping.Mapped> mapped) {
			if (mapped.isEmpty()) {
				return;
			}
			Set<String> ids = new LinkedHashSet<>();
			mapped.forEach(m -> ids.addAll(m.actor().ids()));
			Map<String, String> byFtm = FtmImporter.this.store.actorsOfEntities(ids);
			Set<String> qids = new LinkedHashSet<>();
			Map<String, String> chosen = new LinkedHashMap<>();
			for (FtmMapping.Mapped m : mapped) {
				String actor = m.actor().ids().stream().map(byFtm::get).filter(a -> a != null).findFirst().orElse(null);
				if (actor != null) {
					chosen.put(m.entity().id(), actor);
					this.tally.count("actors matched by FtM id", 1);
				}
				else if (m.actor().wikidataId() != null) {
					qids.add(m.actor().wikidataId());
				}
			}
			Map<String, String> byQid = qids.isEmpty() ? Map.of() : FtmImporter.this.store.actorsByWikidata(qids);
			Map<String, String> slugs = new LinkedHashMap<>();
			for (FtmMapping.Mapped m : mapped) {
				if (chosen.containsKey(m.entity().id())) {
					continue;
				}
				FtmMapping.ActorDraft draft = m.actor();
				String actor = draft.wikidataId() == null ? null : byQid.get(draft.wikidataId());
				if (actor != null) {
					this.tally.count("actors matched by Wikidata id", 1);
				}
				else if (draft.kind() != ActorKind.PERSON) {
					actor = byName(draft);
					if (actor != null) {
						this.tally.count("actors matched by name", 1);
					}
				}
				if (actor != null) {
					chosen.put(m.entity().id(), actor);
				}
				else {
					slugs.put(m.entity().id(), ActorIds.slug(draft.name(), draft.aliases()));
				}
			}
			Set<String> taken = new HashSet<>(FtmImporter.this.actors
				.existing(slugs.values().stream().filter(s -> s != null).toList()));
			for (var entry : slugs.entrySet()) {
				String slug = entry.getValue();
				String id = slug;
				for (int length = 6; id == null || taken.contains(id); length += 6) {
					id = ActorIds.suffixed(slug, entry.getKey(), length);
					if (length > 30) {
						throw new IllegalStateException("no free actor id for FtM entity " + entry.getKey());
					}
				}
				taken.add(id);
				chosen.put(entry.getKey(), id);
			}
			if (!slugs.isEmpty()) {
				this.tally.count("actors new", slugs.size());
				this.tally.written(slugs.size());
			}
			List<FtmStore.ActorRow> rows = new ArrayList<>();
			for (FtmMapping.Mapped m : mapped) {
				String actor = chosen.get(m.entity().id());
				rows.add(new FtmStore.ActorRow(actor, m.entity().id(), m.entity().schema(), m.actor()));
				this.entityActors.put(m.entity().id(), actor);
				this.present.add(actor);
			}
			FtmImporter.this.store.saveActors(rows);
		}

		/** The one actor (not FtM-created, not a person) whose name or alias is exactly one of the entity's names. */
		private String byName(FtmMapping.ActorDraft draft) {
			Set<String> found = new HashSet<>();
			List<String> all = new ArrayList<>(draft.aliases());
			all.add(0, draft.name());
			for (String n : all) {
				found.addAll(this.names.getOrDefault(n.toLowerCase(Locale.ROOT), Set.of()));
			}
			return found.size() == 1 ? found.iterator().next() : null;
		}

		/**
		 * Writes each entity's claims as its document. With {@code partial}, claims whose actors cannot be resolved are
		 * dropped (counted); an entity left without claims is skipped and its stored claims, if any, removed.
		 */
		private void writeClaims(List<FtmMapping.Mapped> ready, boolean partial) {
			if (ready.isEmpty()) {
				return;
			}
			List<ClaimStore.DocumentClaims> documents = new ArrayList<>();
			List<String> empty = new ArrayList<>();
			Set<String> authorities = new LinkedHashSet<>();
			for (FtmMapping.Mapped m : ready) {
				List<ClaimInput> claims = new ArrayList<>();
				for (FtmMapping.ClaimDraft c : m.claims()) {
					String subject = actorOf(c.subject());
					String object = actorOf(c.object());
					if (subject == null || object == null) {
						this.tally.skip("claim naming an entity that is not an actor in the graph");
						continue;
					}
					if (subject.equals(object)) {
						this.tally.skip("claim of an actor about itself");
						continue;
					}
					if (c.subject().actorId() != null) {
						authorities.add(subject);
					}
					claims.add(new ClaimInput(subject, c.type(), object, c.polarity(), Modality.FACT, c.from(),
							c.until(), null, null, null, null, c.method(), c.confidence(), c.source(),
							m.observedAt(), c.role(), c.details()));
				}
				if (claims.isEmpty()) {
					if (partial) {
						this.tally.skip(m.entity().schema() + " naming no actor in the graph");
					}
					empty.add(m.entity().id());
					continue;
				}
				documents.add(new ClaimStore.DocumentClaims(
						new DocumentInput(documentId(m.entity().id()), m.title(), KIND, m.url(), null, null), claims));
			}
			ensureActors(authorities);
			ClaimStore.Outcome outcome = FtmImporter.this.claims.replaceDocumentsClaims(documents);
			this.tally.written(outcome.claimsNew());
			this.tally.unchanged(outcome.claimsUnchanged());
			this.tally.removed(outcome.claimsRemoved());
			this.tally.count("documents written", documents.size());
			this.tally.count("claims new", outcome.claimsNew());
			this.tally.count("claims unchanged", outcome.claimsUnchanged());
			this.tally.count("claims removed", outcome.claimsRemoved());
			this.tally.count("pairs derived", outcome.pairsDerived());
			removeOrphans(removeDocuments(empty));
		}

		/** Creates the authority actors the tables define that the graph does not have yet. */
		private void ensureActors(Set<String> ids) {
			Set<String> unknown = new LinkedHashSet<>(ids);
			unknown.removeAll(this.present);
			if (unknown.isEmpty()) {
				return;
			}
			Set<String> existing = FtmImporter.this.actors.existing(unknown);
			this.present.addAll(existing);
			List<ActorInput> missing = FtmImporter.this.authorities.actors()
				.stream()
				.filter(a -> unknown.contains(a.id()) && !existing.contains(a.id()))
				.toList();
			if (!missing.isEmpty()) {
				FtmImporter.this.actors.save(missing);
				missing.forEach(a -> this.present.add(a.id()));
				this.tally.count("authority actors created", missing.size());
				this.tally.written(missing.size());
			}
		}

		/** The claims still waiting for an actor: what resolves now is written, the rest is skipped. */
		void finish() {
			List<FtmMapping.Mapped> waiting = new ArrayList<>(this.pending.values());
			this.pending.clear();
			for (int i = 0; i < waiting.size(); i += CHUNK) {
				List<FtmMapping.Mapped> batch = waiting.subList(i, Math.min(waiting.size(), i + CHUNK));
				lookUp(batch);
				writeClaims(batch, true);
			}
		}

	}

	static String documentId(String entityId) {
		return "ftm:" + entityId;
	}

}
