package org.realpolitik.query.timeline.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.params.Params;
import org.realpolitik.query.timeline.TimelineQueries;
import org.realpolitik.query.timeline.TimelineQueries.Timeline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lives beside {@code actor/web/ActorController}'s {@code /api/actors/{id}}: a longer path, so no clash. */
@RestController
class TimelineController {

	private final TimelineQueries timelines;

	TimelineController(TimelineQueries timelines) {
		this.timelines = timelines;
	}

	@Operation(summary = "An actor's relationships as dated intervals (start, end, type, counterpart, direction, evidence counts), earliest first")
	@GetMapping("/api/actors/{id}/timeline")
	Timeline timeline(@PathVariable String id,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> types,
			@Parameter(description = "only relationships valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default all times)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf) {
		return this.timelines.timeline(Params.actorId("id", id, true), Params.types("types", types),
				asOf == null ? null : asOf.first());
	}

}
