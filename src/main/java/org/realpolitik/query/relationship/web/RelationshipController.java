package org.realpolitik.query.relationship.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.Params;
import org.realpolitik.query.relationship.RelationshipQueries;
import org.realpolitik.query.relationship.RelationshipQueries.Cursor;
import org.realpolitik.query.relationship.RelationshipQueries.Edge;
import org.realpolitik.query.relationship.RelationshipQueries.Evidence;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/relationships")
class RelationshipController {

	static final String TOTAL = "X-Total-Count";

	static final String NEXT = "X-Next-Cursor";

	private final RelationshipQueries relationships;

	RelationshipController(RelationshipQueries relationships) {
		this.relationships = relationships;
	}

	@Operation(summary = "Derived edges, filtered and paged; the total is in the X-Total-Count header (when counted), "
			+ "the next page's cursor in X-Next-Cursor and a Link header (rel=next)")
	@GetMapping
	ResponseEntity<List<Edge>> list(
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> type,
			@Parameter(description = "subject actor id") @RequestParam(required = false) String subject,
			@Parameter(description = "object actor id") @RequestParam(required = false) String object,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "page size") @RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit,
			@Parameter(description = "edges to skip; for deep pages use the cursor") @RequestParam(defaultValue = "0") @Min(0) int offset,
			@Parameter(description = "the cursor of the page before (its X-Next-Cursor header); not with offset") @RequestParam(required = false) String after,
			@Parameter(description = "count the total even when that means reading every matching edge (asOf without an actor)") @RequestParam(defaultValue = "false") boolean total) {
		int skip = Params.offset(offset);
		Cursor cursor = null;
		if (after != null) {
			if (skip > 0) {
				throw new InvalidParameterException("after", "parameters 'after' and 'offset' cannot be combined",
						List.of("a cursor from X-Next-Cursor, with no offset"));
			}
			try {
				cursor = Cursor.decode(after);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParameterException("after", "parameter 'after' is " + ex.getMessage(),
						List.of("the X-Next-Cursor header of the page before"));
			}
		}
		var page = this.relationships.list(Params.types("type", type), Params.actorId("subject", subject, false),
				Params.actorId("object", object, false), asOf == null ? null : asOf.first(), limit, skip, cursor, total);
		var response = ResponseEntity.ok();
		if (page.total() != null) {
			response.header(TOTAL, Long.toString(page.total()));
		}
		if (page.next() != null) {
			String next = page.next().encode();
			response.header(NEXT, next);
			response.header(org.springframework.http.HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("offset")
				.replaceQueryParam("after", next)
				.build()
				.toUriString() + ">; rel=\"next\"");
		}
		return response.body(page.edges());
	}

	@Operation(summary = "The claims about an actor pair: those behind its edges and, marked, the negated, intended and hypothetical ones")
	@GetMapping("/evidence")
	Evidence evidence(@RequestParam(required = false) String subject,
			@Parameter(description = "one relationship type (default all)") @RequestParam(required = false) RelationshipType type,
			@RequestParam(required = false) String object) {
		return this.relationships.evidence(Params.actorId("subject", subject, true), type,
				Params.actorId("object", object, true));
	}

}
