package org.realpolitik.query.relationship.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.query.relationship.RelationshipQueries;
import org.realpolitik.query.relationship.RelationshipQueries.Edge;
import org.realpolitik.query.relationship.RelationshipQueries.Evidence;
import org.realpolitik.web.Params;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/relationships")
class RelationshipController {

	static final String TOTAL = "X-Total-Count";

	private final RelationshipQueries relationships;

	RelationshipController(RelationshipQueries relationships) {
		this.relationships = relationships;
	}

	@Operation(summary = "Derived edges, filtered and paged; the total is in the X-Total-Count header")
	@GetMapping
	ResponseEntity<List<Edge>> list(
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) String type,
			@Parameter(description = "subject actor id") @RequestParam(required = false) String subject,
			@Parameter(description = "object actor id") @RequestParam(required = false) String object,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD)") @RequestParam(required = false) String asOf,
			@Parameter(description = "page size, 1-10000 (default 100)") @RequestParam(required = false) String limit,
			@Parameter(description = "edges to skip, 0 or more (default 0)") @RequestParam(required = false) String offset) {
		var page = this.relationships.list(Params.types("type", type), Params.actorId("subject", subject, false),
				Params.actorId("object", object, false), Params.date("asOf", asOf),
				Params.integer("limit", limit, 100, 1, 10_000), Params.offset("offset", offset));
		return ResponseEntity.ok().header(TOTAL, Long.toString(page.total())).body(page.edges());
	}

	@Operation(summary = "The claims about an actor pair: those behind its edges and, marked, the negated, intended and hypothetical ones")
	@GetMapping("/evidence")
	Evidence evidence(@RequestParam(required = false) String subject,
			@Parameter(description = "one relationship type (default all)") @RequestParam(required = false) String type,
			@RequestParam(required = false) String object) {
		return this.relationships.evidence(Params.actorId("subject", subject, true), Params.type("type", type, false),
				Params.actorId("object", object, true));
	}

}
