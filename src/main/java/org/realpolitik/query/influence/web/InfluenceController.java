package org.realpolitik.query.influence.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.query.influence.InfluenceQueries;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;
import org.realpolitik.params.Params;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/influence")
class InfluenceController {

	private final InfluenceQueries influence;

	InfluenceController(InfluenceQueries influence) {
		this.influence = influence;
	}

	@Operation(summary = "Actors ranked by weighted PageRank over the edges valid at a date, each score explained by the edges that carry it")
	@GetMapping
	Ranking rank(
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) String types,
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)") @RequestParam(required = false) String asOf,
			@Parameter(description = "positive (support), negative (hostility) or all (default)") @RequestParam(required = false) String sign,
			@Parameter(description = "out: influence exerted (default); in: influence received") @RequestParam(required = false) String direction,
			@Parameter(description = "number of actors, 1-100 (default 20)") @RequestParam(required = false) String limit) {
		return this.influence.rank(query(types, asOf, sign, direction, limit));
	}

	@Operation(summary = "Personalised PageRank around one actor: whom it shapes (out) or who shapes it (in), with the paths that carry the influence")
	@GetMapping("/{id}")
	Around around(@PathVariable String id,
			@Parameter(description = "out: whom the actor shapes (default); in: who shapes the actor") @RequestParam(required = false) String direction,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) String types,
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)") @RequestParam(required = false) String asOf,
			@Parameter(description = "positive (support), negative (hostility) or all (default)") @RequestParam(required = false) String sign,
			@Parameter(description = "number of actors, 1-100 (default 20)") @RequestParam(required = false) String limit) {
		String actor = Params.actorId("id", id, true);
		return this.influence.around(actor, query(types, asOf, sign, direction, limit));
	}

	private static InfluenceQuery query(String types, String asOf, String sign, String direction, String limit) {
		LocalDate date = Params.date("asOf", asOf);
		return new InfluenceQuery(Params.types("types", types), Params.choice("sign", sign, Sign.class, Sign.ALL),
				Params.choice("direction", direction, Direction.class, Direction.OUT), date,
				Params.integer("limit", limit, 20, 1, InfluenceQueries.MAX_LIMIT));
	}

}
