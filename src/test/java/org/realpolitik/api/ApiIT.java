package org.realpolitik.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over HTTP against the real database, on the curated test fixtures. */
class ApiIT extends GraphTest {

	@Autowired
	TestRestTemplate http;

	static org.springframework.http.HttpHeaders withToken() {
		var headers = new org.springframework.http.HttpHeaders();
		headers.setBearerAuth(API_TOKEN);
		return headers;
	}

	@Autowired
	CuratedImporter importer;

	@BeforeEach
	void fixtures() {
		Path fixtures = Path.of("src/test/resources/curated");
		this.importer.importFiles(List.of(fixtures.resolve("actors.yaml"), fixtures.resolve("claims.yaml")));
	}

	ResponseEntity<String> get(String url) {
		return this.http.getForEntity(url, String.class);
	}

	static Map<String, String> pairs(String... keysAndValues) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static <T> T json(ResponseEntity<String> response, String path) {
		return JsonPath.read(response.getBody(), path);
	}

	@Test
	void searchFindsActorsByAliasesAndMetonymsExactMatchesFirst() {
		var moscow = get("/api/actors?q=moscow");
		assertThat(moscow.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(moscow, "$[0].id").toString()).isEqualTo("russia");
		assertThat(json(moscow, "$[0].kind").toString()).isEqualTo("state");
		assertThat((List<String>) json(moscow, "$[0].aliases")).contains("Moscow", "Kremlin");

		List<String> islamic = json(get("/api/actors?q=islamic state"), "$[*].id");
		assertThat(islamic).startsWith("islamic-state").contains("iskp");
		assertThat((List<String>) json(get("/api/actors?q=IS-K"), "$[*].id")).startsWith("iskp");
		assertThat((List<String>) json(get("/api/actors?q=isl&kind=state"), "$[*].id")).containsExactly("pakistan");
		assertThat((List<String>) json(get("/api/actors?q=\"\\~*"), "$")).isEmpty();
	}

	@Test
	void anActorComesWithItsRelationshipsInBothDirections() {
		var taliban = get("/api/actors/taliban");
		assertThat(taliban.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(taliban, "$.wikidataId").toString()).isEqualTo("Q42418");
		List<Map<String, Object>> relationships = json(taliban, "$.relationships");
		assertThat(relationships).anySatisfy(r -> {
			assertThat(r).containsEntry("type", "RECOGNISED").containsEntry("direction", "in").containsEntry("from", "2025-07-03");
			assertThat(r.get("actor")).isEqualTo(Map.of("id", "russia", "name", "Russia"));
		});
		assertThat(relationships).anySatisfy(r -> assertThat(r).containsEntry("type", "ATTACKED")
			.containsEntry("direction", "out")
			.containsEntry("claims", 1));
		assertThat(relationships).noneSatisfy(r -> assertThat(r.get("actor")).isEqualTo(Map.of("id", "india", "name", "India")));
	}

	@Test
	void aRequestTomcatRefusesBeforeSpringIsAProblemDetailThatEchoesNothing() {
		ResponseEntity<String> response = this.http.getForEntity(
				java.net.URI.create(this.http.getRootUri() + "/api/actors?q=" + "a".repeat(20_000)), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
		assertThat(json(response, "$.status").toString()).isEqualTo("400");
		assertThat(response.getBody()).doesNotContain("aaaa").doesNotContain("Tomcat");
	}

	@Test
	void unknownActorsAreA404ProblemNamingTheActor() {
		var response = get("/api/actors/atlantis");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(response, "$.actor").toString()).isEqualTo("atlantis");
		assertThat(get("/api/paths?from=russia&to=atlantis").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/api/relationships?subject=atlantis").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void relationshipsArePagedWithTheTotalInAHeaderAndFilteredByDate() {
		var all = get("/api/relationships?limit=2");
		assertThat(all.getHeaders().getFirst("X-Total-Count")).isEqualTo("7");
		assertThat((List<?>) json(all, "$")).hasSize(2);
		var rest = get("/api/relationships?limit=2&offset=6");
		assertThat((List<?>) json(rest, "$")).hasSize(1);

		List<String> in2010 = json(get("/api/relationships?asOf=2010&subject=russia"), "$[*].type");
		assertThat(in2010).containsExactly("SANCTIONED");
		List<String> today = json(get("/api/relationships?asOf=2025-08-01&subject=russia"), "$[*].type");
		assertThat(today).containsExactly("ARMED", "RECOGNISED");
		List<String> onTheDay = json(get("/api/relationships?asOf=2025-04-17&subject=russia&type=SANCTIONED"),
				"$[*].object.id");
		assertThat(onTheDay).containsExactly("taliban");
		var edge = get("/api/relationships?type=ARMED&object=taliban");
		assertThat((Boolean) json(edge, "$[0].alleged")).isTrue();
	}

	@Test
	void evidenceShowsTheClaimsBehindAnEdgeAndMarksThoseThatDoNotSupportOne() {
		var russia = get("/api/relationships/evidence?subject=russia&type=SANCTIONED&object=taliban");
		assertThat((List<String>) json(russia, "$.claims[*].polarity")).containsExactlyInAnyOrder("asserted", "ended");
		assertThat((List<String>) json(russia, "$.claims[*].document.id")).containsOnly("curated:claims.yaml");
		assertThat((List<String>) json(russia, "$.edges[*].until")).containsExactly("2025-04-17");

		var us = get("/api/relationships/evidence?subject=united-states&object=taliban");
		List<Map<String, Object>> claims = json(us, "$.claims");
		assertThat(claims).anySatisfy(c -> assertThat(c).containsEntry("type", "RECOGNISED")
			.containsEntry("polarity", "negated")
			.containsEntry("supportsEdge", false)
			.containsEntry("quote", "The US has not recognised the Taliban."));
		assertThat((List<String>) json(us, "$.edges[*].type")).containsExactly("ATTACKED");
	}

	@Test
	void pathsConnectActorsWithDatedEvidenceCountedEdges() {
		var paths = get("/api/paths?from=united-states&to=iskp");
		assertThat(paths.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<Integer>) json(paths, "$.paths[*].length")).containsExactly(1, 2);
		assertThat((List<String>) json(paths, "$.paths[1].actors[*].id")).containsExactly("united-states", "taliban",
				"iskp");
		assertThat((List<String>) json(paths, "$.paths[1].relationships[*].type")).containsExactly("ATTACKED",
				"ATTACKED");
		assertThat(json(paths, "$.paths[1].relationships[0].until").toString()).isEqualTo("2021-08-30");

		// the US war on the Taliban had ended by 2022: only the sanction remains
		assertThat((List<Integer>) json(get("/api/paths?from=united-states&to=iskp&asOf=2022"), "$.paths[*].length"))
			.containsExactly(1);
		// before the designation in 2016 the only way is through the Taliban
		assertThat((List<Integer>) json(get("/api/paths?from=united-states&to=iskp&asOf=2015-06"), "$.paths[*].length"))
			.containsExactly(2);
		// following direction: nothing leads from ISKP to the US
		assertThat((List<?>) json(get("/api/paths?from=iskp&to=united-states&directed=true"), "$.paths")).isEmpty();
		assertThat((List<?>) json(get("/api/paths?from=united-states&to=iskp&types=RECOGNISED,ARMED"), "$.paths"))
			.isEmpty();
		assertThat((List<Integer>) json(get("/api/paths?from=russia&to=iskp&limit=1&maxHops=2"), "$.paths[*].length"))
			.containsExactly(2);
	}

