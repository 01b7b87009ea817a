package org.realpolitik.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The seeds the jar carries (the project's {@code seeds/} folder: the gazetteer, the background claims and the seed
 * articles), so that every command works from any folder. They are read from the class path and written into a
 * folder, because the importers read files.
 */
public final class Seeds {

	/** The jar's seeds, as {@code classpath:seeds/<name>}. */
	static final String PATTERN = "classpath*:seeds/*";

	private Seeds() {
	}

	/**
	 * Writes the seeds the jar carries into {@code folder} (created if needed) and returns the files written, by name.
	 * @throws IOException when the jar carries no seeds or a file cannot be written
	 */
	public static List<Path> copyTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver(Seeds.class.getClassLoader())
			.getResources(PATTERN)) {
			String name = resource.getFilename();
			if (name == null || name.isBlank() || !resource.isReadable() || name.startsWith(".")) {
				continue;
			}
			Path target = folder.resolve(name);
			if (!target.normalize().getParent().equals(folder.normalize()) || Files.exists(target)) {
				continue; // the first on the class path wins; nothing outside the folder
			}
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, target);
			}
			written.add(target);
		}
		if (written.isEmpty()) {
			throw new IOException("the jar carries no seeds (no " + PATTERN + ")");
		}
		written.sort(Comparator.comparing(Path::toString));
		return written;
	}

}
