package org.realpolitik.ingest.news;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.news.Gazetteer.Entry;
import org.realpolitik.ingest.news.Gazetteer.Mention;

/**
 * Tables and lists of recognitions: lines that each name one state and one date, under a heading or sentence about
 * recognition or diplomatic relations. The rows may be cells ("People's Republic of Bulgaria | 4 October 1949", "| 12
 * | Albania | 18 February 2008 |", cells separated by tabs) or list items ("Albania – 18 February 2008", "- Costa
 * Rica (18 February 2008)"). The state of a row recognised, at the row's date, the actor that the line above names
 * after its word of recognition (else what the document has so far most often named as recognised). One reader per
 * document: it remembers which lines are rows.
 */
final class RecognitionTables {

	/** Words in the lines above a table that make it a table of recognitions. */
	private static final Pattern KEYWORD = Pattern.compile("(?i)recogni[sz]|diplomatic relations|diplomatic ties");

	/** The longest line read as a row; a paragraph of prose is longer. */
	private static final int MAX_ROW = 160;

	/** How many lines a table may have above the one being read. */
	private static final int MAX_TABLE = 1000;

	/** A row's state and date. */
	private record Row(Entry state, PartialDate date) {
	}

	private final String text;

	private final List<CoreSentence> sentences;

	private final List<Mention> mentions;

	private final Map<Integer, Optional<Row>> rows = new HashMap<>();

	/** The table of each row read so far. */
	private final Map<Integer, Table> tables = new HashMap<>();

	RecognitionTables(String text, List<CoreSentence> sentences, List<Mention> mentions) {
		this.text = text;
		this.sentences = sentences;
		this.mentions = mentions;
	}

	/** The claim of the row that starts at {@code lineStart}, or null where the line is no row of such a table. */
	ExtractedClaim claim(Article article, int lineStart, int sentenceIndex, Entry recognisedSoFar) {
		int lineEnd = lineEnd(lineStart);
		Row row = row(lineStart);
		if (row == null) {
			return null;
		}
		Table table = table(lineStart);
		int tableStart = table.start();
		// a list item without cells is a row only in a list of at least two
		int next = nextLine(lineEnd);
		if (!cells(lineStart, lineEnd) && !table.rowAbove() && (next < 0 || row(next) == null)) {
			return null;
		}
		int above = tableStart;
		for (int i = 0; i < 3; i++) {
			int previous = previousLine(above);
			if (previous < 0) {
				break;
			}
			above = previous;
		}
		Matcher keyword = KEYWORD.matcher(this.text.substring(above, tableStart));
		if (!keyword.find()) {
			return null;
		}
		// the actor the heading or sentence above the table says is recognised, else the document's usual one
		Entry object = recognisedSoFar;
		int keywordAt = above + keyword.start();
		int keywordLineEnd = lineEnd(keywordAt);
		for (Mention mention : this.mentions) {
			if (mention.start() > keywordAt && mention.end() <= keywordLineEnd) {
				object = mention.actor();
				break;
			}
		}
		if (object == null || object == row.state()) {
			return null;
		}
		Found found = new Found(row.state(), RelationshipType.RECOGNISED, object,
				Polarity.ASSERTED, Modality.FACT, row.date(), null, "table:recognition-row", 0.7);
		return ExtractedClaim.of(article.name(), sentenceIndex, found, this.text.substring(lineStart, lineEnd), lineStart,
				lineEnd);
	}

	/** Where a row's table starts, how many lines above the row that is, and whether a row stands above it. */
	private record Table(int start, int linesAbove, boolean rowAbove) {
	}

