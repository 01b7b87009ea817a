package org.realpolitik.query.edges;

import java.util.List;
import java.util.Map;

import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed edge list, cached per service instance and keyed by the graph-wide edge version
 * ({@code edges-version.cypher}), which derivation bumps in the same write as every batch: each use costs one tiny
 * read, and a derivation by any instance on the database (or cluster) makes the next use reload. Without a version
 * node (no derivation since the database was emptied, or edges written by hand) nothing is cached and every use
 * loads. {@code realpolitik.influence.cache=false} turns caching off: every use loads.
 */
@Component
public class SignedEdgeCache {

	private final Graph graph;

	private final boolean enabled;

	private volatile Cached cached;

	private volatile long loads;

	private record Cached(String version, SignedEdges edges) {
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

	@Autowired
	public SignedEdgeCache(Graph graph, @Value("${realpolitik.influence.cache:true}") boolean enabled,
			@Value("${realpolitik.influence.warm-after:5s}") java.time.Duration warmAfter) {
		this.graph = graph;
		this.enabled = enabled;
		this.warmAfter = warmAfter;
	}

	public SignedEdgeCache(Graph graph, boolean enabled) {
		this(graph, enabled, java.time.Duration.ofSeconds(5));
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
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(SignedEdgeCache.class)
				.debug("Could not load the edge list in the background: {}", ex.getMessage());
		}
	}

	@jakarta.annotation.PreDestroy
	void stopWarming() {
		this.warmer.shutdownNow();
	}

	/** The edges as the database has them now: from the cache when its version is current, otherwise loaded. */
	public SignedEdges current() {
		String version = version();
		Cached known = this.cached;
		if (this.enabled && version != null && known != null && known.version().equals(version)) {
			return known.edges();
		}
		synchronized (this) {
			known = this.cached;
			if (this.enabled && version != null && known != null && known.version().equals(version)) {
				return known.edges();
			}
			Cached loaded = load();
			this.loads++;
			if (this.enabled && loaded.version() != null) {
				this.cached = loaded;
			}
			else {
				this.cached = null;
			}
			return loaded.edges();
		}
	}

	/** Drops the cached list (the next use loads). */
	public void clear() {
		this.cached = null;
	}

	/** How many times the list was loaded from the database. */
	public long loads() {
		return this.loads;
	}

	/** Whether this cache keeps the list between uses. */
	public boolean enabled() {
		return this.enabled;
	}

	private String version() {
		List<String> versions = this.graph.read(CypherFiles.query("edges-version"), Map.of(),
				r -> r.get("version").asString(null));
		return versions.isEmpty() ? null : String.join(",", versions.stream().sorted().toList());
	}

	/** The version and the edges, read in one transaction so the list is at least as new as the version. */
	private Cached load() {
		String versionQuery = CypherFiles.query("edges-version");
		String edgesQuery = CypherFiles.query("edges-signed");
		return this.graph.transaction(tx -> {
			List<String> versions = tx.run(versionQuery).list(r -> r.get("version").asString(null));
			String version = versions.isEmpty() ? null : String.join(",", versions.stream().sorted().toList());
			return new Cached(version, SignedEdges.read(tx.run(edgesQuery)));
		});
	}

}
