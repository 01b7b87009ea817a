package org.realpolitik.query.relationship.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorQueries.ActorRef;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.relationship.RelationshipQueries;
import org.realpolitik.query.relationship.RelationshipQueries.ClaimEvidence;
import org.realpolitik.query.relationship.RelationshipQueries.DocumentRef;
import org.realpolitik.query.relationship.RelationshipQueries.Cursor;
import org.realpolitik.query.relationship.RelationshipQueries.Edge;
import org.realpolitik.query.relationship.RelationshipQueries.Evidence;
import org.realpolitik.query.relationship.RelationshipQueries.Page;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(RelationshipController.class)
class RelationshipControllerTest {

	static final ActorRef RUSSIA = new ActorRef("russia", "Russia");

	static final ActorRef TALIBAN = new ActorRef("taliban", "Taliban");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RelationshipQueries relationships;

	@Test
	void edgesArePagedWithTheTotalInAHeader() throws Exception {
		given(this.relationships.list(List.of(RelationshipType.SANCTIONED), "russia", null, null, 100, 0, null, false))
			.willReturn(new Page(List.of(new Edge("SANCTIONED", RUSSIA, TALIBAN, "2003", "2025-04-17", true, 2, 2, 0.99,
					false)), 1L, null));
		this.mvc.perform(get("/api/relationships").param("type", "SANCTIONED").param("subject", "russia"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].type").value("SANCTIONED"))
			.andExpect(jsonPath("$[0].subject.id").value("russia"))
			.andExpect(jsonPath("$[0].object.name").value("Taliban"))
			.andExpect(jsonPath("$[0].until").value("2025-04-17"))
			.andExpect(jsonPath("$[0].confidence").value(0.99));
	}

	@Test
	void aFullPageGivesTheCursorOfTheNextAndTheCursorComesBackDecoded() throws Exception {
		var cursor = new Cursor("ARMED", "russia taliban");
		given(this.relationships.list(List.of(RelationshipType.values()), null, null, null, 1, 0, null, false))
			.willReturn(new Page(List.of(new Edge("ARMED", RUSSIA, TALIBAN, null, null, false, 1, 1, 0.9, false)), null,
					cursor));
		this.mvc.perform(get("/api/relationships").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Total-Count"))
			.andExpect(header().string("X-Next-Cursor", cursor.encode()))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("after=" + cursor.encode())));
		given(this.relationships.list(List.of(RelationshipType.values()), null, null, null, 1, 0, cursor, false))
			.willReturn(new Page(List.of(), null, null));
		this.mvc.perform(get("/api/relationships").param("limit", "1").param("after", cursor.encode()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Next-Cursor"));
	}

	@Test
	void aCursorThatIsNotOneOrComesWithAnOffsetIsABadParameter() throws Exception {
		this.mvc.perform(get("/api/relationships").param("after", "bm90IGEgY3Vyc29y"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("after"));
		this.mvc.perform(get("/api/relationships").param("after", "%%%"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("after"));
		this.mvc
			.perform(get("/api/relationships").param("after", new Cursor("ARMED", "a b").encode()).param("offset", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("parameters 'after' and 'offset' cannot be combined"));
	}

	@Test
	void evidenceMarksClaimsThatDoNotSupportAnEdge() throws Exception {
		var doc = new DocumentRef("abc", "Article", null, "news", "2025-07-04");
		given(this.relationships.evidence("united-states", RelationshipType.RECOGNISED, "taliban"))
			.willReturn(new Evidence(new ActorRef("united-states", "United States"), TALIBAN, "RECOGNISED", List.of(),
					List.of(new ClaimEvidence("c1", "RECOGNISED", "negated", "fact", false, null, null,
							"The US has not recognised the Taliban.", 4, 100, 140, "news:negation", 0.8, null,
							"2025-07-04", null, Map.of(), null, doc))));
		this.mvc
			.perform(get("/api/relationships/evidence").param("subject", "united-states")
				.param("type", "RECOGNISED")
				.param("object", "taliban"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edges").isEmpty())
			.andExpect(jsonPath("$.claims[0].polarity").value("negated"))
			.andExpect(jsonPath("$.claims[0].supportsEdge").value(false))
			.andExpect(jsonPath("$.claims[0].sentence").value(4))
			.andExpect(jsonPath("$.claims[0].start").value(100))
			.andExpect(jsonPath("$.claims[0].document.id").value("abc"));
	}

	@Test
	void evidenceNeedsBothActors() throws Exception {
		this.mvc.perform(get("/api/relationships/evidence").param("subject", "russia"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("object"));
	}

}
