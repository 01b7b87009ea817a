package org.realpolitik.ingest.gdelt;

import java.time.LocalDate;

/**
 * One GDELT event row, reduced to what the importer uses.
 *
 * @param line       the line in its file (or zip entry), from 1
 * @param id         GLOBALEVENTID, digits
 * @param day        SQLDATE: the day the event took place (not the publication date)
 * @param added      DATEADDED's day: when GDELT saw it, the claim's observed date
 * @param code       EventCode, a string ({@code 046}, {@code 0256})
 * @param url        SOURCEURL, null in GDELT 1.0 backfile rows
 */
record GdeltEvent(int line, String id, LocalDate day, LocalDate added, ActorFields actor1, ActorFields actor2,
		String code, double goldstein, int mentions, int sources, int articles, String url) {
}
