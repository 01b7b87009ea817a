package org.realpolitik.ingest.curated;

import java.util.List;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.ingest.Reject;

/** A parsed curated file: its valid records, each with its line, and the records that were rejected. */
record CuratedFile(String name, String sha256, List<Line<ActorInput>> actors, List<Line<ClaimInput>> claims,
		List<Reject> rejected) {

	record Line<T>(int line, T record) {
	}

	/** Nothing in the file could be read (not YAML, not UTF-8, wrong shape, or every record bad). */
	boolean unreadable() {
		return this.actors.isEmpty() && this.claims.isEmpty() && !this.rejected.isEmpty();
	}

	int recordsRead() {
		return this.actors.size() + this.claims.size() + this.rejected.size();
	}

}
