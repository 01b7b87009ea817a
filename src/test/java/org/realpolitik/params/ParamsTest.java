package org.realpolitik.params;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {

	@Test
	void integersDefaultWhenAbsentAndNameTheRangeWhenWrong() {
		assertThat(Params.integer("limit", null, 3, 1, 20)).isEqualTo(3);
		assertThat(Params.integer("limit", "20", 3, 1, 20)).isEqualTo(20);
		assertThatThrownBy(() -> Params.integer("limit", "21", 3, 1, 20)).isInstanceOf(InvalidParameterException.class)
			.hasMessage("parameter 'limit' must be an integer from 1 to 20, was '21'")
			.extracting("parameter")
			.isEqualTo("limit");
		assertThatThrownBy(() -> Params.integer("maxHops", "four", 4, 1, 6))
			.hasMessage("parameter 'maxHops' must be an integer from 1 to 6, was 'four'");
	}

	@Test
	void typesAreAllByDefaultAndUnknownOnesAreNamedWithTheVocabulary() {
		assertThat(Params.types("types", "")).containsExactly(RelationshipType.values());
		assertThat(Params.types("types", "armed, sanctioned,ARMED")).containsExactly(RelationshipType.ARMED,
				RelationshipType.SANCTIONED);
		assertThatThrownBy(() -> Params.types("types", "ARMED,FRIENDS")).isInstanceOf(InvalidParameterException.class)
			.hasMessage("parameter 'types' has unknown relationship type 'FRIENDS'")
			.satisfies(ex -> assertThat(((InvalidParameterException) ex).allowed()).contains("RECOGNISED",
					"SUCCESSOR_OF"));
		assertThatThrownBy(() -> Params.types("types", ", ,")).isInstanceOf(InvalidParameterException.class)
			.hasMessage("parameter 'types' names no relationship type");
	}

	@Test
	void datesAcceptAYearAMonthOrADay() {
		assertThat(Params.date("asOf", "2020")).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(Params.date("asOf", "2020-06-15")).isEqualTo(LocalDate.of(2020, 6, 15));
		assertThat(Params.date("asOf", null)).isNull();
		assertThatThrownBy(() -> Params.date("asOf", "yesterday")).hasMessageStartingWith("parameter 'asOf': ");
	}

	@Test
	void actorIdsAreCheckedForShape() {
		assertThat(Params.actorId("from", " united-states ", true)).isEqualTo("united-states");
		assertThat(Params.actorId("from", null, false)).isNull();
		assertThatThrownBy(() -> Params.actorId("from", null, true)).hasMessageStartingWith("parameter 'from' is required");
		assertThatThrownBy(() -> Params.actorId("from", "United States", true))
			.hasMessageStartingWith("parameter 'from' is not an actor id");
	}

	@Test
	void booleans() {
		assertThat(Params.bool("directed", null, false)).isFalse();
		assertThat(Params.bool("directed", "TRUE", false)).isTrue();
		assertThatThrownBy(() -> Params.bool("directed", "maybe", false))
			.hasMessage("parameter 'directed' must be true or false, was 'maybe'");
	}

}
