package org.realpolitik.ingest.news;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.ingest.CuratedParser;

/** Reads a gazetteer for extraction without a database: a curated YAML file, or a JSON map in the gold format. */
final class ActorFiles {

	private ActorFiles() {
	}

	static List<ActorInput> read(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (!name.endsWith(".json")) {
			return CuratedParser.readActors(file);
		}
		Map<String, Map<String, Object>> json = new ObjectMapper().readValue(Files.readAllBytes(file),
				new TypeReference<>() {
				});
		List<ActorInput> actors = new ArrayList<>();
		json.forEach((id, fields) -> {
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) fields.getOrDefault("aliases", List.of());
			actors.add(new ActorInput(id, (String) fields.get("name"),
					ActorKind.parse((String) fields.get("kind")).orElse(ActorKind.ORGANISATION), aliases,
					(String) fields.get("wikidata"), null));
		});
		return actors;
	}

}
