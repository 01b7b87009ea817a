package org.realpolitik.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realpolitik.claim.DocumentQueries;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import org.realpolitik.support.FeedServer;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news feed against a local site: an RSS and an Atom feed whose items link to article pages (the seed articles
 * inside site chrome: navigation, a cookie banner, a footer), a gallery with too little text, a PDF, a page robots.txt
 * disallows, a page that is gone, and one that never finishes. Articles are imported with their title, URL, date and
 * site; every page is fetched once; an unchanged feed costs a {@code 304}.
 */
class NewsFeedIT extends GraphTest {

	static final FeedServer server = GdeltFeedIT.server();

	@Autowired
	ImportRuns runs;

	@Autowired
	CuratedImporter curated;

	@Autowired
	DocumentQueries documents;

	@Autowired
	Fetcher fetcher;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) throws IOException {
		Path data = Files.createTempDirectory("realpolitik-news-feed");
		registry.add("realpolitik.data-dir", data::toString);
		registry.add("realpolitik.imports.sources[0].name", () -> "wire");
		registry.add("realpolitik.imports.sources[0].kind", () -> "news-feed");
		registry.add("realpolitik.imports.sources[0].location", () -> server.url("/news/rss.xml").toString());
		registry.add("realpolitik.imports.sources[0].feeds[0]", () -> server.url("/analysis/atom.xml").toString());
		registry.add("realpolitik.imports.sources[0].cron", () -> "-");
		registry.add("realpolitik.imports.sources[1].name", () -> "not-a-feed");
		registry.add("realpolitik.imports.sources[1].kind", () -> "news-feed");
		registry.add("realpolitik.imports.sources[1].location", () -> server.url("/news/index.html").toString());
		registry.add("realpolitik.imports.sources[1].cron", () -> "-");
		registry.add("realpolitik.feeds.retry-after", () -> "0s");
		registry.add("realpolitik.feeds.host-delay", () -> "0s");
		registry.add("realpolitik.feeds.page-timeout", () -> "2s");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static String seed(String name) throws IOException {
		return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
	}

	/** An article page as news sites serve it: the text among navigation, a banner, related links and a footer. */
	static String page(String title, String text) {
		StringBuilder paragraphs = new StringBuilder();
		for (String paragraph : text.split("\\n\\s*\\n")) {
			paragraphs.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>\n");
		}
		return """
				<!DOCTYPE html><html><head><title>%s | Example Wire</title></head><body>
				<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
				<div class="cookie-banner">We use cookies. <button>Accept</button></div>
				<main><article><h1>%s</h1><div class="byline">By A. Correspondent</div>
				%s</article>
				<aside class="related"><h3>Related</h3><ul><li><a href="/x">Markets fall</a></li></ul></aside></main>
				<footer>© Example Wire. <a href="/terms">Terms</a></footer></body></html>
				""".formatted(title, title, paragraphs);
	}

	static String rss(String... items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Example Wire</title><link>%s</link><description>World news</description>
				%s
				</channel></rss>""".formatted(server.url("/"), String.join("\n", items));
	}

	static String item(String title, String path, String date) {
		return "<item><title>" + title + "</title><link>" + server.url(path) + "</link><guid>" + server.url(path)
				+ "</guid><pubDate>" + date + "</pubDate></item>";
	}

	@BeforeEach
	void site() throws IOException {
		server.reset();
		this.fetcher.forgetRobots();
		this.curated.importFiles(List.of(Path.of("seeds", "actors.yaml")));
		server.put("/robots.txt", FeedServer.Answer.ok("User-agent: *\nDisallow: /private/\n", "text/plain"));
		server.put("/news/rss.xml", FeedServer.Answer.ok(rss(
				item("Russia lifts sanctions on the Taliban", "/news/russia-taliban.html", "Tue, 16 Apr 2024 09:00:00 GMT"),
				item("In pictures: Kabul", "/news/gallery.html", "Wed, 17 Apr 2024 09:00:00 GMT"),
				item("The report as PDF", "/news/report.pdf", "Wed, 17 Apr 2024 10:00:00 GMT"),
				item("Members only", "/private/members.html", "Wed, 17 Apr 2024 11:00:00 GMT"),
				item("Withdrawn story", "/news/withdrawn.html", "Wed, 17 Apr 2024 12:00:00 GMT"),
				item("Slow story", "/news/slow.html", "Wed, 17 Apr 2024 13:00:00 GMT"),
				item("Broken story", "/news/broken.html", "Wed, 17 Apr 2024 14:00:00 GMT")), "application/rss+xml"));
		server.put("/news/broken.html", FeedServer.Answer.status(500));
		server.put("/news/russia-taliban.html",
				FeedServer.Answer.ok(page("Russia lifts sanctions on the Taliban", seed("000_97455355b3efdbc2.txt")),
						"text/html; charset=utf-8"));
		server.put("/news/gallery.html", FeedServer.Answer.ok(page("In pictures: Kabul", "Photo 1 of 12. Kabul at dawn."),
				"text/html"));
		server.put("/news/report.pdf", FeedServer.Answer.ok("%PDF-1.4 not a page", "application/pdf"));
		server.put("/private/members.html", FeedServer.Answer.ok(page("Members", seed("001_d072e2fb40b8f61b.txt")),
				"text/html"));
		server.put("/news/slow.html", FeedServer.Answer.slow(4000));
		server.put("/analysis/atom.xml", FeedServer.Answer.ok("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Analysis</title><id>urn:example:analysis</id>
				<updated>2024-05-02T08:00:00Z</updated>
				<entry><title>Pakistan and the Taliban</title><id>urn:example:analysis:2</id>
				<link href="%s"/><published>2024-05-02T08:00:00Z</published><updated>2024-05-02T08:00:00Z</updated></entry>
				</feed>""".formatted(server.url("/analysis/pakistan.html")), "application/atom+xml"));
		server.put("/analysis/pakistan.html",
				FeedServer.Answer.ok(page("Pakistan and the Taliban", seed("002_5727725d32848e74.txt")), "text/html"));
		server.put("/news/index.html", FeedServer.Answer.ok("<html><body>Our front page</body></html>", "text/html"));
	}

	ImportRun run() {
		return this.runs.runSource("wire", Trigger.REST, Progress.NONE);
	}

	@Test
	void articlesAreImportedWithTheirTitleUrlDateAndSiteAndTheRestIsLoggedWithItsReason() {
		ImportRun run = run();
		assertThat(run.kind()).isEqualTo("news-feed");
		assertThat(run.status()).as(run.summary()).isEqualTo(RunStatus.PARTIAL);
		assertThat(run.files()).hasSize(2);
		assertThat(run.written()).as("claims from both articles").isPositive();
		assertThat(run.fetched()).filteredOn(f -> f.outcome().equals("not an article")).extracting(Fetched::url)
			.containsExactlyInAnyOrder(server.url("/news/gallery.html").toString(), server.url("/news/report.pdf").toString());
		assertThat(run.fetched()).filteredOn(f -> f.outcome().equals("disallowed by robots.txt")).extracting(Fetched::url)
			.containsExactly(server.url("/private/members.html").toString());
		assertThat(run.fetched()).filteredOn(Fetched::isFailure).extracting(Fetched::reason)
			.anySatisfy(r -> assertThat(r).isEqualTo("HTTP 404"))
			.anySatisfy(r -> assertThat(r).isEqualTo("HTTP 500"))
			.anySatisfy(r -> assertThat(r).contains("did not finish within"));
		assertThat(count("MATCH (i:FeedItem {source: 'wire', status: 'failed'}) WHERE i.retryAt IS NOT NULL RETURN count(i)"))
			.as("the 404, the 500 and the timeout, each to be tried again").isEqualTo(3);
		assertThat(server.requests("/private/members.html")).as("robots.txt honoured").isZero();

		var docs = this.documents.list("news", 10, 0);
		assertThat(docs).hasSize(2);
		assertThat(docs).anySatisfy(d -> {
			assertThat(d.title()).isEqualTo("Russia lifts sanctions on the Taliban");
			assertThat(d.url()).isEqualTo(server.url("/news/russia-taliban.html").toString());
			assertThat(d.site()).isEqualTo("Example Wire");
			assertThat(d.publishedAt()).isEqualTo("2024-04-16");
		});
		assertThat(docs).anySatisfy(d -> {
			assertThat(d.title()).isEqualTo("Pakistan and the Taliban");
			assertThat(d.site()).isEqualTo("Example Analysis");
			assertThat(d.publishedAt()).isEqualTo("2024-05-02");
		});
		assertThat(count("MATCH (c:Claim)-[:STATED_IN]->(:Document {source: 'news'}) WHERE c.sentence IS NOT NULL "
				+ "RETURN count(c)")).as("claims with their sentences").isPositive();
		assertThat(count("MATCH (c:Claim)-[:STATED_IN]->(:Document {source: 'news'}) WHERE c.sentence CONTAINS 'cookies' "
				+ "OR c.sentence CONTAINS 'Markets fall' OR c.sentence CONTAINS 'Terms' RETURN count(c)"))
			.as("no site chrome in the evidence").isZero();
	}

	@Test
	void anUnchangedFeedCostsA304AndEveryPageIsFetchedOnceWhileFailedOnesAreTriedAgain() throws IOException {
		run();
		ImportRun again = run();
		assertThat(again.fetched()).filteredOn(f -> f.url().endsWith(".xml")).extracting(Fetched::outcome)
			.containsOnly("not modified");
		assertThat(again.files()).isEmpty();
		assertThat(server.requests("/news/russia-taliban.html")).isEqualTo(1);
		assertThat(server.requests("/news/gallery.html")).as("not an article, not fetched again").isEqualTo(1);
		assertThat(server.requests("/news/withdrawn.html")).as("failed, tried again").isEqualTo(2);

		// a new item, and the withdrawn story comes back
		server.put("/news/rss.xml", FeedServer.Answer.ok(rss(
				item("Russia lifts sanctions on the Taliban", "/news/russia-taliban.html", "Tue, 16 Apr 2024 09:00:00 GMT"),
				item("Iran and the Taliban", "/news/iran.html", "Thu, 18 Apr 2024 09:00:00 GMT")), "application/rss+xml"));
		server.put("/news/iran.html", FeedServer.Answer.ok(page("Iran and the Taliban", seed("003_ae1bfccc621ff683.txt")),
				"text/html"));
		server.put("/news/withdrawn.html", FeedServer.Answer.ok(page("Withdrawn story", seed("004_3dfa7651a7dd2e17.txt")),
				"text/html"));
		ImportRun third = run();
		assertThat(third.files()).hasSize(2);
		assertThat(third.fetched()).extracting(Fetched::outcome).contains("already imported");
		assertThat(server.requests("/news/russia-taliban.html")).isEqualTo(1);
		assertThat(this.documents.list("news", 10, 0)).hasSize(4);
	}

	@Test
	void aRobotsTxtThatCannotBeReadFetchesNothingAndLeavesEveryItemForALaterRun() {
		server.put("/robots.txt", FeedServer.Answer.status(503));
		ImportRun run = run();
		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		assertThat(run.fetched()).filteredOn(Fetched::isFailure).extracting(Fetched::reason)
			.allSatisfy(r -> assertThat(r).contains("robots.txt cannot be read"));
		assertThat(server.requests("/news/rss.xml")).isZero();
		assertThat(count("MATCH (i:FeedItem) RETURN count(i)")).as("no item is skipped for good").isZero();
	}

	@Test
	void aFeedThatIsNotRssOrAtomFailsTheRunWithTheReason() {
		ImportRun run = this.runs.runSource("not-a-feed", Trigger.REST, Progress.NONE);
		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		assertThat(run.fetched()).singleElement().satisfies(f -> {
			assertThat(f.outcome()).isEqualTo("failed");
			assertThat(f.reason()).startsWith("not an RSS or Atom feed");
		});
	}

}
