package org.realpolitik.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.realpolitik.ingest.BoundedLineReader;
import org.realpolitik.ingest.CountingInputStream;

/**
 * Streams GDELT event files row by row, never holding a file: GDELT 2.0 exports (61 tab-separated columns) and GDELT
 * 1.0 events (58 columns in daily files, 57 in the backfile, which has no SOURCEURL; 1.0 Geo blocks have no ADM2Code),
 * told apart per row by the number of columns, so mixed files read. A {@code .zip} is read entry by entry; an entry
 * that is not a CSV or TSV is rejected by name. A bad row is rejected with its line and the reading goes on.
 */
final class GdeltReader {

	/** Columns of a GDELT 2.0 export row. */
	static final int V2 = 61;

	/** Columns of a GDELT 1.0 daily row (with SOURCEURL). */
	static final int V1_DAILY = 58;

	/** Columns of a GDELT 1.0 backfile row (1979-2013, no SOURCEURL). */
	static final int V1_BACKFILE = 57;

	/** What the reader hands over. {@code part} is the file name, or {@code file.zip!entry.CSV} for a zip entry. */
	interface Sink {

		void event(String part, GdeltEvent event);

		void reject(String part, int line, String reason);

	}

	/** The longest row read (a GDELT event row is about 1,000 characters); a longer one is rejected and skipped. */
	static final int MAX_LINE = 64 * 1024;

	/** The most bytes one zip entry may unpack to (a day of GDELT 1.0 events is about 200 MB). */
	static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

	/** The highest ratio of unpacked to packed bytes, checked past {@link #RATIO_FROM} (GDELT's is about 5). */
	static final int MAX_RATIO = 100;

	static final long RATIO_FROM = 64L * 1024 * 1024;

	private GdeltReader() {
	}

	/** A zip entry unpacked to more than the limits allow. */
	static final class TooMuch extends IOException {

		TooMuch(String message) {
			super(message);
		}

	}

	/**
	 * A zip entry's bytes, stopped with {@link TooMuch} past {@link #MAX_ENTRY_BYTES} or a ratio of unpacked to packed
	 * bytes over {@link #MAX_RATIO} (a zip bomb), so a small file cannot fill the disk, the heap or hours.
	 */
	static final class Unzipped extends java.io.FilterInputStream {

		private final CountingInputStream compressed;

		private final long compressedAtStart;

		private long unpacked;

		Unzipped(InputStream entry, CountingInputStream compressed) {
			super(entry);
			this.compressed = compressed;
			this.compressedAtStart = compressed.count();
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.unpacked += n;
				if (this.unpacked > MAX_ENTRY_BYTES) {
					throw new TooMuch("unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
				}
				long packed = Math.max(1, this.compressed.count() - this.compressedAtStart);
				if (this.unpacked > RATIO_FROM && this.unpacked / packed > MAX_RATIO) {
					throw new TooMuch("unpacks more than " + MAX_RATIO + " times its packed size (a zip bomb?)");
				}
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream stays open for its next entry
		}

	}

