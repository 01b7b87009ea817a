/**
 * Feeds: sources followed where they publish. A feed reads a source's own index (GDELT's update and master file
 * lists, an OpenSanctions dataset's {@code index.json}, RSS and Atom feeds), downloads what is new into the data
 * folder, checked against the sizes and checksums the index gives, and hands the files to an importer through
 * {@code org.realpolitik.schedule.ImportRuns}. What was fetched, skipped and failed is logged per run; what was imported
 * is remembered per source in the graph ({@code (:FeedItem)}, {@code (:FeedState)}), so nothing is imported twice and
 * nothing is marked imported before its import has finished.
 */
package org.realpolitik.feed;
