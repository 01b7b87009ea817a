package org.realpolitik.query.path.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.query.path.PathQueries;
import org.realpolitik.query.path.PathQueries.PathQuery;
import org.realpolitik.query.path.PathQueries.Paths;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.Params;

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
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) String types,
			@Parameter(description = "longest path in edges, 1-6 (default 4)") @RequestParam(required = false) String maxHops,
			@Parameter(description = "number of paths, 1-20 (default 3)") @RequestParam(required = false) String limit,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD)") @RequestParam(required = false) String asOf,
			@Parameter(description = "follow edge direction (default false)") @RequestParam(required = false) String directed) {
		String start = Params.actorId("from", from, true);
		String end = Params.actorId("to", to, true);
		if (start.equals(end)) {
			throw new InvalidParameterException("to", "parameters 'from' and 'to' name the same actor", java.util.List.of());
		}
		return this.paths.find(new PathQuery(start, end, Params.types("types", types),
				Params.integer("maxHops", maxHops, 4, 1, PathQueries.MAX_HOPS),
				Params.integer("limit", limit, 3, 1, PathQueries.MAX_PATHS), Params.date("asOf", asOf),
				Params.bool("directed", directed, false)));
	}

}
