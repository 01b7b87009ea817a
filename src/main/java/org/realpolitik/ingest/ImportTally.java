package org.realpolitik.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts what an import does while it runs and makes its {@link ImportReport}. Rejects are all counted, and the
 * first {@link #MAX_REJECTS} kept with their file, line and reason, so a broken million-line file cannot flood memory.
 * Not thread-safe: one importer thread counts.
 */
public final class ImportTally {

	public static final int MAX_REJECTS = 1000;

	private final String importer;

	private final Set<String> files = new LinkedHashSet<>();

	private final Map<String, Integer> counts = new TreeMap<>();

	private final Map<String, Integer> skipped = new TreeMap<>();

	/** Skips for want of something the setup must provide, by what is missing, in the order first met. */
	private final Map<String, Integer> missing = new LinkedHashMap<>();

	private final List<Reject> rejected = new ArrayList<>();

	private int rejectedCount;

	private int read;

	private int written;

	private int unchanged;

	private int removed;

	public ImportTally(String importer) {
		this.importer = importer;
	}

	public void file(String name) {
		this.files.add(name);
	}

	public void read(int n) {
		this.read += n;
	}

	public void written(int n) {
		this.written += n;
	}

	public void unchanged(int n) {
		this.unchanged += n;
	}

	public void removed(int n) {
		this.removed += n;
	}

	/** A finer count by name: {@code claims new}, {@code actors new}, {@code events mapped}. */
	public void count(String name, int n) {
		this.counts.merge(name, n, Integer::sum);
	}

	/** A record read and deliberately not imported, counted by reason ({@code cameo 010 not mapped}). */
	public void skip(String reason) {
		skip(reason, 1);
	}

	public void skip(String reason, int n) {
		this.skipped.merge(reason, n, Integer::sum);
	}

	/**
	 * A record skipped for want of something the setup must provide, not because of the record: {@code missing} names
	 * it ({@code a gazetteer: no actor has a CAMEO code}); many reasons may share it. Null {@code missing} is a plain
	 * {@link #skip(String)}. When the import imports nothing, the report names what is missing
	 * ({@link ImportReport#missing()}).
	 */
	public void skip(String reason, String missing) {
		skip(reason);
		if (missing != null) {
			this.missing.merge(missing, 1, Integer::sum);
		}
	}

	/** A record that could not be read or is invalid: where it is and why. */
	public void reject(String file, int line, String reason) {
		reject(new Reject(file, line, reason));
	}

	public void reject(Reject reject) {
		this.rejectedCount++;
		if (this.rejected.size() < MAX_REJECTS) {
			this.rejected.add(reject);
		}
	}

	public int rejectedCount() {
		return this.rejectedCount;
	}

	/**
	 * What was counted. It names what is missing when records were read, none was written, unchanged or removed, and
	 * some were skipped for want of something: the thing most skipped for (the first met of equals).
	 */
	public ImportReport report() {
		boolean nothingImported = this.read > 0 && this.written == 0 && this.unchanged == 0 && this.removed == 0;
		String lacking = !nothingImported ? null
				: this.missing.entrySet()
					.stream()
					.reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
					.map(Map.Entry::getKey)
					.orElse(null);
		return new ImportReport(this.importer, List.copyOf(this.files), this.read, this.written, this.unchanged,
				this.removed, this.counts, this.skipped, this.rejected, this.rejectedCount, lacking);
	}

}
