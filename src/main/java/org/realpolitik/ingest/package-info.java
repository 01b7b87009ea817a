/**
 * Importers turn sources into actors and claims, never edges. Every import reports what it read, wrote and rejected
 * (with file, line and reason), imports the good records of a file with bad ones in it, and can be repeated without
 * duplicating anything.
 */
package org.realpolitik.ingest;
