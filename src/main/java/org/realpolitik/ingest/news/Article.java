package org.realpolitik.ingest.news;

import org.realpolitik.claim.PartialDate;

/**
 * An article's text as the extractor reads it.
 *
 * @param name        the file name
 * @param sha256      hash of the file's bytes: the document id, so the same article is one document wherever it lies
 * @param title       the title when the source gives one (HTML title or first heading), else the first line
 * @param text        plain text, paragraphs separated by blank lines
 * @param publishedAt the article's own date when the source gives one
 * @param warning     something the reader had to work around (not UTF-8, markup removed), or null
 * @param url         where it was published, when an HTML page names it (its canonical link), else null
 * @param site        the site's name, when an HTML page names it ({@code og:site_name}), else null
 */
record Article(String name, String sha256, String title, String text, PartialDate publishedAt, String warning,
		String url, String site) {

	Article(String name, String sha256, String title, String text, PartialDate publishedAt, String warning) {
		this(name, sha256, title, text, publishedAt, warning, null, null);
	}

}
