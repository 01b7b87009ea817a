package org.realpolitik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realpolitik.query.influence.InfluenceQueries;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Sign;
import org.realpolitik.params.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

@Command(name = "influence", mixinStandardHelpOptions = true,
		description = { "Rank actors by weighted PageRank (as GET /api/influence), or around one actor when ACTOR is "
				+ "given (as GET /api/influence/{id}); prints JSON.",
				"Runs against the embedded database in realpolitik.data-dir (stop the service first), or against "
						+ "spring.neo4j.uri when set; a store without the seeds gets them first, as on the service's "
						+ "first start. Exit codes: 0 done, 2 bad argument or unknown actor, 1 failure." })
public class InfluenceCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "ACTOR", description = "actor id for the personalised ranking")
	String actor;

	@Option(names = "--types", description = "comma-separated relationship types (default all)")
	String types;

	@Option(names = "--as-of", description = "edges valid on this date (default today)")
	String asOf;

	@Option(names = "--sign", description = "positive, negative or all (default)")
	String sign;

	@Option(names = "--direction", description = "out (default) or in")
	String direction;

	@Option(names = "--limit", defaultValue = "20", description = "number of actors, 1-100 (default ${DEFAULT-VALUE})")
	int limit;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		return AnalyticsOutput.printJson(this.springArguments, () -> {
			String actorId = this.actor == null ? null : Params.actorId("actor", this.actor, true);
			InfluenceQuery query = new InfluenceQuery(Params.types("types", this.types), Params.choice("sign",
					this.sign, Sign.class, Sign.ALL), Params.choice("direction", this.direction, Direction.class,
							Direction.OUT),
					Params.date("asOf", this.asOf), this.limit);
			return new Checked(actorId, query);
		}, (context, checked) -> {
			InfluenceQueries influence = context.getBean(InfluenceQueries.class);
			return checked.actorId() == null ? influence.rank(checked.query())
					: influence.around(checked.actorId(), checked.query());
		});
	}

	/** The arguments, checked before the database starts. */
	private record Checked(String actorId, InfluenceQuery query) {
	}

}
