package org.realpolitik.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.stereotype.Component;

/**
 * News sites' RSS and Atom feeds ({@code news-feed}): the source's URL and any further {@code feeds}. Each run reads
 * every feed (parsed by Rome; asked for with its validators, so an unchanged feed costs one {@code 304}), fetches the
 * page of each item it has not met before once, finds the article's text in it with readability4j (Mozilla
 * Readability's method, no site-specific rules), and hands the article to the news importer as an HTML file that keeps
 * the item's title, URL, publication date and site name. A page with too little readable text is not an article and
 * is not fetched again. Requests are polite (one at a time per host, a delay between them, robots.txt honoured).
 */
@Component
public class NewsFeed implements Feed {

	private final Fetcher fetcher;

	private final FeedStore store;

	public NewsFeed(Fetcher fetcher, FeedStore store) {
		this.fetcher = fetcher;
		this.store = store;
	}

	@Override
	public String kind() {
		return "news-feed";
	}

	@Override
	public String importer() {
		return "news";
	}

	/** An item of a feed: its key (guid or link), its page, and what the feed says of it. */
	record Item(String key, String link, String title, String published, String site) {

		String meta() {
			Map<String, String> meta = new TreeMap<>();
			meta.put("link", this.link);
			if (this.title != null) {
				meta.put("title", this.title);
			}
			if (this.published != null) {
				meta.put("published", this.published);
			}
			if (this.site != null) {
				meta.put("site", this.site);
			}
			return FeedStore.json(meta);
		}

		static Item of(FeedStore.Item stored) {
			Map<String, String> meta = FeedStore.meta(stored.meta());
			return new Item(stored.key(), meta.getOrDefault("link", stored.url()), meta.get("title"),
					meta.get("published"), meta.get("site"));
		}

	}

