package org.realpolitik.ingest.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.realpolitik.claim.PartialDate;
import org.realpolitik.ingest.TsvTable;

/**
 * The actor a name stands for at a date ({@code news/periods.tsv}): before 26 December 1991 "Russia" and "Moscow" are
 * the Soviet Union; "Kabul" is whichever government held it. Read once.
 */
final class Periods {

	/** One row: a mention of {@code actor} (by one of {@code surfaces}, or any name) within the period is {@code instead}. */
	record Period(String actor, Set<String> surfaces, LocalDate from, LocalDate until, String instead) {

		boolean covers(String id, String surface, PartialDate date) {
			if (!this.actor.equals(id) || !(this.surfaces.isEmpty() || this.surfaces.contains(surface))) {
				return false;
			}
			// the whole of the date's span lies in the period: "1991" is not before 26 December 1991
			return (this.from == null || !date.first().isBefore(this.from))
					&& (this.until == null || !date.last().isAfter(this.until));
		}

	}

	private static final List<Period> PERIODS = read();

	private Periods() {
	}

	private static List<Period> read() {
		List<Period> periods = new ArrayList<>();
		for (TsvTable.Row row : TsvTable.read("/news/periods.tsv", true, 5)) {
			String[] c = row.cells();
			Set<String> surfaces = c[1].equals("*") ? Set.of() : Set.of(c[1].split("\\|"));
			periods.add(new Period(c[0], surfaces, c[2].isEmpty() ? null : LocalDate.parse(c[2]),
					c[3].isEmpty() ? null : LocalDate.parse(c[3]), c[4]));
		}
		return List.copyOf(periods);
	}

	/** The id of the actor a mention of {@code id} by {@code surface} stands for at {@code date}; {@code id} if none. */
	static String at(String id, String surface, PartialDate date) {
		if (date == null) {
			return id;
		}
		for (Period period : PERIODS) {
			if (period.covers(id, surface, date)) {
				return period.instead();
			}
		}
		return id;
	}

}
