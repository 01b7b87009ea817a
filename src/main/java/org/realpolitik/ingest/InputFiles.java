package org.realpolitik.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The files an import reads: files as given, folders expanded to the files an importer reads (sorted, not recursive). */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<Path> expand(List<Path> paths, Predicate<Path> wanted, List<Reject> rejected) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					list.filter(Files::isRegularFile).filter(wanted).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					rejected.add(new Reject(path.toString(), 0, "cannot list folder: " + ex.getMessage()));
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	/** True when the file's name ends with one of the extensions, ignoring case. */
	public static boolean named(Path path, String... extensions) {
		String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		for (String extension : extensions) {
			if (name.endsWith(extension)) {
				return true;
			}
		}
		return false;
	}

	/** The bytes of the files together, for a progress total; a file that cannot be read counts 0 (its import says why). */
	public static long totalSize(List<Path> files) {
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.isRegularFile(file) ? Files.size(file) : 0;
			}
			catch (IOException ex) {
				// the file is rejected when it is read
			}
		}
		return total;
	}

}
