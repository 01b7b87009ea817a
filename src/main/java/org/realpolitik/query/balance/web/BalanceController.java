package org.realpolitik.query.balance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.realpolitik.query.balance.BalanceQueries;
import org.realpolitik.query.balance.BalanceQueries.Balance;
import org.realpolitik.query.balance.BalanceQueries.Blocs;
import org.realpolitik.params.Params;

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
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)") @RequestParam(required = false) String asOf,
			@Parameter(description = "triads and candidates per page, 1-1000 (default 50)") @RequestParam(required = false) String limit,
			@Parameter(description = "triads and candidates to skip, 0 or more (default 0)") @RequestParam(required = false) String offset) {
		return this.balance.balance(Params.date("asOf", asOf),
				Params.integer("limit", limit, 50, 1, BalanceQueries.MAX_LIMIT),
				Params.offset("offset", offset));
	}

	@Operation(summary = "Blocs: groups of actors that hang together on positive ties, each with its members and strongest ties")
	@GetMapping("/api/blocs")
	Blocs blocs(
			@Parameter(description = "edges valid on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)") @RequestParam(required = false) String asOf,
			@Parameter(description = "number of blocs, 1-1000 (default 50)") @RequestParam(required = false) String limit) {
		return this.balance.blocs(Params.date("asOf", asOf), Params.integer("limit", limit, 50, 1, BalanceQueries.MAX_LIMIT));
	}

}
