package org.realpolitik.ingest.curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.ingest.CuratedFile;
import org.realpolitik.ingest.CuratedParser;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Importer;
import org.realpolitik.ingest.Progress;
import org.realpolitik.ingest.InputFiles;
import org.realpolitik.ingest.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports curated YAML files. All files are read first and all their actors written, so a claim may name an actor
 * defined in another file of the same import. Each file is a document ({@code curated:<file name>}); importing a new
 * version of it replaces the claims it makes, and a file with rejected claim records only adds (the claims of its
 * previous version stay until it imports cleanly).
 */
@Service
public class CuratedImporter implements Importer {

	private static final Logger log = LoggerFactory.getLogger(CuratedImporter.class);

	/** Largest curated file read; a gazetteer of every state is ~0.2 MB. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final ActorStore actors;

	private final ClaimStore claims;

	CuratedImporter(ActorStore actors, ClaimStore claims) {
		this.actors = actors;
		this.claims = claims;
	}

	/** The YAML files among the paths, folders expanded (sorted by name, not recursive). */
	public static List<Path> expand(List<Path> paths, List<Reject> rejected) {
		return InputFiles.expand(paths, CuratedImporter::isYaml, rejected);
	}

	public static boolean isYaml(Path path) {
		return InputFiles.named(path, ".yaml", ".yml");
	}

	@Override
	public String kind() {
		return "curated";
	}

	@Override
	public boolean accepts(Path file) {
		return isYaml(file);
	}

	@Override
	public ImportReport importFiles(List<Path> paths, Progress progress) {
		List<Reject> rejected = new ArrayList<>();
		List<CuratedFile> parsed = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Path file : expand(paths, rejected)) {
			names.add(file.toString());
			try {
				if (!Files.isRegularFile(file)) {
					rejected.add(new Reject(file.toString(), 0, "no such file"));
					continue;
				}
				if (Files.size(file) > MAX_BYTES) {
					rejected.add(new Reject(file.toString(), 0, "larger than " + MAX_BYTES / (1024 * 1024)
							+ " MB; split it into several curated files"));
					continue;
				}
				CuratedFile curated = CuratedParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
				parsed.add(curated);
			}
			catch (IOException ex) {
				rejected.add(new Reject(file.toString(), 0, "cannot read: " + ex.getMessage()));
			}
		}
		Map<String, Integer> counts = new TreeMap<>();
		int read = 0;
		List<ActorInput> allActors = new ArrayList<>();
		for (CuratedFile file : parsed) {
			read += file.recordsRead();
			rejected.addAll(file.rejected());
			file.actors().forEach(a -> allActors.add(a.record()));
		}
		Set<String> known = new HashSet<>();
		allActors.forEach(a -> known.add(a.id()));
		int actorsExisting = this.actors.existing(known).size();
		this.actors.save(allActors);
		counts.put("actors new", known.size() - actorsExisting);
		counts.put("actors updated", actorsExisting);
		int written = known.size() - actorsExisting;
		int unchanged = actorsExisting;
		int removed = 0;
		for (CuratedFile file : parsed) {
			if (file.unreadable()) {
				continue;
			}
			Set<String> referenced = new HashSet<>();
			file.claims().forEach(c -> {
				referenced.add(c.record().subject());
				referenced.add(c.record().object());
			});
			referenced.removeAll(known);
			known.addAll(this.actors.existing(referenced));
			List<ClaimInput> good = new ArrayList<>();
			int fileRejects = 0;
			for (CuratedFile.Line<ClaimInput> line : file.claims()) {
				ClaimInput claim = line.record();
				String missing = !known.contains(claim.subject()) ? claim.subject()
						: !known.contains(claim.object()) ? claim.object() : null;
				if (missing != null) {
					rejected.add(new Reject(file.name(), line.line(), "unknown actor '" + missing
							+ "'; define it under 'actors' in this or another curated file"));
					fileRejects++;
				}
				else {
					good.add(claim);
				}
			}
			boolean clean = fileRejects == 0 && file.rejected().isEmpty();
			var document = new DocumentInput("curated:" + file.name(), file.name(), "curated", null, null,
					file.sha256());
			var outcome = this.claims.replaceDocumentClaims(document, good, clean);
			written += outcome.claimsNew();
			unchanged += outcome.claimsUnchanged();
			removed += outcome.claimsRemoved();
			counts.merge("claims new", outcome.claimsNew(), Integer::sum);
			counts.merge("claims unchanged", outcome.claimsUnchanged(), Integer::sum);
			counts.merge("claims removed", outcome.claimsRemoved(), Integer::sum);
			counts.merge("pairs derived", outcome.pairsDerived(), Integer::sum);
		}
		ImportReport report = new ImportReport("curated", names, read, written, unchanged, removed, counts, rejected);
		log.info("{}", report.summary());
		return report;
	}

}
