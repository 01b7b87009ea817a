package org.realpolitik.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorQueriesTest {

	@Test
	void everyWordMustMatchWholeOrAsAPrefix() {
		assertThat(ActorQueries.lucene("Islamic State")).isEqualTo("(islamic^2 OR islamic*) AND (state^2 OR state*)");
	}

	@Test
	void luceneOperatorsInUserTextCannotChangeTheQuery() {
		assertThat(ActorQueries.lucene("IS-K")).isEqualTo("(is^2 OR is*) AND (k^2 OR k*)");
		assertThat(ActorQueries.lucene("taliban) OR name:*")).doesNotContain(":").doesNotContain(")) OR");
		assertThat(ActorQueries.lucene("\"\\ ~ ^")).isEmpty();
		assertThat(ActorQueries.lucene("U.S.")).isEqualTo("(us^2 OR us*)");
	}

}
