package org.realpolitik.ingest.news;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-annotated sentences, written for these tests (not taken from the seed articles): voice, lists, negation,
 * modality, endings, dates. Each line is the claim expected, as subject TYPE object polarity/modality from..until.
 * Runs the real CoreNLP pipeline, so it lives with the integration tests.
 */
class SentenceExtractionIT {

	static NewsExtractor extractor;

	@BeforeAll
	static void load() throws IOException {
		extractor = new NewsExtractor(ActorFiles.read(Path.of("src/test/resources/news/actors.yaml")));
	}

	static List<String> claims(String text) {
		return extractor.extract(new Article("t.txt", "t", "t", text, null, null))
			.stream()
			.map(c -> c.subject().id() + " " + c.type() + " " + c.object().id() + " " + c.polarity() + "/"
					+ c.modality() + " " + c.from() + ".." + c.until())
			.toList();
	}

	@Test
	void passiveVoiceWithACoordinatedSubjectGivesOneClaimEach() {
		assertThat(claims("Germany and France were armed by the United States.")).containsExactlyInAnyOrder(
				"united-states ARMED germany asserted/fact null..null",
				"united-states ARMED france asserted/fact null..null");
	}

	@Test
	void negationIsNotAnAssertion() {
		assertThat(claims("Japan has not recognised Taiwan.")).containsExactly("japan RECOGNISED taiwan negated/fact null..null");
		assertThat(claims("Pakistan denied arming the TTP.")).containsExactly("pakistan ARMED ttp negated/fact null..null");
	}

	@Test
	void expectationsConditionsAndIntentionsAreNotFacts() {
		assertThat(claims("Brazil is unlikely to recognise Kosovo in the near future."))
			.containsExactly("brazil RECOGNISED kosovo asserted/hypothetical null..null");
		assertThat(claims("Egypt could recognise Kosovo if Serbia agrees."))
			.containsExactly("egypt RECOGNISED kosovo asserted/hypothetical null..null");
		assertThat(claims("Iran has expressed interest in arming Syria."))
			.containsExactly("iran ARMED syria asserted/intended null..null");
	}

	@Test
	void rumoursAreAllegationsWithTheirDate() {
		assertThat(claims("Rumours of Turkey arming Hamas surfaced in 2019."))
			.containsExactly("turkey ARMED hamas asserted/alleged 2019..null");
	}

	@Test
	void liftingSanctionsEndsThemAtItsDateWithItsPrecision() {
		assertThat(claims("Canada lifted its sanctions on Iran in January 2016."))
			.containsExactly("canada SANCTIONED iran ended/fact null..2016-01");
	}

	@Test
	void metonymsNominalsAndDesignationsResolveToTheActors() {
		assertThat(claims("Washington imposed sanctions on Tehran on 5 November 2018."))
			.containsExactly("united-states SANCTIONED iran asserted/fact 2018-11-05..null");
		assertThat(claims("Kenya's recognition of Kosovo came in 2015."))
			.containsExactly("kenya RECOGNISED kosovo asserted/fact 2015..null");
		assertThat(claims("The United States designated the Houthis as a terrorist organisation."))
			.containsExactly("united-states SANCTIONED houthis asserted/fact null..null");
	}

	@Test
	void aRelativeClauseAddsItsOwnClaim() {
		assertThat(claims("The Houthis, who are backed by Iran, attacked Israel.")).containsExactlyInAnyOrder(
				"iran SUPPORTS houthis asserted/fact null..null", "houthis ATTACKED israel asserted/fact null..null");
	}

	@Test
	void aYearRangeDatesBothEnds() {
		assertThat(claims("During the war (1980-1988), Iran was armed by Syria."))
			.containsExactly("syria ARMED iran asserted/fact 1980..1988");
	}

	@Test
	void anEventWithNoActorOnOneSideMakesNoClaim() {
		assertThat(claims("The raid was condemned by Egypt, Jordan and Morocco.")).isEmpty();
		assertThat(claims("Talks are planned for next year.")).isEmpty();
	}

	@Test
	void anUnknownNameWithItsAcronymBecomesANewActorNotTheKnownOneInsideIt() {
		var counted = extractor.extractCounting(new Article("t.txt", "t", "t",
				"The Tehreek-e-Labbaik Pakistan (TLP) attacked Pakistan in 2020. Pakistan banned the TLP in 2021.", null,
				null));
		assertThat(counted.claims()).extracting(c -> c.subject().id() + " " + c.type() + " " + c.object().id())
			.containsExactly("tehreek-e-labbaik-pakistan ATTACKED pakistan", "pakistan SANCTIONED tehreek-e-labbaik-pakistan");
		assertThat(counted.newActors()).singleElement().satisfies(actor -> {
			assertThat(actor.name()).isEqualTo("Tehreek-e-Labbaik Pakistan");
			assertThat(actor.aliases()).containsExactly("TLP");
		});
	}

	@Test
	void aNameStandsForTheActorOfTheSentencesTime() {
		assertThat(claims("In 1979, Moscow invaded Afghanistan.")).containsExactly(
				"soviet-union ATTACKED afghanistan asserted/fact 1979..null");
		assertThat(claims("In 2022, Moscow invaded Ukraine.")).containsExactly(
				"russia ATTACKED ukraine asserted/fact 2022..null");
	}

	@Test
	void generalConstructionsOfSupportArmsAndSanctions() {
		assertThat(claims("Saudi Arabia accused Iran of supplying the Houthis with missiles."))
			.contains("saudi-arabia OPPOSES iran asserted/fact null..null", "iran ARMED houthis asserted/alleged null..null");
		assertThat(claims("The government is politically and militarily supported by Iran.")).isEmpty();
		assertThat(claims("Syria is politically and militarily supported by Iran."))
			.containsExactlyInAnyOrder("iran SUPPORTS syria asserted/fact null..null", "iran ARMED syria asserted/fact null..null");
		assertThat(claims("The Iranian-backed Houthis fired missiles at Riyadh."))
			.contains("iran SUPPORTS houthis asserted/fact null..null");
		assertThat(claims("The Security Council extended the arms embargo on Somalia."))
			.contains("united-nations SANCTIONED somalia asserted/fact null..null")
			.noneMatch(c -> c.contains("ARMED"));
		assertThat(claims("Amnesty International urged the US to stop supplying arms to Saudi Arabia."))
			.contains("united-states ARMED saudi-arabia asserted/fact null..null");
	}

	@Test
	void designationsAreSanctionsNotLabels() {
		assertThat(claims("The United States designated Hamas as a Specially Designated Global Terrorist."))
			.containsExactly("united-states SANCTIONED hamas asserted/fact null..null");
		assertThat(claims("Hamas was designated under Executive Order 13224 by the United States."))
			.containsExactly("united-states SANCTIONED hamas asserted/fact null..null");
		assertThat(claims("Egypt and Israel signed a peace treaty in 1979.")).containsExactlyInAnyOrder(
				"egypt ENGAGES israel asserted/fact 1979..null", "israel ENGAGES egypt asserted/fact 1979..null");
	}

	@Test
	void unknownPeopleOnlyActForSomething() {
		var counted = extractor.extractCounting(new Article("t.txt", "t", "t",
				"Egypt's foreign minister, Sameh Shoukry, condemned Israel.", null, null));
		assertThat(counted.claims()).extracting(c -> c.subject().id() + " " + c.type() + " " + c.object().id())
			.containsExactlyInAnyOrder("egypt OPPOSES israel", "sameh-shoukry MEMBER_OF egypt");
	}

	@Test
	void theGroupAndPronounsReferToTheActorsBefore() {
		assertThat(claims("Al-Shabaab has grown stronger. Kenya has sanctioned the group since 2012."))
			.containsExactly("kenya SANCTIONED al-shabaab asserted/fact 2012..null");
	}

	@Test
	void aDateBetweenAnOpeningSubordinateClauseAndTheMainClauseDatesTheSubordinateClause() {
		assertThat(claims("Although Brazil has been pursuing better relations with Kosovo since 2016 there are limits to what it can offer."))
			.containsExactly("brazil ENGAGES kosovo asserted/fact 2016..null");
	}

