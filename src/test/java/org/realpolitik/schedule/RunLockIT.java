package org.realpolitik.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock in the graph that keeps runs of one source from overlapping, raced for real on the database. */
class RunLockIT extends GraphTest {

	@Autowired
	Graph graph;

	@Test
	void ofTwoInstancesAskingAtTheSameMomentExactlyOneGetsTheLock() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 10; round++) {
				String source = "race-" + round;
				CountDownLatch go = new CountDownLatch(1);
				List<Future<RunLock>> asks = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					String owner = "run-" + round + "-" + i;
					Callable<RunLock> ask = () -> {
						go.await();
						try {
							return RunLock.acquire(this.graph, source, owner, "instance-" + owner, Duration.ofMinutes(1));
						}
						catch (RunInProgressException ex) {
							return null;
						}
					};
					asks.add(pool.submit(ask));
				}
				go.countDown();
				List<RunLock> held = new ArrayList<>();
				for (Future<RunLock> ask : asks) {
					RunLock lock = ask.get();
					if (lock != null) {
						held.add(lock);
					}
				}
				assertThat(held).as("round %d", round).hasSize(1);
				held.forEach(RunLock::close);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aReleasedLockCanBeTakenAgainAndAHeldOneCannot() {
		RunLock first = RunLock.acquire(this.graph, "s", "a", "here:1", Duration.ofMinutes(1));
		assertThatThrownBy(() -> RunLock.acquire(this.graph, "s", "b", "there:2", Duration.ofMinutes(1)))
			.isInstanceOf(RunInProgressException.class)
			.hasMessageContaining("run a on here:1");
		first.close();
		RunLock.acquire(this.graph, "s", "b", "there:2", Duration.ofMinutes(1)).close();
	}

	@Test
	void aHolderRenewsItsLockSoItDoesNotExpireWhileTheRunGoesOn() throws InterruptedException {
		try (RunLock lock = RunLock.acquire(this.graph, "slow", "a", "here:1", Duration.ofSeconds(3))) {
			Thread.sleep(4500);
			assertThatThrownBy(() -> RunLock.acquire(this.graph, "slow", "b", "there:2", Duration.ofSeconds(3)))
				.isInstanceOf(RunInProgressException.class);
		}
	}

}
