/**
 * Database access: the embedded Neo4j (started unless {@code spring.neo4j.uri} is set), schema migrations from
 * {@code cypher/migrations}, Cypher files from {@code cypher/queries}, and {@link org.realpolitik.neo4j.Graph}, the
 * one way the features read (routed to readers in a cluster) and write (retrying only transient errors).
 */
package org.realpolitik.neo4j;
