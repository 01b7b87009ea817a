package org.realpolitik.schedule.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.Reject;
import org.realpolitik.schedule.ImportRun;
import org.realpolitik.schedule.ImportRuns;
import org.realpolitik.schedule.ImportSettings;
import org.realpolitik.schedule.RunInProgressException;
import org.realpolitik.schedule.SourceNotFoundException;
import org.realpolitik.schedule.Trigger;

import org.springframework.beans.factory.annotation.Autowired;
import org.realpolitik.support.ApiSliceTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest(ImportController.class)
class ImportControllerTest {

	static final ImportRun RUN = new ImportRun("r1", "gdelt-inbox", "gdelt", "rest", org.realpolitik.schedule.RunStatus.PARTIAL,
			OffsetDateTime.parse("2026-12-01T10:00:00Z"), OffsetDateTime.parse("2026-12-01T10:00:05Z"), "host:1",
			List.of("inbox/gdelt/20191024143000.export.CSV"), 2111, 900, 0, 0, Map.of("claims new", 900L),
			Map.of("cameo 010 not mapped", 40L), 1, List.of(new Reject("20191024143000.export.CSV", 17, "60 columns")),
			null, null, List.of(), 0, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ImportRuns runs;

	@Test
	void startingARunAnswers202WithTheRunAndWhereToFollowIt() throws Exception {
		given(this.runs.submit("gdelt-inbox", Trigger.REST)).willReturn(RUN);
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer " + ApiSliceTest.TOKEN).contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"gdelt-inbox\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/imports/r1"))
			.andExpect(jsonPath("$.id").value("r1"))
			.andExpect(jsonPath("$.skipped['cameo 010 not mapped']").value(40))
			.andExpect(jsonPath("$.rejected[0].line").value(17));
	}

	@Test
	void startingARunOfAnUnknownSourceIsA404ThatNamesTheConfiguredOnes() throws Exception {
		given(this.runs.submit("nope", Trigger.REST)).willThrow(new SourceNotFoundException("nope", List.of("gdelt-inbox")));
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer " + ApiSliceTest.TOKEN).param("source", "nope"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Import source not found"))
			.andExpect(jsonPath("$.configured[0]").value("gdelt-inbox"));
	}

	@Test
	void startingARunWhileOneIsInProgressIsA409() throws Exception {
		given(this.runs.submit("gdelt-inbox", Trigger.REST))
			.willThrow(new RunInProgressException("gdelt-inbox", "r0", "host:1"));
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer " + ApiSliceTest.TOKEN).param("source", "gdelt-inbox"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.run").value("r0"));
	}

	@Test
	void startingARunWithoutASourceIsA400() throws Exception {
		given(this.runs.sources()).willReturn(List.of(new ImportSettings.Source("gdelt-inbox", "gdelt", "inbox/gdelt", "-")));
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer " + ApiSliceTest.TOKEN).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("source"))
			.andExpect(jsonPath("$.allowed[0]").value("gdelt-inbox"));
	}

	@Test
	void runsArePagedWithTheTotalInAHeader() throws Exception {
		given(this.runs.runs("gdelt-inbox", org.realpolitik.schedule.RunStatus.PARTIAL, 10, 0)).willReturn(new ImportRuns.Page(31, List.of(RUN)));
		this.mvc.perform(get("/api/imports").param("source", "gdelt-inbox").param("status", "partial").param("limit", "10"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "31"))
			.andExpect(jsonPath("$[0].status").value("partial"));
	}

	@Test
	void anUnknownStatusIsA400ThatListsTheStatuses() throws Exception {
		this.mvc.perform(get("/api/imports").param("status", "done"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("status"))
			.andExpect(jsonPath("$.allowed[1]").value("succeeded"));
		verifyNoInteractions(this.runs);
	}

	@Test
	void anUnknownRunIsA404() throws Exception {
		given(this.runs.run("x")).willReturn(java.util.Optional.empty());
		this.mvc.perform(get("/api/imports/x")).andExpect(status().isNotFound());
	}

	@Test
	void startingARunWithoutTheTokenIsA401ProblemAndStartsNothing() throws Exception {
		this.mvc.perform(post("/api/imports").contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"gdelt-inbox\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"realpolitik\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Credentials needed"));
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer not-the-token").param("source", "gdelt-inbox"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Wrong credentials"));
		verifyNoInteractions(this.runs);
	}

	@Test
	void aSimpleCrossSiteFormPostIsRefusedEvenWithBasicCredentialsTheBrowserCached() throws Exception {
		String basic = java.util.Base64.getEncoder()
			.encodeToString(("realpolitik:" + ApiSliceTest.TOKEN).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc.perform(post("/api/imports").header("Authorization", "Basic " + basic)
				.header("Origin", "http://evil.example")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("source=gdelt-inbox"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Request could come from any site"));
		verifyNoInteractions(this.runs);
		given(this.runs.submit("gdelt-inbox", Trigger.REST)).willReturn(RUN);
		this.mvc.perform(post("/api/imports").header("Authorization", "Basic " + basic)
				.header("X-Requested-With", "curl").param("source", "gdelt-inbox"))
			.andExpect(status().isAccepted());
	}

	@Test
	void aRequestAddressedToAnotherHostNameIsRefused() throws Exception {
		this.mvc.perform(get("/api/imports").header("Host", "evil.example"))
			.andExpect(status().is(421))
			.andExpect(jsonPath("$.title").value("Host not served"));
	}

	@Test
	void aRequestBodyLargerThanTheApiTakesIsA413BeforeAnythingReadsIt() throws Exception {
		this.mvc.perform(post("/api/imports").header("Authorization", "Bearer " + ApiSliceTest.TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":\"" + "a".repeat(100_000) + "\"}"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.title").value("Request body too large"));
		verifyNoInteractions(this.runs);
	}

	@Test
	void anUnknownSourceNameIsEchoedCutShort() {
		SourceNotFoundException ex = new SourceNotFoundException("x".repeat(10_000), List.of("gdelt-inbox"));
		assertThat(ex.source()).hasSize(101);
		assertThat(ex.getMessage()).hasSizeLessThan(200);
	}

	@Test
	void readingNeedsNoCredentials() throws Exception {
		given(this.runs.run("r1")).willReturn(java.util.Optional.of(RUN));
		this.mvc.perform(get("/api/imports/r1")).andExpect(status().isOk()).andExpect(jsonPath("$.id").value("r1"));
	}

}
