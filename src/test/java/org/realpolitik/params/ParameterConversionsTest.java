package org.realpolitik.params;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterConversionsTest {

	@Test
	void enumsAreReadInAnyCaseWithHyphensAndBlankIsNoValue() {
		assertThat(ParameterConversions.enumValue(ActorKind.class, " armed-group ")).isEqualTo(ActorKind.ARMED_GROUP);
		assertThat(ParameterConversions.enumValue(RelationshipType.class, "member_of")).isEqualTo(RelationshipType.MEMBER_OF);
		assertThat(ParameterConversions.enumValue(ActorKind.class, "  ")).isNull();
		assertThatThrownBy(() -> ParameterConversions.enumValue(ActorKind.class, "planet"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void datesOfYearMonthOrDayAreRead() {
		assertThat(ParameterConversions.valueReaders().get(PartialDate.class).apply("2020-05")).isEqualTo(PartialDate.parse("2020-05"));
	}

	@Test
	void whatDoesNotConvertIsNamedWithWhatIsAllowed() {
		assertThat(ParameterConversions.unreadable("limit", "many", int.class, 1, 20, null))
			.hasMessage("parameter 'limit' must be an integer from 1 to 20, was 'many'")
			.satisfies(ex -> assertThat(ex.allowed()).containsExactly("1..20"))
			.extracting("parameter")
			.isEqualTo("limit");
		assertThat(ParameterConversions.unreadable("directed", "maybe", boolean.class, 0, 0, null))
			.hasMessage("parameter 'directed' must be true or false, was 'maybe'");
		assertThat(ParameterConversions.unreadable("types", "ARMED,FRIENDS", RelationshipType.class, 0, 0, null))
			.hasMessage("parameter 'types' has unknown relationship type 'FRIENDS'")
			.satisfies(ex -> assertThat(ex.allowed()).contains("RECOGNISED", "SUCCESSOR_OF"));
		assertThat(ParameterConversions.unreadable("kind", "planet", ActorKind.class, 0, 0, null))
			.hasMessage("parameter 'kind' has unknown actor kind 'planet'");
		assertThat(ParameterConversions.unreadable("status", "done", java.time.DayOfWeek.class, 0, 0, null).allowed())
			.startsWith("monday");
		assertThat(ParameterConversions.unreadable("asOf", "soon", PartialDate.class, 0, 0,
				new IllegalArgumentException("not a date: 'soon'")))
			.hasMessage("parameter 'asOf': not a date: 'soon'");
		assertThat(ParameterConversions.outOfRange("maxHops", "9", 1, 6))
			.hasMessage("parameter 'maxHops' must be an integer from 1 to 6, was '9'");
	}

}