	@Test
	void aWhenClauseDatesTheClauseItModifies() {
		assertThat(claims("It is worth noting that when Hamas won the elections in 2006 Jordan had taken a firmly anti-Hamas line."))
			.containsExactly("jordan OPPOSES hamas asserted/fact 2006..null");
		assertThat(claims("Canada began extending diplomatic support to Kosovo when Serbia lost control of the province in 2008."))
			.containsExactly("canada SUPPORTS kosovo asserted/fact 2008..null");
	}

	@Test
	void anOpeningPhraseTheParserTakesForTheSubjectLeavesTheActorAsSubjectAndItsDate() {
		assertThat(claims("Fast forward to the present, on March 2, 2024, Brazil became the first country to formally recognise Kosovo."))
			.containsExactly("brazil RECOGNISED kosovo asserted/fact 2024-03-02..null");
	}

	@Test
	void aFamilyNameParticleTheRecogniserLeavesOutIsPartOfThePersonsName() {
		assertThat(claims("Hamas official Khalil al-Hayya arrived in Cairo."))
			.contains("khalil-al-hayya MEMBER_OF hamas asserted/fact null..null");
	}

	@Test
	void aLooselyAttachedSecondParticipleSharesThePassive() {
		assertThat(claims("Syria is supported by Iran, openly supported by Russia.")).containsExactlyInAnyOrder(
				"iran SUPPORTS syria asserted/fact null..null", "russia SUPPORTS syria asserted/fact null..null");
	}

	@Test
	void anActorBeforeCoordinatedKindsOfSupportGivesThemAllAndMilitarySupportArms() {
		assertThat(claims("Egypt was rebuilt after the war, and received major Soviet military and political support."))
			.containsExactlyInAnyOrder("soviet-union SUPPORTS egypt asserted/fact null..null",
					"soviet-union ARMED egypt asserted/fact null..null");
	}

	@Test
	void aVerbWithItsObjectNounFromTheEventDictionaryTriggersAndTheObjectsOwnerIsTheTarget() {
		assertThat(claims("Canada froze the assets of Iran's central bank."))
			.containsExactly("canada SANCTIONED iran asserted/fact null..null");
		assertThat(claims("Canada sanctioned three Iranian companies.")).isEmpty();
		assertThat(claims("Hamas fired rockets at southern Israel."))
			.containsExactly("hamas ATTACKED israel asserted/fact null..null");
	}

	@Test
	void sanctionsOnWhatAnActorOwnsNameTheActorAndLiftingThemEndsThem() {
		assertThat(claims("Japan lifted sanctions on Iran's central bank."))
			.containsExactly("japan SANCTIONED iran ended/fact null..null");
	}

	@Test
	void aYesNoQuestionAsksAndAWhQuestionTakesTheEventAsGiven() {
		assertThat(claims("Will Egypt recognise Kosovo?"))
			.containsExactly("egypt RECOGNISED kosovo asserted/hypothetical null..null");
		assertThat(claims("Why did Russia invade Ukraine?"))
			.containsExactly("russia ATTACKED ukraine asserted/fact null..null");
	}

	@Test
	void severingTiesEndsThem() {
		assertThat(claims("Morocco severed diplomatic ties with Iran in 2018."))
			.containsExactlyInAnyOrder("morocco ENGAGES iran ended/fact null..2018",
					"morocco OPPOSES iran asserted/fact 2018..null");
	}

	@Test
	void thePartnerOfATreatyOfSomethingIsTheTreatysObject() {
		assertThat(claims("Egypt signed a treaty of friendship with the Soviet Union in 1971."))
			.containsExactly("egypt ENGAGES soviet-union asserted/fact 1971..null");
	}

	@Test
	void condemningAnActByAnActorOpposesTheActor() {
		assertThat(claims("The United Nations condemned the missile launches by Iran."))
			.containsExactly("united-nations OPPOSES iran asserted/fact null..null");
	}

	@Test
	void anInternationalMissionTheEventDictionaryLacksIsAnActor() {
		assertThat(claims("AMISOM spokesman Paul Njuguna said the convoy had been ambushed."))
			.contains("paul-njuguna MEMBER_OF amisom asserted/fact null..null");
	}

	@Test
	void aNameBeforeANounForFightersNamesAnArmedGroup() {
		assertThat(claims("Kenya has backed the M23 rebels.")).containsExactly("kenya SUPPORTS m23 asserted/fact null..null");
		assertThat(claims("The Wagner mercenaries attacked Somalia."))
			.containsExactly("wagner-group ATTACKED somalia asserted/fact null..null");
		assertThat(claims("Kurdish militants attacked Turkey.")).isEmpty();
	}

	@Test
	void fightingAlongsideOrForAnActorSupportsIt() {
		assertThat(claims("Russia fought alongside the Syrian army."))
			.containsExactly("russia SUPPORTS syria asserted/fact null..null");
	}

	@Test
	void theOneTurnedToForHelpGivesIt() {
		assertThat(claims("Somalia turned to Turkey for military assistance.")).containsExactlyInAnyOrder(
				"turkey ARMED somalia asserted/fact null..null", "turkey SUPPORTS somalia asserted/fact null..null");
	}

	@Test
	void theOneWhoReliesOnAnActorsSupportReceivesIt() {
		assertThat(claims("The Houthis continue to rely on Iran's support."))
			.containsExactly("iran SUPPORTS houthis asserted/fact null..null");
	}

	@Test
	void aNameIntroducedAsAlsoKnownAsNamesTheActorBeforeIt() {
		assertThat(claims("Kenya sanctioned the Houthis, also known as Ansarallah. Egypt condemned Ansarallah."))
			.containsExactlyInAnyOrder("kenya SANCTIONED houthis asserted/fact null..null",
					"egypt OPPOSES houthis asserted/fact null..null");
	}

	@Test
	void entitiesInvolvedInAnActAreItsAgentNotTheOneWhoSanctionsThem() {
		assertThat(claims("Canada sanctioned five entities involved in procuring weapons for the Houthis."))
			.doesNotContain("canada ARMED houthis asserted/fact null..null");
	}

	@Test
	void designatedAsATerroristIsNoOffice() {
		assertThat(claims("The United States designated Ansarallah as a Specially Designated Global Terrorist."))
			.noneMatch(c -> c.contains("MEMBER_OF"));
	}

	@Test
	void aCapitalBeforeAnAgreementsNameIsItsVenueAndCoordinatedSignatoriesEngageEachOther() {
		assertThat(claims("Russia and Ukraine signed the Minsk Protocol in 2014.")).containsExactlyInAnyOrder(
				"russia ENGAGES ukraine asserted/fact 2014..null", "ukraine ENGAGES russia asserted/fact 2014..null");
		assertThat(claims("Egypt and Israel signed the Camp David Accords in 1978.")).containsExactlyInAnyOrder(
				"egypt ENGAGES israel asserted/fact 1978..null", "israel ENGAGES egypt asserted/fact 1978..null");
	}

	@Test
	void troopsAndArmsNamedWithTheirSideActForIt() {
		assertThat(claims("Kenyan troops attacked Somalia.")).containsExactly("kenya ATTACKED somalia asserted/fact null..null");
		assertThat(claims("Turkish drones struck Syria.")).containsExactly("turkey ATTACKED syria asserted/fact null..null");
	}

	@Test
	void aPassiveDesignationWithItsAgentOnThePredicateIsASanction() {
		assertThat(claims("Hamas was designated a Foreign Terrorist Organization by the United States in 1997."))
			.containsExactly("united-states SANCTIONED hamas asserted/fact 1997..null");
	}

	@Test
	void coordinatedSidesOfAWarFightEachOther() {
		assertThat(claims("Russia and Ukraine fought a war in 2022.")).containsExactlyInAnyOrder(
				"russia ATTACKED ukraine asserted/fact 2022..null", "ukraine ATTACKED russia asserted/fact 2022..null");
	}

	@Test
	void aVerbWithAnObjectOfItsOwnDoesNotTakeTheObjectOfTheVerbBeside() {
		assertThat(claims("Egypt condemned the coup and demanded the release of Kenya's envoy."))
			.noneMatch(c -> c.startsWith("egypt OPPOSES"));
	}

