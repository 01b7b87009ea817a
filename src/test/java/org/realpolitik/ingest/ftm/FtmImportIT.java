package org.realpolitik.ingest.ftm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorInput;
import org.realpolitik.actor.ActorKind;
import org.realpolitik.actor.ActorStore;
import org.realpolitik.claim.ClaimInput;
import org.realpolitik.claim.ClaimStore;
import org.realpolitik.claim.DocumentInput;
import org.realpolitik.claim.Modality;
import org.realpolitik.claim.PartialDate;
import org.realpolitik.claim.Polarity;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Reject;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class FtmImportIT extends GraphTest {

	static final Path FIXTURES = Path.of("src/test/resources/ftm");

	static final List<Path> DELTAS = List.of(FIXTURES.resolve("yente_t2_20240527194702-wnk.entities.delta.json"),
			FIXTURES.resolve("yente_t2_20240528014702-pfh.entities.delta.json"),
			FIXTURES.resolve("yente_t2_20240528074703-npf.entities.delta.json"),
			FIXTURES.resolve("yente_t2_20240528134729-3iv.entities.delta.json"));

	@Autowired
	FtmImporter importer;

	@Autowired
	ActorStore actors;

	@Autowired
	ClaimStore claims;

	ImportReport importSanctions() {
		return this.importer.importFiles(List.of(FIXTURES.resolve("sanctions.ftm.json"), FIXTURES.resolve("elsewhere.ftm.json")));
	}

	long edges(String subject, String type, String object, String where) {
		return count("MATCH (:Actor {id: $s})-[r:" + RelationshipType.valueOf(type).name() + "]->(:Actor {id: $o}) "
				+ (where.isEmpty() ? "" : "WHERE " + where + " ") + "RETURN count(r)", Map.of("s", subject, "o", object));
	}

	@Test
	void sanctionsAndMembershipsBecomeDatedSanctionedAndMemberOfEdges() {
		ImportReport report = importSanctions();
		assertThat(report.rejected()).isEmpty();
		assertThat(report.skipped()).containsEntry("Sanction with no authority we can resolve", 1)
			.containsEntry("schema Address not mapped", 1);
		assertThat(report.counts()).containsEntry("actors new", 5).containsEntry("authority actors created", 4);
		assertThat(count("MATCH (a:Actor {id: 'al-qaida-in-iraq', kind: 'armed_group'}) "
				+ "WHERE a.ftmIds = ['ex-org-aqi'] AND 'AQI' IN a.aliases AND NOT 'AQ' IN a.aliases AND a.countries = ['iq'] "
				+ "RETURN count(a)")).isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'european-union', kind: 'organisation', wikidataId: 'Q458'}) RETURN count(a)"))
			.isEqualTo(1);
		assertThat(edges("united-states", "SANCTIONED", "al-qaida-in-iraq",
				"r.from = '2004-10-15' AND r.until IS NULL AND NOT r.ended AND r.claims = 1")).isEqualTo(1);
		assertThat(edges("united-nations", "SANCTIONED", "al-qaida-in-iraq", "r.from = '2004-10-18'")).isEqualTo(1);
		// found through the Sanction's country (gb → GBR), ended in the past
		assertThat(edges("united-kingdom", "SANCTIONED", "abu-musab-al-zarqawi",
				"r.from = '2001-10' AND r.until = '2006-06-07' AND r.ended")).isEqualTo(1);
		assertThat(edges("european-union", "SANCTIONED", "abu-musab-al-zarqawi",
				"r.from = '2002' AND r.until = '2099-12-31' AND NOT r.ended")).isEqualTo(1);
		// a Sanction naming an entity of a later file waits for it
		assertThat(edges("united-kingdom", "SANCTIONED", "elsewhere-holdings", "r.from = '2020-02-02'")).isEqualTo(1);
		assertThat(edges("abu-musab-al-zarqawi", "MEMBER_OF", "al-qaida-in-iraq",
				"r.from = '2004-10' AND r.until = '2006-06-07'")).isEqualTo(1);
		assertThat(edges("jane-director", "MEMBER_OF", "later-trading-llc", "r.from = '2019' AND r.until IS NULL"))
			.isEqualTo(1);
		assertThat(count("MATCH (c:Claim {method: 'ftm:Sanction', source: 'https://sanctionssearch.ofac.treas.gov/'})"
				+ "-[:STATED_IN]->(d:Document {id: 'ftm:ex-sanction-ofac-aqi', source: 'ftm', title: 'SDGT'}) "
				+ "WHERE c.quote IS NULL AND c.details CONTAINS '\"programId\":\"US-SDGT\"' "
				+ "AND c.details CONTAINS '\"reason\":\"Foreign terrorist organization\"' "
				+ "RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (c:Claim {method: 'ftm:Membership', role: 'Leader'}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void importingAgainAddsNothing() {
		importSanctions();
		Map<String, Long> before = snapshot();
		ImportReport again = importSanctions();
		assertThat(again.written()).isZero();
		assertThat(again.removed()).isZero();
		assertThat(again.counts()).doesNotContainKey("actors new").containsEntry("claims new", 0);
		assertThat(snapshot()).isEqualTo(before);
	}

	Map<String, Long> snapshot() {
		return Map.of("actors", count("MATCH (a:Actor) RETURN count(a)"), "claims", count("MATCH (c:Claim) RETURN count(c)"),
				"documents", count("MATCH (d:Document) RETURN count(d)"), "edges",
				count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)"), "entities",
				count("MATCH (f:FtmEntity) RETURN count(f)"), "aliases",
				count("MATCH (a:Actor) RETURN sum(size(a.aliases))"));
	}

	@Test
	void theRealEuFinancialSanctionsFileMakesEuSanctionsFromTheTopicAndMatchesAStoredOrganisationByExactName() {
		this.actors.save(List.of(new ActorInput("irgc", "Islamic Revolutionary Guard Corps", ActorKind.ARMED_GROUP,
				List.of("IRGC", "Revolutionary Guards"), "Q271110", null),
				new ActorInput("inter", "Inter", ActorKind.ORGANISATION, List.of(), null, null)));
		ImportReport report = this.importer.importFiles(List.of(FIXTURES.resolve("yente_t1_eu_fsf.entities.ftm.json")));
		assertThat(report.rejected()).isEmpty();
		assertThat(report.skipped()).containsEntry("schema Address not mapped", 1);
		assertThat(report.counts()).containsEntry("actors new", 5).containsEntry("actors matched by name", 1);
		assertThat(count("MATCH (:Actor {id: 'european-union'})-[r:SANCTIONED {claims: 1, alleged: false}]->(a:Actor) RETURN count(r)"))
			.isEqualTo(6);
		assertThat(edges("european-union", "SANCTIONED", "irgc", "")).isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'irgc'}) WHERE a.name = 'Islamic Revolutionary Guard Corps' "
				+ "AND a.kind = 'armed_group' AND 'Revolutionary Guards' IN a.aliases RETURN count(a)"))
			.as("a stored actor keeps its name, kind and aliases").isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'inter'})-[r]-() RETURN count(r)")).as("never a substring match").isZero();
		assertThat(count("MATCH (c:Claim {method: 'ftm:topic:sanction', details: '{\"datasets\":\"eu_fsf\",\"topic\":\"sanction\"}'}) "
				+ "WHERE c.observedAt = date('2024-06-01') RETURN count(c)")).isEqualTo(6);
		assertThat(count("MATCH (a:Actor {id: 'rab-inter-tobacco', kind: 'organisation'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void deltaFilesInOrderApplyAddModAndDelAndEndAsTheFinalStateDoes() {
		ImportReport first = this.importer.importFiles(DELTAS.subList(0, 2));
		assertThat(first.rejected()).isEmpty();
		assertThat(count("MATCH (a:Actor) WHERE a.ftmIds = ['NK-500Poltergeist'] RETURN count(a)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor)-[r:SANCTIONED]->(a:Actor) WHERE a.ftmIds = ['NK-500Poltergeist'] RETURN count(r)"))
			.isGreaterThan(5);
		// the MOD renamed the entity: its actor takes the new name and drops the old names
		assertThat(count("MATCH (a:Actor {name: 'Foobar Foobargroup', kind: 'organisation'}) "
				+ "WHERE a.ftmIds = ['NK-2T3S8Hu29ktYnKSTgQp2wL'] AND NOT 'AL-QAIDA IN IRAQ' IN a.aliases RETURN count(a)"))
			.isEqualTo(1);
		ImportReport rest = this.importer.importFiles(DELTAS.subList(2, 4));
		assertThat(rest.counts()).containsEntry("entities deleted", 1).containsEntry("documents deleted", 1)
			.containsEntry("actors removed", 1);
		assertThat(count("MATCH (a:Actor) WHERE 'NK-500Poltergeist' IN a.ftmIds RETURN count(a)")).isZero();
		assertThat(count("MATCH (d:Document {id: 'ftm:NK-500Poltergeist'}) RETURN count(d)")).isZero();
		// Q4365364 is a Wikidata id: the actor carries it
		assertThat(count("MATCH (:Actor {id: 'european-union'})-[:SANCTIONED]->(a:Actor {wikidataId: 'Q4365364', kind: 'person'}) RETURN count(a)"))
			.isEqualTo(1);
		Map<String, Object> viaDeltas = state();
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").execute();
		this.importer.importFiles(List.of(FIXTURES.resolve("final-state.delta.json")));
		assertThat(state()).isEqualTo(viaDeltas);
	}

	/**
	 * The graph by FtM ids, names and edges, not by actor ids (a renamed entity keeps the id its first name gave). The
	 * authority actors an earlier version needed stay (they are states and organisations of the gazetteer), so actors
	 * count here when an entity is them or an edge names them.
	 */
	Map<String, Object> state() {
		var actorsByEntity = this.driver.executableQuery("MATCH (a:Actor) WHERE a.ftmIds <> [] OR EXISTS { (a)--(:Actor) } "
				+ "RETURN coalesce(a.ftmIds, []) AS ids, a.name AS name, "
				+ "a.kind AS kind, a.aliases AS aliases ORDER BY a.name").execute().records().stream()
			.map(r -> Map.of("ids", r.get("ids").asList(), "name", r.get("name").asString(), "kind",
					r.get("kind").asString(), "aliases", new java.util.TreeSet<>(r.get("aliases").asList())))
			.toList();
		var edges = this.driver.executableQuery("MATCH (s:Actor)-[r]->(o:Actor) RETURN s.name AS s, type(r) AS t, "
				+ "o.ftmIds AS o, r.claims AS claims, r.from AS from, r.until AS until ORDER BY s, t, o[0]")
			.execute().records().stream().map(r -> r.asMap()).toList();
		return Map.of("actors", actorsByEntity, "edges", edges,
				"documents", count("MATCH (d:Document) RETURN count(d)"),
				"claims", count("MATCH (c:Claim) RETURN count(c)"));
	}

	@Test
	void theParteispendenFileMakesActorsAndCountsPaymentsAndAddressesAsSkippedBySchema() {
		ImportReport report = this.importer.importFiles(List.of(FIXTURES.resolve("yente_parteispenden.entities.ftm.json")));
		assertThat(report.rejected()).isEmpty();
		assertThat(report.read()).isEqualTo(475);
		assertThat(report.skipped()).containsEntry("schema Payment not mapped", 290)
			.containsEntry("schema Address not mapped", 89);
		assertThat(report.counts()).containsEntry("entities Company", 56).containsEntry("entities Person", 22)
			.containsEntry("entities Organization", 18);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(56 + 22 + 18);
		assertThat(count("MATCH (c:Claim) RETURN count(c)")).isZero();
		assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();
	}

	@Test
	void aFileWithBadLinesImportsTheGoodOnesAndReportsTheBadOnesWithTheirLines() {
		ImportReport report = this.importer.importFiles(List.of(FIXTURES.resolve("bad-lines.ftm.json"),
				FIXTURES.resolve("empty.ftm.json"), FIXTURES.resolve("binary.ftm.json")));
		String bad = FIXTURES.resolve("bad-lines.ftm.json").toString();
		assertThat(report.rejected()).extracting(Reject::line).containsExactly(2, 3, 4, 5, 6, 0, 0);
		assertThat(report.rejected().get(4).toString()).isEqualTo(bad + ":6: unknown op 'UPSERT'; expected ADD, MOD or DEL");
		assertThat(report.rejected().get(5).toString()).isEqualTo(FIXTURES.resolve("empty.ftm.json") + ": empty file");
		assertThat(report.rejected().get(6).reason()).startsWith("binary file");
		assertThat(edges("united-states", "SANCTIONED", "good-person", "r.from = '2021-03-04'")).isEqualTo(1);
	}

	@Test
	void nothingAlreadyStoredIsLostAndAStoredActorIsMatchedByWikidataId() {
		this.actors.save(List.of(new ActorInput("united-states", "United States", ActorKind.STATE, List.of("US"), "Q30", "USA"),
				new ActorInput("russia", "Russia", ActorKind.STATE, List.of("Moscow"), "Q159", "RUS"),
				new ActorInput("plotnikov", "Vladimir Plotnikov", ActorKind.PERSON, List.of(), "Q4365364", null)));
		this.claims.replaceDocumentClaims(new DocumentInput("curated:x.yaml", "x", "curated", null, null, null),
				List.of(new ClaimInput("united-states", RelationshipType.SANCTIONED, "russia", Polarity.ASSERTED,
						Modality.FACT, PartialDate.parse("2014"), null, null, null, null, null, "curated", 0.9, null, null)),
				true);
		this.importer.importFiles(DELTAS);
		assertThat(edges("united-states", "SANCTIONED", "russia", "r.from = '2014'")).isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'united-states', name: 'United States', cameo: 'USA'}) WHERE 'US' IN a.aliases RETURN count(a)"))
			.isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'plotnikov', name: 'Vladimir Plotnikov', kind: 'person'}) "
				+ "WHERE a.ftmIds = ['Q4365364'] AND 'Vladimir Nikolaevich PLOTNIKOV' IN a.aliases RETURN count(a)")).isEqualTo(1);
		assertThat(edges("european-union", "SANCTIONED", "plotnikov", "")).isEqualTo(1);
		// deleting an entity's actor never removes a stored actor: only what the FtM importer created
		assertThat(count("MATCH (a:Actor) WHERE a.id IN ['united-states', 'russia', 'plotnikov'] RETURN count(a)")).isEqualTo(3);
	}

}
