package org.realpolitik.ingest.news;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

	@Test
	void russiaBeforeTheEndOfTheSovietUnionIsTheSovietUnion() {
		assertThat(Periods.at("russia", "Moscow", PartialDate.parse("1979-12-27"))).isEqualTo("soviet-union");
		assertThat(Periods.at("russia", "Russia", PartialDate.parse("1989"))).isEqualTo("soviet-union");
		// the formal name of the Russian Federation always means itself
		assertThat(Periods.at("russia", "Russian Federation", PartialDate.parse("1948"))).isEqualTo("russia");
		// a year that the Russian Federation shares with the Soviet Union is not wholly before it
		assertThat(Periods.at("russia", "Moscow", PartialDate.parse("1991"))).isEqualTo("russia");
		assertThat(Periods.at("russia", "Moscow", PartialDate.parse("2025-07-03"))).isEqualTo("russia");
	}

	@Test
	void kabulIsWhicheverGovernmentHeldItAndOnlyTheNameKabulChangesHands() {
		assertThat(Periods.at("taliban", "Kabul", PartialDate.parse("2010"))).isEqualTo("afghanistan");
		assertThat(Periods.at("taliban", "Kabul", PartialDate.parse("1998"))).isEqualTo("taliban");
		assertThat(Periods.at("taliban", "Kabul", PartialDate.parse("2023-05"))).isEqualTo("taliban");
		assertThat(Periods.at("taliban", "the Taliban", PartialDate.parse("2010"))).isEqualTo("taliban");
	}

	@Test
	void anUndatedMentionKeepsItsActor() {
		assertThat(Periods.at("russia", "Moscow", null)).isEqualTo("russia");
	}

	@Test
	void theNamesOfStatesThatWereDividedOrRenamedStandForTheStateOfTheirTime() {
		assertThat(Periods.at("germany", "Germany", PartialDate.parse("1970"))).isEqualTo("west-germany");
		assertThat(Periods.at("germany", "Germany", PartialDate.parse("1990-10-03"))).isEqualTo("germany");
		assertThat(Periods.at("vietnam", "Hanoi", PartialDate.parse("1972-12"))).isEqualTo("north-vietnam");
		assertThat(Periods.at("czech-republic", "Prague", PartialDate.parse("1968"))).isEqualTo("czechoslovakia");
		assertThat(Periods.at("democratic-republic-of-the-congo", "Congo", PartialDate.parse("1985")))
			.isEqualTo("zaire");
		assertThat(Periods.at("serbia", "Belgrade", PartialDate.parse("1999"))).isEqualTo("serbia-and-montenegro");
		assertThat(Periods.at("serbia", "Serbia", PartialDate.parse("1999"))).isEqualTo("serbia");
		assertThat(Periods.at("turkey", "Turkey", PartialDate.parse("1917"))).isEqualTo("ottoman-empire");
	}

}
