package org.realpolitik;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and docs/ speak to a reader of this repository alone: no path of a machine (an absolute path outside
 * the repository), and every relative link points at a file that exists.
 */
class DocsTest {

	private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.:/])/(?:work|root|home|tmp|Users)/[\\w./-]+");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

	private static List<Path> docs() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		return files;
	}

	@Test
	void noDocNamesAPathOfOneMachine() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path doc : docs()) {
			Matcher m = MACHINE_PATH.matcher(Files.readString(doc));
			while (m.find()) {
				found.add(doc + ": " + m.group());
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void everyRelativeLinkOfTheDocsPointsAtAFileOfTheRepository() throws IOException {
		List<String> dead = new ArrayList<>();
		for (Path doc : docs()) {
			Matcher m = LINK.matcher(Files.readString(doc));
			while (m.find()) {
				String target = m.group(1);
				if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
					continue; // http:, https:, mailto:
				}
				Path resolved = doc.toAbsolutePath().getParent().resolve(target).normalize();
				if (!Files.exists(resolved)) {
					dead.add(doc + " -> " + target);
				}
			}
		}
		assertThat(dead).isEmpty();
	}

}
