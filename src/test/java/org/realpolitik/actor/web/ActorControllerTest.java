package org.realpolitik.actor.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.actor.ActorQueries;
import org.realpolitik.actor.ActorQueries.ActorDetail;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.actor.ActorQueries.ActorSummary;
import org.realpolitik.actor.ActorQueries.Relationship;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(ActorController.class)
class ActorControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ActorQueries actors;

	@Test
	void searchAnswersTheContractShape() throws Exception {
		given(this.actors.search("moscow", null, 20))
			.willReturn(List.of(new ActorSummary("russia", "Russia", "state", List.of("Moscow", "Kremlin"))));
		this.mvc.perform(get("/api/actors").param("q", "moscow"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("russia"))
			.andExpect(jsonPath("$[0].name").value("Russia"))
			.andExpect(jsonPath("$[0].kind").value("state"))
			.andExpect(jsonPath("$[0].aliases[0]").value("Moscow"));
	}

	@Test
	void searchPassesKindAndLimit() throws Exception {
		given(this.actors.search(eq("isl"), eq(ActorKind.ARMED_GROUP), eq(5))).willReturn(List.of());
		this.mvc.perform(get("/api/actors").param("q", "isl").param("kind", "armed_group").param("limit", "5"))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
	}

	@Test
	void anActorWithItsRelationships() throws Exception {
		given(this.actors.get("taliban")).willReturn(new ActorDetail("taliban", "Taliban", "movement", List.of(),
				"Q42418", null, null, List.of(new Relationship("RECOGNISED", "in", new ActorRef("russia", "Russia"), "2025-07-03",
						null, false, 2, 2, 0.99, false))));
		this.mvc.perform(get("/api/actors/taliban"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wikidataId").value("Q42418"))
			.andExpect(jsonPath("$.relationships[0].type").value("RECOGNISED"))
			.andExpect(jsonPath("$.relationships[0].direction").value("in"))
			.andExpect(jsonPath("$.relationships[0].actor.id").value("russia"))
			.andExpect(jsonPath("$.relationships[0].from").value("2025-07-03"))
			.andExpect(jsonPath("$.relationships[0].claims").value(2))
			.andExpect(jsonPath("$.relationships[0].sources").value(2))
			.andExpect(jsonPath("$.relationships[0].alleged").value(false));
	}

	@Test
	void anActorThatCeasedToExistShowsItsLifetime() throws Exception {
		given(this.actors.get("soviet-union")).willReturn(new ActorDetail("soviet-union", "Soviet Union", "state",
				List.of("USSR"), "Q15180", "1922-12-30", "1991-12-25", List.of(new Relationship("SUCCESSOR_OF", "in",
						new ActorRef("russia", "Russia"), "1991-12-26", null, false, 1, 1, 0.9, false))));
		this.mvc.perform(get("/api/actors/soviet-union"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.existedFrom").value("1922-12-30"))
			.andExpect(jsonPath("$.existedUntil").value("1991-12-25"))
			.andExpect(jsonPath("$.relationships[0].type").value("SUCCESSOR_OF"))
			.andExpect(jsonPath("$.relationships[0].actor.id").value("russia"));
	}

	@Test
	void anUnknownActorIsA404Problem() throws Exception {
		given(this.actors.get("atlantis")).willThrow(new ActorNotFoundException("atlantis"));
		this.mvc.perform(get("/api/actors/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Actor not found"))
			.andExpect(jsonPath("$.detail").value("no actor with id 'atlantis'"))
			.andExpect(jsonPath("$.actor").value("atlantis"));
	}

	@Test
	void badParametersAre400ProblemsAndNeverReachTheDatabase() throws Exception {
		this.mvc.perform(get("/api/actors"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"));
		this.mvc.perform(get("/api/actors").param("q", "x").param("kind", "nation"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("kind"))
			.andExpect(jsonPath("$.allowed[0]").value("state"));
		this.mvc.perform(get("/api/actors").param("q", "x").param("limit", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameter 'limit' must be an integer from 1 to 100, was '1000'"));
		this.mvc.perform(get("/api/actors/Not An Id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
		verifyNoInteractions(this.actors);
	}

	@Test
	void anUnexpectedFailureIsA500ProblemThatRevealsNoInternals() throws Exception {
		given(this.actors.search(any(), any(), anyInt())).willThrow(new IllegalStateException("secret detail"));
		this.mvc.perform(get("/api/actors").param("q", "x"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("an unexpected error occurred; it has been logged"));
	}

	@Test
	void anUnreachableDatabaseIsA503() throws Exception {
		given(this.actors.search(any(), any(), anyInt()))
			.willThrow(new org.neo4j.driver.exceptions.ServiceUnavailableException("down"));
		this.mvc.perform(get("/api/actors").param("q", "x")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void aSearchTextTooLongOrOfTooManyWordsIsA400AndReachesNoIndex() throws Exception {
		this.mvc.perform(get("/api/actors").param("q", "x".repeat(7000)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("q"));
		this.mvc.perform(get("/api/actors").param("q", "a ".repeat(60)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameter 'q' may have at most 20 words"));
		verifyNoInteractions(this.actors);
	}

}
