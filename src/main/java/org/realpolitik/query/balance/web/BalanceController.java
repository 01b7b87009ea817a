package org.realpolitik.query.balance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.params.Params;
import org.realpolitik.query.balance.BalanceQueries;
import org.realpolitik.query.balance.BalanceQueries.Balance;
import org.realpolitik.query.balance.BalanceQueries.Blocs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BalanceController {

	private final BalanceQueries balance;

	BalanceController(BalanceQueries balance) {
		this.balance = balance;
	}

	@Operation(summary = "Signed triads classified by structural balance (unbalanced first) and 'enemy of my enemy' candidate pairs, with the edges behind each sign")
	@GetMapping("/api/balance")
	Balance balance(
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "triads and candidates per page") @RequestParam(defaultValue = "50") @Min(1) @Max(BalanceQueries.MAX_LIMIT) int limit,
			@Parameter(description = "triads and candidates to skip") @RequestParam(defaultValue = "0") @Min(0) int offset) {
		return this.balance.balance(asOf == null ? null : asOf.first(), limit, Params.offset(offset));
	}

	@Operation(summary = "Blocs: groups of actors that hang together on positive ties, each with its members and strongest ties")
	@GetMapping("/api/blocs")
	Blocs blocs(
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)", schema = @Schema(type = "string", pattern = Params.DATE_PATTERN)) @RequestParam(required = false) PartialDate asOf,
			@Parameter(description = "number of blocs") @RequestParam(defaultValue = "50") @Min(1) @Max(BalanceQueries.MAX_LIMIT) int limit) {
		return this.balance.blocs(asOf == null ? null : asOf.first(), limit);
	}

}
