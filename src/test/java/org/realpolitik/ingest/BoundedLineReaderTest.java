package org.realpolitik.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLineReaderTest {

	static List<String> lines(String text, int max) throws IOException {
		BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max);
		List<String> lines = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lines.add(reader.tooLong() ? "<too long>" : line);
		}
		return lines;
	}

	@Test
	void readsLinesLikeABufferedReaderWithinTheLimit() throws IOException {
		assertThat(lines("a\nbb\r\n\nccc", 3)).containsExactly("a", "bb", "", "ccc");
		assertThat(lines("a\n", 3)).containsExactly("a");
		assertThat(lines("", 3)).isEmpty();
	}

	@Test
	void aLineOverTheLimitIsSkippedToItsEndAndTheNextIsRead() throws IOException {
		assertThat(lines("abcd\nok\n" + "x".repeat(200_000) + "\r\nend", 3))
			.containsExactly("<too long>", "ok", "<too long>", "end");
		assertThat(lines("abc\r\n", 3)).as("the carriage return does not count").containsExactly("abc");
	}

}
