package org.realpolitik.query.influence.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.params.Params;
import org.realpolitik.query.influence.InfluenceQueries;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;

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
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> types,
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "positive (support), negative (hostility) or all") @RequestParam(defaultValue = "all") Sign sign,
			@Parameter(description = "out: influence exerted; in: influence received") @RequestParam(defaultValue = "out") Direction direction,
			@Parameter(description = "number of actors") @RequestParam(defaultValue = "20") @Min(1) @Max(InfluenceQueries.MAX_LIMIT) int limit) {
		return this.influence.rank(query(types, asOf, sign, direction, limit));
	}

	@Operation(summary = "Personalised PageRank around one actor: whom it shapes (out) or who shapes it (in), with the paths that carry the influence")
	@GetMapping("/{id}")
	Around around(@PathVariable String id,
			@Parameter(description = "out: whom the actor shapes; in: who shapes the actor") @RequestParam(defaultValue = "out") Direction direction,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> types,
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "positive (support), negative (hostility) or all") @RequestParam(defaultValue = "all") Sign sign,
			@Parameter(description = "number of actors") @RequestParam(defaultValue = "20") @Min(1) @Max(InfluenceQueries.MAX_LIMIT) int limit) {
		String actor = Params.actorId("id", id, true);
		return this.influence.around(actor, query(types, asOf, sign, direction, limit));
	}

	private static InfluenceQuery query(List<RelationshipType> types, PartialDate asOf, Sign sign, Direction direction,
			int limit) {
		return new InfluenceQuery(Params.types("types", types), sign, direction, asOf == null ? null : asOf.first(), limit);
	}

}