	@Test
	void aThreatOrAVowToActIsIntendedWhileTheThreatItselfIsOpposition() {
		assertThat(claims("The Houthis threatened to attack Israel."))
			.containsExactlyInAnyOrder("houthis ATTACKED israel asserted/intended null..null",
					"houthis OPPOSES israel asserted/fact null..null");
	}

	@Test
	void cuttingTiesEndsTheEngagementAndOpposesAndWhatItRespondsToIsSomeoneElsesAct() {
		assertThat(claims("In response to the recognition of Russia, Ukraine terminated diplomatic ties with Iran in 2022."))
			.containsExactlyInAnyOrder("ukraine ENGAGES iran ended/fact null..2022",
					"ukraine OPPOSES iran asserted/fact 2022..null");
	}

	@Test
	void eachSideOfFightingBetweenTwoActorsAttacksTheOther() {
		assertThat(claims("Clashes between Sudanese troops and Chadian forces killed dozens."))
			.containsExactlyInAnyOrder("sudan ATTACKED chad asserted/fact null..null",
					"chad ATTACKED sudan asserted/fact null..null");
	}

	@Test
	void listedByABodyIsSanctionedByIt() {
		assertThat(claims("Al-Shabaab was listed by the United Nations in 2010."))
			.containsExactly("united-nations SANCTIONED al-shabaab asserted/fact 2010..null");
	}

	@Test
	void aPluralNameAfterAPossessiveIsAGroupNotTheState() {
		assertThat(claims("Yemen's Houthis fired missiles at Saudi Arabia."))
			.containsExactly("houthis ATTACKED saudi-arabia asserted/fact null..null");
	}

	@Test
	void aBodyDescribedBeforeItsAcronymIsAnActorAndAStatesOrganAndABackerIsNoOwner() {
		assertThat(claims("Officials of the Cuban-sponsored Venezuelan intelligence forces (SEBIN) were sanctioned."))
			.containsExactlyInAnyOrder("cuba SUPPORTS sebin asserted/fact null..null",
					"sebin MEMBER_OF venezuela asserted/fact null..null");
	}

	@Test
	void aSpokesmanForAGroupActsForItButAnEnvoyForACountryIsNotItsAndATitleInsideANameCounts() {
		assertThat(claims("Mohamed Hussein, a spokesman for al-Shabaab, said the group carried out the attack."))
			.contains("mohamed-hussein MEMBER_OF al-shabaab asserted/fact null..null");
		assertThat(claims("Russia's special envoy for Afghanistan, Zamir Kabulov, spoke."))
			.noneMatch(c -> c.startsWith("zamir-kabulov MEMBER_OF afghanistan"));
		assertThat(claims("The accords were signed by Israeli Prime Minister Benjamin Netanyahu."))
			.contains("benjamin-netanyahu MEMBER_OF israel asserted/fact null..null");
	}

	@Test
	void aDatelineDatesItsSentenceAndAnActWithoutADateIsDatedByTheArticleButASupportIsNot() {
		assertThat(claims("WASHINGTON, March 3, 2020 - Today, the United States imposed sanctions on Iran."))
			.containsExactly("united-states SANCTIONED iran asserted/fact 2020-03-03..null");
		var dated = extractor.extract(new Article("t.txt", "t", "t",
				"Canada condemns Iran's attack on Israel. Iran supports Hamas.",
				org.realpolitik.claim.PartialDate.parse("2024-04-14"), null))
			.stream()
			.map(c -> c.subject().id() + " " + c.type() + " " + c.object().id() + " " + c.from())
			.toList();
		assertThat(dated).contains("canada OPPOSES iran 2024-04-14", "iran ATTACKED israel 2024-04-14", "iran SUPPORTS hamas null");
	}

	@Test
	void theReasonForADesignationIsTheDoingOfTheOneDesignatedNotOfTheOneDesignating() {
		assertThat(claims("The United States sanctioned Iran for supplying drones to Russia."))
			.containsExactlyInAnyOrder("united-states SANCTIONED iran asserted/fact null..null",
					"iran ARMED russia asserted/fact null..null");
		assertThat(claims("The United States designated Hamas for providing support to the Houthis."))
			.containsExactlyInAnyOrder("united-states SANCTIONED hamas asserted/fact null..null",
					"hamas SUPPORTS houthis asserted/fact null..null");
		assertThat(claims("The United States is imposing sanctions on six companies for their involvement in "
				+ "generating support for the Houthis."))
			.noneMatch(c -> c.startsWith("united-states SUPPORTS"));
	}

	@Test
	void aBodysHeadWordAloneNamesTheBodyNamedBeforeAndABlockadeIsASanction() {
		var found = extractor.extract(new Article("t.txt", "t", "t", "The United Nations Security Council met on Somalia."
				+ "\nThe Council condemned the attack by Al-Shabaab on Kenya.\nEgypt imposed a blockade on Jordan.", null,
				null))
			.stream()
			.map(c -> c.subject().id() + " " + c.type() + " " + c.object().id())
			.toList();
		assertThat(found).contains("united-nations OPPOSES al-shabaab", "al-shabaab ATTACKED kenya",
				"egypt SANCTIONED jordan");
	}

	@Test
	void aReportedClauseTheParserBrokeStillHasItsSubject() {
		assertThat(claims("He insisted the Russians are conducting a savage war in Syria."))
			.contains("russia ATTACKED syria asserted/fact null..null");
	}

	@Test
	void strikesAndHitsAttackAndWhatTheyHitStandsForItsOwner() {
		assertThat(claims("The United States and Israel carried out strikes against Iranian nuclear sites."))
			.containsExactlyInAnyOrder("united-states ATTACKED iran asserted/fact null..null",
					"israel ATTACKED iran asserted/fact null..null");
		assertThat(claims("Turkish drones hit a Russian oil refinery."))
			.containsExactly("turkey ATTACKED russia asserted/fact null..null");
		assertThat(claims("Sanctions hit the Iranian economy. Workers went on strike in Paris.")).isEmpty();
	}

	@Test
	void statesOfLimitedRecognitionAreActors() {
		assertThat(claims("Russia recognised Abkhazia and South Ossetia in 2008."))
			.containsExactlyInAnyOrder("russia RECOGNISED abkhazia asserted/fact 2008..null",
					"russia RECOGNISED south-ossetia asserted/fact 2008..null");
	}

	@Test
	void aCommitmentIsIntendedNotAFact() {
		assertThat(claims("Russia remains committed to seeking dialogue with the Taliban."))
			.containsExactly("russia ENGAGES taliban asserted/intended null..null");
	}

	@Test
	void aProgrammeToDoSomethingIsDoneByWhoRunsIt() {
		assertThat(claims("The United States ran a programme to equip and pay Hamas."))
			.contains("united-states ARMED hamas asserted/fact null..null");
	}

	@Test
	void aStatesOrganNamedWithItsDemonymActsForTheState() {
		assertThat(claims("The Russian Foreign Ministry condemned Ukraine."))
			.containsExactly("russia OPPOSES ukraine asserted/fact null..null");
	}

	@Test
	void aBodyNamedAfterAKnownActorIsABodyOfItsOwn() {
		assertThat(claims("The Kosovo Contact Group recognised Taiwan."))
			.containsExactly("kosovo-contact-group RECOGNISED taiwan asserted/fact null..null");
	}

	@Test
	void recognitionsGrantedWithoutTheirObjectAreOfTheOneNamedLast() {
		assertThat(claims("Egypt recognised Taiwan in 2001. Egypt recognised Kosovo in 2008. "
				+ "Additionally, two other states, Kenya and Jordan, also granted recognition."))
			.contains("kenya RECOGNISED kosovo asserted/fact null..null", "jordan RECOGNISED kosovo asserted/fact null..null");
		assertThat(claims("Dozens of states had announced that they recognised Kosovo. "
				+ "Later, Brazil and Morocco also granted recognition."))
			.containsExactlyInAnyOrder("brazil RECOGNISED kosovo asserted/fact null..null",
					"morocco RECOGNISED kosovo asserted/fact null..null");
	}

