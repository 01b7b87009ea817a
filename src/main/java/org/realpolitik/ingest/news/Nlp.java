package org.realpolitik.ingest.news;

import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one shared Stanford CoreNLP pipeline: tokens, sentences, part of speech, lemmas, named entities with SUTime
 * dates (fine-grained NER off: the gazetteer does that job), and the dependency parse. Loaded on first use, never at
 * start-up, and shared by all threads (CoreNLP annotators are thread-safe).
 */
final class Nlp {

	private static final Logger log = LoggerFactory.getLogger(Nlp.class);

	private static volatile StanfordCoreNLP pipeline;

	private Nlp() {
	}

	static Properties properties() {
		Properties p = new Properties();
		p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
		p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,normalizeParentheses=false");
		// articles put one paragraph, heading or table row on a line
		p.setProperty("ssplit.newlineIsSentenceBreak", "always");
		p.setProperty("ner.applyFineGrained", "false");
		p.setProperty("ner.buildEntityMentions", "false");
		p.setProperty("ner.useSUTime", "true");
		p.setProperty("sutime.includeRange", "true");
		p.setProperty("depparse.extradependencies", "MAXIMAL");
		return p;
	}

	static StanfordCoreNLP pipeline() {
		StanfordCoreNLP loaded = pipeline;
		if (loaded == null) {
			synchronized (Nlp.class) {
				loaded = pipeline;
				if (loaded == null) {
					long started = System.nanoTime();
					loaded = new StanfordCoreNLP(properties());
					pipeline = loaded;
					log.info("Loaded the NLP models in {} ms", (System.nanoTime() - started) / 1_000_000);
				}
			}
		}
		return loaded;
	}

	static boolean loaded() {
		return pipeline != null;
	}

	/** Annotates a text; {@code documentDate} (YYYY-MM-DD) anchors relative dates, or null. */
	static CoreDocument annotate(String text, String documentDate) {
		CoreDocument document = new CoreDocument(boundedLines(text));
		if (documentDate != null) {
			document.annotation().set(CoreAnnotations.DocDateAnnotation.class, documentDate);
		}
		pipeline().annotate(document);
		return document;
	}

	/** The longest line the parser is given; a sentence cannot be longer (a newline always ends one). */
	static final int MAX_LINE = 2_000;

	/**
	 * The text with no line longer than {@link #MAX_LINE} characters: a line that long is no prose, and the parser's
	 * time grows faster than a sentence's length. The last blank before the limit (else the character at it) becomes a
	 * line break, so the text keeps its length and every offset still points at the article. Linear.
	 */
	static String boundedLines(String text) {
		char[] chars = null;
		int lineStart = 0;
		int lastBlank = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = chars == null ? text.charAt(i) : chars[i];
			if (c == '\n') {
				lineStart = i + 1;
				lastBlank = -1;
				continue;
			}
			if (Character.isWhitespace(c)) {
				lastBlank = i;
			}
			if (i - lineStart >= MAX_LINE) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				int cut = lastBlank > lineStart ? lastBlank : i;
				chars[cut] = '\n';
				lineStart = cut + 1;
				lastBlank = -1;
			}
		}
		return chars == null ? text : new String(chars);
	}

}
