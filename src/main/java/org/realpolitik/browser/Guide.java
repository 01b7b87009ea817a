package org.realpolitik.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realpolitik.neo4j.CypherFiles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Browser guide ({@code :play <url>}): an HTML page of {@code <slide>}s whose runnable queries are the files
 * {@code cypher/guide/guide-*.cypher}, put in at start-up from the same files the tests run, so the guide and the
 * queries cannot drift apart. The prose is {@code browser/realpolitik/guide.html}, where {@code {{query:NAME}}}
 * stands for the file {@code cypher/guide/NAME.cypher}.
 */
@Component
public class Guide {

	static final String TEMPLATE = "browser/realpolitik/guide.html";

	private static final Pattern QUERY = Pattern.compile("\\{\\{query:([a-z0-9-]+)}}");

	private final String html;

	private final List<String> queries;

	public Guide() {
		String template = read(TEMPLATE);
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = QUERY.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!name.startsWith("guide-")) {
				throw new IllegalStateException(TEMPLATE + " names " + name + ": guide queries are cypher/guide/guide-*.cypher");
			}
			names.add(name);
			String runnable = "<pre mode=\"cypher\" class=\"pre-scrollable code runnable\">"
					+ HtmlUtils.htmlEscape(CypherFiles.guide(name).strip()) + "</pre>";
			matcher.appendReplacement(out, Matcher.quoteReplacement(runnable));
		}
		matcher.appendTail(out);
		this.html = out.toString();
		this.queries = List.copyOf(names);
	}

	/** The guide as Browser plays it. */
	public String html() {
		return this.html;
	}

	/** Names of the query files the guide runs, in the order it shows them. */
	public List<String> queries() {
		return this.queries;
	}

	static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing resource " + path, ex);
		}
	}

}