	@Test
	void badParametersAre400sThatNameTheParameterAndTheAllowedValues() {
		Map<String, String> cases = pairs("/api/paths?from=russia&to=iskp&maxHops=7", "maxHops",
				"/api/paths?from=russia&to=iskp&types=FRIENDS", "types", "/api/paths?from=russia&to=iskp&asOf=soon",
				"asOf", "/api/paths?from=russia", "to", "/api/paths?from=russia&to=russia", "to",
				"/api/relationships?limit=10001", "limit", "/api/relationships?offset=-1", "offset",
				"/api/actors?q=", "q", "/api/actors?q=x&kind=nation", "kind",
				"/api/relationships/evidence?subject=russia&object=taliban&type=X", "type",
				"/api/paths?from=russia&to=iskp&types=,", "types");
		cases.forEach((url, parameter) -> {
			var response = get(url);
			assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).as(url).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(json(response, "$.parameter").toString()).as(url).isEqualTo(parameter);
			assertThat(json(response, "$.detail").toString()).as(url).contains(parameter);
		});
		assertThat(json(get("/api/paths?from=russia&to=iskp&types=FRIENDS"), "$.allowed").toString())
			.contains("RECOGNISED");
	}

	@Test
	void documentsAreListedAndDeletingOneDerivesItsEdgesAgain() {
		List<Map<String, Object>> documents = json(get("/api/documents?source=curated"), "$");
		assertThat(documents).extracting(d -> d.get("id")).contains("curated:claims.yaml");
		assertThat(documents).filteredOn(d -> d.get("id").equals("curated:claims.yaml"))
			.singleElement()
			.satisfies(d -> assertThat(d).containsEntry("claims", 10));

		var anonymous = this.http.exchange("/api/documents/curated:claims.yaml", org.springframework.http.HttpMethod.DELETE,
				null, String.class);
		assertThat(anonymous.getStatusCode()).as("deleting needs the token").isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(count("MATCH (c:Claim) RETURN count(c)")).as("nothing deleted").isPositive();

		var deleted = this.http.exchange("/api/documents/curated:claims.yaml", org.springframework.http.HttpMethod.DELETE,
				new org.springframework.http.HttpEntity<>(withToken()), String.class);
		assertThat(deleted.getStatusCode().is2xxSuccessful()).isTrue();
		assertThat(get("/api/relationships").getHeaders().getFirst("X-Total-Count")).isEqualTo("0");
		assertThat(count("MATCH (c:Claim) RETURN count(c)")).isZero();
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
		var again = this.http.exchange("/api/documents/curated:claims.yaml", org.springframework.http.HttpMethod.DELETE,
				new org.springframework.http.HttpEntity<>(withToken()), String.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void healthAndTheApiDescriptionAreServed() {
		var health = get("/actuator/health");
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).as("no details without the token").doesNotContain("components", "neo4j");
		var detailed = this.http.exchange("/actuator/health", org.springframework.http.HttpMethod.GET,
				new org.springframework.http.HttpEntity<>(withToken()), String.class);
		assertThat(json(detailed, "$.components.neo4j.status").toString()).isEqualTo("UP");
		var openapi = get("/v3/api-docs");
		assertThat(openapi.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(openapi.getBody()).contains("/api/paths", "/api/actors/{id}", "/api/relationships/evidence");
		// typed parameters: the description shows integers with their limits and defaults, and enums with their values
		assertThat(json(openapi, "$.paths['/api/paths'].get.parameters[?(@.name=='maxHops')].schema.maximum").toString())
			.isEqualTo("[6]");
		assertThat(json(openapi, "$.paths['/api/paths'].get.parameters[?(@.name=='maxHops')].schema.default").toString())
			.isEqualTo("[4]");
		assertThat(json(openapi, "$.paths['/api/influence'].get.parameters[?(@.name=='sign')].schema.enum").toString())
			.contains("POSITIVE", "NEGATIVE", "ALL");
		assertThat(get("/no/such/page").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
