package org.realpolitik.query.edges;

/**
 * The edge list was brought up to date in the background (after start-up or an import): listeners may prepare what
 * their default requests need, on the same background thread.
 */
public record EdgeListWarmed() {
}
