package org.realpolitik.claim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date with the precision the source gave it: a year ({@code 1979}), a month ({@code 2025-04}) or a day
 * ({@code 2025-07-03}). Stored as that text, plus the first and the last day it covers for comparisons ("valid as of").
 */
public record PartialDate(String text, LocalDate first, LocalDate last) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** @throws IllegalArgumentException naming the accepted forms when the text is not a date */
	public static PartialDate parse(String text) {
		String value = text == null ? "" : text.strip();
		Matcher m = FORMAT.matcher(value);
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"'" + value + "' is not a date; use a year (1979), a month (2025-04) or a day (2025-07-03)");
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return new PartialDate(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			if (m.group(3) == null) {
				return new PartialDate(value, month.atDay(1), month.atEndOfMonth());
			}
			LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
			return new PartialDate(value, day, day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a calendar date", ex);
		}
	}

	public static PartialDate parseNullable(String text) {
		return text == null || text.isBlank() ? null : parse(text);
	}

	public Precision precision() {
		return switch (this.text.length()) {
			case 4 -> Precision.YEAR;
			case 7 -> Precision.MONTH;
			default -> Precision.DAY;
		};
	}

	public enum Precision {

		YEAR, MONTH, DAY

	}

	@Override
	public String toString() {
		return this.text;
	}

}
