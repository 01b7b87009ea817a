package org.realpolitik.feed;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * An OpenSanctions / FollowTheMoney dataset ({@code ftm-dataset}). Each run reads the dataset's {@code index.json}
 * (asked for with its validators, so an unchanged index costs one small request): its {@code version}, the entity
 * file ({@code entities_url}, or the resource named {@code entities.ftm.json}, with its checksum) and the index of
 * delta files ({@code delta_url}: {@code {"versions": {version: url}}}). The first run imports the whole entity file;
 * later runs apply only the delta files newer than the version imported, in order. When the deltas cannot bridge the
 * gap (the version imported is older than the oldest delta, or the dataset has no deltas), the run imports the whole
 * file again and deletes the entities that disappeared from it, as {@code DEL} lines of a delta the feed writes from
 * the list of entity ids it keeps. The version imported is recorded on the run.
 */
@Component
public class FtmDatasetFeed implements Feed {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final String IDS = "entity-ids.txt";

	private final Fetcher fetcher;

	private final FeedStore store;

	public FtmDatasetFeed(Fetcher fetcher, FeedStore store) {
		this.fetcher = fetcher;
		this.store = store;
	}

	@Override
	public String kind() {
		return "ftm-dataset";
	}

	@Override
	public String importer() {
		return "ftm";
	}

	/** What a dataset's index says. */
	record Index(String version, URI entities, String checksum, URI deltas) {
	}

	@Override
	public Collected collect(FeedSource source) throws IOException, InterruptedException {
		List<Fetched> log = new ArrayList<>();
		Map<String, String> state = this.store.state(source.name());
		String current = state.get("version");
		Fetcher.Response response = this.fetcher.page(source.url(),
				current == null ? Fetcher.Validators.NONE : Fetcher.Validators.kept(state, "index"),
				false);
		log.add(Fetched.of(response));
		if (response.notModified()) {
			return new Collected(List.of(), log, null, (imported, reason, run) -> {
			});
		}
		if (!response.ok()) {
			throw new IOException("GET " + response.uri() + " answered HTTP " + response.status());
		}
		Index index = index(source.url(), response.body());
		Map<String, String> next = new TreeMap<>(state);
		response.validators().keep(next, "index");
		if (current != null && index.version().compareTo(current) <= 0) {
			log.add(Fetched.skipped(index.entities() == null ? source.url().toString() : index.entities().toString(),
					Fetched.ALREADY_IMPORTED, "version " + index.version() + " is imported"));
			return new Collected(List.of(), log, null, (imported, reason, run) -> this.store.commit(source.name(), run, List.of(), next));
		}
		if (current != null && index.deltas() != null) {
			List<Map.Entry<String, URI>> deltas = deltas(index, current, log);
			if (deltas != null) {
				return applyDeltas(source, deltas, index, log, next);
			}
		}
		return full(source, index, log, next, current);
	}

