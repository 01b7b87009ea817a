package org.realpolitik.ingest;

import java.util.List;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.claim.ClaimInput;

/** A parsed curated file: its valid records, each with its line, and the records that were rejected. */
public record CuratedFile(String name, String sha256, List<Line<ActorInput>> actors, List<Line<ClaimInput>> claims,
		List<Reject> rejected) {

	public record Line<T>(int line, T record) {
	}

	/** Nothing in the file could be read (not YAML, not UTF-8, wrong shape, or every record bad). */
	public boolean unreadable() {
		return this.actors.isEmpty() && this.claims.isEmpty() && !this.rejected.isEmpty();
	}

	public int recordsRead() {
		return this.actors.size() + this.claims.size() + this.rejected.size();
	}

}
