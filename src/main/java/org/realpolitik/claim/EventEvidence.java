package org.realpolitik.claim;

import java.util.Objects;

/**
 * One coded event behind an event-data claim (a GDELT row): its id in the source, the article it was coded from and
 * how widely it was reported.
 *
 * @param id        the source's event id ({@code GLOBALEVENTID}); the union of ids is what makes re-imports add nothing
 * @param url       the article the event was coded from, when known
 * @param mentions  mentions of the event in the source's window ({@code NumMentions})
 * @param sources   distinct sources that reported it ({@code NumSources})
 * @param articles  articles that reported it ({@code NumArticles})
 * @param goldstein the event's Goldstein scale value
 */
public record EventEvidence(String id, String url, int mentions, int sources, int articles, double goldstein) {

	public EventEvidence {
		Objects.requireNonNull(id, "id");
	}

}
