package org.realpolitik.claim;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

	@Test
	void yearCoversTheWholeYear() {
		PartialDate date = PartialDate.parse("1979");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(date.first()).isEqualTo(LocalDate.of(1979, 1, 1));
		assertThat(date.last()).isEqualTo(LocalDate.of(1979, 12, 31));
		assertThat(date.text()).isEqualTo("1979");
	}

	@Test
	void monthCoversItsDaysIncludingLeapFebruary() {
		PartialDate date = PartialDate.parse("2024-02");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(date.first()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(date.last()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void dayIsOneDay() {
		PartialDate date = PartialDate.parse(" 2025-07-03 ");
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(date.first()).isEqualTo(date.last()).isEqualTo(LocalDate.of(2025, 7, 3));
	}

	@Test
	void rejectsWhatIsNotADateNamingTheAcceptedForms() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("July 2025"))
			.withMessageContaining("use a year (1979), a month (2025-04) or a day (2025-07-03)");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-13"))
			.withMessageContaining("not a calendar date");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-02-30"))
			.withMessageContaining("not a calendar date");
	}

	@Test
	void blankIsNoDate() {
		assertThat(PartialDate.parseNullable("  ")).isNull();
		assertThat(PartialDate.parseNullable(null)).isNull();
	}

}
