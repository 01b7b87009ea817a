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

}