	@Test
	void joiningABodyIsMembershipFromThatDateAndAPersonIsNamedAgainByTheSurname() {
		assertThat(claims("Sayed Ahmad Jawad fought in Kandahar. In 2021, Jawad joined the Islamic State."))
			.containsExactly("sayed-ahmad-jawad MEMBER_OF islamic-state asserted/fact 2021..null");
		assertThat(claims("Germany joined the United Nations in 1973."))
			.containsExactly("germany MEMBER_OF united-nations asserted/fact 1973..null");
		assertThat(claims("In 1958, Syria joined Egypt to form the United Arab Republic.")).isEmpty();
		assertThat(claims("In 2019, Jawad refused to join the Taliban.")).allMatch(c -> !c.contains("asserted/fact"));
	}

	@Test
	void theCouncilInLowerCaseIsTheCouncilNamedBefore() {
		assertThat(claims("The Syrian National Council met in Cairo. Turkey recognised the council in 2012."))
			.contains("turkey RECOGNISED syrian-national-council asserted/fact 2012..null");
	}

	@Test
	void explainingASentenceShowsItsActorsTriggersAndClaims() {
		List<String> lines = new java.util.ArrayList<>();
		extractor.extractCounting(new Article("t.txt", "t", "t", "Egypt recognised Kosovo in 2008. It rained.", null, null),
				lines::add);

		assertThat(String.join("\n", lines)).contains("sentence 0: Egypt recognised Kosovo in 2008.")
			.contains("actors: egypt kosovo")
			.contains("triggers: recognised [RECOGNISED]")
			.contains("claim: egypt RECOGNISED kosovo (asserted, fact, from 2008) by verb:recognise")
			.contains("sentence 1: It rained.");
	}

	@Test
	void supportGivenWithAClauseGoesFromItsGiverToTheHolderAndIsNoPartnerOfTheVerb() {
		assertThat(claims("The Houthis seized the capital with the support of Iran."))
			.containsExactly("iran SUPPORTS houthis asserted/fact null..null");
		assertThat(claims("Hamas fought in Syria with Iranian backing."))
			.containsExactly("iran SUPPORTS hamas asserted/fact null..null");
	}

	@Test
	void aPatronOrAnAllySupportsThePossessorAndThePossessorSupportsAProxy() {
		assertThat(claims("Syria, Russia's closest ally, condemned Turkey."))
			.contains("syria SUPPORTS russia asserted/fact null..null");
		assertThat(claims("The Houthis are Iran's proxy."))
			.containsExactly("iran SUPPORTS houthis asserted/fact null..null");
		assertThat(claims("Iran's proxies, the Houthis and Hamas, attacked Israel."))
			.contains("iran SUPPORTS houthis asserted/fact null..null", "iran SUPPORTS hamas asserted/fact null..null");
		assertThat(claims("Russia is not Syria's patron."))
			.containsExactly("russia SUPPORTS syria negated/fact null..null");
		assertThat(claims("Russia condemned the proxy wars between Iran and Turkey."))
			.noneMatch(c -> c.contains("SUPPORTS"));
	}

	@Test
	void theHeadOfAStatesOrganNamedInAppositionActsForTheState() {
		assertThat(claims("David Barnea, the chief of the Mossad, met Egypt's president."))
			.contains("david-barnea MEMBER_OF israel asserted/fact null..null");
		assertThat(claims("The director of the Federal Security Service, Alexander Bortnikov, visited Iran."))
			.contains("alexander-bortnikov MEMBER_OF russia asserted/fact null..null");
	}

	@Test
	void aBranchNamedWithItsParentsPossessiveIsAMemberOfIt() {
		assertThat(claims("Al-Shabaab is the Islamic State's Somali branch."))
			.contains("al-shabaab MEMBER_OF islamic-state asserted/fact null..null");
	}

	@Test
	void expellingRecallingOrSummoningADiplomatOpposesTheStateItCameFromOrWasPostedTo() {
		assertThat(claims("Morocco expelled twelve French diplomats."))
			.containsExactly("morocco OPPOSES france asserted/fact null..null");
		assertThat(claims("France recalled its ambassador from Morocco."))
			.containsExactly("france OPPOSES morocco asserted/fact null..null");
		assertThat(claims("Russia withdrew its ambassador to Ukraine in 2022."))
			.containsExactly("russia OPPOSES ukraine asserted/fact 2022..null");
		assertThat(claims("Kenya received Somalia's new ambassador."))
			.containsExactly("kenya ENGAGES somalia asserted/fact null..null");
	}

	@Test
	void designatingSomeoneIsASanctionDesignatingThemAsAnOfficeIsNot() {
		assertThat(claims("Hamas was designated by the United States in 1997."))
			.containsExactly("united-states SANCTIONED hamas asserted/fact 1997..null");
		assertThat(claims("The Taliban designated Suhail Shaheen as their envoy to the United Nations."))
			.noneMatch(c -> c.contains("SANCTIONED"));
	}

	@Test
	void comingUnderAttackFromAnActorAndBeingKilledInItsStrikeAreAttacks() {
		assertThat(claims("Ukrainian positions came under attack from Russian forces."))
			.containsExactly("russia ATTACKED ukraine asserted/fact null..null");
		assertThat(claims("A Hamas commander was killed in an Israeli airstrike."))
			.containsExactly("israel ATTACKED hamas asserted/fact null..null");
	}

	@Test
	void aPlaceNamedWithAnActorsNameIsNoMentionOfIt() {
		assertThat(claims("Israel occupied the West Bank in 1967.")).isEmpty();
		assertThat(claims("Iranian boats harassed ships in the Persian Gulf.")).isEmpty();
		assertThat(claims("Turkey shelled Northern Syria."))
			.containsExactly("turkey ATTACKED syria asserted/fact null..null");
	}

	@Test
	void armedGroupsInAStateAreNotTheState() {
		assertThat(claims("Eritrea continued to support armed groups in Somalia.")).isEmpty();
		assertThat(claims("Iran supports the government in Damascus."))
			.containsExactly("iran SUPPORTS syria asserted/fact null..null");
	}

	@Test
	void aDecisionByAnActorToDoSomethingIsItsDoing() {
		assertThat(claims("Canada welcomed the decision by the United States to designate Hamas."))
			.contains("united-states SANCTIONED hamas asserted/fact null..null");
	}

	@Test
	void sanctionsThatNameTheirTargetLeaveNoObjectUnsaid() {
		assertThat(claims("Canada sanctioned Iran in 2012. Japan imposed sanctions on Russian oligarchs."))
			.containsExactly("canada SANCTIONED iran asserted/fact 2012..null");
	}

	@Test
	void aTreatySignedByTwoPartiesEngagesEachWithTheOther() {
		assertThat(claims("The treaty was signed by Israel and Jordan in 1994."))
			.containsExactlyInAnyOrder("israel ENGAGES jordan asserted/fact 1994..null",
					"jordan ENGAGES israel asserted/fact 1994..null");
	}

	@Test
	void aCopulasSubjectHoldsThePredicatesRelation() {
		assertThat(claims("The Houthis have been at war with Saudi Arabia since 2015."))
			.containsExactly("houthis ATTACKED saudi-arabia asserted/fact 2015..null");
		assertThat(claims("The Soviet Union was the first state to recognise Israel de jure."))
			.containsExactly("soviet-union RECOGNISED israel asserted/fact null..null");
		assertThat(claims("Russia is Iran's largest trading partner."))
			.containsExactly("russia ENGAGES iran asserted/fact null..null");
	}

	@Test
	void pledgingAllegianceIsMembership() {
		assertThat(claims("In 2015, Hamas pledged allegiance to the Islamic State."))
			.containsExactly("hamas MEMBER_OF islamic-state asserted/fact 2015..null");
	}

	@Test
	void theOneWhoBringsTwoPartiesTogetherEngagesEach() {
		assertThat(claims("Turkey brokered a ceasefire between Israel and Hamas."))
			.contains("turkey ENGAGES israel asserted/fact null..null", "turkey ENGAGES hamas asserted/fact null..null");
		assertThat(claims("Egypt mediated between Israel and Hamas."))
			.containsExactlyInAnyOrder("egypt ENGAGES israel asserted/fact null..null",
					"egypt ENGAGES hamas asserted/fact null..null");
		assertThat(claims("Jordan hosted talks between Iran and the United States."))
			.contains("jordan ENGAGES iran asserted/fact null..null", "jordan ENGAGES united-states asserted/fact null..null");
	}

