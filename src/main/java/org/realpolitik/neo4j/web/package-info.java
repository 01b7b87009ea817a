/** The database's answers at the web edge: query time-outs as problem details. */
package org.realpolitik.neo4j.web;
