package org.realpolitik.ingest.news;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.realpolitik.claim.PartialDate;

/**
 * Turns an article file (plain text, Markdown or HTML) into plain text. Rejects what is not text: empty files,
 * binary content, files over the size limit. Text that is not UTF-8 is read as Windows-1252 with a warning.
 */
final class ArticleReader {

	/** Largest article read: a long report is ~0.5 MB of text. */
	static final int MAX_BYTES = 8 * 1024 * 1024;

	private static final Pattern META_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

	/** The article cannot be read; the message says why. */
	static final class Unreadable extends Exception {

		Unreadable(String message) {
			super(message);
		}

	}

	private ArticleReader() {
	}

	/** Reads an article file; a missing, unreadable or oversized file is {@link Unreadable} with the reason. */
	static Article read(java.nio.file.Path file) throws Unreadable {
		try {
			if (!java.nio.file.Files.isRegularFile(file)) {
				throw new Unreadable("no such file");
			}
			if (java.nio.file.Files.size(file) > MAX_BYTES) {
				throw new Unreadable("larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it");
			}
			return read(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
		}
		catch (java.io.IOException ex) {
			throw new Unreadable("cannot read: " + ex.getMessage());
		}
	}

	static Article read(String name, byte[] bytes) throws Unreadable {
		if (bytes.length == 0) {
			throw new Unreadable("empty file");
		}
		if (bytes.length > MAX_BYTES) {
			throw new Unreadable("larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it");
		}
		if (binary(bytes)) {
			throw new Unreadable("binary content, not text");
		}
		String warning = null;
		String raw;
		try {
			raw = decode(bytes, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			raw = new String(bytes, Charset.forName("windows-1252"));
			warning = "not UTF-8; read as Windows-1252";
		}
		if (raw.startsWith("\uFEFF")) {
			raw = raw.substring(1);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		String head = raw.stripLeading().toLowerCase(Locale.ROOT);
		String title;
		String text;
		PartialDate published = null;
		String url = null;
		String site = null;
		if (lower.endsWith(".html") || lower.endsWith(".htm") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
			Document html = Jsoup.parse(raw);
			html.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, menu").remove();
			title = html.title().isBlank() ? null : html.title().strip();
			Element h1 = html.selectFirst("h1");
			if (title == null && h1 != null) {
				title = h1.text();
			}
			published = htmlDate(html);
			url = attribute(html, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
			if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
				url = null;
			}
			site = attribute(html, "meta[property=og:site_name]", "content", null, null);
			StringBuilder out = new StringBuilder();
			Element body = html.selectFirst("article") != null ? html.selectFirst("article") : html.body();
			if (body != null) {
				blockTexts(body).forEach(paragraph -> out.append(paragraph).append("\n\n"));
				if (out.isEmpty()) {
					out.append(body.wholeText());
				}
			}
			text = out.toString();
			warning = warning == null ? "HTML: markup, scripts and navigation removed" : warning;
		}
		else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
			text = markdown(raw);
			title = firstHeading(raw);
		}
		else {
			text = raw;
			title = null;
		}
		text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
		if (text.isBlank()) {
			throw new Unreadable("no text");
		}
		if (published == null) {
			published = datelineDate(text);
		}
		if (title == null) {
			title = text.strip().lines().findFirst().orElse(name);
			if (title.length() > 200) {
				title = title.substring(0, 200) + "…";
			}
		}
		return new Article(name, sha256(bytes), title, text, published, warning, url, site);
	}

	/** The first non-blank attribute of the first element a selector finds, or of the fallback selector's. */
	private static String attribute(Document html, String selector, String attribute, String fallback,
			String fallbackAttribute) {
		Element element = html.selectFirst(selector);
		String value = element == null ? "" : element.attr(attribute).strip();
		if (value.isEmpty() && fallback != null) {
			element = html.selectFirst(fallback);
			value = element == null ? "" : element.attr(fallbackAttribute).strip();
		}
		if (value.isEmpty() || value.length() > 2000) {
			return null;
		}
		return value;
	}

	private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	/** NUL bytes, or many control characters, in the first 8 KB. */
	static boolean binary(byte[] bytes) {
		int n = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x09 || (b > 0x0D && b < 0x20)) {
				control++;
			}
		}
		return control > n / 20;
	}

