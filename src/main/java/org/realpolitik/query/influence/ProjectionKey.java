package org.realpolitik.query.influence;

import java.time.LocalDate;
import java.util.List;

import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Sign;

/**
 * What the links of a request (and a projection of them) depend on, besides the edge list and the half-life, which
 * are the same for every request of an instance: the types (sorted), the sign, the walk direction and the date.
 */
record ProjectionKey(List<String> types, Sign sign, boolean reverse, long asOfDay) {

	static ProjectionKey of(InfluenceQuery query, LocalDate asOf, boolean reverse) {
		return new ProjectionKey(InfluenceQueries.typeNames(query).stream().sorted().toList(), query.sign(), reverse,
				asOf.toEpochDay());
	}

}
