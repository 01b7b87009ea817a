package org.realpolitik.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStatusTest {

	@Test
	void aStatusIsSpelledInLowerCaseInJsonAndReadBackFromThatSpelling() throws Exception {
		ObjectMapper json = new ObjectMapper();
		assertThat(json.writeValueAsString(RunStatus.PARTIAL)).isEqualTo("\"partial\"");
		assertThat(json.readValue("\"abandoned\"", RunStatus.class)).isEqualTo(RunStatus.ABANDONED);
		assertThat(RunStatus.VALUES).containsExactly("running", "succeeded", "partial", "failed", "abandoned", "unchanged");
	}

	@Test
	void anUnknownStatusNamesTheValuesItMayTake() {
		assertThatThrownBy(() -> RunStatus.of("done")).hasMessage(
				"a run status is one of running, succeeded, partial, failed, abandoned, unchanged, not 'done'");
	}

	@Test
	void onlyARunningRunIsUnfinished() {
		assertThat(RunStatus.RUNNING.finished()).isFalse();
		assertThat(RunStatus.ABANDONED.finished()).isTrue();
	}

}
