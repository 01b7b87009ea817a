package org.realpolitik.params;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {

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
	void aConvertedListOfTypesDropsRepeatsAndMustNameOne() {
		assertThat(Params.types("types", (java.util.List<RelationshipType>) null)).containsExactly(RelationshipType.values());
		assertThat(Params.types("types", java.util.Arrays.asList(RelationshipType.ARMED, null, RelationshipType.ARMED)))
			.containsExactly(RelationshipType.ARMED);
		assertThatThrownBy(() -> Params.types("types", java.util.Arrays.asList((RelationshipType) null, null)))
			.hasMessage("parameter 'types' names no relationship type");
		assertThat(Params.offset(2_000_000_000)).isEqualTo(Params.MAX_OFFSET);
	}

}
