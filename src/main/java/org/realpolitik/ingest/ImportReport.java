package org.realpolitik.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param importer  which importer ran ({@code curated}, later {@code news}, {@code gdelt}, {@code ftm})
 * @param files     the files it read
 * @param read      records read (actors and claims)
 * @param written   records created or changed
 * @param unchanged records that were already stored as they are
 * @param removed   claims removed because a new version of their document no longer makes them
 * @param counts    finer counts by name (actors written, claims new, ...)
 * @param rejected  records not imported, with file, line and reason
 */
public record ImportReport(String importer, List<String> files, int read, int written, int unchanged, int removed,
		Map<String, Integer> counts, List<Reject> rejected) {

	public ImportReport {
		files = List.copyOf(files);
		counts = Map.copyOf(counts);
		rejected = List.copyOf(rejected);
	}

	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(this.importer)
			.append(" import of ")
			.append(this.files.size())
			.append(this.files.size() == 1 ? " file" : " files")
			.append(": ")
			.append(this.read)
			.append(" read, ")
			.append(this.written)
			.append(" written, ")
			.append(this.unchanged)
			.append(" unchanged, ")
			.append(this.removed)
			.append(" removed, ")
			.append(this.rejected.size())
			.append(" rejected");
		this.counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> text.append("\n  ").append(e.getKey()).append(": ").append(e.getValue()));
		this.rejected.forEach(r -> text.append("\n  rejected ").append(r));
		return text.toString();
	}

}
