/**
 * What every endpoint shares at the web edge: the translation of exceptions into RFC 9457 problem details (bad
 * parameters, not found, the database out of reach, anything else), and their problem types. It depends on no
 * feature: each feature answers its own problems in its own {@code web} package (actor, schedule, the database's
 * time-outs), and parameters are parsed in {@link org.realpolitik.params}.
 */
package org.realpolitik.web;