	static Index index(URI location, byte[] body) throws IOException {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new IOException(location + " is not JSON: " + ex.getMessage(), ex);
		}
		String version = text(root, "version");
		if (version == null) {
			throw new IOException(location + " has no 'version'");
		}
		String entities = text(root, "entities_url");
		String checksum = text(root, "entities_checksum");
		for (JsonNode resource : root.path("resources")) {
			if ("entities.ftm.json".equals(text(resource, "name")) && entities == null) {
				entities = text(resource, "url");
				checksum = text(resource, "checksum");
			}
		}
		if (entities == null) {
			throw new IOException(location + " names no entity file ('entities_url', or a resource 'entities.ftm.json')");
		}
		String deltas = text(root, "delta_url");
		return new Index(version, location.resolve(entities), checksum,
				deltas == null ? null : location.resolve(deltas));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
	}

	/**
	 * The delta files after {@code current} up to the index's version, oldest first; null when they cannot bridge the
	 * gap (a full import is needed); empty when nothing changed.
	 */
	private List<Map.Entry<String, URI>> deltas(Index index, String current, List<Fetched> log)
			throws IOException, InterruptedException {
		Fetcher.Response response = this.fetcher.page(index.deltas(), Fetcher.Validators.NONE, false);
		log.add(Fetched.of(response));
		if (!response.ok()) {
			throw new IOException("GET " + response.uri() + " answered HTTP " + response.status());
		}
		TreeMap<String, URI> versions = new TreeMap<>();
		try {
			Iterator<Map.Entry<String, JsonNode>> fields = JSON.readTree(response.body()).path("versions").fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getValue().isTextual()) {
					versions.put(field.getKey(), index.deltas().resolve(field.getValue().asText()));
				}
			}
		}
		catch (IOException ex) {
			throw new IOException(index.deltas() + " is not JSON: " + ex.getMessage(), ex);
		}
		if (versions.isEmpty() || current.compareTo(versions.firstKey()) < 0) {
			return null;
		}
		return new ArrayList<>(versions.subMap(current, false, index.version(), true).entrySet());
	}

	private Collected applyDeltas(FeedSource source, List<Map.Entry<String, URI>> deltas, Index index,
			List<Fetched> log, Map<String, String> next) throws IOException, InterruptedException {
		List<Path> files = new ArrayList<>();
		String reached = deltas.isEmpty() ? index.version() : null;
		for (Map.Entry<String, URI> delta : deltas) {
			Path target = source.folder().resolve("delta-" + safe(delta.getKey()) + ".delta.json");
			try {
				Fetcher.Response response = this.fetcher.file(delta.getValue(), Fetcher.Validators.NONE, target);
				log.add(Fetched.of(response));
				if (response.ok()) {
					files.add(target);
					reached = delta.getKey();
					continue;
				}
			}
			catch (Fetcher.FetchException ex) {
				log.add(Fetched.failed(delta.getValue().toString(), 0, ex.getMessage()));
			}
			// a later delta cannot be applied without this one: import the ones before it, try again next run
			break;
		}
		String version = reached;
		return new Collected(files, log, version, (imported, reason, run) -> {
			if (imported && version != null) {
				updateIds(source.folder(), files);
				next.put("version", version);
				if (!version.equals(index.version())) {
					// not there yet: the next run must read the index again, not get a 304 for it
					Fetcher.Validators.NONE.keep(next, "index");
				}
				this.store.commit(source.name(), run, List.of(), next);
			}
			Collected.deleteAll(files);
		});
	}

	private Collected full(FeedSource source, Index index, List<Fetched> log, Map<String, String> next, String current)
			throws IOException, InterruptedException {
		Path entities = source.folder().resolve("entities-" + safe(index.version()) + ".ftm.json");
		Fetcher.Response response;
		try {
			response = this.fetcher.file(index.entities(), Fetcher.Validators.NONE, entities);
		}
		catch (Fetcher.FetchException ex) {
			log.add(Fetched.failed(index.entities().toString(), 0, ex.getMessage()));
			return new Collected(List.of(), log, null, (imported, reason, run) -> {
			});
		}
		if (!response.ok() || (index.checksum() != null && !response.matches(index.checksum()))) {
			String problem = !response.ok() ? "HTTP " + response.status()
					: "checksum " + response.sha256() + " does not match the index's " + index.checksum();
			log.add(Fetched.failed(index.entities().toString(), response.status(), problem));
			Files.deleteIfExists(entities);
			return new Collected(List.of(), log, null, (imported, reason, run) -> {
			});
		}
		log.add(Fetched.of(response));
		List<Path> files = new ArrayList<>(List.of(entities));
		Path ids = source.folder().resolve(IDS + ".new");
		long[] fresh = EntityIds.write(entities, ids);
		Path removed = source.folder().resolve("removed-" + safe(index.version()) + ".delta.json");
		int gone = EntityIds.removals(source.folder().resolve(IDS), fresh, removed);
		if (gone > 0) {
			files.add(removed);
			log.add(Fetched.skipped(index.entities().toString(), Fetched.FULL_IMPORT, "the whole file"
					+ (current == null ? "" : " after version " + current + ", which deltas cannot reach") + "; "
					+ gone + " entities no longer in the dataset are deleted"));
		}
		else {
			Files.deleteIfExists(removed);
		}
		return new Collected(files, log, index.version(), (imported, reason, run) -> {
			if (imported) {
				Files.move(ids, source.folder().resolve(IDS), StandardCopyOption.REPLACE_EXISTING);
				next.put("version", index.version());
				this.store.commit(source.name(), run, List.of(), next);
			}
			else {
				Files.deleteIfExists(ids);
			}
			Collected.deleteAll(files);
		});
	}

	/** Applies delta files to the kept list of entity ids: {@code DEL} removes an id, {@code ADD} adds one. */
	private static void updateIds(Path folder, List<Path> deltas) throws IOException {
		Path ids = folder.resolve(IDS);
		java.util.Set<String> deleted = new java.util.HashSet<>();
		java.util.Set<String> added = new java.util.LinkedHashSet<>();
		for (Path delta : deltas) {
			try (BufferedReader lines = Files.newBufferedReader(delta, StandardCharsets.UTF_8)) {
				for (String line; (line = lines.readLine()) != null;) {
					EntityIds.Op op = EntityIds.op(line);
					if (op == null) {
						continue;
					}
					if (op.delete()) {
						deleted.add(op.id());
						added.remove(op.id());
					}
					else {
						added.add(op.id());
						deleted.remove(op.id());
					}
				}
			}
		}
		Path next = folder.resolve(IDS + ".next");
		try (BufferedWriter out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
			if (Files.isRegularFile(ids)) {
				try (BufferedReader lines = Files.newBufferedReader(ids, StandardCharsets.UTF_8)) {
					for (String id; (id = lines.readLine()) != null;) {
						if (!deleted.contains(id)) {
							out.write(id);
							out.newLine();
							added.remove(id);
						}
					}
				}
			}
			for (String id : added) {
				out.write(id);
				out.newLine();
			}
		}
		Files.move(next, ids, StandardCopyOption.REPLACE_EXISTING);
	}

	static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}

}
