package org.realpolitik.feed;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A configured source as a feed needs it.
 *
 * @param name   the source's name; what a feed remembers is kept per name
 * @param urls   the URL the source follows first, then any further feeds (news)
 * @param start  for a GDELT feed, the first day to catch up from; null: the newest file only
 * @param folder where its downloads go (a folder of its own under the data folder)
 */
public record FeedSource(String name, List<URI> urls, LocalDate start, Path folder) {

	public FeedSource {
		urls = List.copyOf(urls);
		if (urls.isEmpty()) {
			throw new IllegalArgumentException("feed source '" + name + "' has no URL");
		}
	}

	public URI url() {
		return this.urls.get(0);
	}

}