	@Override
	public Collected collect(FeedSource source) throws IOException, InterruptedException {
		List<Fetched> log = new ArrayList<>();
		Map<String, String> state = this.store.state(source.name());
		Map<String, Item> found = new LinkedHashMap<>();
		for (URI url : source.urls()) {
			read(url, state, log).forEach(item -> found.putIfAbsent(item.key(), item));
		}
		Map<String, FeedStore.Item> known = this.store.items(source.name(), found.keySet());
		List<Item> fresh = new ArrayList<>();
		int before = 0;
		for (Item item : found.values()) {
			FeedStore.Item met = known.get(item.key());
			if (met == null || FeedStore.PENDING.equals(met.status())) {
				fresh.add(item);
			}
			else if (FeedStore.IMPORTED.equals(met.status())) {
				before++;
			}
		}
		if (before > 0) {
			log.add(Fetched.skipped(source.url().toString(), Fetched.ALREADY_IMPORTED,
					before + " items of the feeds were imported before"));
		}
		fresh.sort(Comparator.comparing(Item::published, Comparator.nullsLast(Comparator.naturalOrder())));
		// items left by earlier runs, and failed ones due for another try, first
		List<Item> work = new ArrayList<>();
		for (FeedStore.Item due : this.store.due(source.name(), this.fetcher.settings().maxItemsPerRun())) {
			known.putIfAbsent(due.key(), due);
			work.add(Item.of(due));
		}
		for (Item item : fresh) {
			if (work.stream().noneMatch(w -> w.key().equals(item.key()))) {
				work.add(item);
			}
		}
		int limit = this.fetcher.settings().maxItemsPerRun();
		List<FeedStore.Mark> marks = new ArrayList<>();
		List<Item> articles = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < work.size(); i++) {
			Item item = work.get(i);
			if (i >= limit) {
				marks.add(new FeedStore.Mark(item.key(), item.link(), FeedStore.PENDING, null, 0, null, item.meta()));
				continue;
			}
			Path file = article(source, item, known.get(item.key()), log, marks);
			if (file != null) {
				articles.add(item);
				files.add(file);
			}
		}
		if (work.size() > limit) {
			log.add(Fetched.skipped(source.url().toString(), Fetched.LEFT, (work.size() - limit)
					+ " more items wait for the next run (realpolitik.feeds.max-items-per-run = " + limit + ")"));
		}
		return new Collected(files, log, null, (imported, reason, run) -> {
			List<FeedStore.Mark> all = new ArrayList<>(marks);
			for (Item item : articles) {
				all.add(imported ? new FeedStore.Mark(item.key(), item.link(), FeedStore.IMPORTED, null, 0, null, item.meta())
						: this.store.failure(known.get(item.key()), item.key(), item.link(), "import failed: " + reason,
								item.meta()));
			}
			this.store.commit(source.name(), run, all, state);
			Collected.deleteAll(files);
		});
	}

	/** The items of one feed; a feed that cannot be read is logged as failed and has none. */
	private List<Item> read(URI url, Map<String, String> state, List<Fetched> log) throws InterruptedException {
		Fetcher.Permission permission = this.fetcher.allowed(url);
		if (permission != Fetcher.Permission.ALLOWED) {
			// a failure either way, so the run is recorded and says why the feed brings nothing
			log.add(Fetched.failed(url.toString(), 0, permission == Fetcher.Permission.DISALLOWED
					? "robots.txt disallows the feed itself for our User-Agent"
					: "the site's robots.txt cannot be read; tried again on a later run"));
			return List.of();
		}
		Fetcher.Response response;
		try {
			response = this.fetcher.page(url,
					Fetcher.Validators.kept(state, url.toString()), true);
		}
		catch (IOException ex) {
			log.add(Fetched.failed(url.toString(), 0, ex.getMessage()));
			return List.of();
		}
		log.add(Fetched.of(response));
		if (!response.ok()) {
			return List.of();
		}
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new XmlReader(new ByteArrayInputStream(response.body())));
		}
		catch (FeedException | IOException | IllegalArgumentException ex) {
			log.set(log.size() - 1, Fetched.failed(url.toString(), response.status(), "not an RSS or Atom feed: "
					+ ex.getMessage()));
			return List.of();
		}
		// remember the validators only of a feed that was read
		response.validators().keep(state, url.toString());
		String site = blankToNull(feed.getTitle());
		List<Item> items = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			String link = blankToNull(entry.getLink());
			if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
				link = entry.getUri();
			}
			if (link == null) {
				continue;
			}
			String resolved = url.resolve(link.strip()).toString();
			String key = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : resolved;
			Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
			items.add(new Item(key, resolved, blankToNull(entry.getTitle()),
					date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString(), site));
		}
		return items;
	}

	/**
	 * Fetches an item's page and writes its article as HTML; null when there is none, with the reason logged and the
	 * item marked (failed and tried again later, or skipped for good).
	 */
	private Path article(FeedSource source, Item item, FeedStore.Item before, List<Fetched> log,
			List<FeedStore.Mark> marks) throws InterruptedException, IOException {
		URI page;
		try {
			page = URI.create(item.link());
		}
		catch (IllegalArgumentException ex) {
			log.add(Fetched.skipped(item.link(), Fetched.NOT_AN_ARTICLE, "not a URL"));
			marks.add(new FeedStore.Mark(item.key(), item.link(), FeedStore.SKIPPED, "not a URL", 0, null, item.meta()));
			return null;
		}
		if (!"http".equals(page.getScheme()) && !"https".equals(page.getScheme())) {
			log.add(Fetched.skipped(item.link(), Fetched.NOT_AN_ARTICLE, "not an HTTP(S) link"));
			marks.add(new FeedStore.Mark(item.key(), item.link(), FeedStore.SKIPPED, "not an HTTP(S) link", 0, null,
					item.meta()));
			return null;
		}
		Fetcher.Permission permission = this.fetcher.allowed(page);
		if (permission == Fetcher.Permission.DISALLOWED) {
			log.add(Fetched.skipped(item.link(), Fetched.DISALLOWED, "robots.txt disallows it for our User-Agent"));
			marks.add(new FeedStore.Mark(item.key(), item.link(), FeedStore.SKIPPED, Fetched.DISALLOWED, 0, null,
					item.meta()));
			return null;
		}
		if (permission == Fetcher.Permission.UNKNOWN) {
			String why = "the site's robots.txt cannot be read";
			log.add(Fetched.failed(item.link(), 0, why));
			marks.add(this.store.failure(before, item.key(), item.link(), why, item.meta()));
			return null;
		}
		Fetcher.Response response;
		try {
			response = this.fetcher.page(page, Fetcher.Validators.NONE, true);
		}
		catch (Fetcher.FetchException ex) {
			log.add(Fetched.failed(item.link(), 0, ex.getMessage()));
			marks.add(this.store.failure(before, item.key(), item.link(), ex.getMessage(), item.meta()));
			return null;
		}
		if (!response.ok()) {
			log.add(Fetched.of(response));
			marks.add(this.store.failure(before, item.key(), item.link(), "HTTP " + response.status(), item.meta()));
			return null;
		}
		String why = notArticle(response);
		Article article = null;
		if (why == null) {
			try {
				String html = new String(response.body(), charset(response.contentType()));
				article = new Readability4JExtended(item.link(), html).parse();
				String text = article.getTextContent() == null ? "" : article.getTextContent().strip();
				if (text.length() < this.fetcher.settings().minArticleChars()) {
					why = "only " + text.length() + " characters of readable text (realpolitik.feeds.min-article-chars = "
							+ this.fetcher.settings().minArticleChars() + ")";
				}
			}
			catch (RuntimeException | StackOverflowError ex) {
				why = "the page cannot be read: " + ex.getClass().getSimpleName();
			}
		}
		if (why != null) {
			log.add(new Fetched(item.link(), response.status(), response.bytes(), response.sha256(),
					Fetched.NOT_AN_ARTICLE, why));
			marks.add(new FeedStore.Mark(item.key(), item.link(), FeedStore.SKIPPED, why, 0, null, item.meta()));
			return null;
		}
		log.add(Fetched.of(response));
		Path file = source.folder().resolve("articles").resolve(name(item.key()) + ".html");
		Files.createDirectories(file.getParent());
		Files.writeString(file, page(item, article), StandardCharsets.UTF_8);
		return file;
	}

	private static String notArticle(Fetcher.Response response) {
		String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
		if (!type.isEmpty() && !type.contains("html")) {
			return "not an HTML page (" + type + ")";
		}
		return null;
	}

	private static java.nio.charset.Charset charset(String contentType) {
		if (contentType != null) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=\"?([\\w.:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
				.matcher(contentType);
			if (m.find()) {
				try {
					return java.nio.charset.Charset.forName(m.group(1));
				}
				catch (IllegalArgumentException ex) {
					// the default below
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

	/** The article as the news importer reads it: title, canonical URL, site and date in the head, the text in body. */
	static String page(Item item, Article article) {
		Document out = Document.createShell(item.link());
		String title = item.title() != null ? item.title() : blankToNull(article.getTitle());
		out.title(title == null ? item.link() : title);
		out.head().appendElement("link").attr("rel", "canonical").attr("href", item.link());
		if (item.site() != null) {
			out.head().appendElement("meta").attr("property", "og:site_name").attr("content", item.site());
		}
		if (item.published() != null) {
			out.head().appendElement("meta").attr("property", "article:published_time").attr("content", item.published());
		}
		String content = article.getContent() == null ? "" : article.getContent();
		out.body().appendElement("article").html(Jsoup.parseBodyFragment(content).body().html());
		return out.outerHtml();
	}

	private static String name(String key) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
