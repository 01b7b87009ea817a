package org.realpolitik.ingest.news;

import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

/** One claim found in a sentence, before it gets its document and offsets. */
record Found(Entry subject, RelationshipType type, Entry object, Polarity polarity, Modality modality,
		PartialDate from, PartialDate until, String rule, double confidence) {
}
