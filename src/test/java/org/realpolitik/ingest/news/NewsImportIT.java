package org.realpolitik.ingest.news;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realpolitik.ingest.ImportReport;
import org.realpolitik.ingest.Reject;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class NewsImportIT extends GraphTest {

	@Autowired
	CuratedImporter curated;

	@Autowired
	NewsImporter news;

	@TempDir
	Path inbox;

	@Test
	void articlesBecomeDocumentsClaimsAndEdgesOnceAndBadFilesAreReported() throws Exception {
		this.curated.importFiles(List.of(Path.of("src/test/resources/news/actors.yaml")));
		Files.writeString(this.inbox.resolve("sanctions.md"), """
				# Ottawa and Tehran

				Canada imposed sanctions on Iran in 2012.

				Canada lifted its sanctions on Iran in January 2016. Japan has not recognised Taiwan.
				""");
		Files.writeString(this.inbox.resolve("talks.html"), """
				<html><head><title>Raid</title><script>var x = "Germany armed France";</script></head>
				<body><p>The Houthis, who are backed by Iran, attacked Israel.</p>
				<p>The Tehreek-e-Labbaik Pakistan (TLP) attacked Pakistan. Pakistan banned the TLP in 2021.</p></body></html>
				""");
		Files.write(this.inbox.resolve("scan.txt"), new byte[] { 0, 1, 2, 3, 4 });
		Files.writeString(this.inbox.resolve("empty.txt"), "");

		ImportReport report = this.news.importFiles(List.of(this.inbox));

		assertThat(report.rejected()).extracting(Reject::reason)
			.containsExactlyInAnyOrder("binary content, not text", "empty file");
		assertThat(report.counts()).containsEntry("articles imported", 2);
		assertThat(count("MATCH (d:Document {source: 'news'}) RETURN count(d)")).isEqualTo(2);
		assertThat(count("MATCH (:Actor {id: 'canada'})-[r:SANCTIONED {from: '2012', until: '2016-01', ended: true}]->(:Actor {id: 'iran'}) RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH (c:Claim {type: 'RECOGNISED', polarity: 'negated'})-[:STATED_IN]->(d:Document) "
				+ "WHERE c.quote CONTAINS 'Japan has not recognised Taiwan.' AND c.start >= 0 AND c.end > c.start "
				+ "AND c.method STARTS WITH 'news:' AND d.title = 'Ottawa and Tehran' RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor {id: 'japan'})-[r:RECOGNISED]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH (:Actor {id: 'iran'})-[r:SUPPORTS]->(:Actor {id: 'houthis'}) RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor {id: 'germany'})-[r]->() RETURN count(r)")).as("script text is not news").isZero();
		assertThat(count("MATCH (a:Actor {id: 'tehreek-e-labbaik-pakistan', kind: 'organisation'}) WHERE 'TLP' IN a.aliases "
				+ "MATCH (:Actor {id: 'pakistan'})-[r:SANCTIONED {from: '2021'}]->(a) RETURN count(r)"))
			.as("a new actor with its acronym").isEqualTo(1);
		assertThat(report.counts()).containsEntry("actors new", 1);

		long claims = count("MATCH (c:Claim) RETURN count(c)");
		ImportReport again = this.news.importFiles(List.of(this.inbox));
		assertThat(again.counts()).containsEntry("articles already imported", 2);
		assertThat(count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims);
	}

}
