package org.realpolitik.query.edges;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The edge list, cached per service instance and keyed by the graph-wide edge version
 * ({@code edges-version.cypher}), which derivation bumps in the same write as every batch: each use costs one tiny
 * read, and a derivation by any instance on the database (or cluster) makes the next use reload. Without a version
 * node (no derivation since the database was emptied, or edges written by hand) nothing is cached and every use
 * loads. A list some versions behind is patched: each derivation batch records the pairs it changed, and only their
 * edges are read again. {@code realpolitik.influence.cache=false} turns caching off: every use loads.
 */
@Component
public class EdgeListCache {

	private final Graph graph;

	private final boolean enabled;

	private volatile Cached cached;

	private volatile long loads;

	private volatile long patches;

	/** Patching more changed edges than this (or a tenth of the list, if more) loads the whole list instead. */
	static final int MIN_PATCH = 10_000;

	private record Cached(Version version, EdgeList edges) {
	}

	/** How long after the last derivation in this instance the list is loaded again in the background. */
	private final java.time.Duration warmAfter;

	private final java.util.concurrent.ScheduledExecutorService warmer = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "edge-list-warmer");
			thread.setDaemon(true);
			return thread;
		});

	private java.util.concurrent.ScheduledFuture<?> pendingWarm;

	private final org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	public EdgeListCache(Graph graph, EdgeListSettings settings,
			org.springframework.context.ApplicationEventPublisher events) {
		this.graph = graph;
		this.enabled = settings.cache();
		this.warmAfter = settings.warmAfter();
		this.events = events;
	}

	/**
	 * After this instance derived edges (an import, a deleted document), loads the list again in the background once
	 * derivations have been quiet for {@code realpolitik.influence.warm-after}, so the next analysis finds it warm
	 * instead of paying the load. A negative duration turns this off.
	 */
	@org.springframework.context.event.EventListener
	public void onEdgesDerived(org.realpolitik.claim.EdgesDerived event) {
		if (!this.enabled || this.warmAfter.isNegative()) {
			return;
		}
		synchronized (this.warmer) {
			if (this.pendingWarm != null) {
				this.pendingWarm.cancel(false);
			}
			this.pendingWarm = this.warmer.schedule(this::warm, this.warmAfter.toMillis(),
					java.util.concurrent.TimeUnit.MILLISECONDS);
		}
	}

	private void warm() {
		try {
			current();
			// the analyses prepare what their default requests need (GDS projections), still in the background
			this.events.publishEvent(new EdgeListWarmed());
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(EdgeListCache.class)
				.debug("Could not load the edge list in the background: {}", ex.getMessage());
		}
	}

	@jakarta.annotation.PreDestroy
	void stopWarming() {
		this.warmer.shutdownNow();
	}

	/**
	 * Loads the list in the background when the web server has started, so that the first analysis after start-up
	 * does not pay the load (only in the service: command-line runs have no web server). Off with a negative
	 * {@code warm-after}.
	 */
	@org.springframework.context.event.EventListener
	public void onStarted(org.springframework.boot.web.context.WebServerInitializedEvent event) {
		if (this.enabled && !this.warmAfter.isNegative()) {
			this.warmer.execute(this::warm);
		}
	}

	/**
	 * The edges as the database has them now: from the cache when its version is current; patched with the edges the
	 * newer versions changed when the database has a record of each of them (edges-changes.cypher), otherwise loaded
	 * whole.
	 */
	public EdgeList current() {
		return current(version());
	}

	/** {@link #current()} with the version already read. */
	private EdgeList current(Version version) {
		Cached known = this.cached;
		if (fresh(known, version)) {
			return known.edges();
		}
		synchronized (this) {
			known = this.cached;
			if (fresh(known, version)) {
				return known.edges();
			}
			Cached next = null;
			if (this.enabled && known != null && version != null && version.patchable(known.version())) {
				next = patch(known);
				if (next != null) {
					this.patches++;
				}
			}
			if (next == null) {
				next = load();
				this.loads++;
			}
			this.cached = this.enabled && next.version() != null ? next : null;
			return next.edges();
		}
	}

	/**
	 * The edges without waiting long for the database: the cached list when current. When it is behind, a list of up
	 * to {@link #SYNC_PATCH_LIMIT} edges is patched first; a larger one is handed out as it is (missing at most what
	 * the last imports derived) while it is brought up to date in the background; null
	 * when there is none to hand out (nothing cached yet, a new epoch, the cache off), and then a load starts in the
	 * background: the caller answers another way (the path search asks the database). With no edge version at all
	 * (edges written by hand) the list is loaded, as {@link #current} does.
	 */
	public EdgeList currentOrRecent() {
		if (!this.enabled) {
			return null;
		}
		Version version = version();
		Cached known = this.cached;
		if (fresh(known, version)) {
			return known.edges();
		}
		if (version == null) {
			return current(null);
		}
		if (known != null && version.patchable(known.version()) && known.edges().size() <= SYNC_PATCH_LIMIT) {
			// a small list is brought up to date at once (reading the changed pairs and copying it takes
			// milliseconds): right after an import, a path search sees what it derived
			return current(version);
		}
		loadInBackground();
		return known != null && version.patchable(known.version()) ? known.edges() : null;
	}

	/** Lists up to this many edges are patched before they are handed out; larger ones are handed out behind. */
	static final int SYNC_PATCH_LIMIT = 100_000;

	private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();

	/**
	 * Brings the list up to date on the warmer's thread (patched or loaded, then {@link EdgeListRefreshed} for the
	 * listeners), unless that is already under way.
	 */
	private void loadInBackground() {
		if (this.loading.compareAndSet(false, true)) {
			try {
				this.warmer.execute(() -> {
					try {
						current();
						this.events.publishEvent(new EdgeListRefreshed());
					}
					catch (RuntimeException ex) {
						org.slf4j.LoggerFactory.getLogger(EdgeListCache.class)
							.debug("Could not bring the edge list up to date in the background: {}", ex.getMessage());
					}
					finally {
						this.loading.set(false);
					}
				});
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				this.loading.set(false);
			}
		}
	}

	private boolean fresh(Cached known, Version version) {
		return this.enabled && version != null && known != null && known.version().key().equals(version.key());
	}

	/** Drops the cached list (the next use loads). */
	public void clear() {
		this.cached = null;
	}

	/** How many times the whole list was loaded from the database. */
	public long loads() {
		return this.loads;
	}

	/** How many times the cached list was patched with the edges newer versions changed instead of loaded whole. */
	public long patches() {
		return this.patches;
	}

	/** Whether this cache keeps the list between uses. */
	public boolean enabled() {
		return this.enabled;
	}

	/**
	 * An edge version: {@code key} (epoch/number) identifies it; {@code number} is null when there is more than one
	 * version node (before migration V8), and then nothing is patched.
	 */
	record Version(String key, String epoch, Long number) {

		/** Whether a list at {@code older} can be brought to this version by the recorded changes. */
		boolean patchable(Version older) {
			return this.number != null && older.number() != null && this.epoch != null
					&& this.epoch.equals(older.epoch()) && this.number > older.number();
		}

	}

	private Version version() {
		return version(this.graph.read(CypherFiles.query("edges-version"), Map.of(), r -> r));
	}

	private static Version version(List<org.neo4j.driver.Record> rows) {
		if (rows.isEmpty()) {
			return null;
		}
		if (rows.size() > 1) {
			return new Version(String.join(",", rows.stream().map(r -> r.get("version").asString()).sorted().toList()),
					null, null);
		}
		org.neo4j.driver.Record row = rows.get(0);
		return new Version(row.get("version").asString(), row.get("epoch").asString(null),
				row.get("number").isNull() ? null : row.get("number").asLong());
	}

	/** The version and the edges, read in one transaction so the list is at least as new as the version. */
	private Cached load() {
		String versionQuery = CypherFiles.query("edges-version");
		String edgesQuery = CypherFiles.query("edges-list");
		return this.graph.transaction(tx -> {
			Version version = version(tx.run(versionQuery).list());
			return new Cached(version, EdgeList.read(tx.run(edgesQuery)));
		});
	}

	/**
	 * The cached list brought to the current version by re-reading only the edges the versions in between changed,
	 * in one transaction: the version first, then its changes, then those edges (so the list is at least as new as
	 * the version; a derivation committed in between is applied again next time, which changes nothing). Null when
	 * a version in between left no record, or the changes are so many that loading the whole list is cheaper.
	 */
	private Cached patch(Cached known) {
		String versionQuery = CypherFiles.query("edges-version");
		String changesQuery = CypherFiles.query("edges-changes");
		String pairsQuery = CypherFiles.query("edges-list-pairs");
		return this.graph.transaction(tx -> {
			Version now = version(tx.run(versionQuery).list());
			if (now == null || !now.patchable(known.version())) {
				return null;
			}
			Set<Long> versions = new HashSet<>();
			Set<EdgeList.Key> keys = new LinkedHashSet<>();
			int limit = Math.max(MIN_PATCH, known.edges().size() / 10);
			var changes = tx.run(changesQuery, Map.of("epoch", now.epoch(), "after", known.version().number(), "upTo",
					now.number()));
			while (changes.hasNext()) {
				var change = changes.next();
				versions.add(change.get("version").asLong());
				String type = change.get("type").asString();
				List<String> subjects = change.get("subjects").asList(org.neo4j.driver.Value::asString);
				List<String> objects = change.get("objects").asList(org.neo4j.driver.Value::asString);
				for (int i = 0; i < subjects.size() && i < objects.size(); i++) {
					keys.add(new EdgeList.Key(subjects.get(i), type, objects.get(i)));
				}
				if (keys.size() > limit) {
					changes.consume();
					return null;
				}
			}
			if (versions.size() != now.number() - known.version().number()) {
				return null;
			}
			List<Map<String, Object>> pairs = new ArrayList<>(keys.size());
			keys.forEach(k -> pairs.add(Map.of("subject", k.subject(), "type", k.type(), "object", k.object())));
			return new Cached(now, known.edges().patch(keys, tx.run(pairsQuery, Map.of("pairs", pairs))));
		});
	}

}
