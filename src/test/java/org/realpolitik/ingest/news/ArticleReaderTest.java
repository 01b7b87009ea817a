package org.realpolitik.ingest.news;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

	static Article read(String name, String text) throws ArticleReader.Unreadable {
		return ArticleReader.read(name, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void plainTextIsReadAsItIsWithItsFirstLineAsTitle() throws Exception {
		Article article = read("a.txt", "Kenya Hosts Talks\nKenya hosted talks with Somalia.\n");
		assertThat(article.title()).isEqualTo("Kenya Hosts Talks");
		assertThat(article.text()).contains("Kenya hosted talks with Somalia.");
		assertThat(article.warning()).isNull();
		assertThat(article.sha256()).hasSize(64);
	}

	@Test
	void markdownLosesItsMarkupButKeepsItsWords() throws Exception {
		Article article = read("a.md", """
				# Sanctions lifted

				Canada **lifted** its [sanctions](https://example.org) on *Iran*.

				```
				code is not prose
				```
				- a list item
				""");
		assertThat(article.title()).isEqualTo("Sanctions lifted");
		assertThat(article.text()).contains("Canada lifted its sanctions on Iran.").contains("a list item")
			.doesNotContain("**").doesNotContain("https://").doesNotContain("code is not prose");
	}

	@Test
	void htmlKeepsTheArticleAndDropsScriptsNavigationAndFooters() throws Exception {
		Article article = read("a.html", """
				<!doctype html><html><head><title>Talks in Nairobi</title>
				<meta property="article:published_time" content="2024-03-05T10:00:00Z">
				<script>var tracking = "Kenya armed Hamas";</script></head>
				<body><nav>Home | World | Kenya</nav>
				<article><h1>Talks in Nairobi</h1><p>Kenya hosted talks with Somalia.</p><p>They went well.</p></article>
				<footer>Copyright</footer></body></html>
				""");
		assertThat(article.title()).isEqualTo("Talks in Nairobi");
		assertThat(article.publishedAt().text()).isEqualTo("2024-03-05");
		assertThat(article.text()).contains("Kenya hosted talks with Somalia.").contains("They went well.")
			.doesNotContain("tracking").doesNotContain("Home | World").doesNotContain("Copyright");
	}

	@Test
	void anHtmlTableRowIsOneLineWithItsCellsSeparatedAsInATextTable() throws Exception {
		Article article = read("a.html", """
				<html><body><article><h2>States that recognised Kosovo</h2>
				<table><tr><th>State</th><th>Date</th></tr>
				<tr><td>Albania</td><td>18 February 2008</td></tr></table></article></body></html>
				""");
		assertThat(article.text()).contains("State | Date").contains("Albania | 18 February 2008");
	}

	@Test
	void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() throws Exception {
		byte[] latin = "Caf\u00e9 talks in Ankara".getBytes(StandardCharsets.ISO_8859_1);
		Article article = ArticleReader.read("a.txt", latin);
		assertThat(article.text()).contains("Caf\u00e9");
		assertThat(article.warning()).contains("not UTF-8");
	}

	@Test
	void emptyBinaryAndOversizedFilesAreRejectedWithTheReason() {
		assertThatThrownBy(() -> ArticleReader.read("a.txt", new byte[0])).hasMessage("empty file");
		assertThatThrownBy(() -> ArticleReader.read("a.pdf", new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, 3 }))
			.hasMessage("binary content, not text");
		assertThatThrownBy(() -> ArticleReader.read("a.txt", new byte[ArticleReader.MAX_BYTES + 1]))
			.hasMessageContaining("larger than");
		assertThatThrownBy(() -> read("a.html", "<html><body><script>x()</script></body></html>"))
			.hasMessage("no text");
	}

	@Test
	void markdownWithPathologicalEmphasisOrNestingIsReadWithoutFailing() throws Exception {
		// a 99 KB line of "*a " once overflowed the stack of hand-written patterns after minutes
		Article emphasis = read("a.md", "*a ".repeat(33_000) + "\n\nKenya hosted talks.\n");
		assertThat(emphasis.text()).contains("Kenya hosted talks.").contains("*a *a");

		Article quotes = read("b.md", "> ".repeat(50_000) + "Deeply quoted.\n" + "still quoted\n".repeat(1_000));
		assertThat(quotes.text()).contains("Deeply quoted.");

		Article lists = read("c.md", "- ".repeat(50_000) + "Deep item.\n");
		assertThat(lists.text()).contains("Deep item.");
	}

	@Test
	void markdownNestingBeyondTheLimitLosesOnlyTheDeeperMarkers() {
		String deep = "> ".repeat(ArticleReader.MAX_MARKDOWN_NESTING + 5) + "text";
		assertThat(ArticleReader.shallow(deep)).isEqualTo("> ".repeat(ArticleReader.MAX_MARKDOWN_NESTING) + "text");
		assertThat(ArticleReader.shallow("> - 1. item\nplain")).isEqualTo("> - 1. item\nplain");
	}

	@Test
	void htmlWithDeeplyNestedQuotesIsReadInOneWalk() throws Exception {
		String html = "<html><body>" + "<blockquote>".repeat(80_000) + "<p>Kenya hosted talks.</p>"
				+ "</blockquote>".repeat(80_000) + "</body></html>";
		assertThat(read("a.html", html).text()).contains("Kenya hosted talks.");
	}

	@Test
	void anHtmlListItemKeepsItsOwnTextBeforeItsSubList() throws Exception {
		Article article = read("a.html", """
				<html><body><ul><li>Kenya hosted talks.<ul><li>Somalia came.</li></ul></li></ul>
				<p>Ethiopia <b>did not</b> come.<br>Nor did Eritrea.</p></body></html>
				""");
		assertThat(article.text()).isEqualTo("Kenya hosted talks.\n\nSomalia came.\n\nEthiopia did not come. Nor did "
				+ "Eritrea.\n\n");
	}

	@Test
	void noLineTheParserIsGivenIsLongerThanTheLimitAndTheTextKeepsItsLength() {
		String text = "word ".repeat(2_000) + "\n" + "x".repeat(5_000);
		String bounded = Nlp.boundedLines(text);
		assertThat(bounded).hasSameSizeAs(text);
		assertThat(bounded.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Nlp.MAX_LINE));
		assertThat(bounded.substring(0, 10_000).lines()).as("prose is cut between words")
			.allSatisfy(line -> assertThat(line).matches("(word ?)+"));
		assertThat(Nlp.boundedLines("short\nlines")).isEqualTo("short\nlines");
	}

	@Test
	void aPlainArticleIsDatedByItsDatelineOrADatedHeaderButNotByADateInItsProse() throws Exception {
		assertThat(read("a.txt", "Sanctions on Iran\n\nWASHINGTON, March 3, 2020 - Today, the US acted.\n").publishedAt())
			.hasToString("2020-03-03");
		assertThat(read("b.txt", "UK statement\nStatement by Ambassador Barbara Woodward, at the UN Security Council "
				+ "briefing, 14 April 2024.\nThe United Kingdom condemns the attack.\n").publishedAt())
			.hasToString("2024-04-14");
		assertThat(read("c.txt", "KABUL, Afghanistan, 5 May 2021 (Reuters) - The talks began.\n").publishedAt())
			.hasToString("2021-05-05");
		assertThat(read("d.txt", "Abraham Accords\nThe Abraham Accords are agreements signed between Israel and the "
				+ "United Arab Emirates and Bahrain on September 15, 2020. Mediated by the United States, the initial "
				+ "announcement of August 13, 2020, concerned only Israel and the United Arab Emirates.\n").publishedAt())
			.isNull();
	}

}
