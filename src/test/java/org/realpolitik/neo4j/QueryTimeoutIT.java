package org.realpolitik.neo4j;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query that runs past its limit is stopped in the database and reported as such; the database goes on. */
class QueryTimeoutIT extends GraphTest {

	@Autowired
	Graph graph;

	@Test
	void aReadPastItsLimitIsStoppedInTheDatabaseAndNamedAsATimeout() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> this.graph.read("UNWIND range(1, 2000000000) AS x RETURN count(x) AS n", Map.of(),
				r -> r.get("n").asLong(), Duration.ofMillis(300)))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessage("the query ran longer than its limit of 0 s and was stopped");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(count("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 2000000000)' "
				+ "AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*)")).as("nothing left running").isZero();
		assertThat(this.graph.read("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt())).containsExactly(1);
	}

}
