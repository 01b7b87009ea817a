/**
 * Curated files: YAML in which an analyst writes actors and claims by hand (format in docs/importers.md). The
 * gazetteer {@code seeds/actors.yaml} is one.
 */
package org.realpolitik.ingest.curated;
