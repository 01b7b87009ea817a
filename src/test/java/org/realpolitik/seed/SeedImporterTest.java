package org.realpolitik.seed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.ingest.Progress;
import org.realpolitik.neo4j.Graph;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.ImportSettings;
import org.realpolitik.schedule.RunInProgressException;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;

import org.springframework.util.unit.DataSize;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A start that finds the seeds' lock held (a process killed while it imported them, within the lock's time to live)
 * imports them once the lock would have freed itself, instead of leaving the store unseeded until the next start.
 */
class SeedImporterTest {

	@TempDir
	Path seeds;

	Graph graph = mock(Graph.class);

	ImportRuns runs = mock(ImportRuns.class);

	SeedImporter importer;

	@AfterEach
	void stop() {
		if (this.importer != null) {
			this.importer.stop();
		}
	}

	private SeedImporter importer() {
		ImportSettings imports = new ImportSettings(false, List.of(), Duration.ofMillis(200), Duration.ofSeconds(5),
				DataSize.ofMegabytes(1), Duration.ofSeconds(1));
		this.importer = new SeedImporter(new SeedSettings(this.seeds, true), this.graph, this.runs, imports);
		return this.importer;
	}

	private static ImportRun succeeded() {
		ImportRun run = mock(ImportRun.class);
		when(run.status()).thenReturn(RunStatus.SUCCEEDED);
		when(run.summary()).thenReturn("ok");
		when(run.files()).thenReturn(List.of());
		return run;
	}

	@Test
	@SuppressWarnings("unchecked")
	void aStartThatFindsTheSeedsLockedTriesAgainAfterTheLocksTimeToLive() {
		when(this.graph.readOne(anyString(), anyMap(), any())).thenReturn(false);
		ImportRun ok = succeeded();
		when(this.runs.runFiles(eq("seeds"), anyString(), anyList(), eq(Trigger.STARTUP), eq(Progress.NONE)))
			.thenThrow(new RunInProgressException("seeds", "run-1", "killed-instance"))
			.thenReturn(ok);

		importer().run(null);

		// not imported at once; then, once the lock would have freed itself, both steps and the marker
		verify(this.graph, times(0)).write(anyString(), anyMap());
		await().atMost(5, TimeUnit.SECONDS)
			.untilAsserted(() -> verify(this.graph).write(org.mockito.ArgumentMatchers.contains("__Seeds"), anyMap()));
		verify(this.runs, times(3)).runFiles(eq("seeds"), anyString(), anyList(), eq(Trigger.STARTUP), eq(Progress.NONE));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aStartStopsTryingWhenAnotherInstanceHasImportedTheSeeds() {
		when(this.graph.readOne(anyString(), anyMap(), any())).thenReturn(false, true);
		when(this.runs.runFiles(eq("seeds"), anyString(), anyList(), eq(Trigger.STARTUP), eq(Progress.NONE)))
			.thenThrow(new RunInProgressException("seeds", "run-1", "other-instance"));

		importer().run(null);

		await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> verify(this.graph, atLeast(2)).readOne(anyString(), anyMap(), any()));
		verify(this.runs, times(1)).runFiles(eq("seeds"), anyString(), anyList(), eq(Trigger.STARTUP), eq(Progress.NONE));
		verify(this.graph, times(0)).write(anyString(), any(Map.class));
	}

}
