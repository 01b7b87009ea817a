/**
 * First start, whichever command opens the store first: imports the seeds (those the jar carries, or a configured
 * folder) into an empty database, once.
 */
package org.realpolitik.seed;
