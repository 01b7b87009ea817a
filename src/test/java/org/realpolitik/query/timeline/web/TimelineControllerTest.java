package org.realpolitik.query.timeline.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.timeline.TimelineQueries;
import org.realpolitik.query.timeline.TimelineQueries.Interval;
import org.realpolitik.query.timeline.TimelineQueries.Timeline;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(TimelineController.class)
class TimelineControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineQueries timelines;

	@Test
	void theTimelineIsTheIntervalsWithTheirDatesAndEvidence() throws Exception {
		given(this.timelines.timeline("taliban", List.of(RelationshipType.SANCTIONED), LocalDate.of(2020, 1, 1)))
			.willReturn(new Timeline(new ActorRef("taliban", "Taliban"), LocalDate.of(2020, 1, 1),
					List.of(new Interval("SANCTIONED", "in", new ActorRef("russia", "Russia"), "2003",
							LocalDate.of(2003, 1, 1), "2025-04-17", LocalDate.of(2025, 4, 17), true, 2, 2, false, 0.99))));
		this.mvc.perform(get("/api/actors/taliban/timeline").param("types", "sanctioned").param("asOf", "2020"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actor.id").value("taliban"))
			.andExpect(jsonPath("$.intervals[0].start").value("2003"))
			.andExpect(jsonPath("$.intervals[0].endDate").value("2025-04-17"))
			.andExpect(jsonPath("$.intervals[0].direction").value("in"))
			.andExpect(jsonPath("$.intervals[0].counterpart.id").value("russia"))
			.andExpect(jsonPath("$.intervals[0].claims").value(2));
	}

	@Test
	void badParametersAre400sAndAnUnknownActorIs404() throws Exception {
		this.mvc.perform(get("/api/actors/taliban/timeline").param("asOf", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc.perform(get("/api/actors/Taliban!/timeline"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
		this.mvc.perform(get("/api/actors/taliban/timeline").param("types", "FRIENDS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("types"));
		verifyNoInteractions(this.timelines);
		given(this.timelines.timeline("nobody", List.of(RelationshipType.values()), null))
			.willThrow(new ActorNotFoundException("nobody"));
		this.mvc.perform(get("/api/actors/nobody/timeline")).andExpect(status().isNotFound());
	}

}
