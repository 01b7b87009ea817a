package org.realpolitik.ingest.news;

import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;

/**
 * A claim read from an article, with its evidence: the sentence (index from 0), the character offsets of the
 * sentence in the article text, the exact quote, the rule that fired and a confidence.
 */
public record ExtractedClaim(String document, int sentence, ActorRef subject, String type, ActorRef object,
		String polarity, String modality, String from, String until, String quote, double confidence, String method,
		int start, int end) {

	public record ActorRef(String id, String name) {
	}

	static ExtractedClaim of(String document, int sentence, Found f, String quote, int start,
			int end) {
		return new ExtractedClaim(document, sentence, new ActorRef(f.subject().id(), f.subject().name()),
				f.type().name(), new ActorRef(f.object().id(), f.object().name()), f.polarity().value(),
				f.modality().value(), f.from() == null ? null : f.from().text(),
				f.until() == null ? null : f.until().text(), quote, Math.round(f.confidence() * 100) / 100.0,
				"news:" + f.rule(), start, end);
	}

	ClaimInput toClaim(java.time.LocalDate observedAt) {
		return new ClaimInput(this.subject.id(), RelationshipType.valueOf(this.type), this.object.id(),
				Polarity.parse(this.polarity).orElseThrow(), Modality.parse(this.modality).orElseThrow(),
				PartialDate.parseNullable(this.from), PartialDate.parseNullable(this.until), this.quote, this.sentence,
				this.start, this.end, this.method, this.confidence, null, observedAt);
	}

	/** What the claim says, without where: repeated statements in one document share it. */
	String key() {
		return String.join("|", this.subject.id(), this.type, this.object.id(), this.polarity, this.modality,
				String.valueOf(this.from), String.valueOf(this.until));
	}

}
