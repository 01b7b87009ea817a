package org.realpolitik.query.export.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.params.Params;
import org.realpolitik.query.export.ExportFormat;
import org.realpolitik.query.export.ExportQueries;
import org.realpolitik.query.export.ExportQueries.ExportQuery;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportController {

	private final ExportQueries exports;

	ExportController(ExportQueries exports) {
		this.exports = exports;
	}

	@Operation(summary = "The graph, whole or around one actor, as GraphML, GEXF or JSON, with types, dates and evidence counts as attributes")
	@GetMapping("/api/export")
	ResponseEntity<byte[]> export(
			@Parameter(description = "graphml, gexf or json") @RequestParam(defaultValue = "graphml") ExportFormat format,
			@Parameter(description = "actor id: export its ego network instead of the whole graph") @RequestParam(required = false) String center,
			@Parameter(description = "radius of the ego network in edges") @RequestParam(defaultValue = "1") @Min(1) @Max(ExportQueries.MAX_HOPS) int hops,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) List<RelationshipType> types,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default all times)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf) {
		ExportFormat chosen = format;
		ExportQuery query = new ExportQuery(Params.actorId("center", center, false), hops, Params.types("types", types),
				asOf == null ? null : asOf.first());
		byte[] body = this.exports.export(query, chosen);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType() + (chosen == ExportFormat.JSON ? "" : ";charset=UTF-8")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"realpolitik." + chosen.extension() + "\"")
			.body(body);
	}

}