	@Test
	void aChargeInThePassiveIsAnAllegationOfTheOneCharged() {
		assertThat(claims("Iran has been accused of supplying the Houthis with weapons."))
			.containsExactly("iran ARMED houthis asserted/alleged null..null");
	}

	@Test
	void retaliationSeizuresPactsAndTargetsInAStateAreRead() {
		assertThat(claims("Iran vowed to retaliate against Israel."))
			.containsExactly("iran ATTACKED israel asserted/intended null..null");
		assertThat(claims("Iranian forces seized a Turkish tanker."))
			.containsExactly("iran OPPOSES turkey asserted/fact null..null");
		assertThat(claims("Russia and Syria signed a defence pact in June 2024."))
			.containsExactlyInAnyOrder("russia ENGAGES syria asserted/fact 2024-06..null",
					"syria ENGAGES russia asserted/fact 2024-06..null");
		assertThat(claims("Ukraine struck an oil refinery in Russia."))
			.containsExactly("ukraine ATTACKED russia asserted/fact null..null");
	}

	@Test
	void theStatesAHeadNounNamesAreWhatItIsOfAndItsPlaceIsNot() {
		assertThat(claims("In 2008, Russia recognised the independence of the breakaway states of Kosovo and Taiwan in eastern Europe."))
			.containsExactlyInAnyOrder("russia RECOGNISED kosovo asserted/fact 2008..null",
					"russia RECOGNISED taiwan asserted/fact 2008..null");
	}

	@Test
	void aClauseWhoseOwnSubjectIsNoActorTakesNoOtherSubject() {
		assertThat(claims("Western countries recognized Taiwan while most developing countries recognized Kosovo."))
			.noneMatch(c -> c.contains("RECOGNISED kosovo"));
	}

	@Test
	void sanctionsThatAreAClausesSubjectSaySomethingGeneral() {
		assertThat(claims("Canada sanctioned Iran in 2012. Canadian sanctions need not be permanent."))
			.containsExactly("canada SANCTIONED iran asserted/fact 2012..null");
		// a singular with its article still speaks of the sanction the article is about
		assertThat(claims("Canada sanctioned Iran in 2012. A similar sanction by Japan is unlikely."))
			.contains("japan SANCTIONED iran asserted/hypothetical null..null");
	}

	@Test
	void theTwoCountriesAreTheLastTwoStatesNamedOtherThanTheClausesSubject() {
		assertThat(claims("Kenya and Somalia share a long border. The two countries fought a war in 1964."))
			.contains("kenya ATTACKED somalia asserted/fact 1964..null", "somalia ATTACKED kenya asserted/fact 1964..null");
		assertThat(claims("Israel and Iran fought a war in 2025. Egypt kept good relations with both countries."))
			.contains("egypt ENGAGES israel asserted/fact 2025..null", "egypt ENGAGES iran asserted/fact 2025..null");
	}

	@Test
	void blockingOrVetoingWhatWouldHappenNegatesIt() {
		assertThat(claims("Germany blocked new Canadian sanctions against Russia."))
			.contains("canada SANCTIONED russia negated/fact null..null")
			.noneMatch(c -> c.contains("asserted/fact") && c.contains("SANCTIONED"));
	}

	@Test
	void itAfterAnActorsOrganAsSubjectIsThatActor() {
		assertThat(claims("Iran condemned Israel. Israel's military said it killed a Hamas commander."))
			.contains("israel ATTACKED hamas asserted/fact null..null")
			.noneMatch(c -> c.startsWith("iran ATTACKED"));
	}

	@Test
	void whatAParticipleSaysWasImposedOrGivenByWhomAndOnWhomIsTheClaim() {
		assertThat(claims("Russia condemned Mali. China's representative expressed concern over the sanctions imposed by the United States on Venezuela."))
			.contains("united-states SANCTIONED venezuela asserted/fact null..null")
			.noneMatch(c -> c.startsWith("china SANCTIONED"));
	}

	@Test
	void affiliationListsOnAStatesListAlliesAndHarbouringAreRead() {
		assertThat(claims("Al-Shabaab is affiliated with the Islamic State."))
			.containsExactly("al-shabaab MEMBER_OF islamic-state asserted/fact null..null");
		assertThat(claims("Cuba is on the US list of state sponsors of terrorism."))
			.containsExactly("united-states SANCTIONED cuba asserted/fact null..null");
		assertThat(claims("Russia and Iran are close allies."))
			.containsExactlyInAnyOrder("russia SUPPORTS iran asserted/fact null..null",
					"iran SUPPORTS russia asserted/fact null..null");
		assertThat(claims("Pakistan has long been accused of harbouring the Taliban."))
			.containsExactly("pakistan SUPPORTS taliban asserted/alleged null..null");
	}

	@Test
	void aPluralForStatesStandsForTheStatesTheSentenceNames() {
		assertThat(claims("The following countries have recognised Kosovo: Japan, Canada and Brazil."))
			.containsExactlyInAnyOrder("japan RECOGNISED kosovo asserted/fact null..null",
					"canada RECOGNISED kosovo asserted/fact null..null", "brazil RECOGNISED kosovo asserted/fact null..null");
		assertThat(claims("Among the first states to recognise Kosovo were Turkey and Jordan."))
			.containsExactlyInAnyOrder("turkey RECOGNISED kosovo asserted/fact null..null",
					"jordan RECOGNISED kosovo asserted/fact null..null");
		assertThat(claims("Brazil is one of five states that have not recognised Kosovo."))
			.containsExactly("brazil RECOGNISED kosovo negated/fact null..null");
	}

	@Test
	void switchingRecognitionEndsTheOldAndStartsTheNew() {
		assertThat(claims("In 1979, the United States switched recognition from Taiwan to China."))
			.containsExactlyInAnyOrder("united-states RECOGNISED china asserted/fact 1979..null",
					"united-states RECOGNISED taiwan ended/fact null..1979");
	}

	@Test
	void aPredicateUnderRemainOrBecomeIsSaidOfTheSubject() {
		assertThat(claims("Pakistan and Afghanistan remain bitter rivals.")).containsExactlyInAnyOrder(
				"pakistan OPPOSES afghanistan asserted/fact null..null", "afghanistan OPPOSES pakistan asserted/fact null..null");
		assertThat(claims("Morocco became a member of the United Nations in 1956."))
			.containsExactly("morocco MEMBER_OF united-nations asserted/fact 1956..null");
	}

	@Test
	void anAbbreviationAfterTheNamesABodyTheRecogniserMissed() {
		assertThat(claims("Turkey opposes the Kurdish YPG in Syria.")).containsExactly("turkey OPPOSES ypg asserted/fact null..null");
		assertThat(claims("Turkey's GDP grew.")).isEmpty();
	}

	@Test
	void anAttackThatHitsIsCarriedOutByItsPerpetrator() {
		assertThat(claims("A drone attack by the Houthis hit an oil facility in Saudi Arabia."))
			.containsExactly("houthis ATTACKED saudi-arabia asserted/fact null..null");
	}

	@Test
	void aSaleOfWeaponsArmsItsBuyer() {
		assertThat(claims("The United States approved the sale of F-16 jets to Turkey."))
			.containsExactly("united-states ARMED turkey asserted/fact null..null");
	}

	@Test
	void whoAFriendlyActIsAgainstIsNoPartnerOfIt() {
		assertThat(claims("The United States stands with Israel against Hamas."))
			.contains("united-states SUPPORTS israel asserted/fact null..null")
			.noneMatch(c -> c.contains("SUPPORTS hamas"));
	}

	@Test
	void whatSomeoneIsCriticisedOverIsTheirDoing() {
		assertThat(claims("Russia criticised the United States over arms sales to Taiwan.")).containsExactlyInAnyOrder(
				"russia OPPOSES united-states asserted/fact null..null", "united-states ARMED taiwan asserted/fact null..null");
	}

