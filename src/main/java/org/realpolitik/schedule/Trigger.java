package org.realpolitik.schedule;

import java.util.Locale;

/** What started an import run. */
public enum Trigger {

	/** the command line ({@code import ...}) */
	CLI,
	/** {@code POST /api/imports} */
	REST,
	/** a source's cron expression */
	SCHEDULE,
	/** the first start of the service (the seeds) */
	STARTUP;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
