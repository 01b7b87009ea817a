package org.realpolitik.feed;

import java.io.IOException;

/**
 * A kind of source followed where it publishes ({@code gdelt-feed}, {@code ftm-dataset}, {@code news-feed}): it finds
 * what is new, downloads it and hands the files to the importer it names. Runs of one source never overlap (the
 * caller holds the source's lock), so a feed keeps its state without locks of its own.
 */
public interface Feed {

	/** The source kind, as the configuration names it. */
	String kind();

	/** The kind of importer that imports what this feed downloads. */
	String importer();

	/**
	 * What is new at the source: downloaded, checked, in the order it must be imported, with the log of every request.
	 * Nothing is remembered as imported until {@link Collected#finish} says the import succeeded.
	 *
	 * @throws IOException when the source's own index cannot be read (the run fails with this message)
	 */
	Collected collect(FeedSource source) throws IOException, InterruptedException;

}