	private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "p", "li", "blockquote", "tr");

	/**
	 * The paragraphs of an article's body, in order: the text of each heading, paragraph, list item, quote and table
	 * row (its cells separated by " | "), without the text of the blocks inside it (each its own paragraph, where it
	 * stands: an item's text before its sub-list comes first). Text outside every block is left out. One walk without recursion that reads each text
	 * once, so 80,000 nested quotes cost what their length costs.
	 */
	static List<String> blockTexts(Element body) {
		List<String> paragraphs = new ArrayList<>();
		java.util.ArrayDeque<StringBuilder> open = new java.util.ArrayDeque<>();
		org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {

			@Override
			public void head(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					if (!open.isEmpty()) {
						flush(open.peek());
					}
					open.push(new StringBuilder());
				}
				else if (!open.isEmpty() && node instanceof org.jsoup.nodes.TextNode text) {
					open.peek().append(text.text());
				}
				else if (!open.isEmpty() && node instanceof Element element && element.normalName().equals("br")) {
					open.peek().append(' ');
				}
				else if (!open.isEmpty() && node instanceof Element element
						&& (element.normalName().equals("td") || element.normalName().equals("th"))
						&& !open.peek().toString().isBlank()) {
					// a table row is one paragraph, its cells separated as in a text table: "Albania | 8 November 1949"
					open.peek().append(" | ");
				}
			}

			@Override
			public void tail(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !open.isEmpty()) {
					flush(open.pop());
				}
			}

			private void flush(StringBuilder text) {
				String paragraph = text.toString().replaceAll("\\s+", " ").strip();
				if (!paragraph.isEmpty()) {
					paragraphs.add(paragraph);
				}
				text.setLength(0);
			}

		}, body);
		return paragraphs;
	}

	private static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
			+ "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	private static final String FULL_DATE = "(" + MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTHS
			+ "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";

	/** "WASHINGTON, March 3, 2020 –", "KABUL, Afghanistan, 5 May 2021 -": a dateline at the start of a line. */
	private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Za-z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?"
			+ ",\\s*" + FULL_DATE + "\\s*[-\u2013\u2014:(]");

	/** "Statement by Ambassador ..., at the UN Security Council, 14 April 2024.": a header line that ends in its date. */
	private static final Pattern DATED_HEADER = Pattern.compile("[,(\u2013\u2014-]\\s*" + FULL_DATE + "\\)?\\.?\\s*$");

	/** How many lines from the top a dateline or a dated header is looked for in. */
	static final int DATELINE_LINES = 6;

	/**
	 * The date a plain article gives itself at the top: a dateline ("WASHINGTON, March 3, 2020 – Today, ...") or a
	 * short header line that ends in a full date, within the first {@link #DATELINE_LINES} lines; else null. A date
	 * in the prose (the first sentence of an encyclopaedia article) is not the article's.
	 */
	static PartialDate datelineDate(String text) {
		int lines = 0;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			if (line.isBlank()) {
				continue;
			}
			if (++lines > DATELINE_LINES) {
				break;
			}
			Matcher m = DATELINE.matcher(line);
			String found = m.find() ? m.group(1) : null;
			if (found == null && line.length() <= 300) {
				Matcher header = DATED_HEADER.matcher(line);
				found = header.find() ? header.group(1) : null;
			}
			if (found != null) {
				PartialDate date = parseDate(found);
				if (date != null) {
					return date;
				}
			}
		}
		return null;
	}

	/** The forms a dateline's date is written in, once the commas and dots are blanks. */
	private static final List<java.time.format.DateTimeFormatter> DATE_FORMS = java.util.stream.Stream
		.of("MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd")
		.map(pattern -> new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH))
		.toList();

	private static PartialDate parseDate(String text) {
		String t = text.replace(",", " ").replace(".", " ").replaceAll("\\s+", " ").strip();
		for (java.time.format.DateTimeFormatter form : DATE_FORMS) {
			try {
				return PartialDate.parse(java.time.LocalDate.parse(t, form).toString());
			}
			catch (java.time.format.DateTimeParseException | IllegalArgumentException ex) {
				// the next form
			}
		}
		return null;
	}

	private static PartialDate htmlDate(Document html) {
		for (String selector : new String[] { "meta[property=article:published_time]", "meta[name=date]",
				"meta[name=pubdate]", "meta[itemprop=datePublished]", "time[datetime]" }) {
			Element element = html.selectFirst(selector);
			if (element != null) {
				String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
				Matcher m = META_DATE.matcher(value);
				if (m.find()) {
					try {
						return PartialDate.parse(m.group(1));
					}
					catch (IllegalArgumentException ex) {
						return null;
					}
				}
			}
		}
		return null;
	}

	/** How deep Markdown containers (quotes, lists) may nest on one line before the deeper markers are dropped. */
	static final int MAX_MARKDOWN_NESTING = 16;

	/**
	 * The text of a Markdown article, read by a CommonMark parser (linear, also on pathological emphasis): each block
	 * (heading, paragraph, list item, quoted paragraph, table row) its own paragraph, code blocks and HTML left out,
	 * a link by its text and an image by its description. Container markers nested deeper than
	 * {@link #MAX_MARKDOWN_NESTING} on a line are dropped first, and the tree is walked without recursion, so no
	 * nesting costs more than its length.
	 */
	static String markdown(String raw) {
		org.commonmark.node.Node document = org.commonmark.parser.Parser.builder().build().parse(shallow(raw));
		StringBuilder out = new StringBuilder();
		org.commonmark.node.Node node = document.getFirstChild();
		while (node != null) {
			boolean descend = true;
			if (node instanceof org.commonmark.node.Text text) {
				out.append(text.getLiteral());
			}
			else if (node instanceof org.commonmark.node.Code code) {
				out.append(code.getLiteral());
			}
			else if (node instanceof org.commonmark.node.SoftLineBreak) {
				out.append(' ');
			}
			else if (node instanceof org.commonmark.node.HardLineBreak) {
				out.append('\n');
			}
			else if (node instanceof org.commonmark.node.FencedCodeBlock || node instanceof org.commonmark.node.IndentedCodeBlock
					|| node instanceof org.commonmark.node.HtmlBlock || node instanceof org.commonmark.node.HtmlInline
					|| node instanceof org.commonmark.node.ThematicBreak) {
				descend = false;
			}
			if (descend && node.getFirstChild() != null) {
				node = node.getFirstChild();
				continue;
			}
			// up until a node with a next sibling, ending each block left
			while (node != null && node.getNext() == null) {
				endBlock(node, out);
				node = node.getParent();
				if (node == document) {
					node = null;
				}
			}
			if (node != null) {
				endBlock(node, out);
				node = node.getNext();
			}
		}
		return out.toString();
	}

	private static void endBlock(org.commonmark.node.Node node, StringBuilder out) {
		if ((node instanceof org.commonmark.node.Paragraph || node instanceof org.commonmark.node.Heading)
				&& !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
			out.append("\n\n");
		}
	}

	/** Lines with their container markers ({@code >}, {@code -}, {@code 1.}) beyond the allowed nesting dropped. */
	static String shallow(String raw) {
		StringBuilder out = null;
		int lineStart = 0;
		int n = raw.length();
		while (lineStart <= n) {
			int lineEnd = raw.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = n;
			}
			int i = lineStart;
			int markers = 0;
			int cutFrom = -1;
			while (i < lineEnd) {
				int j = i;
				while (j < lineEnd && j - i < 3 && raw.charAt(j) == ' ') {
					j++;
				}
				int k = j;
				if (k < lineEnd && raw.charAt(k) == '>') {
					k++;
				}
				else if (k + 1 < lineEnd && "-*+".indexOf(raw.charAt(k)) >= 0 && raw.charAt(k + 1) == ' ') {
					k++;
				}
				else {
					int d = k;
					while (d < lineEnd && d - k < 9 && Character.isDigit(raw.charAt(d))) {
						d++;
					}
					if (d == k || d >= lineEnd || (raw.charAt(d) != '.' && raw.charAt(d) != ')')) {
						break;
					}
					k = d + 1;
				}
				while (k < lineEnd && raw.charAt(k) == ' ') {
					k++;
				}
				markers++;
				if (markers == MAX_MARKDOWN_NESTING + 1) {
					cutFrom = i;
				}
				i = k;
			}
			if (cutFrom >= 0) {
				if (out == null) {
					out = new StringBuilder(raw.length()).append(raw, 0, lineStart);
				}
				out.append(raw, lineStart, cutFrom).append(raw, i, lineEnd);
			}
			else if (out != null) {
				out.append(raw, lineStart, lineEnd);
			}
			if (out != null && lineEnd < n) {
				out.append('\n');
			}
			lineStart = lineEnd + 1;
		}
		return out == null ? raw : out.toString();
	}

	private static String firstHeading(String raw) {
		return raw.lines().filter(l -> l.matches("^\\s{0,3}#\\s+.*")).map(l -> l.replaceFirst("^\\s{0,3}#\\s+", "").strip())
			.findFirst().orElse(null);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