	static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	static boolean isTable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".tsv");
	}

	/** Reads a whole file (a CSV/TSV, or a zip of them) from the stream; the stream is not closed. */
	static void read(String name, InputStream in, Sink sink) throws IOException {
		if (!isZip(name)) {
			readTable(name, in, sink);
			return;
		}
		CountingInputStream compressed = new CountingInputStream(in);
		ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
		int entries = 0;
		try {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				entries++;
				String part = name + "!" + entry.getName();
				if (isTable(entry.getName())) {
					try {
						readTable(part, new Unzipped(zip, compressed), sink);
					}
					catch (TooMuch ex) {
						sink.reject(part, 0, ex.getMessage() + "; the rest of the zip is not read");
						return;
					}
				}
				else {
					sink.reject(part, 0, "zip entry is not a GDELT CSV or TSV file; skipped");
				}
			}
		}
		catch (ZipException ex) {
			sink.reject(name, 0, "not a readable zip: " + ex.getMessage());
			return;
		}
		catch (java.io.EOFException ex) {
			sink.reject(name, 0, "not a readable zip: it ends before its last entry does (truncated?)");
			return;
		}
		if (entries == 0) {
			sink.reject(name, 0, "empty or not a zip: no entries");
		}
	}

	private static void readTable(String part, InputStream in, Sink sink) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		// not closed: closing would close the zip stream under it
		BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, decoder), MAX_LINE);
		String[] columns = new String[V2 + 1];
		int line = 0;
		String text;
		while ((text = lines.readLine()) != null) {
			line++;
			if (lines.tooLong()) {
				if (line == 1) {
					sink.reject(part, 0, "the first line is longer than " + MAX_LINE + " characters: not a GDELT "
							+ "event file");
					return;
				}
				sink.reject(part, line, "longer than " + MAX_LINE + " characters; skipped");
				continue;
			}
			if (text.indexOf('\0') >= 0) {
				if (line == 1) {
					sink.reject(part, 0, "binary content, not a GDELT event file");
					return;
				}
				sink.reject(part, line, "binary content in the row");
				continue;
			}
			if (text.isEmpty()) {
				continue;
			}
			int count = split(text, columns);
			try {
				sink.event(part, parse(line, columns, count));
			}
			catch (BadRow ex) {
				sink.reject(part, line, ex.getMessage());
			}
		}
		if (line == 0) {
			sink.reject(part, 0, "empty file");
		}
	}

	/** Splits on tabs into {@code columns}; returns the number of columns, more than the array holds when too many. */
	static int split(String text, String[] columns) {
		int count = 0;
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) == '\t') {
				if (count < columns.length) {
					columns[count] = text.substring(start, i);
				}
				count++;
				start = i + 1;
			}
		}
		if (count < columns.length) {
			columns[count] = text.substring(start);
		}
		return count + 1;
	}

	static final class BadRow extends Exception {

		BadRow(String message) {
			super(message, null, false, false);
		}

	}

	static GdeltEvent parse(int line, String[] c, int count) throws BadRow {
		int dateAdded;
		int url;
		if (count == V2) {
			dateAdded = 59;
			url = 60;
		}
		else if (count == V1_DAILY) {
			dateAdded = 56;
			url = 57;
		}
		else if (count == V1_BACKFILE) {
			dateAdded = 56;
			url = -1;
		}
		else {
			throw new BadRow(count + " columns; a GDELT event row has 61 (2.0), 58 or 57 (1.0): wrong format or "
					+ "truncated");
		}
		String id = c[0];
		if (!digits(id)) {
			throw new BadRow("GLOBALEVENTID '" + clip(id) + "' is not a number");
		}
		LocalDate day = date(c[1], "SQLDATE");
		String added = c[dateAdded];
		if (added.length() != 8 && added.length() != 14) {
			throw new BadRow("DATEADDED '" + clip(added) + "' is not YYYYMMDD or YYYYMMDDHHMMSS");
		}
		LocalDate addedDay = date(added.substring(0, 8), "DATEADDED");
		String code = c[26];
		if (code.isEmpty() || !digits(code)) {
			throw new BadRow("EventCode '" + clip(code) + "' is not a CAMEO code");
		}
		String link = url < 0 || c[url].isBlank() ? null : c[url].strip();
		return new GdeltEvent(line, id, day, addedDay, ActorFields.of(c, 5), ActorFields.of(c, 15), code,
				number(c[30], "GoldsteinScale"), count(c[31], "NumMentions"), count(c[32], "NumSources"),
				count(c[33], "NumArticles"), link);
	}

	private static boolean digits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch < '0' || ch > '9') {
				return false;
			}
		}
		return true;
	}

	private static LocalDate date(String text, String column) throws BadRow {
		if (text.length() != 8 || !digits(text)) {
			throw new BadRow(column + " '" + clip(text) + "' is not a date (YYYYMMDD)");
		}
		int value = Integer.parseInt(text);
		try {
			return LocalDate.of(value / 10000, value / 100 % 100, value % 100);
		}
		catch (DateTimeException ex) {
			throw new BadRow(column + " '" + text + "' is not a calendar date");
		}
	}

	private static double number(String text, String column) throws BadRow {
		if (text.isEmpty()) {
			return 0;
		}
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new BadRow(column + " '" + clip(text) + "' is not a number");
		}
	}

	private static int count(String text, String column) throws BadRow {
		if (text.isEmpty()) {
			return 0;
		}
		if (!digits(text) || text.length() > 9) {
			throw new BadRow(column + " '" + clip(text) + "' is not a count");
		}
		return Integer.parseInt(text);
	}

	private static String clip(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "..." : text;
	}

}
