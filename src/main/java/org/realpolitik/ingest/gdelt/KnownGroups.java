package org.realpolitik.ingest.gdelt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.ingest.TsvTable;

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
		for (TsvTable.Row row : TsvTable.read(RESOURCE, true, 4)) {
			String[] f = row.cells();
			if (f.length != 4 || !ActorInput.ID.matcher(f[1]).matches()) {
				throw row.error("expected code, id, name, kind");
			}
			ActorKind kind = ActorKind.parse(f[3]).orElseThrow(() -> row.error("unknown kind " + f[3]));
			groups.put(f[0], new ActorInput(f[1], f[2], kind, List.of(), null, null));
		}
		return groups;
	}

}
