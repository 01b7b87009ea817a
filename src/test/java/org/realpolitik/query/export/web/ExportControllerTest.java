package org.realpolitik.query.export.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.export.ExportFormat;
import org.realpolitik.query.export.ExportQueries;
import org.realpolitik.query.export.ExportQueries.ExportQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(ExportController.class)
class ExportControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ExportQueries exports;

	@Test
	void eachFormatHasItsContentTypeAndFileName() throws Exception {
		var whole = new ExportQuery(null, 1, List.of(RelationshipType.values()), null);
		given(this.exports.export(whole, ExportFormat.GRAPHML)).willReturn("<graphml/>".getBytes());
		this.mvc.perform(get("/api/export"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/graphml+xml;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"realpolitik.graphml\""));
		var ego = new ExportQuery("taliban", 2, List.of(RelationshipType.ARMED), java.time.LocalDate.of(2020, 1, 1));
		given(this.exports.export(ego, ExportFormat.GEXF)).willReturn("<gexf/>".getBytes());
		this.mvc.perform(get("/api/export").param("format", "GEXF")
			.param("center", "taliban")
			.param("hops", "2")
			.param("types", "armed")
			.param("asOf", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/gexf+xml;charset=UTF-8"));
		given(this.exports.export(whole, ExportFormat.JSON)).willReturn("{}".getBytes());
		this.mvc.perform(get("/api/export").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json"));
	}

	@Test
	void badParametersAre400sNamingThem() throws Exception {
		this.mvc.perform(get("/api/export").param("format", "csv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("format"))
			.andExpect(jsonPath("$.allowed[0]").value("graphml"));
		this.mvc.perform(get("/api/export").param("hops", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("hops"));
		this.mvc.perform(get("/api/export").param("center", "No Such"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("center"));
		verifyNoInteractions(this.exports);
	}

}
