package org.realpolitik.browser.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.realpolitik.browser.BrowserConnection;
import org.realpolitik.browser.Guide;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The landing page, and Neo4j Browser's entry points: {@code /browser/} redirects to the app with the connection
 * form filled in and the guide playing; the app's {@code index.html} gets the script that applies the style sheet;
 * the guide is generated from the query files. The app's other files are static ({@link BrowserWebConfiguration}).
 */
@Controller
@Hidden
class BrowserController {

	static final String GUIDE_PATH = "/browser/realpolitik/guide.html";

	static final String STYLE_PATH = "/browser/realpolitik/style.grass";

	private final BrowserConnection connection;

	private final Guide guide;

	private final String index;

	private final String home;

	BrowserController(BrowserConnection connection, Guide guide) {
		this.connection = connection;
		this.guide = guide;
		this.index = injectSetup(read("browser/index.html"), read("browser/realpolitik/setup.js"),
				read("browser/realpolitik/style.grass"));
		this.home = read("browser/realpolitik/home.html");
	}

	/** The landing page: links to the Browser, the API description and the guide. */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> home() {
		return html(this.home);
	}

	/**
	 * Neo4j Browser's discovery document: a Browser opened without parameters fetches {@code /} of the server it was
	 * loaded from, as JSON, and connects to the Bolt address it names.
	 */
	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> discovery(HttpServletRequest request) {
		URI bolt = URI.create(this.connection.boltUrl(request.getServerName()));
		String port = bolt.getPort() < 0 ? "" : ":" + bolt.getPort();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("bolt_direct", bolt.getScheme() + "://" + bolt.getHost() + port);
		body.put("neo4j_version", "5");
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	/** Opens the Browser connected to the service's database, playing the guide. */
	@GetMapping({ "/browser", "/browser/" })
	ResponseEntity<Void> browser(HttpServletRequest request) {
		String guide = ServletUriComponentsBuilder.fromContextPath(request).path(GUIDE_PATH).toUriString();
		UriComponentsBuilder target = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/browser/index.html")
			.queryParam("dbms", this.connection.boltUrl(request.getServerName()));
		if (!this.connection.database().isBlank()) {
			target.queryParam("db", this.connection.database());
		}
		target.queryParam("cmd", "play").queryParam("arg", guide);
		return ResponseEntity.status(302)
			.header(HttpHeaders.LOCATION, target.encode().build().toUriString())
			.cacheControl(CacheControl.noStore())
			.build();
	}

	@GetMapping("/browser/index.html")
	ResponseEntity<String> index() {
		return html(this.index);
	}

	@GetMapping(GUIDE_PATH)
	ResponseEntity<String> guide() {
		return html(this.guide.html());
	}

	private static ResponseEntity<String> html(String body) {
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

	/**
	 * Puts the style-sheet script before the app's first script, so it runs before the app reads its saved state.
	 * The style sheet is inlined (it is small) rather than fetched, so nothing waits on a second request.
	 */
	static String injectSetup(String index, String setup, String grass) {
		int at = index.indexOf("<script");
		if (at < 0) {
			throw new IllegalStateException("Neo4j Browser's index.html has no <script>: cannot apply the style sheet");
		}
		String script = "<script>" + setup.replace("__GRASS__", grass.strip()) + "</script>";
		return index.substring(0, at) + script + index.substring(at);
	}

	private static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing resource " + path
					+ (path.startsWith("browser/index") ? " (is org.neo4j.client:neo4j-browser on the class path?)" : ""),
					ex);
		}
	}

}
