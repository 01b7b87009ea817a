package org.realpolitik.query.edges;

/**
 * The edge list was brought up to date in the background because a request found it behind (the path search, during
 * imports): listeners may rebuild what they derive from it, on the same background thread. Unlike
 * {@link EdgeListWarmed} it does not ask the analytics to prepare their GDS projections, which would be too much to do
 * after every import batch.
 */
public record EdgeListRefreshed() {
}
