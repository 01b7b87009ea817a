package org.realpolitik.ingest.gdelt;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

	static final ActorResolver RESOLVER = new ActorResolver(List.of(state("russia", "RUS"), state("afghanistan", "AFG"),
			state("united-states", "USA"), new ActorInput("taliban", "Taliban", ActorKind.MOVEMENT, List.of(), null, null)),
			KnownGroups.load());

	static ActorInput state(String id, String cameo) {
		return new ActorInput(id, id, ActorKind.STATE, List.of(), null, cameo);
	}

	static ActorFields actor(String code, String country, String group, String type1) {
		return new ActorFields(code, "NAME", country, group, type1, "", "");
	}

	@Test
	void aBareCountryCodeIsTheStateItself() {
		var r = RESOLVER.resolve(actor("RUS", "RUS", "", ""));
		assertThat(r.actor()).isEqualTo("russia");
		assertThat(r.itself()).isTrue();
	}

	@Test
	void organsOfTheStateAreTheStateButNotItsName() {
		for (String role : List.of("GOV", "MIL", "SPY", "JUD", "LEG", "COP")) {
			var r = RESOLVER.resolve(actor("AFG" + role, "AFG", "", role));
			assertThat(r.actor()).as(role).isEqualTo("afghanistan");
			assertThat(r.itself()).as(role).isFalse();
		}
		assertThat(RESOLVER.resolve(new ActorFields("USAGOVMIL", "", "USA", "", "GOV", "MIL", "")).actor())
			.isEqualTo("united-states");
	}

	@Test
	void aKnownGroupIsTheGroupNotTheCountry() {
		assertThat(RESOLVER.resolve(actor("AFGINSTAL", "AFG", "TAL", "INS")).actor()).isEqualTo("taliban");
		var eu = RESOLVER.resolve(new ActorFields("IGOEUREEC", "THE EU", "EUR", "EEC", "IGO", "", ""));
		assertThat(eu.actor()).isEqualTo("european-union");
		assertThat(eu.itself()).isTrue();
		assertThat(RESOLVER.resolve(actor("IGOUNO", "", "UNO", "IGO")).actor()).isEqualTo("united-nations");
		assertThat(RESOLVER.resolve(actor("XYZREBQQQ", "", "QQQ", "REB")).skip()).isEqualTo("known group QQQ not mapped");
	}

	@Test
	void rebelsWithoutAGroupAndOtherRolesAreSkippedWithAReason() {
		assertThat(RESOLVER.resolve(actor("AFGREB", "AFG", "", "REB")).skip()).isEqualTo("role REB without known group");
		assertThat(RESOLVER.resolve(actor("AFGINS", "AFG", "", "INS")).skip()).isEqualTo("role INS without known group");
		assertThat(RESOLVER.resolve(actor("RUSBUS", "RUS", "", "BUS")).skip()).isEqualTo("role BUS is not the state");
		assertThat(RESOLVER.resolve(actor("USAOPP", "USA", "", "OPP")).skip()).isEqualTo("role OPP is not the state");
		assertThat(RESOLVER.resolve(actor("BUS", "", "", "BUS")).skip()).isEqualTo("role BUS without country or known group");
		assertThat(RESOLVER.resolve(actor("AFR", "AFR", "", "")).skip()).isEqualTo("country AFR not in the gazetteer");
		assertThat(RESOLVER.resolve(actor("", "", "", "")).skip()).isEqualTo("no actor code (one-sided event)");
		assertThat(RESOLVER.resolve(new ActorFields("AFGMOS", "", "AFG", "", "", "", "")).skip())
			.isEqualTo("ethnic or religious group, not the state");
	}

	@Test
	void aCountryMissingFromTheGazetteerSaysWhatTheSetupLacks() {
		var missing = RESOLVER.resolve(actor("AFR", "AFR", "", ""));
		assertThat(missing.missing()).isEqualTo("gazetteer actors with the events' CAMEO country codes");
		var empty = new ActorResolver(List.of(), KnownGroups.load()).resolve(actor("CHNGOV", "CHN", "", "GOV"));
		assertThat(empty.actor()).isNull();
		assertThat(empty.skip()).isEqualTo("country CHN not in the gazetteer");
		assertThat(empty.missing()).isEqualTo("a gazetteer: no actor has a CAMEO code, so no country resolves "
				+ "(import one: import curated seeds/actors.yaml)");
		assertThat(RESOLVER.resolve(actor("RUSBUS", "RUS", "", "BUS")).missing()).as("a skip for the record's sake")
			.isNull();
		assertThat(RESOLVER.resolve(actor("XYZREBQQQ", "", "QQQ", "REB")).missing())
			.as("an unlisted group is out of scope, as an unmapped code is").isNull();
	}

	@Test
	void gdeltNamesAreTitleCasedForAliases() {
		assertThat(GdeltImporter.titleCase("UNITED STATES")).isEqualTo("United States");
		assertThat(GdeltImporter.titleCase("THE EU")).isEqualTo("EU");
		assertThat(GdeltImporter.titleCase("  KABUL ")).isEqualTo("Kabul");
	}

}
