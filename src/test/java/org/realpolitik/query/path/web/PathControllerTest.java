package org.realpolitik.query.path.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.path.PathQueries;
import org.realpolitik.query.path.PathQueries.Path;
import org.realpolitik.query.path.PathQueries.PathQuery;
import org.realpolitik.query.path.PathQueries.Paths;
import org.realpolitik.query.path.PathQueries.Step;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(PathController.class)
class PathControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PathQueries paths;

	@Test
	void defaultsAreAllTypesFourHopsThreePathsUndirected() throws Exception {
		var query = new PathQuery("united-states", "iskp", List.of(RelationshipType.values()), 4, 3, null, false);
		given(this.paths.find(query)).willReturn(new Paths(List.of(new Path(1,
				List.of(new ActorRef("united-states", "United States"), new ActorRef("iskp", "ISKP")),
				List.of(new Step("SANCTIONED", "united-states", "iskp", "2016-01-14", null, 1, 1, false)),
				"MATCH p = (:Actor {id: 'united-states'})-[:SANCTIONED]->(:Actor {id: 'iskp'}) RETURN p"))));
		this.mvc.perform(get("/api/paths").param("from", "united-states").param("to", "iskp"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].length").value(1))
			.andExpect(jsonPath("$.paths[0].actors[1].id").value("iskp"))
			.andExpect(jsonPath("$.paths[0].relationships[0].type").value("SANCTIONED"))
			.andExpect(jsonPath("$.paths[0].relationships[0].subject").value("united-states"))
			.andExpect(jsonPath("$.paths[0].relationships[0].from").value("2016-01-14"))
			.andExpect(jsonPath("$.paths[0].relationships[0].claims").value(1));
	}

	@Test
	void everyParameterIsPassedOn() throws Exception {
		var query = new PathQuery("russia", "iskp", List.of(RelationshipType.ARMED, RelationshipType.OPPOSES), 6, 20,
				LocalDate.of(2020, 5, 1), true);
		given(this.paths.find(query)).willReturn(new Paths(List.of()));
		this.mvc
			.perform(get("/api/paths").param("from", "russia")
				.param("to", "iskp")
				.param("types", "ARMED,opposes")
				.param("maxHops", "6")
				.param("limit", "20")
				.param("asOf", "2020-05")
				.param("directed", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths").isEmpty());
	}

	@Test
	void typedParametersAnswerNotANumberAndOutOfRangeInOneWording() throws Exception {
		// "abc" fails conversion, "9" fails the range check: both say the same thing
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("maxHops", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameter 'maxHops' must be an integer from 1 to 6, was 'abc'"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("maxHops", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameter 'maxHops' must be an integer from 1 to 6, was '9'"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("types", "ARMED,ALLIES"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameter 'types' has unknown relationship type 'ALLIES'"))
			.andExpect(jsonPath("$.allowed[0]").value("RECOGNISED"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("directed", "sometimes"))
			.andExpect(jsonPath("$.detail").value("parameter 'directed' must be true or false, was 'sometimes'"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("asOf", "soon"))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.startsWith("parameter 'asOf': ")))
			.andExpect(jsonPath("$.allowed[0]").value("YYYY"));
		verifyNoInteractions(this.paths);
	}

	@Test
	void outOfRangeAndMalformedParametersAre400sNamingThem() throws Exception {
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("maxHops", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("maxHops"))
			.andExpect(jsonPath("$.allowed[0]").value("1..6"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("limit", "21"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("types", "ALLIES"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("types"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("asOf", "2020-02-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("directed", "sometimes"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("directed"));
		this.mvc.perform(get("/api/paths").param("to", "b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		verifyNoInteractions(this.paths);
	}

	@Test
	void aSearchTheDatabaseStoppedAtItsTimeLimitIsA503ThatSaysWhatToNarrow() throws Exception {
		var query = new PathQuery("united-states", "iskp", List.of(RelationshipType.values()), 4, 3, null, false);
		given(this.paths.find(query)).willThrow(new org.realpolitik.neo4j.QueryTimeoutException(
				java.time.Duration.ofSeconds(20), new RuntimeException("Neo.ClientError.Transaction.TransactionTimedOut")));
		this.mvc.perform(get("/api/paths").param("from", "united-states").param("to", "iskp"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("Query took too long"))
			.andExpect(jsonPath("$.limitSeconds").value(20))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fewer hops (maxHops)")));
	}

}
