package org.realpolitik.ingest.gdelt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltReaderTest {

	static final String V2 = "/gdelt/sample/gdelt2_20191024143000.export.CSV";

	static final String V1 = "/gdelt/gdelt1_events_sample.tsv";

	record Collected(List<String> parts, List<GdeltEvent> events, List<String> rejects) implements GdeltReader.Sink {

		Collected() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		@Override
		public void event(String part, GdeltEvent event) {
			this.parts.add(part);
			this.events.add(event);
		}

		@Override
		public void reject(String part, int line, String reason) {
			this.rejects.add(part + ":" + line + ": " + reason);
		}

	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = GdeltReaderTest.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
	}

	static Collected read(String name, byte[] bytes) throws IOException {
		Collected sink = new Collected();
		GdeltReader.read(name, new ByteArrayInputStream(bytes), sink);
		return sink;
	}

	@Test
	void readsEveryRowOfAGdelt2ExportWithCodesAsStrings() throws IOException {
		Collected read = read("sample.export.CSV", resource(V2));
		assertThat(read.rejects()).isEmpty();
		assertThat(read.events()).hasSize(2111);
		GdeltEvent first = read.events().get(0);
		assertThat(first.id()).isEqualTo("881990832");
		assertThat(first.day()).hasToString("2018-10-24");
		assertThat(first.added()).hasToString("2019-10-24");
		assertThat(first.code()).isEqualTo("139");
		assertThat(first.actor2().code()).isEqualTo("AUS");
		assertThat(first.url()).startsWith("https://www.timescolonist.com/");
		assertThat(read.events()).filteredOn(e -> e.code().startsWith("0")).hasSize(1503);
		assertThat(read.events()).anySatisfy(e -> {
			assertThat(e.actor1().code()).isEqualTo("AFGINSTAL");
			assertThat(e.actor1().group()).isEqualTo("TAL");
			assertThat(e.actor1().type1()).isEqualTo("INS");
		});
	}

	@Test
	void readsGdelt1FilesWithBackfileAndDailyRowsMixed() throws IOException {
		Collected read = read("events.tsv", resource(V1));
		assertThat(read.rejects()).isEmpty();
		assertThat(read.events()).hasSize(710);
		assertThat(read.events()).filteredOn(e -> e.url() == null).hasSize(201)
			.allSatisfy(e -> assertThat(e.day().getYear()).isEqualTo(1982));
		assertThat(read.events()).filteredOn(e -> e.url() != null).hasSize(509)
			.allSatisfy(e -> assertThat(e.added().getYear()).isEqualTo(2016));
	}

	@Test
	void readsTheCsvEntriesOfAZipAndRejectsAnEntryThatIsNotOne() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
			zip.write(resource(V2));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("readme.pdf"));
			zip.write(new byte[] { '%', 'P', 'D', 'F', 0, 1, 2 });
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("more.tsv"));
			zip.write(resource(V1));
			zip.closeEntry();
		}
		Collected read = read("20191024143000.export.CSV.zip", bytes.toByteArray());
		assertThat(read.events()).hasSize(2111 + 710);
		assertThat(read.parts()).contains("20191024143000.export.CSV.zip!20191024143000.export.CSV",
				"20191024143000.export.CSV.zip!more.tsv");
		assertThat(read.rejects())
			.containsExactly("20191024143000.export.CSV.zip!readme.pdf:0: zip entry is not a GDELT CSV or TSV file; skipped");
	}

	@Test
	void rejectsBadRowsWithTheirLineAndReadsTheRest() throws IOException {
		String[] lines = new String(resource(V2), StandardCharsets.UTF_8).split("\n");
		String good = lines[0];
		String[] f = good.split("\t", -1);
		List<String> rows = new ArrayList<>();
		rows.add(good);
		rows.add(String.join("\t", List.of(f).subList(0, 30)));
		rows.add(good.replaceFirst("^881990832", "88199x832"));
		rows.add(good.replaceFirst("\t20181024\t", "\t20181324\t"));
		rows.add(lines[1]);
		rows.add(good.substring(0, good.length() / 2));
		byte[] file = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
		Collected read = read("bad.CSV", file);
		assertThat(read.events()).extracting(GdeltEvent::line).containsExactly(1, 5);
		assertThat(read.rejects()).hasSize(4);
		assertThat(read.rejects().get(0)).startsWith("bad.CSV:2: 30 columns");
		assertThat(read.rejects().get(1)).isEqualTo("bad.CSV:3: GLOBALEVENTID '88199x832' is not a number");
		assertThat(read.rejects().get(2)).isEqualTo("bad.CSV:4: SQLDATE '20181324' is not a calendar date");
		assertThat(read.rejects().get(3)).startsWith("bad.CSV:6: ").contains("truncated");
	}

	@Test
	void rejectsAnEmptyFileAndABinaryFileAsAWhole() throws IOException {
		assertThat(read("empty.CSV", new byte[0]).rejects()).containsExactly("empty.CSV:0: empty file");
		Collected binary = read("image.CSV", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, '\n', 1, 2, '\n' });
		assertThat(binary.events()).isEmpty();
		assertThat(binary.rejects()).containsExactly("image.CSV:0: binary content, not a GDELT event file");
		assertThat(read("broken.zip", "not a zip at all".getBytes(StandardCharsets.UTF_8)).rejects()).hasSize(1)
			.allSatisfy(r -> assertThat(r).startsWith("broken.zip:0: "));
	}

	@Test
	void aRowLongerThanTheLimitIsRejectedAndTheRowsAfterItAreRead() throws IOException {
		String[] lines = new String(resource(V2), StandardCharsets.UTF_8).split("\n");
		String file = lines[0] + "\n" + "x".repeat(GdeltReader.MAX_LINE + 1) + "\n" + lines[1] + "\n";
		Collected read = read("a.export.CSV", file.getBytes(StandardCharsets.UTF_8));
		assertThat(read.events()).hasSize(2);
		assertThat(read.rejects()).containsExactly("a.export.CSV:2: longer than 65536 characters; skipped");

		Collected noBreaks = read("b.export.CSV", "y".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
		assertThat(noBreaks.rejects()).containsExactly(
				"b.export.CSV:0: the first line is longer than 65536 characters: not a GDELT event file");
	}

	@Test
	void aZipEntryThatUnpacksFarBeyondItsSizeIsStoppedAsAZipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bomb.export.CSV"));
			byte[] block = new byte[1 << 20];
			java.util.Arrays.fill(block, (byte) 'a');
			for (int i = 0; i < 80; i++) {
				zip.write(block);
			}
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("after.export.CSV"));
			zip.write(resource(V2));
			zip.closeEntry();
		}
		assertThat(bytes.size()).as("80 MB packed small").isLessThan(1 << 20);

		Collected read = read("bomb.zip", bytes.toByteArray());

		assertThat(read.rejects()).containsExactly("bomb.zip!bomb.export.CSV:0: unpacks more than 100 times its packed "
				+ "size (a zip bomb?); the rest of the zip is not read");
		assertThat(read.events()).isEmpty();
	}

}
