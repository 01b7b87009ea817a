package org.realpolitik.schedule;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.realpolitik.feed.Fetched;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Reject;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

/**
 * The {@code (:ImportRun)} records: a run is written as it starts and again as it ends, with its counts, rejects, fetch
 * log and version; maps and lists are stored as JSON text, which Neo4j Browser shows as it is.
 */
final class RunRecords {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final Graph graph;

	private final String instance;

	RunRecords(Graph graph, String instance) {
		this.graph = graph;
		this.instance = instance;
	}

	/** How a run ended, as it is recorded. */
	record Ending(RunStatus status, ImportReport report, List<String> files, String error, List<Fetched> fetched,
			String version) {

		Ending(RunStatus status, ImportReport report, List<String> files, String error) {
			this(status, report, files, error, List.of(), null);
		}

	}

	void start(String id, String source, String kind, String trigger, List<String> files) {
		this.graph.write(CypherFiles.query("import-run-start"), Map.of("id", id, "source", source, "kind", kind,
				"trigger", trigger, "instance", this.instance, "files", files));
	}

	void finish(String id, Ending end) {
		ImportReport report = end.report();
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("status", end.status().value());
		p.put("files", end.files());
		p.put("read", report == null ? 0 : report.read());
		p.put("written", report == null ? 0 : report.written());
		p.put("unchanged", report == null ? 0 : report.unchanged());
		p.put("removed", report == null ? 0 : report.removed());
		p.put("counts", json(report == null ? Map.of() : report.counts()));
		p.put("skipped", json(report == null ? Map.of() : report.skipped()));
		p.put("skippedCount", report == null ? 0 : report.skippedCount());
		p.put("rejected", json(report == null ? List.of() : report.rejected()));
		p.put("rejectedCount", report == null ? 0 : report.rejectedCount());
		p.put("missing", report == null ? null : report.missing());
		p.put("error", end.error());
		List<Fetched> fetched = end.fetched();
		p.put("fetched", json(fetched.subList(0, Math.min(fetched.size(), ImportRun.MAX_FETCHED))));
		p.put("fetchedCount", fetched.size());
		p.put("version", end.version());
		this.graph.write(CypherFiles.query("import-run-finish"), p);
	}

	/** Import runs, newest first. */
	ImportRuns.Page page(String source, RunStatus status, int limit, int offset) {
		Map<String, Object> p = new HashMap<>();
		p.put("source", source);
		p.put("status", status == null ? null : status.value());
		p.put("limit", limit);
		p.put("offset", offset);
		var row = this.graph.readOne(CypherFiles.query("import-runs"), p, r -> r);
		return new ImportRuns.Page(row.get("total").asLong(), row.get("page").asList(v -> toRun(v.asMap())));
	}

	Optional<ImportRun> run(String id) {
		return Optional.ofNullable(this.graph.readOne("MATCH (r:ImportRun {id: $id}) RETURN r {.*} AS run",
				Map.of("id", id), r -> toRun(r.get("run").asMap())));
	}

	private static ImportRun toRun(Map<String, Object> r) {
		return new ImportRun((String) r.get("id"), (String) r.get("source"), (String) r.get("kind"),
				(String) r.get("trigger"), RunStatus.of((String) r.get("status")), time(r.get("startedAt")), time(r.get("endedAt")),
				(String) r.get("instance"), strings(r.get("files")), number(r.get("read")), number(r.get("written")),
				number(r.get("unchanged")), number(r.get("removed")),
				read((String) r.get("counts"), new TypeReference<TreeMap<String, Long>>() {
				}, Map.of()), read((String) r.get("skipped"), new TypeReference<TreeMap<String, Long>>() {
				}, Map.of()), number(r.get("rejectedCount")), read((String) r.get("rejected"),
						new TypeReference<List<Reject>>() {
						}, List.of()),
				(String) r.get("missing"), (String) r.get("error"),
				read((String) r.get("fetched"), new TypeReference<List<Fetched>>() {
				}, List.of()), number(r.get("fetchedCount")), (String) r.get("version"));
	}

	private static OffsetDateTime time(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return value instanceof OffsetDateTime offset ? offset : null;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	private static long number(Object value) {
		return value instanceof Number n ? n.longValue() : 0;
	}

	private static <T> T read(String json, TypeReference<? extends T> type, T none) {
		if (json == null) {
			return none;
		}
		try {
			return JSON.readValue(json, type);
		}
		catch (JsonProcessingException ex) {
			return none;
		}
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
