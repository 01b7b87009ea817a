package org.realpolitik.claim;

import java.util.List;
import java.util.Objects;

/**
 * A claim that many records make together, such as all GDELT events of one (actor, type, actor, day): its key is
 * independent of the file the records come from, so an overlapping file or a second import of the same file merges
 * into the same claim and adds only events it has not seen.
 *
 * @param key    the claim's business key ({@code gdelt|russia|SANCTIONED|taliban|asserted|fact|2019-10-24}); the
 *               claim id is a hash of it
 * @param claim  what is claimed; its {@code confidence} is the confidence one event gives, combined over the events
 * @param events the events behind it in this import
 */
public record Observation(String key, ClaimInput claim, List<EventEvidence> events) {

	public Observation {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(claim, "claim");
		events = List.copyOf(events);
	}

}
