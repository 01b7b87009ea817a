package org.realpolitik.ingest.ftm;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;

import static org.assertj.core.api.Assertions.assertThat;

class AuthoritiesTest {

	final Authorities shipped = Authorities.shipped();

	@Test
	void authorityNamesResolveExactlyAfterNormalisingOrByAWholePart() {
		assertThat(this.shipped.byAuthority("Office of Foreign Assets Control")).contains("united-states");
		assertThat(this.shipped.byAuthority("OFAC")).contains("united-states");
		assertThat(this.shipped.byAuthority("U.S. Department of the Treasury")).contains("united-states");
		assertThat(this.shipped.byAuthority("US Department of the Treasury - Office of Foreign Assets Control"))
			.contains("united-states");
		assertThat(this.shipped.byAuthority("the United Nations Security Council")).contains("united-nations");
		assertThat(this.shipped.byAuthority("Council of the European Union")).contains("european-union");
		assertThat(this.shipped.byAuthority("HM Treasury (OFSI)")).contains("united-kingdom");
		assertThat(this.shipped.byAuthority("Foreign, Commonwealth & Development Office")).contains("united-kingdom");
		assertThat(this.shipped.byAuthority("State Secretariat for Economic Affairs (SECO)")).contains("switzerland");
	}

	@Test
	void anAuthorityIsNeverResolvedByASubstring() {
		assertThat(this.shipped.byAuthority("European Union Intellectual Property Office")).isEmpty();
		assertThat(this.shipped.byAuthority("Office of Foreign Assets Control Watchers Club")).isEmpty();
		assertThat(this.shipped.byAuthority(null)).isEmpty();
	}

	@Test
	void datasetsResolveToTheActorThatKeepsTheList() {
		assertThat(this.shipped.byDataset("eu_fsf")).contains("european-union");
		assertThat(this.shipped.byDataset("us_ofac_sdn")).contains("united-states");
		assertThat(this.shipped.byDataset("un_sc_sanctions")).contains("united-nations");
		assertThat(this.shipped.byDataset("gb_hmt_sanctions")).contains("united-kingdom");
		assertThat(this.shipped.byDataset("bg_omnio_poi")).isEmpty();
	}

	@Test
	void everyActorTheTablesNameIsDefinedWithAValidId() {
		assertThat(this.shipped.actors()).extracting(ActorInput::id)
			.allMatch(id -> ActorInput.ID.matcher(id).matches())
			.contains("european-union", "united-nations", "united-states", "united-kingdom", "switzerland");
		assertThat(this.shipped.actors()).filteredOn(a -> a.id().equals("european-union"))
			.singleElement()
			.satisfies(eu -> assertThat(eu.kind().value()).isEqualTo("organisation"));
		// every table row names a defined actor
		for (String name : new String[] { "OFAC", "UNSC", "EU", "OFSI", "SECO", "DFAT", "NSDC", "DG Trésor" }) {
			assertThat(this.shipped.byAuthority(name)).hasValueSatisfying(
					id -> assertThat(this.shipped.actors()).extracting(ActorInput::id).contains(id));
		}
	}

	@Test
	void countryCodesResolveThroughIso3ToTheStatesCameoCodeWithTheLegacyExceptions() {
		Map<String, String> cameo = Map.of("GBR", "united-kingdom", "RUS", "russia", "ROM", "romania", "TMP",
				"east-timor", "MTN", "montenegro", "SUN", "soviet-union");
		assertThat(Authorities.byCountry("gb", cameo::get)).contains("united-kingdom");
		assertThat(Authorities.byCountry("RU", cameo::get)).contains("russia");
		assertThat(Authorities.byCountry("ro", cameo::get)).contains("romania");
		assertThat(Authorities.byCountry("tl", cameo::get)).contains("east-timor");
		assertThat(Authorities.byCountry("me", cameo::get)).contains("montenegro");
		assertThat(Authorities.byCountry("su", cameo::get)).contains("soviet-union");
		assertThat(Authorities.byCountry("eu", cameo::get)).contains("european-union");
		assertThat(Authorities.byCountry("fr", cameo::get)).as("no such state in the graph").isEmpty();
		assertThat(Authorities.byCountry("zz", cameo::get)).isEmpty();
		assertThat(Authorities.byCountry("not-a-code", cameo::get)).isEqualTo(Optional.empty());
	}

}
