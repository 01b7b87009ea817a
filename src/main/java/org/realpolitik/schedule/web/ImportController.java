package org.realpolitik.schedule.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.params.InvalidParameterException;
import org.realpolitik.params.Params;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.ImportSettings;
import org.realpolitik.schedule.RunStatus;
import org.realpolitik.schedule.Trigger;
import org.realpolitik.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/imports")
class ImportController {

	private final ImportRuns runs;

	ImportController(ImportRuns runs) {
		this.runs = runs;
	}

	/** The body of {@code POST /api/imports}. */
	record StartRequest(String source) {
	}

	@Operation(summary = "Import runs, newest first (scheduled, CLI and REST alike)")
	@GetMapping
	ResponseEntity<List<ImportRun>> list(
			@Parameter(description = "only runs of this source (a configured name, or cli:<kind>)") @RequestParam(required = false) String source,
			@Parameter(description = "only runs with this status") @RequestParam(required = false) RunStatus status,
			@Parameter(description = "page size") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit,
			@Parameter(description = "runs to skip") @RequestParam(defaultValue = "0") @Min(0) int offset) {
		ImportRuns.Page page = this.runs.runs(source == null || source.isBlank() ? null : source.strip(), status, limit,
				Params.offset(offset));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(page.total())).body(page.runs());
	}

	@Operation(summary = "One import run, with its counts, skips by reason and rejected records")
	@GetMapping("/{id}")
	ImportRun get(@PathVariable String id) {
		return this.runs.run(id).orElseThrow(() -> new NotFoundException("no import run with id '" + id + "'"));
	}

	@Operation(summary = "The configured import sources")
	@GetMapping("/sources")
	List<ImportSettings.Source> sources() {
		return this.runs.sources();
	}

	@Operation(summary = "Start a run of a configured source; answers 202 with the run, which goes on in the background")
	@PostMapping
	ResponseEntity<ImportRun> start(@RequestBody(required = false) StartRequest request,
			@Parameter(description = "the source, when not given in the body") @RequestParam(required = false) String source) {
		String name = request != null && request.source() != null && !request.source().isBlank() ? request.source().strip()
				: source == null || source.isBlank() ? null : source.strip();
		if (name == null) {
			throw new InvalidParameterException("source", "parameter 'source' is missing: name a configured source, e.g. "
					+ "{\"source\": \"gdelt-inbox\"}", this.runs.sources().stream().map(ImportSettings.Source::name).toList());
		}
		ImportRun run = this.runs.submit(name, Trigger.REST);
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/imports/" + run.id())).body(run);
	}

}
