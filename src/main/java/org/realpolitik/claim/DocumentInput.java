package org.realpolitik.claim;

import java.util.Objects;

/**
 * A source document. Its id is its business key: the file name for curated files, the content hash for articles.
 *
 * @param source what kind of source it is ({@code curated}, {@code news}, {@code gdelt}, {@code ftm})
 * @param url         where the document was published, when known
 * @param site        the name of the site that published it (an article a news feed fetched), when known
 * @param publishedAt the document's own date with its precision, when known
 */
public record DocumentInput(String id, String title, String source, String url, String site, PartialDate publishedAt,
		String sha256) {

	public DocumentInput {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
	}

	/** A document without a site name. */
	public DocumentInput(String id, String title, String source, String url, PartialDate publishedAt, String sha256) {
		this(id, title, source, url, null, publishedAt, sha256);
	}

}
