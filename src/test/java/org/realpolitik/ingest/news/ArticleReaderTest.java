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

}
