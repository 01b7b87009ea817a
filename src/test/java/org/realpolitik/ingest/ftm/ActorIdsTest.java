package org.realpolitik.ingest.ftm;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;

import static org.assertj.core.api.Assertions.assertThat;

class ActorIdsTest {

	@Test
	void aSlugIsTheNameInLowerCaseAsciiWithSingleHyphens() {
		assertThat(ActorIds.slug("Vitaly Yurievich KUZMENKO")).isEqualTo("vitaly-yurievich-kuzmenko");
		assertThat(ActorIds.slug("RAB „Inter Tobacco“")).isEqualTo("rab-inter-tobacco");
		assertThat(ActorIds.slug("Svjatlana Paŭlaŭna PACHODAVA")).isEqualTo("svjatlana-paulauna-pachodava");
		assertThat(ActorIds.slug("Schillerstraße AG")).isEqualTo("schillerstrasse-ag");
	}

	@Test
	void aNameWithoutLatinLettersTakesTheFirstAliasThatHasSome() {
		assertThat(ActorIds.slug("Виталий Юрьевич КУЗЬМЕНКО", List.of("163", "Vitalij Kuzmenko")))
			.isEqualTo("vitalij-kuzmenko");
		assertThat(ActorIds.slug("Виталий", List.of())).isNull();
	}

	@Test
	void aLongNameIsCutAtAWordWithinTheLimit() {
		String slug = ActorIds.slug("Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn and the Very Long Name Brigade of Something");
		assertThat(slug).hasSizeLessThanOrEqualTo(ActorIds.MAX_LENGTH).doesNotEndWith("-");
		assertThat(ActorInput.ID.matcher(slug).matches()).isTrue();
	}

	@Test
	void aTakenSlugGetsAStableShortHashOfTheFtmId() {
		String a = ActorIds.suffixed("al-qaida-in-iraq", "NK-500Poltergeist", 6);
		assertThat(a).matches("al-qaida-in-iraq-[0-9a-f]{6}");
		assertThat(ActorIds.suffixed("al-qaida-in-iraq", "NK-500Poltergeist", 6)).isEqualTo(a);
		assertThat(ActorIds.suffixed("al-qaida-in-iraq", "NK-2T3S8Hu29ktYnKSTgQp2wL", 6)).isNotEqualTo(a);
		assertThat(ActorIds.suffixed(null, "x", 6)).matches("ftm-[0-9a-f]{6}");
	}

}
