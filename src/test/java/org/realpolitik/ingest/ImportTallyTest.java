package org.realpolitik.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An import that imports nothing for want of something the setup provides says what, first; otherwise it does not. */
class ImportTallyTest {

	static final String GAZETTEER = "a gazetteer";

	static final String CODES = "the codes";

	static ImportTally skipped(String... reasonAndMissing) {
		ImportTally tally = new ImportTally("gdelt");
		tally.file("events.CSV");
		for (int i = 0; i < reasonAndMissing.length; i += 2) {
			tally.read(1);
			tally.skip(reasonAndMissing[i], reasonAndMissing[i + 1]);
		}
		return tally;
	}

	@Test
	void nothingImportedForWantOfSomethingNamesWhatIsMostMissedFirstInTheSummary() {
		ImportReport report = skipped("actor1: country CHN not in the gazetteer", GAZETTEER,
				"actor1: no actor code (one-sided event)", null, "cameo 999 not in the codebook", CODES,
				"actor2: country USA not in the gazetteer", GAZETTEER, "cameo 010 not mapped", null)
			.report();
		assertThat(report.missing()).isEqualTo(GAZETTEER);
		assertThat(report.skippedCount()).isEqualTo(5);
		assertThat(report.skipped()).containsEntry("actor1: country CHN not in the gazetteer", 1)
			.containsEntry("actor1: no actor code (one-sided event)", 1);
		assertThat(report.summary()).startsWith(
				"gdelt import of 1 file: nothing imported, missing a gazetteer; 5 read, 0 written, 0 unchanged, 0 removed, "
						+ "5 skipped, 0 rejected\n");
	}

	@Test
	void ofTwoThingsMissedAsOftenTheFirstMetIsNamed() {
		assertThat(skipped("cameo 999 not in the codebook", CODES, "actor1: country CHN not in the gazetteer", GAZETTEER)
			.report()
			.missing()).isEqualTo(CODES);
	}

	@Test
	void anImportThatWroteOrFoundSomethingStoredMissesNothing() {
		ImportTally wrote = skipped("actor1: country CHN not in the gazetteer", GAZETTEER);
		wrote.read(1);
		wrote.written(1);
		assertThat(wrote.report().missing()).isNull();
		ImportTally unchanged = skipped("actor1: country CHN not in the gazetteer", GAZETTEER);
		unchanged.read(1);
		unchanged.unchanged(1);
		assertThat(unchanged.report().missing()).isNull();
		assertThat(unchanged.report().summary()).startsWith("gdelt import of 1 file: 2 read, 0 written, 1 unchanged");
	}

	@Test
	void skipsThatPointAtTheRecordsOnlyMissNothing() {
		assertThat(skipped("actor1: no actor code (one-sided event)", null, "cameo 010 not mapped", null).report()
			.missing()).isNull();
		assertThat(new ImportTally("gdelt").report().missing()).as("nothing read").isNull();
	}

}
