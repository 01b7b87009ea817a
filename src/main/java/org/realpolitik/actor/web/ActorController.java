package org.realpolitik.actor.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.actor.ActorQueries;
import org.realpolitik.actor.ActorQueries.ActorDetail;
import org.realpolitik.actor.ActorQueries.ActorSummary;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.Params;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/actors")
class ActorController {

	private final ActorQueries actors;

	ActorController(ActorQueries actors) {
		this.actors = actors;
	}

	/** Longest search text: a name with its qualifiers, never a document (Lucene's own limits stay far away). */
	static final int MAX_QUERY_LENGTH = 200;

	/** Most words in a search. */
	static final int MAX_QUERY_WORDS = 20;

	@Operation(summary = "Search actors by name or alias (full-text, ranked; exact names and aliases first)")
	@GetMapping
	List<ActorSummary> search(
			@Parameter(description = "words to look for, e.g. moscow or islamic state") @RequestParam(required = false) String q,
			@Parameter(description = "only actors of this kind") @RequestParam(required = false) ActorKind kind,
			@Parameter(description = "at most this many results") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		String text = Params.required("q", q, "the words to search actor names and aliases for");
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", "parameter 'q' may have at most " + MAX_QUERY_LENGTH
					+ " characters, had " + text.length(), List.of());
		}
		if (text.strip().split("\\s+").length > MAX_QUERY_WORDS) {
			throw new InvalidParameterException("q", "parameter 'q' may have at most " + MAX_QUERY_WORDS + " words",
					List.of());
		}
		return this.actors.search(text, kind, limit);
	}

	@Operation(summary = "An actor with its relationships in both directions")
	@GetMapping("/{id}")
	ActorDetail get(@PathVariable String id) {
		return this.actors.get(Params.actorId("id", id, true));
	}

}
