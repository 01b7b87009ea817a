package org.realpolitik.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an import run stands; stored, listed and filtered by its lower-case {@link #value()}. */
public enum RunStatus {

	/** Started and not yet ended. */
	RUNNING,

	/** Everything it read was imported (records skipped by design included). */
	SUCCEEDED,

	/**
	 * Imported, but some records were rejected, some downloads failed, or nothing was imported for want of what
	 * {@code missing} names.
	 */
	PARTIAL,

	/** Nothing imported: the source could not be read, or the importer failed; {@code error} says why. */
	FAILED,

	/** Its process ended before the run did (its lock expired). */
	ABANDONED,

	/** Nothing new to read. */
	UNCHANGED;

	/** The values, as the API and the graph spell them. */
	public static final List<String> VALUES = Arrays.stream(values()).map(RunStatus::value).toList();

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status of a stored or requested value; an unknown one names the values it may take. */
	@JsonCreator
	public static RunStatus of(String value) {
		for (RunStatus status : values()) {
			if (status.value().equals(value)) {
				return status;
			}
		}
		throw new IllegalArgumentException("a run status is one of " + String.join(", ", VALUES) + ", not '" + value + "'");
	}

	/** True when the run has ended, however it ended. */
	public boolean finished() {
		return this != RUNNING;
	}

}