	/**
	 * The table of the row at {@code lineStart}: it starts at the first of the consecutive rows (and lines of cells,
	 * such as a header row) above. The walk up stops at a row read before, whose table it continues (each row of a
	 * table is read in turn), so a table costs what its length costs.
	 */
	private Table table(int lineStart) {
		int start = lineStart;
		int linesAbove = 0;
		boolean rowAbove = false;
		for (int i = 0; i < MAX_TABLE && start > 0; i++) {
			int previous = previousLine(start);
			if (previous < 0) {
				break;
			}
			Table known = this.tables.get(previous);
			if (known != null) {
				// no longer than MAX_TABLE lines above the row, as the walk itself
				linesAbove = Math.min(MAX_TABLE, linesAbove + 1 + known.linesAbove());
				start = linesAbove == MAX_TABLE ? lineAbove(lineStart, MAX_TABLE) : known.start();
				rowAbove = true;
				break;
			}
			if (row(previous) != null) {
				rowAbove = true;
			}
			else if (!cells(previous, lineEnd(previous))) {
				break;
			}
			start = previous;
			linesAbove++;
		}
		Table table = new Table(start, linesAbove, rowAbove);
		this.tables.put(lineStart, table);
		return table;
	}

	/**
	 * The row a line is: short, naming one state and no other actor, with a date; a line without cells has no verb
	 * ("Albania – 18 February 2008", not "Albania joined NATO in 2009").
	 */
	private Row row(int lineStart) {
		return this.rows.computeIfAbsent(lineStart, start -> Optional.ofNullable(readRow(start))).orElse(null);
	}

	private Row readRow(int lineStart) {
		int lineEnd = lineEnd(lineStart);
		if (lineEnd - lineStart > MAX_ROW) {
			return null;
		}
		Entry state = null;
		for (int k = firstMentionFrom(lineStart); k < this.mentions.size() && this.mentions.get(k).start() < lineEnd; k++) {
			Entry actor = this.mentions.get(k).actor();
			if (state != null && state != actor) {
				return null;
			}
			state = actor;
		}
		if (state == null || state.kind() != ActorKind.STATE) {
			return null;
		}
		boolean cells = cells(lineStart, lineEnd);
		PartialDate date = null;
		for (int k = firstSentenceFrom(lineStart); k < this.sentences.size()
				&& this.sentences.get(k).charOffsets().first() < lineEnd; k++) {
			List<CoreLabel> tokens = this.sentences.get(k).tokens();
			if (!cells && tokens.stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("VB"))) {
				return null;
			}
			PartialDate found = ClaimDates.lastDate(tokens);
			date = found != null ? found : date;
		}
		return date == null ? null : new Row(state, date);
	}

	private boolean cells(int lineStart, int lineEnd) {
		for (int i = lineStart; i < lineEnd; i++) {
			char c = this.text.charAt(i);
			if (c == '|' || c == '\t') {
				return true;
			}
		}
		return false;
	}

	private int lineEnd(int from) {
		int end = this.text.indexOf('\n', from);
		return end < 0 ? this.text.length() : end;
	}

	/** The start of the nearest non-blank line above the line starting at {@code lineStart}, or -1. */
	private int previousLine(int lineStart) {
		int end = lineStart - 1;
		while (end > 0) {
			int start = this.text.lastIndexOf('\n', end - 1) + 1;
			if (!this.text.substring(start, end).isBlank()) {
				return start;
			}
			end = start - 1;
		}
		return -1;
	}

	/** The start of the non-blank line {@code count} non-blank lines above the one at {@code lineStart}. */
	private int lineAbove(int lineStart, int count) {
		int start = lineStart;
		for (int i = 0; i < count; i++) {
			start = previousLine(start);
		}
		return start;
	}

	/** The start of the nearest non-blank line below the line ending at {@code lineEnd}, or -1. */
	private int nextLine(int lineEnd) {
		int start = lineEnd + 1;
		while (start < this.text.length()) {
			int end = lineEnd(start);
			if (!this.text.substring(start, end).isBlank()) {
				return start;
			}
			start = end + 1;
		}
		return -1;
	}

	private int firstMentionFrom(int offset) {
		int low = 0;
		int high = this.mentions.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.mentions.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private int firstSentenceFrom(int offset) {
		int low = 0;
		int high = this.sentences.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.sentences.get(mid).charOffsets().first() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
