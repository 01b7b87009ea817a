package org.realpolitik.query.path.web;

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
import org.realpolitik.query.path.PathQueries;
import org.realpolitik.query.path.PathQueries.PathQuery;
import org.realpolitik.query.path.PathQueries.Paths;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PathController {

	private final PathQueries paths;

	PathController(PathQueries paths) {
		this.paths = paths;
	}

	@Operation(summary = "The shortest paths between two actors, each edge with its dates and evidence counts")
	@GetMapping("/api/paths")
	Paths paths(@Parameter(description = "actor id where paths start") @RequestParam(required = false) String from,
			@Parameter(description = "actor id where paths end") @RequestParam(required = false) String to,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> types,
			@Parameter(description = "longest path in edges") @RequestParam(defaultValue = "4") @Min(1) @Max(PathQueries.MAX_HOPS) int maxHops,
			@Parameter(description = "number of paths") @RequestParam(defaultValue = "3") @Min(1) @Max(PathQueries.MAX_PATHS) int limit,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "follow edge direction") @RequestParam(defaultValue = "false") boolean directed) {
		String start = Params.actorId("from", from, true);
		String end = Params.actorId("to", to, true);
		if (start.equals(end)) {
			throw new InvalidParameterException("to", "parameters 'from' and 'to' name the same actor", List.of());
		}
		return this.paths.find(new PathQuery(start, end, Params.types("types", types), maxHops, limit,
				asOf == null ? null : asOf.first(), directed));
	}

}
