package org.realpolitik.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.realpolitik.neo4j.CypherFiles;
import org.realpolitik.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lock per import source, kept in the graph ({@code (:ImportLock {source})}) so that it holds across every service
 * instance and CLI process on the database. A holder renews it every third of its time to live; a lock whose holder
 * died expires and is taken over, and the runs it left are marked abandoned.
 */
final class RunLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RunLock.class);

	private static final ScheduledExecutorService RENEWER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "import-lock-renewal");
		thread.setDaemon(true);
		return thread;
	});

	private final Graph graph;

	private final String source;

	private final String owner;

	private final String ttl;

	private final ScheduledFuture<?> renewal;

	private RunLock(Graph graph, String source, String owner, Duration ttl) {
		this.graph = graph;
		this.source = source;
		this.owner = owner;
		this.ttl = ttl.toString();
		long every = Math.max(1000, ttl.toMillis() / 3);
		this.renewal = RENEWER.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/** Takes the source's lock for the run {@code owner}, or throws {@link RunInProgressException}. */
	static RunLock acquire(Graph graph, String source, String owner, String instance, Duration ttl) {
		var result = graph.write(CypherFiles.query("import-lock-acquire"),
				Map.of("source", source, "owner", owner, "instance", instance, "ttl", ttl.toString()),
				r -> new Object[] { r.get("acquired").asBoolean(), r.get("owner").asString(null),
						r.get("instance").asString(null), r.get("abandoned").asLong() })
			.get(0);
		if (!(Boolean) result[0]) {
			throw new RunInProgressException(source, (String) result[1], (String) result[2]);
		}
		if ((Long) result[3] > 0) {
			log.warn("Marked {} run(s) of {} abandoned: their process ended before they did", result[3], source);
		}
		return new RunLock(graph, source, owner, ttl);
	}

	private void renew() {
		try {
			boolean renewed = this.graph.write(CypherFiles.query("import-lock-renew"),
					Map.of("source", this.source, "owner", this.owner, "ttl", this.ttl),
					r -> r.get("renewed").asBoolean()).get(0);
			if (!renewed) {
				log.warn("The lock of import source {} is no longer held by run {}", this.source, this.owner);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the lock of import source {}: {}", this.source, ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.renewal.cancel(false);
		try {
			this.graph.write(CypherFiles.query("import-lock-release"), Map.of("source", this.source, "owner", this.owner));
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the lock of import source {} (it expires by itself): {}", this.source,
					ex.getMessage());
		}
	}

}
