package org.realpolitik.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param importer      which importer ran ({@code curated}, {@code news}, {@code gdelt}, {@code ftm})
 * @param files         the files it read
 * @param read          records read (actors and claims, events, entities)
 * @param written       records created or changed
 * @param unchanged     records that were already stored as they are
 * @param removed       claims removed because a new version of their document no longer makes them
 * @param counts        finer counts by name (actors written, claims new, ...)
 * @param skipped       records read and deliberately not imported, counted by reason
 * @param rejected      records not imported because they are bad, with file, line and reason (at most
 *                      {@link ImportTally#MAX_REJECTS} are kept)
 * @param rejectedCount how many records were rejected in all
 * @param missing       when the import imported nothing (no record written, unchanged or removed) and records were
 *                      skipped for want of something the setup, not the records, must provide (the gazetteer, an
 *                      entry of a code table): what is missing, the most skipped for first; otherwise null. An import
 *                      that is missing something is not a success ({@code partial}), whatever else it read.
 */
public record ImportReport(String importer, List<String> files, int read, int written, int unchanged, int removed,
		Map<String, Integer> counts, Map<String, Integer> skipped, List<Reject> rejected, int rejectedCount,
		String missing) {

	public ImportReport {
		files = List.copyOf(files);
		counts = Map.copyOf(counts);
		skipped = Map.copyOf(skipped);
		rejected = List.copyOf(rejected);
		rejectedCount = Math.max(rejectedCount, rejected.size());
	}

	public ImportReport(String importer, List<String> files, int read, int written, int unchanged, int removed,
			Map<String, Integer> counts, List<Reject> rejected) {
		this(importer, files, read, written, unchanged, removed, counts, Map.of(), rejected, rejected.size(), null);
	}

	public int skippedCount() {
		return this.skipped.values().stream().mapToInt(Integer::intValue).sum();
	}

	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(this.importer)
			.append(" import of ")
			.append(this.files.size())
			.append(this.files.size() == 1 ? " file" : " files")
			.append(": ");
		if (this.missing != null) {
			text.append("nothing imported, missing ").append(this.missing).append("; ");
		}
		text.append(this.read)
			.append(" read, ")
			.append(this.written)
			.append(" written, ")
			.append(this.unchanged)
			.append(" unchanged, ")
			.append(this.removed)
			.append(" removed, ")
			.append(skippedCount())
			.append(" skipped, ")
			.append(this.rejectedCount)
			.append(" rejected");
		this.counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> text.append("\n  ").append(e.getKey()).append(": ").append(e.getValue()));
		this.skipped.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> text.append("\n  skipped, ").append(e.getKey()).append(": ").append(e.getValue()));
		this.rejected.forEach(r -> text.append("\n  rejected ").append(r));
		if (this.rejectedCount > this.rejected.size()) {
			text.append("\n  ... and ").append(this.rejectedCount - this.rejected.size()).append(" more rejected");
		}
		return text.toString();
	}

}
