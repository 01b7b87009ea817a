package org.realpolitik.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;

class CuratedParserTest {

	static CuratedFile parse(String yaml) {
		return CuratedParser.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsActorsAndClaimsWithDefaultsAndLines() {
		CuratedFile file = parse("""
				format: 1
				actors:
				  - id: russia
				    name: Russia
				    kind: state
				    aliases: [Moscow, "the Kremlin", Russia]
				    wikidata: Q159
				claims:
				  - subject: russia
				    type: recognised
				    object: taliban
				    from: 2025-07-03
				    source: https://example.org/a
				    quote: "Russia has become the first country to formally recognise the Taliban government"
				  - subject: russia
				    type: SANCTIONED
				    object: taliban
				    polarity: ended
				    from: 2003
				    until: 2025-04
				    confidence: 0.7
				""");
		assertThat(file.rejected()).isEmpty();
		assertThat(file.actors()).singleElement().satisfies(line -> {
			assertThat(line.line()).isEqualTo(3);
			assertThat(line.record().kind()).isEqualTo(ActorKind.STATE);
			assertThat(line.record().aliases()).containsExactly("Moscow", "the Kremlin");
			assertThat(line.record().wikidataId()).isEqualTo("Q159");
		});
		assertThat(file.claims()).hasSize(2);
		var recognised = file.claims().get(0).record();
		assertThat(recognised.type()).isEqualTo(RelationshipType.RECOGNISED);
		assertThat(recognised.polarity()).isEqualTo(Polarity.ASSERTED);
		assertThat(recognised.modality()).isEqualTo(Modality.FACT);
		assertThat(recognised.from().text()).isEqualTo("2025-07-03");
		assertThat(recognised.confidence()).isEqualTo(CuratedParser.DEFAULT_CONFIDENCE);
		assertThat(recognised.method()).isEqualTo("curated");
		var ended = file.claims().get(1);
		assertThat(ended.line()).isEqualTo(15);
		assertThat(ended.record().polarity()).isEqualTo(Polarity.ENDED);
		assertThat(ended.record().until().text()).isEqualTo("2025-04");
		assertThat(ended.record().confidence()).isEqualTo(0.7);
	}

	@Test
	void rejectsEachBadRecordWithItsLineAndReasonAndKeepsTheGoodOnes() {
		CuratedFile file = parse("""
				actors:
				  - id: Bad Id
				    name: X
				    kind: state
				  - id: good
				    name: Good
				    kind: movement
				  - id: nokind
				    name: No kind
				  - id: alien
				    name: Alien
				    kind: planet
				  - id: good
				    name: Twice
				    kind: state
				claims:
				  - subject: good
				    type: FUNDED
				    object: russia
				  - subject: good
				    type: ARMED
				    object: russia
				    from: last year
				  - subject: good
				    type: ARMED
				    object: russia
				    from: 2020
				    until: 2019
				  - subject: good
				    type: ARMED
				    object: russia
				    colour: red
				  - subject: good
				    type: ARMED
				    object: russia
				    modality: rumoured
				  - subject: good
				    type: ARMED
				    object: russia
				    confidence: high
				  - subject: good
				    type: ARMED
				    object: russia
				""");
		assertThat(file.actors()).extracting(l -> l.record().id()).containsExactly("good");
		assertThat(file.claims()).hasSize(1);
		assertThat(file.rejected()).extracting(Reject::line).containsExactly(2, 8, 12, 13, 18, 23, 28, 32, 36, 40);
		assertThat(file.rejected()).extracting(Reject::reason)
			.anySatisfy(r -> assertThat(r).contains("actor id 'Bad Id' must be lower-case"))
			.anySatisfy(r -> assertThat(r).isEqualTo("actor has no 'kind'"))
			.anySatisfy(r -> assertThat(r).contains("unknown actor kind 'planet'; allowed: state, movement"))
			.anySatisfy(r -> assertThat(r).contains("actor 'good' appears twice"))
			.anySatisfy(r -> assertThat(r).contains("unknown relationship type 'FUNDED'; allowed: RECOGNISED"))
			.anySatisfy(r -> assertThat(r).contains("'from': 'last year' is not a date"))
			.anySatisfy(r -> assertThat(r).contains("'until' (2019) is before 'from' (2020)"))
			.anySatisfy(r -> assertThat(r).contains("unknown claim field 'colour'"))
			.anySatisfy(r -> assertThat(r).contains("unknown modality 'rumoured'; allowed: fact, alleged"))
			.anySatisfy(r -> assertThat(r).contains("confidence must be a number from 0 to 1, was 'high'"));
		assertThat(file.rejected()).allSatisfy(r -> assertThat(r.file()).isEqualTo("test.yaml"));
	}

	@Test
	void aFileThatIsNotYamlIsRejectedWholeWithTheLineOfTheProblem() {
		CuratedFile file = parse("""
				actors:
				  - id: a
				    name: [unclosed
				  - id: b
				""");
		assertThat(file.unreadable()).isTrue();
		assertThat(file.rejected()).singleElement().satisfies(r -> {
			assertThat(r.reason()).startsWith("not valid YAML");
			assertThat(r.line()).isGreaterThan(1);
		});
	}

	@Test
	void emptyBinaryNonUtf8AndWronglyShapedFilesAreRejectedWhole() {
		assertThat(parse("").rejected()).extracting(Reject::reason).containsExactly("empty file");
		assertThat(CuratedParser.parse("x.yaml", new byte[] { 'a', 0, 1, 2 }).rejected()).extracting(Reject::reason)
			.containsExactly("binary content (a curated file is UTF-8 YAML)");
		assertThat(CuratedParser.parse("x.yaml", new byte[] { 'a', ':', ' ', (byte) 0xC3, (byte) 0x28 }).rejected())
			.extracting(Reject::reason)
			.containsExactly("not UTF-8 text (a curated file is UTF-8 YAML)");
		assertThat(parse("- just\n- a list\n").rejected()).extracting(Reject::reason)
			.containsExactly("the file must be a mapping with 'actors' and/or 'claims'");
		assertThat(parse("format: 2\nactors: []\n").rejected()).extracting(Reject::reason)
			.containsExactly("unsupported format '2'; this version reads format 1");
		assertThat(parse("actors: []\nrelations: []\n").rejected()).extracting(Reject::reason)
			.containsExactly("unknown top-level key 'relations'; allowed: actors, claims, format");
	}

	@Test
	void repeatedKeysAndSelfClaimsAreRejectedNotSilentlyOverwritten() {
		CuratedFile file = parse("""
				claims:
				  - subject: russia
				    type: ARMED
				    object: taliban
				    from: 2017
				    from: 2018
				  - {subject: russia, type: OPPOSES, object: russia}
				  - {subject: United States, type: OPPOSES, object: russia}
				  - {subject: russia, type: ENGAGES, object: china}
				claims:
				  - {subject: china, type: ENGAGES, object: russia}
				""");
		assertThat(file.claims()).extracting(l -> l.record().object()).containsExactly("china");
		assertThat(file.rejected()).extracting(Reject::toString)
			.containsExactly("test.yaml:6: claim field 'from' appears twice",
					"test.yaml:7: a claim needs two different actors; subject and object are both 'russia'",
					"test.yaml:8: 'subject' must be an actor id (lower-case letters, digits and hyphens), was 'United States'",
					"test.yaml:10: top-level key 'claims' appears twice; its second part was not read");
	}

	@Test
	void contentHashIdentifiesTheVersionOfAFile() {
		assertThat(parse("actors: []\n").sha256()).isEqualTo(parse("actors: []\n").sha256())
			.isNotEqualTo(parse("actors: [ ]\n").sha256())
			.hasSize(64);
	}

	@Test
	void aMembershipMayNameTheRoleItsSubjectHoldsAndTheRoleIsPartOfWhatTheClaimSays() {
		CuratedFile file = parse("""
				format: 1
				claims:
				  - subject: zamir-kabulov
				    type: MEMBER_OF
				    object: russia
				    role: presidential envoy to Afghanistan
				  - subject: zamir-kabulov
				    type: MEMBER_OF
				    object: russia
				""");
		assertThat(file.rejected()).isEmpty();
		assertThat(file.claims()).extracting(c -> c.record().role())
			.containsExactly("presidential envoy to Afghanistan", null);
		assertThat(file.claims().get(0).record().id("d")).isNotEqualTo(file.claims().get(1).record().id("d"));
	}

	@Test
	void anActorsLifetimeIsRead() {
		CuratedFile file = parse("""
				actors:
				  - id: soviet-union
				    name: Soviet Union
				    kind: state
				    from: 1922-12-30
				    until: 1991-12-25
				  - id: zaire
				    name: Zaire
				    kind: state
				    until: 1997
				""");
		assertThat(file.rejected()).isEmpty();
		ActorInput soviet = file.actors().get(0).record();
		assertThat(soviet.existedFrom()).hasToString("1922-12-30");
		assertThat(soviet.existedUntil()).hasToString("1991-12-25");
		assertThat(file.actors().get(1).record().existedFrom()).isNull();
		assertThat(file.actors().get(1).record().existedUntil()).hasToString("1997");
	}

	@Test
	void aLifetimeThatEndsBeforeItBeginsIsRejected() {
		CuratedFile file = parse("""
				actors:
				  - id: a
				    name: A
				    kind: state
				    from: 1990
				    until: 1980
				""");
		assertThat(file.actors()).isEmpty();
		assertThat(file.rejected()).extracting(Reject::reason).containsExactly("'until' (1980) is before 'from' (1990)");
	}

}
