package org.realpolitik.claim;

/**
 * Published (as a Spring application event) after edges were derived again in this instance: whatever caches edges
 * can refresh itself. Instances that did not derive see the change through the graph-wide edge version instead.
 *
 * @param pairs how many actor pairs were derived
 */
public record EdgesDerived(int pairs) {
}
