package org.realpolitik.ingest.news;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
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
		if (lower.endsWith(".html") || lower.endsWith(".htm") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
			Document html = Jsoup.parse(raw);
			html.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, menu").remove();
			title = html.title().isBlank() ? null : html.title().strip();
			Element h1 = html.selectFirst("h1");
			if (title == null && h1 != null) {
				title = h1.text();
			}
			published = htmlDate(html);
			StringBuilder out = new StringBuilder();
			Element body = html.selectFirst("article") != null ? html.selectFirst("article") : html.body();
			if (body != null) {
				for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, td")) {
					boolean hasInnerBlocks = block.select("p, li, blockquote, td").stream().anyMatch(e -> e != block);
					if (!hasInnerBlocks || block.tagName().equals("li")) {
						String line = block.text().strip();
						if (!line.isEmpty()) {
							out.append(line).append("\n\n");
						}
					}
				}
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
		if (title == null) {
			title = text.strip().lines().findFirst().orElse(name);
			if (title.length() > 200) {
				title = title.substring(0, 200) + "…";
			}
		}
		return new Article(name, sha256(bytes), title, text, published, warning);
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

	static String markdown(String raw) {
		StringBuilder out = new StringBuilder();
		boolean code = false;
		for (String line : raw.split("\\R", -1)) {
			if (line.strip().startsWith("```")) {
				code = !code;
				continue;
			}
			if (code) {
				continue;
			}
			String l = line.replaceAll("^\\s{0,3}#{1,6}\\s+", "")
				.replaceAll("^\\s{0,3}>\\s?", "")
				.replaceAll("^\\s*[-*+]\\s+", "")
				.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
				.replaceAll("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])", "$2")
				.replaceAll("`([^`]*)`", "$1");
			if (l.matches("^\\s*(-{3,}|\\*{3,}|_{3,})\\s*$")) {
				l = "";
			}
			out.append(l).append('\n');
		}
		return out.toString();
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
