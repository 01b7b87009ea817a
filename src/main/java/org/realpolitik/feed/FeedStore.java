package org.realpolitik.feed;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.stereotype.Component;

/**
 * What feeds remember in the graph, per source: each item met ({@code (:FeedItem)}: imported, failed and when to try
 * again, given up, skipped for good, pending) and one state record ({@code (:FeedState)}).
 */
@Component
public class FeedStore {

	static final String IMPORTED = "imported";

	static final String FAILED = "failed";

	static final String GIVEN_UP = "given up";

	static final String SKIPPED = "skipped";

	static final String PENDING = "pending";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** An item as remembered; {@code meta} is JSON text the feed wrote (a news item's title, date and site). */
	public record Item(String key, String url, String status, int attempts, ZonedDateTime retryAt, String reason,
			String meta) {

		boolean waiting() {
			return FAILED.equals(this.status) && this.retryAt != null && this.retryAt.isAfter(ZonedDateTime.now());
		}

	}

	/** A change to an item, written when its run ends. */
	record Mark(String key, String url, String status, String reason, int attempts, ZonedDateTime retryAt, String meta) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("key", this.key);
			row.put("url", this.url);
			row.put("status", this.status);
			row.put("reason", this.reason);
			row.put("attempts", this.attempts);
			row.put("retryAt", this.retryAt);
			row.put("meta", this.meta);
			return row;
		}

	}

	private final Graph graph;

	private final FeedSettings settings;

	public FeedStore(Graph graph, FeedSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	Map<String, Item> items(String source, Collection<String> keys) {
		Map<String, Item> found = new HashMap<>();
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += 10_000) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + 10_000));
			this.graph.read(CypherFiles.query("feed-items"), Map.of("source", source, "keys", batch), FeedStore::item)
				.forEach(item -> found.put(item.key(), item));
		}
		return found;
	}

	/** A source's state and the items of these keys it has met, read together. */
	record Known(Map<String, String> state, Map<String, Item> items) {
	}

	/** The state of a source and what it knows of these items, in one read. */
	Known known(String source, List<String> keys) {
		var row = this.graph.readOne(CypherFiles.query("feed-known"), Map.of("source", source, "keys", keys), r -> r);
		Map<String, Item> items = new HashMap<>();
		for (Value value : row.get("items").values()) {
			Item item = item(value.asMap());
			items.put(item.key(), item);
		}
		return new Known(parse(source, row.get("state").isNull() ? null : row.get("state").asString()), items);
	}

	List<Item> due(String source, int limit) {
		return this.graph.read(CypherFiles.query("feed-items-due"), Map.of("source", source, "limit", limit),
				FeedStore::item);
	}

	/**
	 * Records how a run's items went and what the feed remembers ({@code state}; null: unchanged) in one
	 * transaction: both or neither.
	 */
	void commit(String source, String run, List<Mark> marks, Map<String, String> state) {
		if (marks.isEmpty() && state == null) {
			return;
		}
		String markItems = CypherFiles.query("feed-items-mark");
		String saveState = CypherFiles.query("feed-state-save");
		this.graph.writeTransaction(tx -> {
			if (!marks.isEmpty()) {
				tx.run(markItems, Map.of("source", source, "run", run == null ? "" : run, "items",
						marks.stream().map(Mark::row).toList())).consume();
			}
			if (state != null) {
				tx.run(saveState, Map.of("source", source, "state", json(state))).consume();
			}
			return null;
		});
	}

	/** The mark of one more failed try: a later run tries again after the backoff, or gives up after the last try. */
	Mark failure(Item previous, String key, String url, String reason, String meta) {
		int attempts = (previous == null ? 0 : previous.attempts()) + 1;
		if (attempts >= this.settings.maxAttempts()) {
			return new Mark(key, url, GIVEN_UP, reason + " (" + attempts + " tries)", attempts, null, meta);
		}
		return new Mark(key, url, FAILED, reason, attempts, ZonedDateTime.now().plus(this.settings.backoff(attempts)),
				meta);
	}

	Map<String, String> state(String source) {
		return parse(source, this.graph.readOne(CypherFiles.query("feed-state"), Map.of("source", source),
				r -> r.get("state").isNull() ? null : r.get("state").asString()));
	}

	private static Map<String, String> parse(String source, String json) {
		if (json == null) {
			return new TreeMap<>();
		}
		try {
			return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the stored state of feed source '" + source + "' is not JSON", ex);
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

	static Map<String, String> meta(String json) {
		if (json == null) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	private static Item item(Record r) {
		return item(r.asMap());
	}

	/** An item from a row's or a map's fields ({@code key}, {@code url}, {@code status}, ...), as the queries return. */
	private static Item item(Map<String, Object> m) {
		return new Item((String) m.get("key"), (String) m.get("url"), (String) m.get("status"),
				m.get("attempts") instanceof Number n ? n.intValue() : 0,
				m.get("retryAt") instanceof ZonedDateTime t ? t : null, (String) m.get("reason"), (String) m.get("meta"));
	}

}
