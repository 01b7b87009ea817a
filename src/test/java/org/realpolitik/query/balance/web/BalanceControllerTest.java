package org.realpolitik.query.balance.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.query.balance.BalanceQueries;
import org.realpolitik.query.balance.BalanceQueries.Balance;
import org.realpolitik.query.balance.BalanceQueries.Bloc;
import org.realpolitik.query.balance.BalanceQueries.Blocs;
import org.realpolitik.query.balance.BalanceQueries.Page;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(BalanceController.class)
class BalanceControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BalanceQueries balance;

	@Test
	void parametersArePassedOnAndDefaultsApply() throws Exception {
		given(this.balance.balance(LocalDate.of(2018, 1, 1), 10, 20)).willReturn(new Balance(LocalDate.of(2018, 1, 1), 0,
				0, new Page<>(0, 20, 10, List.of()), new Page<>(0, 20, 10, List.of())));
		this.mvc.perform(get("/api/balance").param("asOf", "2018").param("limit", "10").param("offset", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2018-01-01"))
			.andExpect(jsonPath("$.triads.offset").value(20));
		given(this.balance.blocs(null, 50)).willReturn(new Blocs(BalanceQueries.class.getSimpleName(), LocalDate.of(2025, 1, 1),
				List.of(new Bloc(List.of(new ActorRef("a", "A"), new ActorRef("b", "B")), List.of()))));
		this.mvc.perform(get("/api/blocs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blocs[0].members[1].id").value("b"));
	}

	@Test
	void badParametersAre400sNamingThem() throws Exception {
		this.mvc.perform(get("/api/balance").param("asOf", "2025-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc.perform(get("/api/balance").param("limit", "1001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc.perform(get("/api/balance").param("offset", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("offset"));
		this.mvc.perform(get("/api/blocs").param("limit", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		verifyNoInteractions(this.balance);
	}

	@Test
	void anOffsetFarPastTheEndIsReadAsTheLargestOffsetAndCostsNothing() throws Exception {
		given(this.balance.balance(null, 20, org.realpolitik.params.Params.MAX_OFFSET))
			.willReturn(new Balance(LocalDate.of(2025, 1, 1), 0, 0,
					new Page<>(0, org.realpolitik.params.Params.MAX_OFFSET, 20, List.of()),
					new Page<>(0, org.realpolitik.params.Params.MAX_OFFSET, 20, List.of())));
		this.mvc.perform(get("/api/balance").param("offset", "2147483647")).andExpect(status().isOk());
	}

}
