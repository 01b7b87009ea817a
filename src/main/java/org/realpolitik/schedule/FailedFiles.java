package org.realpolitik.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bad file costs one file, never the inbox: when an importer fails on a batch of a watched folder for a reason that
 * is not the database's (a stack overflow, a heap exhausted by one file, a file the importer cannot handle), the
 * files are imported one at a time, and each file that fails alone is moved aside into {@code <folder>/failed/} with
 * a {@code <name>.reason.txt} beside it and reported as rejected. The rest of the batch is imported. A failure of the
 * database (unavailable, a transient error) leaves the files where they are, for the next run.
 */
final class FailedFiles {

	private static final Logger log = LoggerFactory.getLogger(FailedFiles.class);

	/** The longest reason kept, so a huge message (an echoed line of a bad file) stays small. */
	static final int MAX_REASON = 500;

	private FailedFiles() {
	}

	/** Whether {@code failure} is the database's (unavailable, session lost, transient), not the file's. */
	static boolean databaseFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientException) {
				return true;
			}
		}
		return false;
	}

	/** The reason of a failure in one line, capped. */
	static String reason(Throwable failure) {
		String message = failure instanceof VirtualMachineError
				? failure.getClass().getSimpleName() + " (the file needs more than the importer may use)"
				: failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		message = message.replaceAll("\\s+", " ").strip();
		return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
	}

	/**
	 * Imports {@code files} one at a time after their batch failed with {@code batchFailure}; returns the combined
	 * report, in which every file that failed alone (moved into {@code failedFolder}) is a whole-file reject. A batch
	 * of one file is not imported again: it is the file that failed.
	 */
	static Outcome oneByOne(Importer importer, String kind, List<Path> files, Throwable batchFailure, Path failedFolder,
			java.util.function.Function<Path, String> display) {
		List<ImportReport> reports = new ArrayList<>();
		List<Reject> rejected = new ArrayList<>();
		List<Path> setAside = new ArrayList<>();
		for (Path file : files) {
			Throwable failure = files.size() == 1 ? batchFailure : null;
			if (failure == null) {
				try {
					reports.add(importer.importFiles(List.of(file), Progress.NONE));
					continue;
				}
				catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
					if (databaseFailure(ex)) {
						throw ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
					}
					failure = ex;
				}
			}
			String reason = reason(failure);
			String where = moveAside(file, failedFolder, reason);
			rejected.add(new Reject(display.apply(file), 0, "import failed, " + where + ": " + reason));
			setAside.add(file);
		}
		return new Outcome(combine(kind, files.stream().map(display).toList(), reports, rejected), setAside);
	}

	/** The report of the files imported one by one, and the files moved aside. */
	record Outcome(ImportReport report, List<Path> setAside) {
	}

	private static String moveAside(Path file, Path failedFolder, String reason) {
		try {
			Files.createDirectories(failedFolder);
			Path target = failedFolder.resolve(file.getFileName());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(failedFolder.resolve(file.getFileName() + ".reason.txt"),
					OffsetDateTime.now() + " " + reason + "\n", StandardCharsets.UTF_8);
			log.warn("Import of {} failed; moved it to {}: {}", file.getFileName(), target, reason);
			return "moved to failed/";
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import of {} failed ({}) and it could not be moved aside: {}", file, reason, ex.getMessage());
			return "not moved aside (" + ex.getMessage() + ")";
		}
	}

	static ImportReport combine(String kind, List<String> files, List<ImportReport> reports, List<Reject> extra) {
		int read = 0;
		int written = 0;
		int unchanged = 0;
		int removed = 0;
		int rejectedCount = extra.size();
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, Integer> skipped = new TreeMap<>();
		List<Reject> rejected = new ArrayList<>(extra);
		String missing = null;
		for (ImportReport report : reports) {
			read += report.read();
			written += report.written();
			unchanged += report.unchanged();
			removed += report.removed();
			report.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
			report.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
			rejectedCount += report.rejectedCount();
			report.rejected().stream().limit(Math.max(0, 1000 - rejected.size())).forEach(rejected::add);
			missing = missing != null ? missing : report.missing();
		}
		return new ImportReport(kind, files, read, written, unchanged, removed, counts, skipped, rejected,
				rejectedCount, missing);
	}

}
