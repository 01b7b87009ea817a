package org.realpolitik.ingest.gdelt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile GDELT files (random bytes, rows of random fields, control characters, huge lines, zips of them):
 * each is read to its end, every row an event or a reject with a reason, never an exception.
 */
class GdeltReaderProperties {

	@Property(tries = 200)
	void randomBytesAreReadOrRejectedNeverThrown(@ForAll @Size(max = 20_000) byte[] bytes) throws IOException {
		GdeltReaderTest.Collected read = GdeltReaderTest.read("random.export.CSV", bytes);
		assertThat(read.rejects()).allSatisfy(r -> assertThat(r).contains(": "));
	}

	@Property(tries = 200)
	void rowsOfRandomFieldsAreEventsOrRejectsWithTheirLine(@ForAll("rows") String file) throws IOException {
		GdeltReaderTest.Collected read = GdeltReaderTest.read("rows.export.CSV", file.getBytes(StandardCharsets.UTF_8));
		long rows = file.lines().filter(l -> !l.isEmpty()).count();
		assertThat(read.events().size() + read.rejects().size()).isGreaterThanOrEqualTo(rows > 0 ? 1 : 0);
	}

	@Property(tries = 50)
	void zipsOfRandomEntriesAreReadOrRejected(@ForAll("rows") String file) throws IOException {
		byte[] junk = new byte[Math.min(2_000, file.length())];
		new java.util.Random(file.hashCode()).nextBytes(junk);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("a.export.CSV"));
			zip.write(file.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("b.CSV"));
			zip.write(junk);
		}
		byte[] zipped = bytes.toByteArray();
		GdeltReaderTest.read("x.export.CSV.zip", zipped);
		// a truncated zip is rejected, not thrown
		GdeltReaderTest.read("x.export.CSV.zip", java.util.Arrays.copyOf(zipped, zipped.length / 2));
		GdeltReader.read("x.zip", new ByteArrayInputStream(junk), new GdeltReaderTest.Collected());
	}

	@Provide
	Arbitrary<String> rows() {
		Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
				Arbitraries.strings().withChars("0123456789-.").ofMaxLength(10),
				Arbitraries.strings().all().ofMaxLength(30), Arbitraries.of("", "USA", "AFGINSTAL", "20191024", "042"));
		Arbitrary<String> row = field.list().ofMaxSize(70).map(fields -> String.join("\t", fields));
		Arbitrary<String> huge = Arbitraries.integers().between(1, 200_000).map("y"::repeat);
		return Arbitraries.oneOf(row, row, row, huge).list().ofMaxSize(30).map(rows -> String.join("\n", rows));
	}

}
