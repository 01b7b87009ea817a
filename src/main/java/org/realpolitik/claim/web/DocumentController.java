package org.realpolitik.claim.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentQueries;
import org.realpolitik.claim.DocumentQueries.DocumentSummary;
import org.realpolitik.web.NotFoundException;
import org.realpolitik.params.Params;

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
			@Parameter(description = "page size, 1-1000 (default 100)") @RequestParam(required = false) String limit,
			@Parameter(description = "documents to skip (default 0)") @RequestParam(required = false) String offset) {
		return this.documents.list(source == null || source.isBlank() ? null : source.strip(),
				Params.integer("limit", limit, 100, 1, 1000), Params.offset("offset", offset));
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
