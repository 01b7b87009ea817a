package org.realpolitik.ingest.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;

/**
 * CAMEO known-group codes and the actors they denote: {@code src/main/resources/gdelt/known-groups.tsv} (code, id,
 * name, kind). Only codes whose meaning is certain are listed; an event naming another group is skipped by code.
 */
final class KnownGroups {

	static final String RESOURCE = "/gdelt/known-groups.tsv";

	private KnownGroups() {
	}

	/** Known-group code to the actor it denotes (without aliases: GDELT's names are added as aliases on import). */
	static Map<String, ActorInput> load() {
		Map<String, ActorInput> groups = new LinkedHashMap<>();
		try (InputStream in = KnownGroups.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			boolean header = true;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split("\t", -1);
				if (f.length != 4 || !ActorInput.ID.matcher(f[1]).matches()) {
					throw new IllegalStateException(RESOURCE + ":" + number + ": expected code, id, name, kind");
				}
				int at = number;
				ActorKind kind = ActorKind.parse(f[3])
					.orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + at + ": unknown kind " + f[3]));
				groups.put(f[0], new ActorInput(f[1], f[2], kind, List.of(), null, null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		return groups;
	}

}
