package org.realpolitik.ingest.news;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewActorsTest {

	@Test
	void aPersonsIdLeavesOutMiddleInitialsAndGenerationalSuffixes() {
		assertThat(NewActors.personKey("Lloyd J. Austin III")).isEqualTo("lloyd-austin");
		assertThat(NewActors.personKey("Lloyd Austin")).isEqualTo("lloyd-austin");
		assertThat(NewActors.personKey("Martin Luther King Jr.")).isEqualTo("martin-luther-king");
		assertThat(NewActors.personKey("George W. Bush")).isEqualTo("george-bush");
		assertThat(NewActors.personKey("Kim Jong Un")).isEqualTo("kim-jong-un");
	}

	@Test
	void aSurnameIsTheLastWordOfTheNameBeforeAnySuffix() {
		assertThat(NewActors.surname("Moammar Gadhafi")).isEqualTo("Gadhafi");
		assertThat(NewActors.surname("Lloyd J. Austin III")).isEqualTo("Austin");
		assertThat(NewActors.surname("Martin Luther King, Jr.")).isEqualTo("King");
	}

	@Test
	void anApostropheInANameJoinsItsWordsInTheId() {
		assertThat(NewActors.slug("Sa'id al-Jamal")).isEqualTo("said-al-jamal");
		assertThat(NewActors.slug("Donetsk People\u2019s Republic")).isEqualTo("donetsk-peoples-republic");
	}

}
