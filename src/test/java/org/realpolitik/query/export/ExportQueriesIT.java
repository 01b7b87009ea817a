package org.realpolitik.query.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.query.export.ExportQueries.ExportGraph;
import org.realpolitik.query.export.ExportQueries.ExportQuery;
import org.realpolitik.query.influence.HandBuiltGraph;
import org.realpolitik.support.GraphTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportQueriesIT extends GraphTest {

	static final List<RelationshipType> ALL = List.of(RelationshipType.values());

	@Autowired
	ExportQueries exports;

	void graph() {
		HandBuiltGraph.standard().writeTo(this.driver);
		this.driver.executableQuery("MATCH (a:Actor {id: 'a'}) SET a.name = $name")
			.withParameters(Map.of("name", "A & <\"B\"> 'C'"))
			.execute();
	}

	static Document parse(byte[] xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	@Test
	void theEgoNetworkHoldsTheActorsWithinHopsAndTheEdgesAmongThem() {
		graph();
		ExportGraph one = this.exports.graph(new ExportQuery("b", 1, ALL, LocalDate.of(2025, 1, 1)));
		assertThat(one.nodes()).extracting(ExportQueries.Node::id).containsExactly("a", "b", "c");
		assertThat(one.edges()).extracting(e -> e.type() + " " + e.subject() + " " + e.object())
			.containsExactly("ARMED a b", "ENGAGES a c", "SUPPORTS b c");
		ExportGraph two = this.exports.graph(new ExportQuery("b", 2, ALL, LocalDate.of(2025, 1, 1)));
		assertThat(two.nodes()).extracting(ExportQueries.Node::id)
			.as("g's arms (until 2001) and h's ended sanction are not valid in 2025")
			.containsExactly("a", "b", "c", "d", "e", "f");
		ExportGraph whole = this.exports.graph(new ExportQuery(null, 1, ALL, null));
		assertThat(whole.nodes()).hasSize(8);
		assertThat(whole.edges()).hasSize(9);
		assertThatThrownBy(() -> this.exports.graph(new ExportQuery("nobody", 1, ALL, null)))
			.isInstanceOf(ActorNotFoundException.class);
	}

	@Test
	void graphmlAndGexfAreWellFormedWithEscapedValuesAndEvidenceAttributes() throws Exception {
		graph();
		ExportQuery query = new ExportQuery(null, 1, ALL, null);
		Document graphml = parse(this.exports.export(query, ExportFormat.GRAPHML));
		Element root = graphml.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
		assertThat(root.getElementsByTagName("node").getLength()).isEqualTo(8);
		assertThat(root.getElementsByTagName("edge").getLength()).isEqualTo(9);
		Element a = (Element) root.getElementsByTagName("node").item(0);
		assertThat(a.getAttribute("id")).isEqualTo("a");
		assertThat(a.getElementsByTagName("data").item(0).getTextContent()).isEqualTo("A & <\"B\"> 'C'");
		Element g = null;
		for (int i = 0; i < root.getElementsByTagName("edge").getLength(); i++) {
			Element e = (Element) root.getElementsByTagName("edge").item(i);
			if (e.getAttribute("source").equals("g")) {
				g = e;
			}
		}
		assertThat(g).isNotNull();
		StringBuilder data = new StringBuilder();
		for (int i = 0; i < g.getElementsByTagName("data").getLength(); i++) {
			Element d = (Element) g.getElementsByTagName("data").item(i);
			data.append(d.getAttribute("key")).append('=').append(d.getTextContent()).append(';');
		}
		assertThat(data.toString()).contains("e_type=ARMED;", "e_fromDate=1996-01-01;", "e_untilDate=2001-12-31;",
				"e_claims=1;", "e_sources=1;", "e_sign=1;");

		Document gexf = parse(this.exports.export(query, ExportFormat.GEXF));
		assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo(8);
		assertThat(gexf.getElementsByTagName("edge").getLength()).isEqualTo(9);
		assertThat(((Element) gexf.getElementsByTagName("node").item(0)).getAttribute("label"))
			.isEqualTo("A & <\"B\"> 'C'");

		String json = new String(this.exports.export(new ExportQuery("a", 1, List.of(RelationshipType.ARMED), null),
				ExportFormat.JSON), StandardCharsets.UTF_8);
		assertThat(json).contains("\"center\" : \"a\"", "\"type\" : \"ARMED\"", "\"claims\" : 1");
	}

}
