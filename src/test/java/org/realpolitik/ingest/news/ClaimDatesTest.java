package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimDatesTest {

	/** Tokens "word/TAG/NER=normalised" as CoreNLP would annotate them. */
	static List<CoreLabel> tokens(String... spec) {
		List<CoreLabel> tokens = new ArrayList<>();
		for (String s : spec) {
			String[] parts = s.split("/");
			CoreLabel token = new CoreLabel();
			token.setWord(parts[0]);
			token.setTag(parts[1]);
			String[] ner = parts[2].split("=");
			token.setNER(ner[0]);
			if (ner.length > 1) {
				token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, ner[1]);
			}
			tokens.add(token);
		}
		return tokens;
	}

	static final Entry RUSSIA = new Entry("russia", "Russia", ActorKind.STATE);

	static final Entry TALIBAN = new Entry("taliban", "Taliban", ActorKind.MOVEMENT);

	@Test
	void aLineThatOpensWithAYearRangeOrADateDatesItsSentences() {
		assertThat(ClaimDates.leadingDates(tokens("1996-2001/CD/DATE", "|/SYM/O")))
			.containsExactly(PartialDate.parse("1996"), PartialDate.parse("2001"));
		assertThat(ClaimDates.leadingDates(tokens("April/NNP/DATE=2024-04", "2024/CD/DATE=2024-04", ":/:/O")))
			.containsExactly(PartialDate.parse("2024-04"), null);
		assertThat(ClaimDates.leadingDates(tokens("Russia/NNP/LOCATION", "in/IN/O", "2024/CD/DATE=2024"))).isNull();
	}

	@Test
	void theLastDateOfASentenceAndWhetherItTellsOfThePast() {
		var tokens = tokens("The/DT/O", "Accords/NNPS/O", "were/VBD/O", "signed/VBN/O", "on/IN/O",
				"15/CD/DATE=2020-09-15", "September/NNP/DATE=2020-09-15", "2020/CD/DATE=2020-09-15");
		assertThat(ClaimDates.lastDate(tokens)).isEqualTo(PartialDate.parse("2020-09-15"));
		assertThat(ClaimDates.pastTense(tokens)).isTrue();
		assertThat(ClaimDates.pastTense(tokens("Russia/NNP/LOCATION", "recognises/VBZ/O", "the/DT/O",
				"Taliban/NNP/ORGANIZATION"))).isFalse();
	}

	@Test
	void aClaimTakesGivenDatesOnlyWhereItHasNoneAndAnEndingsDateIsItsEnd() {
		var asserted = new Found(RUSSIA, RelationshipType.RECOGNISED, TALIBAN, Polarity.ASSERTED,
				Modality.FACT, null, null, "verb:recognise", 0.8);
		var dated = ClaimDates.dated(asserted, new PartialDate[] { PartialDate.parse("2025-07-03"), null });
		assertThat(dated.from()).isEqualTo(PartialDate.parse("2025-07-03"));
		assertThat(dated.rule()).isEqualTo("verb:recognise+line-date");
		var ended = new Found(RUSSIA, RelationshipType.SANCTIONED, TALIBAN, Polarity.ENDED,
				Modality.FACT, null, null, "verb:lift", 0.8);
		var endedDated = ClaimDates.dated(ended, new PartialDate[] { PartialDate.parse("2025-04-17"), null },
				"+paragraph-date");
		assertThat(endedDated.from()).isNull();
		assertThat(endedDated.until()).isEqualTo(PartialDate.parse("2025-04-17"));
		assertThat(ClaimDates.dated(dated, new PartialDate[] { PartialDate.parse("1999"), null })).isSameAs(dated);
	}

}
