package org.realpolitik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.query.balance.BalanceQueries;
import org.realpolitik.params.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(name = "balance", mixinStandardHelpOptions = true,
		description = { "Signed triads and 'enemy of my enemy' candidates (as GET /api/balance), or blocs with --blocs "
				+ "(as GET /api/blocs); prints JSON.",
				"A store without the seeds gets them first, as on the service's first start. Exit codes: 0 done, 2 bad "
						+ "argument, 1 failure." })
public class BalanceCommand implements Callable<Integer> {

	@Option(names = "--as-of", description = "edges valid on this date (default today)")
	String asOf;

	@Option(names = "--blocs", description = "print the blocs instead of the triads")
	boolean blocs;

	@Option(names = "--limit", defaultValue = "50", description = "per page, 1-1000 (default ${DEFAULT-VALUE})")
	int limit;

	@Option(names = "--offset", defaultValue = "0", description = "items to skip (default ${DEFAULT-VALUE})")
	int offset;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		if (this.limit < 1 || this.limit > BalanceQueries.MAX_LIMIT || this.offset < 0) {
			System.err.println("--limit must be 1-" + BalanceQueries.MAX_LIMIT + " and --offset 0 or more");
			return 2;
		}
		return AnalyticsOutput.printJson(this.springArguments, context -> {
			BalanceQueries balance = context.getBean(BalanceQueries.class);
			var date = Params.date("asOf", this.asOf);
			return this.blocs ? balance.blocs(date, this.limit) : balance.balance(date, this.limit, this.offset);
		});
	}

}
