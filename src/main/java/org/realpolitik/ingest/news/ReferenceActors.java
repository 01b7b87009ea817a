package org.realpolitik.ingest.news;

import java.util.ArrayList;
import java.util.List;

import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.ingest.TsvTable;

/**
 * The reference actors generated from the PETRARCH / Phoenix dictionaries ({@code news/reference/actors.tsv}, written
 * by {@code tools/dictionaries/GenerateDictionaries.java}): armed groups, international bodies, state organs and
 * people with dated offices. The news extractor knows them behind the gazetteer it is given; one becomes an actor of
 * the graph when a claim names it. Read once, on first use.
 */
final class ReferenceActors {

	/**
	 * A reference actor: as the graph would store it, the state it is an organ of (or null), and its dated roles
	 * ({@code state:sector:from:until}).
	 */
	record Actor(ActorInput input, String of, List<String> roles) {
	}

	private static volatile List<Actor> all;

	private ReferenceActors() {
	}

	static List<Actor> all() {
		List<Actor> loaded = all;
		if (loaded == null) {
			synchronized (ReferenceActors.class) {
				loaded = all;
				if (loaded == null) {
					loaded = read("/news/reference/actors.tsv");
					all = loaded;
				}
			}
		}
		return loaded;
	}

	static List<Actor> read(String resource) {
		List<Actor> actors = new ArrayList<>();
		for (TsvTable.Row row : TsvTable.read(resource, true, 8)) {
			String[] f = row.cells();
			ActorKind kind = ActorKind.parse(f[2]).orElseThrow(() -> row.error("no actor kind '" + f[2] + "'"));
			if (!ActorInput.ID.matcher(f[0]).matches()) {
				throw row.error("not an actor id: '" + f[0] + "'");
			}
			List<String> aliases = f[6].isEmpty() ? List.of() : List.of(f[6].split("\\|"));
			List<String> roles = f[5].isEmpty() ? List.of() : List.of(f[5].split(";"));
			String cameo = ActorInput.CAMEO.matcher(f[4]).matches() ? f[4] : null;
			actors.add(new Actor(new ActorInput(f[0], f[1], kind, aliases, null, cameo), f[3].isEmpty() ? null : f[3],
					roles));
		}
		return List.copyOf(actors);
	}

}
