package org.realpolitik.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailedFilesTest {

	@TempDir
	Path inbox;

	/** An importer that overflows its stack on any batch holding {@code bad.md}, and reads one record per file. */
	static class Fragile implements Importer {

		final List<List<Path>> calls = new ArrayList<>();

		@Override
		public String kind() {
			return "news";
		}

		@Override
		public boolean accepts(Path file) {
			return true;
		}

		@Override
		public ImportReport importFiles(List<Path> paths, Progress progress) {
			this.calls.add(paths);
			if (paths.stream().anyMatch(p -> p.getFileName().toString().equals("bad.md"))) {
				throw new StackOverflowError();
			}
			return new ImportReport("news", paths.stream().map(Path::toString).toList(), paths.size(), paths.size(), 0,
					0, Map.of("articles imported", paths.size()), List.of(new Reject("x", 3, "a bad record")));
		}

	}

	@Test
	void aFileThatFailsAloneIsMovedAsideWithItsReasonAndTheOthersAreImported() throws Exception {
		Path a = Files.writeString(this.inbox.resolve("a.md"), "a");
		Path bad = Files.writeString(this.inbox.resolve("bad.md"), "*a ");
		Path c = Files.writeString(this.inbox.resolve("c.md"), "c");
		Fragile importer = new Fragile();

		FailedFiles.Outcome outcome = FailedFiles.oneByOne(importer, "news", List.of(a, bad, c), new StackOverflowError(),
				this.inbox.resolve("failed"), p -> p.getFileName().toString());

		assertThat(importer.calls).containsExactly(List.of(a), List.of(bad), List.of(c));
		assertThat(outcome.setAside()).containsExactly(bad);
		ImportReport report = outcome.report();
		assertThat(report.files()).containsExactly("a.md", "bad.md", "c.md");
		assertThat(report.read()).isEqualTo(2);
		assertThat(report.written()).isEqualTo(2);
		assertThat(report.counts()).containsEntry("articles imported", 2);
		assertThat(report.rejectedCount()).isEqualTo(3);
		assertThat(report.rejected()).first().hasToString("bad.md: import failed, moved to failed/: StackOverflowError "
				+ "(the file needs more than the importer may use)");
		assertThat(bad).doesNotExist();
		assertThat(this.inbox.resolve("failed/bad.md")).hasContent("*a ");
		assertThat(Files.readString(this.inbox.resolve("failed/bad.md.reason.txt"))).contains("StackOverflowError");
		assertThat(a).exists();
	}

	@Test
	void aBatchOfOneFileIsNotImportedAgain() throws Exception {
		Path bad = Files.writeString(this.inbox.resolve("bad.md"), "*a ");
		Fragile importer = new Fragile();

		FailedFiles.Outcome outcome = FailedFiles.oneByOne(importer, "news", List.of(bad),
				new IllegalStateException("no such thing"), this.inbox.resolve("failed"), p -> p.getFileName().toString());

		assertThat(importer.calls).isEmpty();
		assertThat(outcome.report().rejected()).singleElement()
			.hasToString("bad.md: import failed, moved to failed/: no such thing");
	}

	@Test
	void aFailureOfTheDatabaseIsNotTheFilesAndStopsTheOneByOneImport() throws Exception {
		Path a = Files.writeString(this.inbox.resolve("a.md"), "a");
		Path b = Files.writeString(this.inbox.resolve("b.md"), "b");
		Importer down = new Fragile() {
			@Override
			public ImportReport importFiles(List<Path> paths, Progress progress) {
				throw new IllegalStateException("write failed", new ServiceUnavailableException("database down"));
			}
		};

		assertThat(FailedFiles.databaseFailure(new IllegalStateException(new ServiceUnavailableException("x")))).isTrue();
		assertThat(FailedFiles.databaseFailure(new StackOverflowError())).isFalse();
		assertThatThrownBy(() -> FailedFiles.oneByOne(down, "news", List.of(a, b), new RuntimeException("batch"),
				this.inbox.resolve("failed"), p -> p.getFileName().toString()))
			.hasMessage("write failed");
		assertThat(a).exists();
		assertThat(b).exists();
		assertThat(this.inbox.resolve("failed")).doesNotExist();
	}

	@Test
	void aReasonIsOneLineOfAtMostFiveHundredCharacters() {
		assertThat(FailedFiles.reason(new IllegalArgumentException("line\n" + "x".repeat(10_000))))
			.hasSize(FailedFiles.MAX_REASON + 1)
			.startsWith("line x")
			.doesNotContain("\n");
	}

}
