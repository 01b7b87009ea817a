package org.realpolitik.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.realpolitik.feed.BoundedBody;
import org.realpolitik.feed.Fetcher;

/**
 * Finds the files of a source: the files of a watched folder that have settled, or the file an HTTP(S) source serves
 * (downloaded into {@code downloads/<source>/} under the data dir), each with its content hash.
 */
final class SourceFiles {

	/** A file of a source and the SHA-256 of its content (null for a feed's files, which feeds remember themselves). */
	record Found(Path path, String sha256) {
	}

	private record Stamp(long size, FileTime modified, String sha256) {
	}

	/** Hashes by path, size and modification time: a watched folder polled every minute hashes each file once. */
	private final Map<Path, Stamp> hashes = new ConcurrentHashMap<>();

	private final Path dataDir;

	private final ImportSettings settings;

	private final Fetcher fetcher;

	SourceFiles(Path dataDir, ImportSettings settings, Fetcher fetcher) {
		this.dataDir = dataDir;
		this.settings = settings;
		this.fetcher = fetcher;
	}

	/**
	 * A file as a run records it: relative to the data folder when it is inside it ({@code inbox/gdelt/x.CSV}), else
	 * its name alone, so that run records (which anyone who may read the API sees) name no server path.
	 */
	String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path data = this.dataDir.toAbsolutePath().normalize();
		if (absolute.startsWith(data) && !absolute.equals(data)) {
			return data.relativize(absolute).toString().replace('\\', '/');
		}
		Path name = absolute.getFileName();
		return name == null ? absolute.toString() : name.toString();
	}

	/** The folder a folder source watches; created when missing, so users have somewhere to drop files. */
	Path folder(ImportSettings.Source source) {
		Path folder = Path.of(source.location());
		return folder.isAbsolute() ? folder : this.dataDir.resolve(folder);
	}

	/** The files of a watched folder the importer reads, not hidden, not partial, and unchanged for the settle time. */
	List<Found> watched(ImportSettings.Source source, Predicate<Path> accepts) throws IOException {
		Path folder = folder(source);
		Files.createDirectories(folder);
		Instant settled = Instant.now().minus(this.settings.settleTime());
		List<Found> found = new ArrayList<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!Files.isRegularFile(file) || name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")
						|| name.endsWith(".crdownload") || !accepts.test(file)) {
					continue;
				}
				if (Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
					continue;
				}
				found.add(new Found(file, sha256(file)));
			}
		}
		return found;
	}

	/** Downloads what an HTTP(S) source serves; the file keeps the URL's last path segment as its name. */
	Found download(ImportSettings.Source source) throws IOException, InterruptedException {
		URI uri = URI.create(source.location());
		String path = uri.getPath();
		String name = path == null || path.isBlank() || path.endsWith("/") ? safe(source.name())
				: safe(path.substring(path.lastIndexOf('/') + 1));
		Path folder = this.dataDir.resolve("downloads").resolve(safe(source.name()));
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		// the whole download, body included, within the time limit, by the feeds' downloader: written beside the
		// file first, so a failed download leaves the last good copy as it was
		Fetcher.Response response;
		try {
			response = this.fetcher.get(uri, Fetcher.Validators.NONE, file, this.settings.maxDownload().toBytes(),
					this.settings.downloadTimeout(), false);
		}
		catch (Fetcher.FetchException ex) {
			if (ex.getCause() instanceof java.util.concurrent.TimeoutException) {
				throw new IOException("GET " + uri + " did not finish within realpolitik.imports.download-timeout ("
						+ this.settings.downloadTimeout() + ")", ex);
			}
			if (ex.getCause() instanceof BoundedBody.TooLarge) {
				throw new IOException("GET " + uri + " is larger than realpolitik.imports.max-download ("
						+ this.settings.maxDownload() + ")", ex);
			}
			throw ex;
		}
		if (!response.ok()) {
			throw new IOException("GET " + uri + " answered HTTP " + response.status());
		}
		return new Found(file, response.sha256());
	}

	String sha256(Path file) throws IOException {
		long size = Files.size(file);
		FileTime modified = Files.getLastModifiedTime(file);
		Stamp known = this.hashes.get(file.toAbsolutePath());
		if (known != null && known.size() == size && known.modified().equals(modified)) {
			return known.sha256();
		}
		String sha = hash(file);
		this.hashes.put(file.toAbsolutePath(), new Stamp(size, modified, sha));
		return sha;
	}

	static String hash(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String safe(String name) {
		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}

}