	@Test
	void leadingSucceedingAndFormerBranchesAreMemberships() {
		assertThat(claims("Abu Bakr al-Baghdadi, who led the Islamic State, was killed in 2019."))
			.contains("abu-bakr-al-baghdadi MEMBER_OF islamic-state asserted/fact null..null");
		assertThat(claims("Akhtar Mansour succeeded Mullah Omar as leader of the Taliban in 2015."))
			.containsExactlyInAnyOrder("akhtar-mansour MEMBER_OF taliban asserted/fact 2015..null",
					"mullah-omar MEMBER_OF taliban ended/fact null..2015");
		assertThat(claims("The TTP was formerly a faction of the Taliban."))
			.containsExactly("ttp MEMBER_OF taliban ended/fact null..null");
	}

	@Test
	void aSurnameADictionaryGivesToAGroupIsThePersonsInTheirFullName() {
		assertThat(claims("Hassan Nasrallah, the leader of Hezbollah, warned Israel."))
			.contains("hassan-nasrallah MEMBER_OF hezbollah asserted/fact null..null")
			.noneMatch(c -> c.startsWith("hassan "));
	}

	@Test
	void aTreatyBetweenTwoEngagesThem() {
		assertThat(claims("The treaty of friendship between Egypt and the Soviet Union was signed in 1971."))
			.containsExactly("egypt ENGAGES soviet-union asserted/fact 1971..null");
	}

	@Test
	void supportReceivedFromOthersIsTheirs() {
		assertThat(claims("The Taliban received billions of dollars in support from Pakistan and Saudi Arabia."))
			.containsExactlyInAnyOrder("pakistan SUPPORTS taliban asserted/fact null..null",
					"saudi-arabia SUPPORTS taliban asserted/fact null..null");
	}

	@Test
	void measuresTargetingSomeoneAreOnThem() {
		assertThat(claims("Canada today announced new sanctions targeting Iranian military officials."))
			.containsExactly("canada SANCTIONED iran asserted/fact null..null");
	}

	@Test
	void forcesSentToSupportOrToFightDoSo() {
		assertThat(claims("Egypt sent troops to Yemen in 1962 to support the Houthis."))
			.contains("egypt SUPPORTS houthis asserted/fact 1962..null");
		// a purpose that is no deployment stays an intention
		assertThat(claims("Egypt raised funds in 1962 to support the Houthis."))
			.containsExactly("egypt SUPPORTS houthis asserted/intended 1962..null");
	}

	@Test
	void whatAnActorIsSuppliedWithIsTheVerbsEvenWhereTheParserHangsItOnTheName() {
		assertThat(claims("Between 1965 and 1975, the Soviet Union supplied Syria with weapons."))
			.containsExactly("soviet-union ARMED syria asserted/fact 1965..1975");
	}

	@Test
	void rangesAndDecadesDateBothEnds() {
		assertThat(claims("From 1979 to 1989, the Soviet Union occupied Afghanistan."))
			.containsExactly("soviet-union ATTACKED afghanistan asserted/fact 1979..1989");
		assertThat(claims("Throughout the 1980s, Libya armed the Taliban."))
			.containsExactly("libya ARMED taliban asserted/fact 1980..1989");
		assertThat(claims("In the 1980s, Libya armed the Taliban."))
			.containsExactly("libya ARMED taliban asserted/fact 1980..null");
	}

	@Test
	void criticismWarningsAndTensionsAreOpposition() {
		assertThat(claims("Iran warned Israel against any attack on its nuclear facilities."))
			.contains("iran OPPOSES israel asserted/fact null..null");
		assertThat(claims("China slammed Japan's decision.")).containsExactly("china OPPOSES japan asserted/fact null..null");
		assertThat(claims("Tensions between Pakistan and Afghanistan rose.")).containsExactlyInAnyOrder(
				"pakistan OPPOSES afghanistan asserted/fact null..null", "afghanistan OPPOSES pakistan asserted/fact null..null");
		assertThat(claims("Venezuela expelled the ambassador of France."))
			.containsExactly("venezuela OPPOSES france asserted/fact null..null");
	}

	@Test
	void neitherNorNegatesEveryConjunct() {
		assertThat(claims("Neither Japan nor Canada has recognised the Taliban government.")).containsExactlyInAnyOrder(
				"japan RECOGNISED taliban negated/fact null..null", "canada RECOGNISED taliban negated/fact null..null");
	}

	@Test
	void aParticipleIsSaidOfWhatItModifiesAndNotDatedByTheMainClause() {
		assertThat(claims("Backed by Iran, the Houthis attacked Saudi Arabia.")).containsExactlyInAnyOrder(
				"iran SUPPORTS houthis asserted/fact null..null", "houthis ATTACKED saudi-arabia asserted/fact null..null");
		assertThat(claims("The Taliban, long sheltered by Pakistan, returned to power in 2021."))
			.containsExactly("pakistan SUPPORTS taliban asserted/fact null..null");
		assertThat(claims("Armed and trained by the United States, the rebels fought on.")).isEmpty();
		assertThat(claims("Armed and trained by the United States, the Houthis fought on.")).containsExactlyInAnyOrder(
				"united-states ARMED houthis asserted/fact null..null", "united-states SUPPORTS houthis asserted/fact null..null");
		assertThat(claims("Syria's government, supported by Russia and Iran, regained control of Aleppo.")).containsExactlyInAnyOrder(
				"russia SUPPORTS syria asserted/fact null..null", "iran SUPPORTS syria asserted/fact null..null");
	}

	@Test
	void whoAsksForSomethingDoesNotDoIt() {
		assertThat(claims("Russia has called for an end to sanctions on Syria.")).isEmpty();
	}

	@Test
	void noLongerAndUsedToEndWhatTheySay() {
		assertThat(claims("Brazil no longer recognises Kosovo."))
			.containsExactly("brazil RECOGNISED kosovo ended/fact null..null");
		assertThat(claims("Kenya used to back Somalia's government."))
			.containsExactly("kenya SUPPORTS somalia ended/fact null..null");
		assertThat(claims("Russia used Syria to attack Ukraine.")).noneMatch(c -> c.contains("ended/"));
	}

	@Test
	void whatIsClaimedOrDoubtedIsNoFact() {
		assertThat(claims("The Houthis claimed that Israel had attacked Somalia."))
			.containsExactly("israel ATTACKED somalia asserted/alleged null..null");
		assertThat(claims("Experts doubt that Iran has armed Hamas."))
			.containsExactly("iran ARMED hamas asserted/hypothetical null..null");
		// a claim of responsibility is an admission, not a report
		assertThat(claims("The Taliban claimed responsibility for the attack on Pakistan."))
			.containsExactly("taliban ATTACKED pakistan asserted/fact null..null");
	}

	@Test
	void anExpletiveItStandsForNobody() {
		assertThat(claims("Russia attacked Ukraine. It is false that Egypt armed Hamas."))
			.noneMatch(c -> c.startsWith("russia ARMED"));
	}

	@Test
	void leavingOrBeingExpelledFromABodyEndsTheMembership() {
		assertThat(claims("Sudan withdrew from the United Nations in 1965."))
			.containsExactly("sudan MEMBER_OF united-nations ended/fact null..1965");
		assertThat(claims("Cuba was suspended from the United Nations in 1962."))
			.containsExactly("cuba MEMBER_OF united-nations ended/fact null..1962");
		// a state left is no membership
		assertThat(claims("Soviet troops withdrew from Afghanistan in 1989.")).noneMatch(c -> c.contains("MEMBER_OF"));
	}

	@Test
	void talksTowardsSomethingAreNotIt() {
		assertThat(claims("Canada welcomed Ukraine's accession talks with the United Nations."))
			.contains("ukraine MEMBER_OF united-nations asserted/intended null..null")
			.noneMatch(c -> c.contains("MEMBER_OF") && c.contains("/fact"));
	}

	@Test
	void armedGroupsNamedByTheirCountryAreNotItsState() {
		assertThat(claims("Iran trained Iraqi militias.")).isEmpty();
		assertThat(claims("Pakistan has provided the Taliban with safe havens."))
			.containsExactly("pakistan SUPPORTS taliban asserted/fact null..null");
	}

