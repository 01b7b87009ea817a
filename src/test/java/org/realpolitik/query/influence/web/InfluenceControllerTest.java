package org.realpolitik.query.influence.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.influence.InfluenceQueries;
import org.realpolitik.query.influence.InfluenceQueries.Around;
import org.realpolitik.query.influence.InfluenceQueries.Contribution;
import org.realpolitik.query.influence.InfluenceQueries.Direction;
import org.realpolitik.query.influence.InfluenceQueries.InfluenceQuery;
import org.realpolitik.query.influence.InfluenceQueries.Ranked;
import org.realpolitik.query.influence.InfluenceQueries.Ranking;
import org.realpolitik.query.influence.InfluenceQueries.Sign;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(InfluenceController.class)
class InfluenceControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InfluenceQueries influence;

	@Test
	void defaultsAreAllTypesBothSignsInfluenceExertedTodayTwentyActors() throws Exception {
		var query = new InfluenceQuery(List.of(RelationshipType.values()), Sign.ALL, Direction.OUT, null, 20);
		given(this.influence.rank(query)).willReturn(new Ranking("gds.pageRank", LocalDate.of(2025, 7, 1), "all", "out",
				RelationshipType.names(), List.of(new Ranked(new ActorRef("russia", "Russia"), 0.42,
						List.of(new Contribution("RECOGNISED", "russia", "taliban", new ActorRef("taliban", "Taliban"),
								5.4, 0.27, 1))))));
		this.mvc.perform(get("/api/influence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.algorithm").value("gds.pageRank"))
			.andExpect(jsonPath("$.asOf").value("2025-07-01"))
			.andExpect(jsonPath("$.ranking[0].actor.id").value("russia"))
			.andExpect(jsonPath("$.ranking[0].actor.name").value("Russia"))
			.andExpect(jsonPath("$.ranking[0].score").value(0.42))
			.andExpect(jsonPath("$.ranking[0].explanation[0].type").value("RECOGNISED"))
			.andExpect(jsonPath("$.ranking[0].explanation[0].counterpart.id").value("taliban"))
			.andExpect(jsonPath("$.ranking[0].explanation[0].weight").value(5.4))
			.andExpect(jsonPath("$.ranking[0].explanation[0].claims").value(1));
	}

	@Test
	void everyParameterIsPassedOn() throws Exception {
		var query = new InfluenceQuery(List.of(RelationshipType.ARMED, RelationshipType.SANCTIONED), Sign.NEGATIVE,
				Direction.IN, LocalDate.of(2020, 5, 1), 100);
		given(this.influence.around("russia", query)).willReturn(new Around("gds.pageRank (personalised)",
				LocalDate.of(2020, 5, 1), new ActorRef("russia", "Russia"), "negative", "in", List.of(), List.of()));
		this.mvc
			.perform(get("/api/influence/russia").param("types", "armed,SANCTIONED")
				.param("sign", "NEGATIVE")
				.param("direction", "in")
				.param("asOf", "2020-05")
				.param("limit", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actor.id").value("russia"))
			.andExpect(jsonPath("$.direction").value("in"))
			.andExpect(jsonPath("$.ranking").isEmpty());
	}

	@Test
	void badParametersAre400sNamingThem() throws Exception {
		this.mvc.perform(get("/api/influence").param("sign", "friendly"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sign"))
			.andExpect(jsonPath("$.allowed[0]").value("positive"));
		this.mvc.perform(get("/api/influence").param("direction", "up"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("direction"));
		this.mvc.perform(get("/api/influence").param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc.perform(get("/api/influence").param("types", "ALLIES"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("types"));
		this.mvc.perform(get("/api/influence").param("asOf", "2025-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc.perform(get("/api/influence/Not An Id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
		verifyNoInteractions(this.influence);
	}

	@Test
	void anUnknownActorIs404() throws Exception {
		given(this.influence.around(eq("nobody"), any())).willThrow(new ActorNotFoundException("nobody"));
		this.mvc.perform(get("/api/influence/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.actor").value("nobody"));
	}

}
