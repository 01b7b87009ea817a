package org.realpolitik.ingest.news;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step from a parsed sentence to a claim, on its own: {@link Triggers}, {@link VerbArguments},
 * {@link NounArguments}, {@link ActorResolver}, {@link MoodReader}, {@link ClaimDates}, {@link Memberships} and
 * {@link ClaimExtractor}, which puts them together. The sentences are parsed by the real CoreNLP pipeline (so this
 * lives with the integration tests); {@link SentenceExtractionIT} tests the whole path.
 */
class ExtractionStepsIT {

	static NewsExtractor extractor;

	static Lexicon lexicon;

	static ActorResolver resolver;

	@BeforeAll
	static void load() throws IOException {
		extractor = new NewsExtractor(ActorFiles.read(Path.of("src/test/resources/news/actors.yaml")));
		lexicon = Lexicon.load();
		resolver = new ActorResolver(lexicon);
	}

	/** The one sentence of the text, as the steps see it. */
	static Sentence parsed(String text) {
		List<Sentence> sentences = extractor.sentences(new Article("t.txt", "t", "t", text, null, null));
		assertThat(sentences).hasSize(1);
		return sentences.get(0);
	}

	static VerbArguments verbArguments() {
		return new VerbArguments(lexicon, new Triggers(lexicon), resolver);
	}

	static IndexedWord word(Sentence s, String text) {
		return s.graph()
			.vertexListSorted()
			.stream()
			.filter(w -> w.word().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no word '" + text + "' in " + s.graph()));
	}

	static Set<String> ids(Set<Entry> entries) {
		Set<String> ids = new LinkedHashSet<>();
		entries.forEach(e -> ids.add(e.id()));
		return ids;
	}

	@Test
	void triggersGiveTheTypeAWordExpressesAndNoneForAWeaponThatIsNotHandedOver() {
		Triggers triggers = new Triggers(lexicon);
		Sentence recognised = parsed("Russia recognised the Taliban in 2024.");
		assertThat(triggers.of(recognised, word(recognised, "recognised"))).containsExactly(RelationshipType.RECOGNISED);
		assertThat(triggers.of(recognised, word(recognised, "Taliban"))).isEmpty();

		Sentence missiles = parsed("Iran condemned the missile attacks on its embassy.");
		assertThat(triggers.of(missiles, word(missiles, "missile"))).doesNotContain(RelationshipType.ARMED);
	}

	@Test
	void verbArgumentsReadThePassiveAgentAsSubjectAndEachCoordinatedPatientAsObject() {
		Sentence s = parsed("Germany and France were armed by the United States.");
		Arguments args = verbArguments().read(s, word(s, "armed"), false, false);
		assertThat(ids(args.subjects)).containsExactly("united-states");
		assertThat(ids(args.objects)).containsExactly("germany", "france");
	}

	@Test
	void verbArgumentsReadTheControllerOfAnInfinitiveAsItsSubject() {
		Sentence s = parsed("Russia has become the first country to recognise the Taliban.");
		Arguments args = verbArguments().read(s, word(s, "recognise"), false, false);
		assertThat(ids(args.subjects)).containsExactly("russia");
		assertThat(ids(args.objects)).containsExactly("taliban");
	}

	@Test
	void nounArgumentsReadWhoseSupportItIsAndForWhom() {
		Sentence s = parsed("Iran's support for the Houthis has grown.");
		Arguments args = new NounArguments(lexicon, resolver).read(s, word(s, "support"), false, false);
		assertThat(ids(args.subjects)).containsExactly("iran");
		assertThat(ids(args.objects)).containsExactly("houthis");
	}

	@Test
	void nounArgumentsReadSanctionsImposedByOneOnAnother() {
		Sentence s = parsed("The sanctions imposed by the United States on Venezuela remain in force.");
		Arguments args = new NounArguments(lexicon, resolver).read(s, word(s, "sanctions"), false, true);
		assertThat(ids(args.subjects)).containsExactly("united-states");
		assertThat(ids(args.objects)).containsExactly("venezuela");
	}

	@Test
	void theResolverExpandsCoordinationAndReadsForcesAsTheirState() {
		Sentence listed = parsed("Russia, China and Iran condemned the strike.");
		Set<Entry> into = new LinkedHashSet<>();
		resolver.resolve(listed, word(listed, "Russia"), into);
		assertThat(ids(into)).containsExactly("russia", "china", "iran");

		Sentence troops = parsed("Turkish troops entered Syria.");
		Set<Entry> owners = new LinkedHashSet<>();
		resolver.resolve(troops, word(troops, "troops"), owners);
		assertThat(ids(owners)).containsExactly("turkey");
	}

	@Test
	void theMoodReaderTellsNegationIntentionAndHypothesis() {
		MoodReader moods = new MoodReader(lexicon);
		Sentence not = parsed("Russia has not recognised the Taliban.");
		assertThat(moods.read(not, word(not, "recognised"), RelationshipType.RECOGNISED).polarity())
			.isEqualTo(Polarity.NEGATED);

		Sentence plans = parsed("Russia plans to recognise the Taliban.");
		assertThat(moods.read(plans, word(plans, "recognise"), RelationshipType.RECOGNISED).modality())
			.isEqualTo(Modality.INTENDED);

		Sentence may = parsed("Russia may recognise the Taliban.");
		assertThat(moods.read(may, word(may, "recognise"), RelationshipType.RECOGNISED).modality())
			.isEqualTo(Modality.HYPOTHETICAL);
	}

	@Test
	void claimDatesTakeTheDateOfTheTriggersClauseAndBothEndsOfARange() {
		Sentence dated = parsed("Egypt recognised Kosovo in 2008.");
		assertThat(ClaimDates.dates(dated, word(dated, "recognised"))).containsExactly(PartialDate.parse("2008"), null);

		Sentence range = parsed("From 1979 to 1989, the United States armed the mujahideen and Pakistan.");
		assertThat(ClaimDates.dates(range, word(range, "armed"))).containsExactly(PartialDate.parse("1979"),
				PartialDate.parse("1989"));
	}

	@Test
	void membershipsReadAnOfficeNamedWithItsState() {
		Sentence s = parsed("Russia's special envoy Zamir Kabulov met Taliban leaders in Kabul.");
		Memberships memberships = new Memberships(lexicon, resolver::resolve);
		assertThat(memberships.find(s)).anySatisfy(found -> {
			assertThat(found.subject().id()).isEqualTo("zamir-kabulov");
			assertThat(found.type()).isEqualTo(RelationshipType.MEMBER_OF);
			assertThat(found.object().id()).isEqualTo("russia");
		});
	}

	@Test
	void theExtractorPutsTheStepsTogetherAndReadsASymmetricPredicateBothWays() {
		Sentence s = parsed("Russia and Iran are close allies.");
		List<String> claims = new ClaimExtractor(lexicon).extract(s)
			.stream()
			.map(f -> f.subject().id() + " " + f.type() + " " + f.object().id() + " " + f.polarity())
			.toList();
		assertThat(claims).contains("russia SUPPORTS iran ASSERTED", "iran SUPPORTS russia ASSERTED");
	}

}