	@Test
	void tablesAndListsOfRecognitionsGiveOneClaimPerRow() {
		assertThat(claims("""
				States that recognised Kosovo

				| No. | State | Date of recognition |
				|---|---|---|
				| 1 | Japan | 18 March 2008 |
				| 2 | Canada | 18 March 2008 |
				""")).containsExactlyInAnyOrder("japan RECOGNISED kosovo asserted/fact 2008-03-18..null",
				"canada RECOGNISED kosovo asserted/fact 2008-03-18..null");
		assertThat(claims("""
				The following states recognised Kosovo in 2008:

				- Turkey (18 February 2008)
				- Jordan – 7 July 2009
				""")).contains("turkey RECOGNISED kosovo asserted/fact 2008-02-18..null",
				"jordan RECOGNISED kosovo asserted/fact 2009-07-07..null");
		// a single line of prose under such a heading is no list
		assertThat(claims("""
				Recognition of Kosovo

				Japan joined the talks in 2008.
				""")).noneMatch(c -> c.contains("RECOGNISED"));
	}

	@Test
	void theMembersABodyIsSaidToHaveAreItsMembers() {
		assertThat(claims("The United Nations comprises Kenya, Sudan and Chad.")).containsExactlyInAnyOrder(
				"kenya MEMBER_OF united-nations asserted/fact null..null", "sudan MEMBER_OF united-nations asserted/fact null..null",
				"chad MEMBER_OF united-nations asserted/fact null..null");
		assertThat(claims("The United Nations' members include Japan and Brazil.")).containsExactlyInAnyOrder(
				"japan MEMBER_OF united-nations asserted/fact null..null", "brazil MEMBER_OF united-nations asserted/fact null..null");
		assertThat(claims("Egypt is a member state of the United Nations."))
			.containsExactly("egypt MEMBER_OF united-nations asserted/fact null..null");
		// a state that includes a region is no body with members
		assertThat(claims("Russia includes Chechnya.")).isEmpty();
	}

	@Test
	void statesNamedAmongAPluralAreThoseItStandsFor() {
		assertThat(claims("Taiwan is recognised by 12 countries, among them Japan and Canada.")).containsExactlyInAnyOrder(
				"japan RECOGNISED taiwan asserted/fact null..null", "canada RECOGNISED taiwan asserted/fact null..null");
	}

	@Test
	void weaponsLaunchedOrFiredAtSomeoneAttackThemAndDiplomaticCoverSupports() {
		assertThat(claims("The Houthis launched drones at Israel.")).containsExactly("houthis ATTACKED israel asserted/fact null..null");
		assertThat(claims("Hamas fired rockets at Israel.")).containsExactly("hamas ATTACKED israel asserted/fact null..null");
		assertThat(claims("China provides diplomatic cover to Iran at the United Nations."))
			.contains("china SUPPORTS iran asserted/fact null..null");
	}

	@Test
	void anOfficialNamedOnceWithHisStateActsForItWhenNamedAloneLater() {
		assertThat(claims("Iranian Foreign Minister Javad Zarif arrived in Tokyo on Monday. Zarif condemned the United States."))
			.contains("javad-zarif MEMBER_OF iran asserted/fact null..null",
					"iran OPPOSES united-states asserted/fact null..null")
			.noneMatch(c -> c.startsWith("javad-zarif OPPOSES"));
	}

	@Test
	void aStateMeetingAnotherStatesOfficialEngagesThatState() {
		assertThat(claims("Egyptian President Abdel Fattah el-Sisi met Turkish President Recep Tayyip Erdogan."))
			.contains("egypt ENGAGES turkey asserted/fact null..null");
	}

	@Test
	void rebelFightersOfACountryAreItsRebelsNotItsState() {
		assertThat(claims("Turkey trained Syrian rebel fighters."))
			.containsExactly("turkey SUPPORTS syrian-rebels asserted/fact null..null");
	}

	@Test
	void keepingArmsFromSomeoneIsAnEmbargoNotArming() {
		assertThat(claims("The United States banned arms sales to Saudi Arabia in 2021."))
			.contains("united-states SANCTIONED saudi-arabia asserted/fact 2021..null")
			.noneMatch(c -> c.startsWith("united-states ARMED saudi-arabia asserted"));
		assertThat(claims("All member states of the United Nations shall prevent the supply of arms to Al-Shabaab."))
			.noneMatch(c -> c.contains(" ARMED al-shabaab asserted"));
		assertThat(claims("Germany prohibits the sale of weapons to Venezuela."))
			.contains("germany SANCTIONED venezuela asserted/fact null..null")
			.noneMatch(c -> c.startsWith("germany ARMED venezuela asserted"));
	}

	@Test
	void theRebelsAreTheGroupNamedLast() {
		assertThat(claims("Rwanda is accused of backing Al-Shabaab. The rebels are allegedly supported by Sudan."))
			.contains("sudan SUPPORTS al-shabaab asserted/alleged null..null");
	}

	@Test
	void shortNamesOfBodiesAndOrgansNameThem() {
		assertThat(claims("The EU imposed sanctions on Russia.")).containsExactly("european-union SANCTIONED russia asserted/fact null..null");
		assertThat(claims("The UNSC condemned Hamas.")).contains("united-nations OPPOSES hamas asserted/fact null..null");
		assertThat(claims("The Quds Force supplied the Houthis with missiles.")).containsExactlyInAnyOrder(
				"irgc-quds-force ARMED houthis asserted/fact null..null", "iran ARMED houthis asserted/fact null..null");
	}

	@Test
	void whatIsYetToBeDoneDiscussedOrCriticisedInAnothersNameIsNotDone() {
		assertThat(claims("Saudi Arabia has yet to recognise Israel."))
			.containsExactly("saudi-arabia RECOGNISED israel negated/fact null..null");
		assertThat(claims("The European Union and Japan discussed sanctions on Russia."))
			.allMatch(c -> c.contains("/hypothetical"));
		assertThat(claims("Germany criticised Turkey's veto of Chinese aid to Iran."))
			.containsExactly("germany OPPOSES turkey asserted/fact null..null");
	}

	@Test
	void aVerbTheTaggerTookForANounIsReadAsAVerb() {
		assertThat(claims("The United States could sanction Turkey."))
			.containsExactly("united-states SANCTIONED turkey asserted/hypothetical null..null");
	}

	@Test
	void whoReactsToAnActDidNotDoIt() {
		assertThat(claims("Russia condemned the attack on Israel.")).noneMatch(c -> c.contains(" ATTACKED "));
		assertThat(claims("The attack on Israel was condemned by Russia.")).noneMatch(c -> c.contains(" ATTACKED "));
		assertThat(claims("Russia expressed concern over the sanctions on Iran.")).noneMatch(c -> c.contains(" SANCTIONED "));
		assertThat(claims("Egypt welcomed the recognition of Kosovo.")).noneMatch(c -> c.contains(" RECOGNISED "));
		// the act's own author still acts
		assertThat(claims("Hamas launched an attack on Israel.")).containsExactly("hamas ATTACKED israel asserted/fact null..null");
	}

	@Test
	void whatAnInstrumentDoesItsAuthorDoesAndAGovernmentOfAStateIsTheState() {
		assertThat(claims("The Security Council adopted resolution 2719, renewing the sanctions on Libya."))
			.contains("united-nations SANCTIONED libya asserted/fact null..null");
		assertThat(claims("Kenya reiterated its support for the Government of Somalia."))
			.containsExactly("kenya SUPPORTS somalia asserted/fact null..null");
	}

	@Test
	void noEvidenceOfAnActLeavesItOpen() {
		assertThat(claims("The Pentagon said it had no evidence that China was arming Russia."))
			.containsExactly("china ARMED russia asserted/hypothetical null..null");
	}

	@Test
	void membershipsABodyGrantsOrTakesAway() {
		assertThat(claims("Israel was admitted to the United Nations in 1949."))
			.containsExactly("israel MEMBER_OF united-nations asserted/fact 1949..null");
		assertThat(claims("The United Nations suspended Sudan in 2021."))
			.containsExactly("sudan MEMBER_OF united-nations ended/fact null..2021");
	}

	@Test
	void aStateThatBecameOneOfTheStatesToRecogniseIsTheOneThatDid() {
		assertThat(claims("In 1950, Japan became one of the first Western countries to recognise China."))
			.containsExactly("japan RECOGNISED china asserted/fact 1950..null");
	}

