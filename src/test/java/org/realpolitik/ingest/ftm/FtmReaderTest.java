package org.realpolitik.ingest.ftm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FtmReaderTest {

	static final Path FIXTURES = Path.of("src/test/resources/ftm");

	@TempDir
	Path temp;

	record Read(List<FtmLine> lines, List<String> rejects, long bytes, int count) {
	}

	static Read read(Path file) throws IOException {
		List<FtmLine> lines = new ArrayList<>();
		List<String> rejects = new ArrayList<>();
		long[] bytes = { 0 };
		int count = FtmReader.read(file, new FtmReader.Sink() {

			@Override
			public void line(FtmLine line) {
				lines.add(line);
			}

			@Override
			public void reject(int line, String reason) {
				rejects.add(line + ": " + reason);
			}

			@Override
			public void bytes(long n) {
				bytes[0] += n;
			}

		});
		return new Read(lines, rejects, bytes[0], count);
	}

	@Test
	void readsEntityLinesWithPropertiesAsListsReferentsDatasetsAndLastSeen() throws IOException {
		Read read = read(FIXTURES.resolve("yente_t1_eu_fsf.entities.ftm.json"));
		assertThat(read.rejects()).isEmpty();
		assertThat(read.lines()).hasSize(7).allMatch(l -> l.op() == FtmLine.Op.UPSERT);
		assertThat(read.bytes()).isEqualTo(Files.size(FIXTURES.resolve("yente_t1_eu_fsf.entities.ftm.json")));
		FtmEntity first = read.lines().get(0).entity();
		assertThat(first.id()).isEqualTo("NK-2GdmHtZTeNXjNVrBGEXZNj");
		assertThat(first.schema()).isEqualTo("Organization");
		assertThat(first.caption()).isEqualTo("RAB „Inter Tobacco“");
		assertThat(first.values("name")).hasSize(12).contains("“Inter Tobacco” LLC");
		assertThat(first.values("country")).containsExactly("by");
		assertThat(first.hasTopic("sanction")).isTrue();
		assertThat(first.referents()).contains("ofac-32733", "eu-fsf-eu-8282-49");
		assertThat(first.datasets()).containsExactly("eu_fsf");
		assertThat(first.lastSeen()).isEqualTo("2024-06-01T10:57:03");
		assertThat(read.lines()).extracting(l -> l.entity().schema())
			.containsExactly("Organization", "Person", "Person", "Address", "Person", "Person", "Organization");
	}

	@Test
	void readsTheParteispendenSpacingAndEscapes() throws IOException {
		Read read = read(FIXTURES.resolve("yente_parteispenden.entities.ftm.json"));
		assertThat(read.rejects()).isEmpty();
		assertThat(read.count()).isEqualTo(475);
		assertThat(read.lines().get(1).entity().values("street")).containsExactly("Schillerstraße 19");
		assertThat(read.lines().get(0).entity().caption()).isNull();
	}

	@Test
	void readsDeltaLinesAsUpsertsAndDeletions() throws IOException {
		Read mod = read(FIXTURES.resolve("yente_t2_20240528014702-pfh.entities.delta.json"));
		assertThat(mod.lines()).extracting(FtmLine::op, FtmLine::id)
			.containsExactly(tuple(FtmLine.Op.UPSERT, "NK-500Poltergeist"),
					tuple(FtmLine.Op.UPSERT, "NK-2T3S8Hu29ktYnKSTgQp2wL"));
		assertThat(mod.lines().get(1).entity().caption()).isEqualTo("Foobar Foobargroup");
		Read del = read(FIXTURES.resolve("yente_t2_20240528074703-npf.entities.delta.json"));
		assertThat(del.rejects()).isEmpty();
		assertThat(del.lines()).singleElement().satisfies(l -> {
			assertThat(l.op()).isEqualTo(FtmLine.Op.DELETE);
			assertThat(l.id()).isEqualTo("NK-500Poltergeist");
			assertThat(l.entity().schema()).isNull();
		});
	}

	@Test
	void rejectsBadLinesWithTheirLineNumberAndReadsTheRest() throws IOException {
		Read read = read(FIXTURES.resolve("bad-lines.ftm.json"));
		assertThat(read.lines()).extracting(FtmLine::id).containsExactly("ex-bad-person", "ex-bad-sanction");
		assertThat(read.lines()).extracting(FtmLine::line).containsExactly(1, 8);
		assertThat(read.rejects()).hasSize(5);
		assertThat(read.rejects().get(0)).startsWith("2: invalid JSON:");
		assertThat(read.rejects().subList(1, 5)).containsExactly("3: not a JSON object", "4: entity without an id",
				"5: entity ex-bad-noschema without a schema", "6: unknown op 'UPSERT'; expected ADD, MOD or DEL");
		assertThat(read.count()).as("blank line 7 is not counted").isEqualTo(7);
	}

	@Test
	void rejectsDeltaLinesWithoutAnEntityOrADeletionWithoutAnId() throws IOException {
		Path file = this.temp.resolve("x.delta.json");
		Files.writeString(file, """
				{"op":"ADD"}
				{"op":"DEL","entity":{}}
				{"op":"MOD","entity":{"id":"a"}}
				{"op":"DEL","entity":{"id":"a"}}
				""");
		Read read = read(file);
		assertThat(read.rejects()).containsExactly("1: delta line without an 'entity' object",
				"2: DEL without an entity id", "3: entity a without a schema");
		assertThat(read.lines()).extracting(FtmLine::op).containsExactly(FtmLine.Op.DELETE);
	}

	@Test
	void rejectsEmptyAndBinaryFilesWhole() throws IOException {
		assertThat(read(FIXTURES.resolve("empty.ftm.json")).rejects()).containsExactly("0: empty file");
		assertThat(read(FIXTURES.resolve("binary.ftm.json")).rejects())
			.containsExactly("0: binary file (NUL bytes); expected FtM JSON lines");
		Path blank = this.temp.resolve("blank.json");
		Files.writeString(blank, "\n  \n");
		assertThat(read(blank).rejects()).containsExactly("0: empty file (only blank lines)");
		assertThat(read(this.temp.resolve("missing.json")).rejects()).containsExactly("0: no such file");
	}

	@Test
	void takesASingleStringValueAsAOneElementListAndDropsBlankValues() {
		FtmReader.Parsed parsed = FtmReader.parse(1,
				"{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":\"Solo\",\"alias\":[\"\",\" x \"],\"gender\":[]}}");
		assertThat(parsed.line().entity().values("name")).containsExactly("Solo");
		assertThat(parsed.line().entity().values("alias")).containsExactly("x");
		assertThat(parsed.line().entity().properties()).doesNotContainKey("gender");
	}

}
