package org.realpolitik.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The importers' shipped tables ({@code gdelt/cameo-mapping.tsv}, {@code ftm/authorities.tsv}, ...): tab-separated
 * UTF-8 on the class path, blank lines and {@code #} comments ignored, optionally a header line. A table that is
 * missing or malformed is a defect of the build, so it fails loudly, naming the file and line.
 */
public final class TsvTable {

	/** One line of a table: its number in the file and its cells (unstripped; empty cells kept). */
	public record Row(String table, int line, String[] cells) {

		/** A defect of this line, for the caller to throw: {@code table:line: what}. */
		public IllegalStateException error(String what) {
			return new IllegalStateException(this.table + ":" + this.line + ": " + what);
		}

	}

	private TsvTable() {
	}

	/**
	 * The rows of a class-path table ({@code gdelt/known-groups.tsv}, a leading {@code /} allowed), without its first
	 * non-comment line when {@code header}; each row has at least {@code columns} cells, or this throws.
	 */
	public static List<Row> read(String resource, boolean header, int columns) {
		String path = resource.startsWith("/") ? resource.substring(1) : resource;
		InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("missing " + resource);
		}
		List<Row> rows = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			boolean skip = header;
			while ((line = lines.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (skip) {
					skip = false;
					continue;
				}
				Row row = new Row(resource, number, line.split("\t", -1));
				if (row.cells().length < columns) {
					throw row.error("expected " + columns + " columns, got " + row.cells().length);
				}
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		return rows;
	}

}
