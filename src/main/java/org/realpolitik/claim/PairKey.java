package org.realpolitik.claim;

/** One potential edge: an ordered actor pair and a relationship type. */
public record PairKey(String subject, RelationshipType type, String object) {
}