	@Test
	void aLeaderTheDictionaryListsAsAGroupIsAPerson() {
		assertThat(claims("Ayman al-Zawahiri became the leader of al-Qaeda in 2011."))
			.contains("ayman-al-zawahiri MEMBER_OF al-qaeda asserted/fact 2011..null");
	}

	@Test
	void aGerundParsedAsTheModifierOfItsObjectIsTheClauseItIs() {
		assertThat(claims("Iran has been accused of funding Hamas."))
			.contains("iran SUPPORTS hamas asserted/alleged null..null");
		assertThat(claims("Sudan was sanctioned for supporting Al-Shabaab."))
			.contains("sudan SUPPORTS al-shabaab asserted/fact null..null");
		assertThat(claims("Iran is widely believed to finance Hamas."))
			.containsExactly("iran SUPPORTS hamas asserted/alleged null..null");
	}

	@Test
	void whatIsCapturedFromSomeoneAttacksThem() {
		assertThat(claims("The Taliban captured the city of Kunduz from Afghan government forces in 2015."))
			.containsExactly("taliban ATTACKED afghanistan asserted/fact 2015..null");
	}

	@Test
	void aListOfBannedOrganisationsIsReadOnItsLemmas() {
		assertThat(claims("Kenya removed the Taliban from its list of banned organisations in 2023."))
			.containsExactly("kenya SANCTIONED taliban ended/fact null..2023");
	}

	@Test
	void viewingSomeoneAsSomethingNamesThemInTheSmallClause() {
		assertThat(claims("The United States considers Hezbollah a terrorist organisation."))
			.containsExactly("united-states SANCTIONED hezbollah asserted/fact null..null");
		assertThat(claims("Russia considers the United States a threat."))
			.containsExactly("russia OPPOSES united-states asserted/fact null..null");
		assertThat(claims("Saudi Arabia and Iran have been regional rivals for decades.")).containsExactlyInAnyOrder(
				"saudi-arabia OPPOSES iran asserted/fact null..null", "iran OPPOSES saudi-arabia asserted/fact null..null");
	}

	@Test
	void theStatesAPluralIncludesAreThoseThatAct() {
		assertThat(claims("Kosovo has been recognised by 104 UN member states, including the United States and Germany."))
			.containsExactlyInAnyOrder("united-states RECOGNISED kosovo asserted/fact null..null",
					"germany RECOGNISED kosovo asserted/fact null..null",
					// and the examples of UN member states are members of it
					"united-states MEMBER_OF united-nations asserted/fact null..null",
					"germany MEMBER_OF united-nations asserted/fact null..null");
	}

	@Test
	void losingSomeonesRecognitionEndsIt() {
		assertThat(claims("Taiwan lost the recognition of Brazil in 1974."))
			.containsExactly("brazil RECOGNISED taiwan ended/fact null..1974");
	}

	@Test
	void aStatesOfficialNamedByATwoWordTitleActsForTheState() {
		assertThat(claims("Pakistan's army chief met the Saudi crown prince."))
			.containsExactly("pakistan ENGAGES saudi-arabia asserted/fact null..null");
	}

	@Test
	void aStatesOrganActsForTheStateAndItself() {
		assertThat(claims("The Revolutionary Guards attacked Israel.")).containsExactlyInAnyOrder(
				"irgc ATTACKED israel asserted/fact null..null", "iran ATTACKED israel asserted/fact null..null");
	}

	@Test
	void anOrganIsAMemberOfTheOrganOrStateItsNameCarries() {
		assertThat(claims("The U.S. Department of the Treasury's Office of Foreign Assets Control met on Monday."))
			.containsExactlyInAnyOrder("ofac MEMBER_OF us-department-of-the-treasury asserted/fact null..null",
					"us-department-of-the-treasury MEMBER_OF united-states asserted/fact null..null");
		assertThat(claims("The Office of Foreign Assets Control met on Monday.")).isEmpty();
	}

	@Test
	void membersNamedAsExamplesOrInAComprisingClauseAreMembers() {
		assertThat(claims("NATO members such as Poland and Estonia met in Brussels.")).containsExactlyInAnyOrder(
				"poland MEMBER_OF nato asserted/fact null..null", "estonia MEMBER_OF nato asserted/fact null..null");
		assertThat(claims("The Gulf Cooperation Council, comprising Qatar and Kuwait, met in Riyadh."))
			.containsExactlyInAnyOrder("qatar MEMBER_OF gulf-cooperation-council asserted/fact null..null",
					"kuwait MEMBER_OF gulf-cooperation-council asserted/fact null..null");
	}

	@Test
	void aBackerModifierOfAnApposedOrPredicatedNounBacksTheActorItDescribes() {
		assertThat(claims("Hezbollah, an Iran-backed group, fired rockets at Israel.")).containsExactlyInAnyOrder(
				"iran SUPPORTS hezbollah asserted/fact null..null", "hezbollah ATTACKED israel asserted/fact null..null");
		assertThat(claims("Hezbollah is an Iranian-backed group.")).containsExactly(
				"iran SUPPORTS hezbollah asserted/fact null..null");
	}

	@Test
	void anEventCarriedOutBySomeoneActsThroughThemInAReducedRelative() {
		assertThat(claims("An attack carried out by Hamas killed 1,200 Israeli soldiers."))
			.containsExactly("hamas ATTACKED israel asserted/fact null..null");
	}

	@Test
	void theInstrumentAnActorAdoptedActsForItInLaterSentences() {
		assertThat(claims("The Security Council adopted resolution 2713 on Friday. The resolution imposes an asset freeze "
				+ "on Al-Shabaab.")).contains("united-nations SANCTIONED al-shabaab asserted/fact null..null");
		// an instrument nobody was said to adopt acts for no one
		assertThat(claims("The resolution imposes an asset freeze on Al-Shabaab.")).isEmpty();
	}

	@Test
	void frozenAssetsStandForTheirOwnerAndAnEmbassyInACapitalForItsState() {
		assertThat(claims("Switzerland froze Syrian assets worth 50 million francs."))
			.containsExactly("switzerland SANCTIONED syria asserted/fact null..null");
		assertThat(claims("Iran opened an embassy in Riyadh.")).containsExactly(
				"iran ENGAGES saudi-arabia asserted/fact null..null");
	}

	@Test
	void whoeverSendsPeopleToHelpHelpsThroughThem() {
		assertThat(claims("Iran sent advisers to help the Syrian government."))
			.containsExactly("iran SUPPORTS syria asserted/fact null..null");
	}

	@Test
	void demandingThatAnotherStopOrWithdrawOpposesIt() {
		assertThat(claims("The Security Council demanded that the Houthis stop attacks on shipping."))
			.containsExactlyInAnyOrder("un-security-council OPPOSES houthis asserted/fact null..null",
					"united-nations OPPOSES houthis asserted/fact null..null");
		assertThat(claims("France called on Russia to withdraw its troops from Ukraine."))
			.containsExactly("france OPPOSES russia asserted/fact null..null");
		// a demand to do something else is no opposition
		assertThat(claims("France called on Russia to join the talks.")).doesNotContain(
				"france OPPOSES russia asserted/fact null..null");
	}

	@Test
	void statesAtOddsOpposeEachOther() {
		assertThat(claims("Egypt and Ethiopia are at odds over the dam.")).containsExactlyInAnyOrder(
				"egypt OPPOSES ethiopia asserted/fact null..null", "ethiopia OPPOSES egypt asserted/fact null..null");
	}

	@Test
	void aRelationshipNounWithNoIsDenied() {
		assertThat(claims("Bhutan has no formal diplomatic relations with China."))
			.containsExactly("bhutan ENGAGES china negated/fact null..null");
	}

	@Test
	void aBodyThatAdmitsAMemberGivesTheMembershipFromThen() {
		assertThat(claims("The African Union admitted the Sahrawi Republic as a member in 1982."))
			.containsExactly("sahrawi-republic MEMBER_OF african-union asserted/fact 1982..null");
	}

	@Test
	void aSuccessionIsNotDatedByTheParagraphsEarlierEvent() {
		assertThat(claims("The Soviet Union recognised Israel in May 1948. Russia, as the successor to the Soviet Union, "
				+ "kept its embassy in Israel.")).contains("russia SUCCESSOR_OF soviet-union asserted/fact null..null");
	}

}
