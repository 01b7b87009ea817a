package org.realpolitik.ingest.news;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile articles in text, Markdown and HTML (random bytes, markup soup, deep nesting, control characters,
 * huge lines): each is read or rejected as unreadable with a reason, never another exception; what is read keeps no
 * line longer than the parser is given once bounded.
 */
class ArticleReaderProperties {

	@Property(tries = 200)
	void anyMarkupIsReadOrRejectedWithAReason(@ForAll("names") String name, @ForAll("markup") String text) {
		readOrRejected(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Property(tries = 200)
	void randomBytesAreReadOrRejectedWithAReason(@ForAll("names") String name, @ForAll @Size(max = 10_000) byte[] bytes) {
		readOrRejected(name, bytes);
	}

	private static void readOrRejected(String name, byte[] bytes) {
		try {
			Article article = ArticleReader.read(name, bytes);
			assertThat(article.text()).isNotBlank();
			assertThat(Nlp.boundedLines(article.text()).lines())
				.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Nlp.MAX_LINE));
		}
		catch (ArticleReader.Unreadable ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.of("a.txt", "a.md", "a.markdown", "a.html", "a.htm", "noextension");
	}

	@Provide
	Arbitrary<String> markup() {
		Arbitrary<String> token = Arbitraries.of("<p>", "</p>", "<blockquote>", "</blockquote>", "<li>", "<ul>", "<td>",
				"<script>", "</script>", "<article>", "<!--", "-->", "<br>", "&amp;", "&#0;", "*", "**", "_", "`", "```",
				"> ", "- ", "1. ", "# ", "[", "](", ")", "!", "\n", "\n\n", " ", "Kenya", "hosted", "talks", ".",
				"\u0000", "\u0007", "\ud83d\udca5", "\u202e");
		Arbitrary<String> soup = token.list().ofMaxSize(300).map(t -> String.join("", t));
		Arbitrary<String> nested = Arbitraries.integers().between(1, 20_000)
			.map(n -> "<blockquote>".repeat(n) + "<p>Kenya hosted talks.</p>" + "</blockquote>".repeat(n));
		Arbitrary<String> quotes = Arbitraries.integers().between(1, 20_000).map(n -> "> ".repeat(n) + "text");
		Arbitrary<String> emphasis = Arbitraries.integers().between(1, 30_000).map("*a "::repeat);
		Arbitrary<String> huge = Arbitraries.integers().between(1, 100_000).map("w"::repeat);
		return Arbitraries.oneOf(soup, soup, soup, nested, quotes, emphasis, huge);
	}

}
