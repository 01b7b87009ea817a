package org.realpolitik.claim.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentQueries;
import org.realpolitik.claim.DocumentQueries.DocumentSummary;
import org.realpolitik.params.Params;
import org.realpolitik.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final DocumentQueries documents;

	private final ClaimStore claims;

	DocumentController(DocumentQueries documents, ClaimStore claims) {
		this.documents = documents;
		this.claims = claims;
	}

	@Operation(summary = "The documents behind the claims, newest import first")
	@GetMapping
	List<DocumentSummary> list(
			@Parameter(description = "only documents from this source: curated, news, gdelt, ftm") @RequestParam(required = false) String source,
			@Parameter(description = "page size") @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
			@Parameter(description = "documents to skip") @RequestParam(defaultValue = "0") @Min(0) int offset) {
		return this.documents.list(source == null || source.isBlank() ? null : source.strip(), limit,
				Params.offset(offset));
	}

	@Operation(summary = "Delete a document and its claims; the edges they supported are derived again")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.claims.deleteDocument(id)) {
			throw new NotFoundException("no document with id '" + id + "'");
		}
		return ResponseEntity.noContent().build();
	}

}
