package org.realpolitik.ingest.ftm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class FtmMappingTest {

	static final Map<String, String> STATES = Map.of("GBR", "united-kingdom", "USA", "united-states", "ROM", "romania",
			"DEU", "germany");

	final FtmMapping mapping = new FtmMapping(Authorities.shipped(), STATES::get, LocalDate.of(2025, 1, 1));

	static FtmEntity entity(String id, String schema, Map<String, List<String>> properties) {
		return new FtmEntity(id, schema, null, properties, List.of(), List.of(), null);
	}

	@Test
	void aSanctionIsAClaimFromItsAuthorityToItsEntityWithDatesProgrammeReasonAndSource() {
		FtmMapping.Mapped m = this.mapping.map(entity("s1", "Sanction",
				Map.of("entity", List.of("org-1"), "authority", List.of("Office of Foreign Assets Control"), "program",
						List.of("SDGT"), "programId", List.of("US-SDGT"), "reason", List.of("Terrorism"), "startDate",
						List.of("2004-10-15"), "sourceUrl", List.of("https://ofac.example/1"))));
		assertThat(m.skip()).isNull();
		assertThat(m.actor()).isNull();
		assertThat(m.claims()).singleElement().satisfies(c -> {
			assertThat(c.subject()).isEqualTo(FtmMapping.Ref.actor("united-states"));
			assertThat(c.type()).isEqualTo(RelationshipType.SANCTIONED);
			assertThat(c.object()).isEqualTo(FtmMapping.Ref.entity("org-1"));
			assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
			assertThat(c.from().text()).isEqualTo("2004-10-15");
			assertThat(c.until()).isNull();
			assertThat(c.method()).isEqualTo("ftm:Sanction");
			assertThat(c.source()).isEqualTo("https://ofac.example/1");
			assertThat(c.details()).containsExactly(entry("program", "SDGT"), entry("programId", "US-SDGT"),
					entry("authority", "Office of Foreign Assets Control"), entry("reason", "Terrorism"),
					entry("sanction", "s1"));
			assertThat(c.role()).isNull();
			assertThat(c.confidence()).isEqualTo(FtmMapping.SANCTION_CONFIDENCE);
		});
	}

	@Test
	void aSanctionThatEndedBeforeTodayIsAnEndedClaimAndOneThatEndsLaterAnAssertedOneWithItsEnd() {
		FtmMapping.ClaimDraft ended = this.mapping.map(entity("s2", "Sanction", Map.of("entity", List.of("p"),
				"authority", List.of("HM Treasury"), "listingDate", List.of("2001-10"), "endDate", List.of("2006-06-07"))))
			.claims()
			.get(0);
		assertThat(ended.polarity()).isEqualTo(Polarity.ENDED);
		assertThat(ended.from().text()).as("listingDate when there is no startDate").isEqualTo("2001-10");
		assertThat(ended.until().text()).isEqualTo("2006-06-07");
		FtmMapping.ClaimDraft running = this.mapping.map(entity("s3", "Sanction", Map.of("entity", List.of("p"),
				"authority", List.of("EU"), "startDate", List.of("2022-02-28T00:00:00"), "endDate", List.of("2099-01"))))
			.claims()
			.get(0);
		assertThat(running.polarity()).isEqualTo(Polarity.ASSERTED);
		assertThat(running.subject().actorId()).isEqualTo("european-union");
		assertThat(running.from().text()).as("a time is dropped").isEqualTo("2022-02-28");
		assertThat(running.until().text()).isEqualTo("2099-01");
	}

	@Test
	void theAuthorityFallsBackToTheSanctionsCountryAndElseTheSanctionIsSkipped() {
		assertThat(this.mapping.map(entity("s4", "Sanction", Map.of("entity", List.of("p"), "authority",
				List.of("Ministry of Magic"), "country", List.of("gb")))).claims())
			.extracting(c -> c.subject().actorId())
			.containsExactly("united-kingdom");
		assertThat(this.mapping.map(entity("s5", "Sanction", Map.of("entity", List.of("p"), "country", List.of("ro"))))
			.claims()).extracting(c -> c.subject().actorId()).containsExactly("romania");
		FtmMapping.Mapped none = this.mapping
			.map(entity("s6", "Sanction", Map.of("entity", List.of("p"), "authority", List.of("Ministry of Magic"))));
		assertThat(none.claims()).isEmpty();
		assertThat(none.skip()).isEqualTo("Sanction with no authority we can resolve");
		assertThat(this.mapping.map(entity("s7", "Sanction", Map.of("authority", List.of("OFAC")))).skip())
			.isEqualTo("Sanction without an entity");
	}

	@Test
	void membershipsDirectorshipsEmploymentsAndRepresentationsAreMemberOfWithRoleAndDates() {
		FtmMapping.ClaimDraft member = this.mapping.map(entity("m1", "Membership", Map.of("member", List.of("p"),
				"organization", List.of("o"), "role", List.of("Leader"), "startDate", List.of("2004-10"), "endDate",
				List.of("2006-06-07"))))
			.claims()
			.get(0);
		assertThat(member.subject()).isEqualTo(FtmMapping.Ref.entity("p"));
		assertThat(member.type()).isEqualTo(RelationshipType.MEMBER_OF);
		assertThat(member.object()).isEqualTo(FtmMapping.Ref.entity("o"));
		assertThat(member.polarity()).isEqualTo(Polarity.ASSERTED);
		assertThat(member.from().text()).isEqualTo("2004-10");
		assertThat(member.until().text()).isEqualTo("2006-06-07");
		assertThat(member.role()).isEqualTo("Leader");
		assertThat(member.details()).containsExactly(entry("membership", "m1"));
		assertThat(member.method()).isEqualTo("ftm:Membership");
		assertThat(this.mapping.map(entity("d", "Directorship", Map.of("director", List.of("p"), "organization",
				List.of("c")))).claims().get(0)).satisfies(c -> {
					assertThat(c.method()).isEqualTo("ftm:Directorship");
					assertThat(c.role()).isNull();
				});
		assertThat(this.mapping.map(entity("e", "Employment", Map.of("employee", List.of("p"), "employer",
				List.of("c")))).claims().get(0).object()).isEqualTo(FtmMapping.Ref.entity("c"));
		assertThat(this.mapping.map(entity("r", "Representation", Map.of("agent", List.of("a"), "client",
				List.of("c")))).claims().get(0).subject()).isEqualTo(FtmMapping.Ref.entity("a"));
		assertThat(this.mapping.map(entity("m2", "Membership", Map.of("member", List.of("p")))).skip())
			.isEqualTo("Membership without organization");
	}

	@Test
	void personsAndOrganisationsAreActorsWithNamesAliasesCountriesAndWikidata() {
		FtmEntity aqi = new FtmEntity("Q1", "Organization", "Al-Qaida in Iraq",
				Map.of("name", List.of("Al-Qaida in Iraq", "AQI group"), "alias", List.of("AQI"), "weakAlias",
						List.of("AQ"), "topics", List.of("sanction", "crime.terror"), "country", List.of("IQ")),
				List.of("ref-1"), List.of("un_sc_sanctions", "us_ofac_sdn", "gb_hmt_sanctions", "gb_fcdo_sanctions",
						"bg_omnio_poi"),
				"2024-06-01T10:57:03");
		FtmMapping.Mapped m = this.mapping.map(aqi);
		assertThat(m.actor().name()).isEqualTo("Al-Qaida in Iraq");
		assertThat(m.actor().aliases()).as("weak aliases are left out").containsExactly("AQI group", "AQI");
		assertThat(m.actor().kind()).isEqualTo(ActorKind.ARMED_GROUP);
		assertThat(m.actor().wikidataId()).isEqualTo("Q1");
		assertThat(m.actor().countries()).containsExactly("iq");
		assertThat(m.actor().ids()).containsExactly("Q1", "ref-1");
		assertThat(m.observedAt()).isEqualTo(LocalDate.of(2024, 6, 1));
		// topic sanction: one claim per authority of the sanctions datasets the entity is in
		assertThat(m.claims()).extracting(c -> c.subject().actorId(), c -> c.details().get("datasets"))
			.containsExactly(tuple("united-kingdom", "gb_fcdo_sanctions, gb_hmt_sanctions"),
					tuple("united-nations", "un_sc_sanctions"),
					tuple("united-states", "us_ofac_sdn"));
		assertThat(m.claims()).allSatisfy(c -> {
			assertThat(c.method()).isEqualTo("ftm:topic:sanction");
			assertThat(c.object()).isEqualTo(FtmMapping.Ref.entity("Q1"));
			assertThat(c.confidence()).isEqualTo(FtmMapping.TOPIC_CONFIDENCE);
			assertThat(c.from()).isNull();
		});
	}

	@Test
	void topicsOtherThanTerrorDoNotChangeTheKindAndSchemaDecidesPersonAgencyOrganisation() {
		assertThat(FtmMapping.kind(entity("p", "Person", Map.of("topics", List.of("role.pep", "crime.terror")))))
			.isEqualTo(ActorKind.PERSON);
		assertThat(FtmMapping.kind(entity("c", "Company", Map.of("topics", List.of("crime.terror")))))
			.isEqualTo(ActorKind.ORGANISATION);
		assertThat(FtmMapping.kind(entity("o", "Organization", Map.of("topics", List.of("sanction")))))
			.isEqualTo(ActorKind.ORGANISATION);
		assertThat(FtmMapping.kind(entity("b", "PublicBody", Map.of()))).isEqualTo(ActorKind.AGENCY);
		assertThat(FtmMapping.wikidata(entity("x", "Person", Map.of("wikidataId", List.of("Q42")))))
			.isEqualTo("Q42");
		assertThat(FtmMapping.wikidata(entity("NK-x", "Person", Map.of()))).isNull();
	}

	@Test
	void otherSchemataAreSkippedBySchemaAndAnEntityWithoutANameIsSkipped() {
		assertThat(this.mapping.map(entity("pay", "Payment", Map.of("payer", List.of("a")))).skip())
			.isEqualTo("schema Payment not mapped");
		assertThat(this.mapping.map(entity("p", "Person", Map.of())).skip()).isEqualTo("Person without a name");
	}

	@Test
	void aSanctionedEntityInNoKnownSanctionsDatasetMakesNoClaimAndSaysSo() {
		FtmMapping.Mapped m = this.mapping.map(new FtmEntity("p", "Person", "X Y",
				Map.of("topics", List.of("sanction")), List.of(), List.of("bg_omnio_poi"), null));
		assertThat(m.actor()).isNotNull();
		assertThat(m.claims()).isEmpty();
		assertThat(m.notes()).containsExactly("topic sanction in no dataset we know the authority of");
	}

	@Test
	void aDateThatIsNotADateIsLeftOutWithANote() {
		FtmMapping.Mapped m = this.mapping.map(entity("s", "Sanction", Map.of("entity", List.of("p"), "authority",
				List.of("OFAC"), "startDate", List.of("sometime"), "listingDate", List.of("2020-13-01"))));
		assertThat(m.claims().get(0).from()).isNull();
		assertThat(m.notes()).containsExactly("Sanction startDate that is not a date",
				"Sanction listingDate that is not a date");
	}

}
