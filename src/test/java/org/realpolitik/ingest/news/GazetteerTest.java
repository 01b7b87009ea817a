package org.realpolitik.ingest.news;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

	static final Gazetteer GAZETTEER = new Gazetteer(List.of(
			new ActorInput("united-states", "United States", ActorKind.STATE, List.of("US", "U.S.", "Washington", "the United States"), "Q30", "USA"),
			new ActorInput("taliban", "Taliban", ActorKind.MOVEMENT, List.of("the Taliban"), null, null),
			new ActorInput("ttp", "Tehreek-e-Taliban Pakistan", ActorKind.ARMED_GROUP, List.of("TTP"), null, null),
			new ActorInput("islamic-state", "Islamic State", ActorKind.ARMED_GROUP, List.of("ISIS"), null, null),
			new ActorInput("iskp", "Islamic State-Khorasan Province", ActorKind.ARMED_GROUP, List.of("IS-K", "ISKP"), null, null),
			new ActorInput("pakistan", "Pakistan", ActorKind.STATE, List.of("Islamabad"), null, null)));

	static List<String> ids(String text) {
		return GAZETTEER.find(text).stream().map(m -> m.actor().id()).toList();
	}

	@Test
	void theLongestNameWinsAndASubstringIsNeverAMerge() {
		assertThat(ids("Islamic State-Khorasan Province attacked. The Islamic State did not."))
			.containsExactly("iskp", "islamic-state");
		assertThat(ids("Tehreek-e-Taliban Pakistan is not the Taliban.")).containsExactly("ttp", "taliban");
		assertThat(ids("the anti-Taliban front")).isEmpty();
	}

	@Test
	void acronymsMatchOnlyInTheirOwnCaseOtherNamesInAny() {
		assertThat(ids("The US and IS-K; us and is-k.")).containsExactly("united-states", "iskp");
		assertThat(ids("ISLAMABAD and islamabad")).containsExactly("pakistan", "pakistan");
		assertThat(ids("Taliban-led government")).containsExactly("taliban");
	}

	@Test
	void hyphensBetweenTheWordsOfANameAreSpellingAndNeverStartAMatch() {
		assertThat(ids("Tehreek e Taliban Pakistan and Tehreek-e Taliban Pakistan")).containsExactly("ttp", "ttp");
		assertThat(ids("Islamic State Khorasan Province")).containsExactly("iskp");
		assertThat(ids("the anti-Taliban front; Taliban-led")).containsExactly("taliban");
		assertThat(ids("IS-K and IS K")).containsExactly("iskp", "iskp");
	}

	@Test
	void anAcronymFollowedByAHyphenAndCapitalsIsABranchNotTheParent() {
		assertThat(ids("ISIS-WA and ISIS-K fight; ISIS fights; US-led forces")).containsExactly("islamic-state",
				"united-states");
	}

	@Test
	void referenceActorsStandBehindTheGivenOnesAndAreOnlyStoredWhenNamed() {
		Gazetteer gazetteer = new Gazetteer(
				List.of(new ActorInput("hezbollah", "Hezbollah", ActorKind.ARMED_GROUP, List.of(), null, null)),
				List.of(new ReferenceActors.Actor(new ActorInput("hezbollah", "Hizbullah", ActorKind.ARMED_GROUP,
						List.of("Hizballah"), null, null), null, List.of()),
						new ReferenceActors.Actor(new ActorInput("al-shabaab", "Al-Shabaab", ActorKind.ARMED_GROUP,
								List.of("Shabaab"), null, null), null, List.of())));
		assertThat(gazetteer.find("Hezbollah and al-Shabaab; Shabaab")).extracting(m -> m.actor().id())
			.containsExactly("hezbollah", "al-shabaab", "al-shabaab");
		assertThat(gazetteer.referenceActor("hezbollah")).isNull();
		assertThat(gazetteer.referenceActor("al-shabaab").name()).isEqualTo("Al-Shabaab");
	}

	@Test
	void theGeneratedReferenceDictionaryLoadsAndKnowsGroupsBodiesAndPeople() {
		var all = ReferenceActors.all();
		assertThat(all).hasSizeGreaterThan(10_000);
		assertThat(all).extracting(a -> a.input().id()).contains("hezbollah", "boko-haram", "hamas", "al-shabaab");
	}

	@Test
	void mentionsCarryTheirOffsetsAndSpanLineBreaksInNames() {
		var mentions = GAZETTEER.find("Talks with the United\nStates began.");
		assertThat(mentions).singleElement().satisfies(m -> {
			assertThat(m.start()).isEqualTo(11);
			assertThat(m.end()).isEqualTo(28);
		});
	}

	@Test
	void lookupNamesWholeAliasesOnly() {
		assertThat(GAZETTEER.lookup("Taliban").id()).isEqualTo("taliban");
		assertThat(GAZETTEER.lookup("US").id()).isEqualTo("united-states");
		assertThat(GAZETTEER.lookup("us")).isNull();
		assertThat(GAZETTEER.lookup("Taliban Pakistan")).isNull();
	}

	@Test
	void anAbbreviationIsFoundWithDotsBetweenItsLettersToo() {
		Gazetteer gazetteer = new Gazetteer(List.of(
				new ActorInput("united-nations", "United Nations", ActorKind.ORGANISATION, List.of("UN"), null, null)),
				List.of());

		assertThat(gazetteer.find("The U.N. and the UN; un.").stream().map(m -> m.actor().id()))
			.containsExactly("united-nations", "united-nations");
	}

	@Test
	void namesThatShareTheirLastWordsWrittenOnceAreEachTheirActor() {
		Gazetteer gazetteer = new Gazetteer(List.of(
				new ActorInput("north-korea", "North Korea", ActorKind.STATE, List.of(), null, null),
				new ActorInput("south-korea", "South Korea", ActorKind.STATE, List.of(), null, null),
				new ActorInput("dpr", "Donetsk People's Republic", ActorKind.STATE, List.of(), null, null),
				new ActorInput("lpr", "Luhansk People's Republic", ActorKind.STATE, List.of(), null, null)),
				List.of());
		String text = "North and South Korea; the Donetsk and Luhansk People's Republics; East and South Korea.";

		assertThat(gazetteer.withSharedHeads(text, gazetteer.find(text)).stream()
			.map(m -> text.substring(m.start(), m.end()) + "=" + m.actor().id()))
			.containsExactly("North=north-korea", "South Korea=south-korea", "Donetsk=dpr",
					"Luhansk People's Republics=lpr", "South Korea=south-korea");
	}

	@Test
	void aPlaceWhoseNameHoldsAnActorsNameIsNoMentionUnlessAnActorsNameGoesOnPastIt() {
		Gazetteer gazetteer = new Gazetteer(List.of(
				new ActorInput("the-west", "the West", ActorKind.BLOC, List.of("West"), null, null),
				new ActorInput("iran", "Iran", ActorKind.STATE, List.of("Persian"), null, null),
				new ActorInput("gulf-states", "Gulf states", ActorKind.BLOC, List.of("Persian Gulf states"), null, null)),
				List.of());

		assertThat(gazetteer.find("the West Bank, the Persian Gulf, the Persian Gulf states, the West")
			.stream()
			.map(m -> m.actor().id())).containsExactly("gulf-states", "the-west");
		assertThat(gazetteer.isPlace("West Bank")).isTrue();
		assertThat(gazetteer.isPlace("West")).isFalse();
	}

}
