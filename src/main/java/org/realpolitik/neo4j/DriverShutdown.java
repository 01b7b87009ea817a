package org.realpolitik.neo4j;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stopping the service never waits long on the database driver: it is closed (before its own close, which then has
 * nothing left to do, and before the embedded database stops) and given {@link #WAIT_SECONDS} seconds; a driver
 * still waiting on a connection or a query after that is left to the process's end.
 */
@Component
class DriverShutdown implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DriverShutdown.class);

	static final int WAIT_SECONDS = 5;

	private final Driver driver;

	DriverShutdown(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void destroy() {
		try {
			this.driver.closeAsync().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("The Neo4j driver did not close within {} s; stopping without waiting for it", WAIT_SECONDS);
		}
		catch (ExecutionException ex) {
			log.warn("The Neo4j driver closed with an error: {}", ex.getCause().getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
