package org.realpolitik.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.claim.EventEvidence;
import org.realpolitik.claim.Observation;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.ingest.CountingInputStream;
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
 * Imports GDELT event files. Each file is a document ({@code gdelt:<file name>}); its rows are streamed, mapped
 * (CAMEO code to type, actor codes to actors) and aggregated {@value #CHUNK} rows at a time into one observation per
 * (subject, type, object, polarity, modality, day), which {@link ClaimStore#mergeObservations} merges into the claims
 * already stored by key: a file imported again, or an overlapping one, adds no claim and no event. The document's
 * sha256 is written with the last chunk, so a file whose import was cut short has none and is imported again. An
 * import that imports nothing because its rows' countries are not in the gazetteer (none at all, on a store without
 * the seeds) or their codes not in the mapping says so ({@link ImportReport#missing()}).
 */
@Service
public class GdeltImporter implements Importer {

	private static final Logger log = LoggerFactory.getLogger(GdeltImporter.class);

	/** Rows aggregated before they are written. */
	static final int CHUNK = 50_000;

	/** Writes chunks while the next is read: one thread for all imports, so writes stay sequential per import. */
	private static final java.util.concurrent.ExecutorService WRITER = java.util.concurrent.Executors
		.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "gdelt-writer");
			thread.setDaemon(true);
			return thread;
		});

	/**
	 * Confidence one event gives its claim: GDELT is machine-coded from one article, and its direction (who did what
	 * to whom) is often wrong (docs/gdelt.md), so one event is weak evidence.
	 */
	static final double EVENT_CONFIDENCE = 0.15;

	/** The most any number of GDELT events can give a claim: repetition in the news is not verification. */
	static final double CONFIDENCE_CAP = 0.6;

	private static final CameoMapping MAPPING = CameoMapping.load();

	/** What is missing when an event's code is not in the codebook the mapping covers. */
	static final String NO_CODES = "the events' CAMEO codes in the mapping " + CameoMapping.RESOURCE.substring(1);

	private final ActorStore actors;

	private final ClaimStore claims;

	private final int chunk;

	@Autowired
	GdeltImporter(ActorStore actors, ClaimStore claims) {
		this(actors, claims, CHUNK);
	}

	private GdeltImporter(ActorStore actors, ClaimStore claims, int chunk) {
		this.actors = actors;
		this.claims = claims;
		this.chunk = chunk;
	}

	/** The same importer writing every {@code rows} rows (tests cross chunk boundaries with small chunks). */
	GdeltImporter withChunk(int rows) {
		return new GdeltImporter(this.actors, this.claims, rows);
	}

	@Override
	public String kind() {
		return "gdelt";
	}

	/** {@code .csv}, {@code .tsv} and {@code .zip} ({@code .export.CSV.zip}), any case. */
	@Override
	public boolean accepts(Path file) {
		return InputFiles.named(file, ".csv", ".tsv", ".zip");
	}

	@Override
	public ImportReport importFiles(List<Path> paths, Progress progress) {
		ImportTally tally = new ImportTally(kind());
		List<Reject> listing = new ArrayList<>();
		List<Path> files = InputFiles.expand(paths, this::accepts, listing);
		listing.forEach(tally::reject);
		progress.total(InputFiles.totalSize(files));
		Run run = new Run(tally, progress, this.actors.all());
		try {
			for (Path file : files) {
				run.importFile(file);
			}
			run.awaitWrite();
			run.saveAliases();
		}
		finally {
			run.awaitQuietly();
			// once for the whole import, and also for what was written when a later write failed
			long start = System.nanoTime();
			int edges = this.claims.deriveEdges(run.touched);
			log.debug("derived {} pairs ({} edges) in {} ms", run.touched.size(), edges,
					(System.nanoTime() - start) / 1_000_000);
		}
		tally.count("pairs derived", run.touched.size());
		ImportReport report = tally.report();
		log.info("{}", report.summary());
		return report;
	}

	/** One import: the actors known, the aliases seen, the counts. */
	private final class Run implements GdeltReader.Sink {

		private final ImportTally tally;

		private final Progress progress;

		private final ActorResolver resolver;

		/** The pairs the import's claims touch, derived once after all files. */
		final java.util.Set<org.realpolitik.claim.PairKey> touched = new java.util.LinkedHashSet<>();

		/** Actors in the database, by id (to add aliases keeping name and kind). */
		private final Map<String, ActorInput> present = new HashMap<>();

		/** Lower-cased names and aliases of every actor, and which actor has them. */
		private final Map<String, String> names = new HashMap<>();

		/** Candidate aliases (GDELT names of actors' own codes), by lower-cased alias: actor id, or "" when ambiguous. */
		private final Map<String, String> aliasOwner = new HashMap<>();

		private final Map<String, String> aliasText = new HashMap<>();

		private final List<ActorInput> newActors = new ArrayList<>();

		private Map<String, Pending> pending = new LinkedHashMap<>();

		/** The chunk being written, if any. */
		private java.util.concurrent.Future<ClaimStore.EventOutcome> write;

		private DocumentInput document;

		private int rowsInChunk;

		private long rowsSinceProgress;

		private CountingInputStream counting;

		private long bytesReported;

		Run(ImportTally tally, Progress progress, List<ActorInput> all) {
			this.tally = tally;
			this.progress = progress;
			this.resolver = new ActorResolver(all, KnownGroups.load());
			for (ActorInput actor : all) {
				this.present.put(actor.id(), actor);
				this.names.putIfAbsent(actor.name().toLowerCase(Locale.ROOT), actor.id());
				actor.aliases().forEach(a -> this.names.putIfAbsent(a.toLowerCase(Locale.ROOT), actor.id()));
			}
		}

		void importFile(Path file) {
			String name = file.toString();
			this.tally.file(name);
			if (!Files.isRegularFile(file)) {
				this.tally.reject(name, 0, "no such file");
				return;
			}
			String fileName = file.getFileName().toString();
			this.document = new DocumentInput("gdelt:" + fileName, fileName, "gdelt", null, null, null);
			MessageDigest sha256 = sha256();
			try (InputStream raw = Files.newInputStream(file)) {
				this.counting = new CountingInputStream(raw);
				this.bytesReported = 0;
				GdeltReader.read(name, new DigestInputStream(this.counting, sha256), this);
			}
			catch (IOException ex) {
				this.tally.reject(name, 0, "cannot read: " + ex.getMessage());
			}
			reportProgress();
			this.document = new DocumentInput(this.document.id(), fileName, "gdelt", null, null,
					HexFormat.of().formatHex(sha256.digest()));
			flush();
		}

		@Override
		public void event(String part, GdeltEvent event) {
			row();
			CameoMapping.Rule rule = MAPPING.rule(event.code());
			if (rule == null) {
				this.tally.skip("cameo " + event.code() + " not in the codebook", NO_CODES);
				return;
			}
			if (rule.skip()) {
				this.tally.skip("cameo " + event.code() + " not mapped");
				return;
			}
			ActorResolver.Resolution subject = this.resolver.resolve(event.actor1());
			if (subject.actor() == null) {
				this.tally.skip("actor1: " + subject.skip(), subject.missing());
				return;
			}
			ActorResolver.Resolution object = this.resolver.resolve(event.actor2());
			if (object.actor() == null) {
				this.tally.skip("actor2: " + object.skip(), object.missing());
				return;
			}
			if (subject.actor().equals(object.actor())) {
				this.tally.skip("same actor on both sides");
				return;
			}
			this.tally.count("events mapped", 1);
			alias(subject, event.actor1());
			alias(object, event.actor2());
			String day = event.day().toString();
			String key = String.join("|", "gdelt", subject.actor(), rule.type().name(), object.actor(),
					rule.polarity().value(), rule.modality().value(), day);
			Pending claim = this.pending.get(key);
			if (claim == null) {
				PartialDate date = PartialDate.parse(day);
				claim = new Pending(new ClaimInput(subject.actor(), rule.type(), object.actor(), rule.polarity(),
						rule.modality(), rule.polarity() == Polarity.ENDED ? null : date, date, null, null, null,
						null, "gdelt:cameo:" + event.code(), EVENT_CONFIDENCE, null, event.added()));
				this.pending.put(key, claim);
			}
			claim.events.putIfAbsent(event.id(), new EventEvidence(event.id(), event.url(), event.mentions(),
					event.sources(), event.articles(), event.goldstein()));
		}

		@Override
		public void reject(String part, int line, String reason) {
			if (line > 0) {
				row();
			}
			this.tally.reject(part, line, reason);
		}

		private void row() {
			this.tally.read(1);
			this.rowsSinceProgress++;
			if (this.rowsSinceProgress >= 10_000) {
				reportProgress();
			}
			if (++this.rowsInChunk >= GdeltImporter.this.chunk) {
				flush();
			}
		}

		private void reportProgress() {
			long bytes = this.counting == null ? 0 : this.counting.count();
			this.progress.advance(bytes - this.bytesReported, this.rowsSinceProgress);
			this.bytesReported = bytes;
			this.rowsSinceProgress = 0;
		}

		/** Writes what the chunk aggregated; the group actors it names first, so the claims find them. */
		/** Waits for a write still in flight when the import failed, so nothing writes after the import ended. */
		void awaitQuietly() {
			try {
				awaitWrite();
			}
			catch (RuntimeException ex) {
				log.debug("a GDELT chunk write failed after the import had failed", ex);
			}
		}

		/** Waits for the chunk being written and counts what it wrote; a failed write fails the import. */
		void awaitWrite() {
			if (this.write == null) {
				return;
			}
			try {
				var outcome = this.write.get();
				this.tally.count("claims new", outcome.claimsNew());
				this.tally.count("claims grown", outcome.claimsGrown());
				this.tally.count("claims unchanged", outcome.claimsUnchanged());
				this.tally.count("events new", outcome.eventsNew());
				this.tally.written(outcome.claimsNew() + outcome.claimsGrown());
				this.tally.unchanged(outcome.claimsUnchanged());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("GDELT import interrupted", ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime
						: new IllegalStateException(ex.getCause());
			}
			finally {
				this.write = null;
			}
		}

		private void flush() {
			List<ActorInput> create = new ArrayList<>();
			List<Observation> observations = new ArrayList<>(this.pending.size());
			for (var entry : this.pending.entrySet()) {
				ClaimInput c = entry.getValue().claim;
				for (String id : new String[] { c.subject(), c.object() }) {
					if (!this.present.containsKey(id)) {
						ActorInput group = groupById(id);
						this.present.put(id, group);
						create.add(group);
					}
				}
				observations.add(new Observation(entry.getKey(), c, List.copyOf(entry.getValue().events.values())));
			}
			if (!create.isEmpty()) {
				GdeltImporter.this.actors.save(create);
				this.newActors.addAll(create);
				this.tally.count("actors new", create.size());
			}
			// the chunk is written on the writer thread while the next one is read; one write at a time, in order
			awaitWrite();
			DocumentInput document = this.document;
			int rows = this.rowsInChunk;
			this.write = WRITER.submit(() -> {
				long start = System.nanoTime();
				var outcome = GdeltImporter.this.claims.mergeObservations(document, observations, CONFIDENCE_CAP,
						this.touched);
				log.debug("{}: {} rows aggregated into {} claims, written in {} ms", document.id(), rows,
						observations.size(), (System.nanoTime() - start) / 1_000_000);
				return outcome;
			});
			this.pending = new LinkedHashMap<>();
			this.rowsInChunk = 0;
		}

		private ActorInput groupById(String id) {
			for (ActorInput group : this.resolver.groups().values()) {
				if (group.id().equals(id)) {
					return group;
				}
			}
			throw new IllegalStateException("actor " + id + " is neither in the database nor a known group");
		}

		/**
		 * A GDELT name becomes an alias only of an actor denoted by its own code (a bare country or group code: an
		 * {@code AFGGOV} row's name is a minister's, not Afghanistan's), and only when no other actor has that name
		 * and GDELT gives it to no other actor: GDELT codes Kabul as AFG, but in our gazetteer Kabul is the Taliban.
		 */
		private void alias(ActorResolver.Resolution resolution, ActorFields fields) {
			if (!resolution.itself() || fields.name().isBlank()) {
				return;
			}
			String alias = titleCase(fields.name());
			String lower = alias.toLowerCase(Locale.ROOT);
			if (alias.length() < 2 || this.names.containsKey(lower)) {
				return;
			}
			String owner = this.aliasOwner.putIfAbsent(lower, resolution.actor());
			if (owner == null) {
				this.aliasText.put(lower, alias);
			}
			else if (!owner.equals(resolution.actor())) {
				this.aliasOwner.put(lower, "");
			}
		}

		void saveAliases() {
			Map<String, List<String>> byActor = new LinkedHashMap<>();
			this.aliasOwner.forEach((lower, owner) -> {
				if (!owner.isEmpty()) {
					byActor.computeIfAbsent(owner, o -> new ArrayList<>()).add(this.aliasText.get(lower));
				}
			});
			List<ActorInput> updates = new ArrayList<>();
			int count = 0;
			for (var entry : byActor.entrySet()) {
				ActorInput actor = this.present.get(entry.getKey());
				if (actor == null) {
					continue;
				}
				List<String> aliases = entry.getValue().stream().sorted().toList();
				updates.add(new ActorInput(actor.id(), actor.name(), actor.kind(), aliases, actor.wikidataId(),
						actor.cameo()));
				count += aliases.size();
			}
			if (!updates.isEmpty()) {
				GdeltImporter.this.actors.save(updates);
			}
			this.tally.count("aliases new", count);
		}

	}

	/** The claim of one key in the chunk and its events by id (an event repeated in a file counts once). */
	private static final class Pending {

		final ClaimInput claim;

		final Map<String, EventEvidence> events = new LinkedHashMap<>(4);

		Pending(ClaimInput claim) {
			this.claim = claim;
		}

	}

	/** {@code UNITED STATES} → {@code United States}; a leading "the" dropped; words of two letters stay ({@code EU}). */
	static String titleCase(String name) {
		String text = name.strip().replaceAll("\\s+", " ");
		if (text.regionMatches(true, 0, "THE ", 0, 4)) {
			text = text.substring(4);
		}
		StringBuilder out = new StringBuilder(text.length());
		for (String word : text.split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			if (word.length() <= 2) {
				out.append(word.toUpperCase(Locale.ROOT));
			}
			else {
				out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return out.toString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
