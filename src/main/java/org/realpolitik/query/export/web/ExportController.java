package org.realpolitik.query.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.query.export.ExportFormat;
import org.realpolitik.query.export.ExportQueries;
import org.realpolitik.query.export.ExportQueries.ExportQuery;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.Params;

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
			@Parameter(description = "graphml (default), gexf or json") @RequestParam(required = false) String format,
			@Parameter(description = "actor id: export its ego network instead of the whole graph") @RequestParam(required = false) String center,
			@Parameter(description = "radius of the ego network in edges, 1-3 (default 1)") @RequestParam(required = false) String hops,
			@Parameter(description = "comma-separated relationship types (default all)") @RequestParam(required = false) String types,
			@Parameter(description = "only edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default all times)") @RequestParam(required = false) String asOf) {
		ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.GRAPHML
				: ExportFormat.parse(format)
					.orElseThrow(() -> new InvalidParameterException("format",
							"parameter 'format' must be one of " + String.join(", ", ExportFormat.names()) + ", was '"
									+ format + "'",
							ExportFormat.names()));
		ExportQuery query = new ExportQuery(Params.actorId("center", center, false),
				Params.integer("hops", hops, 1, 1, ExportQueries.MAX_HOPS), Params.types("types", types),
				Params.date("asOf", asOf));
		byte[] body = this.exports.export(query, chosen);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType() + (chosen == ExportFormat.JSON ? "" : ";charset=UTF-8")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"realpolitik." + chosen.extension() + "\"")
			.body(body);
	}

}
