package org.realpolitik.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTest {

	@Test
	void theLineShowsShareRowsPerSecondAndTimeLeft() {
		ConsoleProgress progress = new ConsoleProgress(new PrintStream(new ByteArrayOutputStream()), true);
		progress.total(1000);
		progress.advance(250, 50_000);
		String line = progress.line(System.nanoTime());
		assertThat(line).startsWith("[########......................]  25% ")
			.contains("50,000 rows, ")
			.contains(" rows/s")
			.contains("ETA ");
	}

	@Test
	void withoutATotalThereIsNoBarAndNoEta() {
		ConsoleProgress progress = new ConsoleProgress(new PrintStream(new ByteArrayOutputStream()), false);
		progress.advance(10, 10);
		assertThat(progress.line(System.nanoTime())).doesNotContain("[").doesNotContain("ETA").contains("10 rows");
	}

	@Test
	void nothingIsDrawnForAShortImport() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ConsoleProgress progress = new ConsoleProgress(new PrintStream(out), true);
		progress.total(10);
		progress.advance(10, 10);
		progress.done();
		assertThat(out.size()).isZero();
	}

	@Test
	void clockShowsMinutesAndHours() {
		assertThat(ConsoleProgress.clock(75)).isEqualTo("1:15");
		assertThat(ConsoleProgress.clock(3725)).isEqualTo("1:02:05");
	}

}
