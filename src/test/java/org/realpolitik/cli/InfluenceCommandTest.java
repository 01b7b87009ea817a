package org.realpolitik.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.Realpolitik;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments of {@code influence} are refused with exit code 2 before any database is started. */
class InfluenceCommandTest {

	@TempDir
	Path data;

	@Test
	void aBadSignDirectionTypeOrDateIsRefusedBeforeTheDatabaseStarts() throws Exception {
		assertRefused("parameter 'sign' must be one of positive, negative, all, was 'sideways'", "--sign", "sideways");
		assertRefused("parameter 'direction' must be one of in, out, was 'up'", "--direction", "up");
		assertRefused("types", "--types", "LOVES");
		assertRefused("asOf", "--as-of", "2025-13-01");
		try (var files = Files.list(this.data)) {
			assertThat(files).as("no database was created").isEmpty();
		}
	}

	private void assertRefused(String message, String... arguments) {
		PrintStream console = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try {
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			String[] all = new String[arguments.length + 2];
			all[0] = "influence";
			System.arraycopy(arguments, 0, all, 1, arguments.length);
			all[all.length - 1] = "--realpolitik.data-dir=" + this.data;
			code = new CommandLine(new Realpolitik()).execute(all);
		}
		finally {
			System.setErr(console);
		}
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
	}

}
