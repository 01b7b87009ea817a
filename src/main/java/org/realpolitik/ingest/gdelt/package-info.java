/**
 * GDELT event files (2.0 exports and 1.0 daily and backfile events): CAMEO-coded events become event-data claims, one
 * per (actor, type, actor, polarity, modality, day), merged by key so re-imports add nothing (docs/gdelt.md).
 */
package org.realpolitik.ingest.gdelt;
