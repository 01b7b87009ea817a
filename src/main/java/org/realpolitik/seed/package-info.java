/**
 * First start, whichever command opens the store first: imports what is in the seeds folder into an empty database,
 * once.
 */
package org.realpolitik.seed;
