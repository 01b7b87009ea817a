/**
 * Neo4j Browser as the exploration front end: the web app served at {@code /browser/}, pointed at the service's
 * database, with a guided tour whose queries are the {@code cypher/guide/guide-*.cypher} files and a style sheet
 * applied by default.
 */
package org.realpolitik.browser;
