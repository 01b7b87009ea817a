package org.realpolitik.query.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.realpolitik.query.export.ExportQueries.Edge;
import org.realpolitik.query.export.ExportQueries.ExportGraph;
import org.realpolitik.query.export.ExportQueries.Node;

/**
 * GraphML and GEXF 1.3 through a StAX writer, which escapes every name and value. Attributes without a value (an open
 * edge's {@code until}) are left out, as both formats allow.
 */
final class GraphWriters {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private GraphWriters() {
	}

	/** Edge attributes: name → GraphML/GEXF type. */
	private static final Map<String, String> EDGE_ATTRIBUTES = new LinkedHashMap<>();

	static {
		EDGE_ATTRIBUTES.put("type", "string");
		EDGE_ATTRIBUTES.put("from", "string");
		EDGE_ATTRIBUTES.put("until", "string");
		EDGE_ATTRIBUTES.put("fromDate", "string");
		EDGE_ATTRIBUTES.put("untilDate", "string");
		EDGE_ATTRIBUTES.put("ended", "boolean");
		EDGE_ATTRIBUTES.put("claims", "long");
		EDGE_ATTRIBUTES.put("sources", "long");
		EDGE_ATTRIBUTES.put("confidence", "double");
		EDGE_ATTRIBUTES.put("alleged", "boolean");
		EDGE_ATTRIBUTES.put("sign", "int");
		EDGE_ATTRIBUTES.put("goldstein", "double");
	}

	private static final Map<String, String> NODE_ATTRIBUTES = Map.of("name", "string", "kind", "string",
			"wikidataId", "string");

	private static final String[] NODE_ORDER = { "name", "kind", "wikidataId" };

	private static Map<String, Object> values(Edge e) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("type", e.type());
		v.put("from", e.from());
		v.put("until", e.until());
		v.put("fromDate", e.fromDate());
		v.put("untilDate", e.untilDate());
		v.put("ended", e.ended());
		v.put("claims", e.claims());
		v.put("sources", e.sources());
		v.put("confidence", e.confidence());
		v.put("alleged", e.alleged());
		v.put("sign", e.sign());
		v.put("goldstein", e.goldstein());
		return v;
	}

	private static Map<String, Object> values(Node n) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("name", n.name());
		v.put("kind", n.kind());
		v.put("wikidataId", n.wikidataId());
		return v;
	}

	static void graphml(ExportGraph graph, OutputStream out) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			for (String name : NODE_ORDER) {
				key(xml, "n_" + name, "node", name, NODE_ATTRIBUTES.get(name));
			}
			for (Map.Entry<String, String> a : EDGE_ATTRIBUTES.entrySet()) {
				key(xml, "e_" + a.getKey(), "edge", a.getKey(), a.getValue());
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "realpolitik");
			xml.writeAttribute("edgedefault", "directed");
			for (Node n : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", n.id());
				data(xml, "n_", values(n));
				xml.writeEndElement();
			}
			int i = 0;
			for (Edge e : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + i++);
				xml.writeAttribute("source", e.subject());
				xml.writeAttribute("target", e.object());
				data(xml, "e_", values(e));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write GraphML", ex);
		}
	}

	private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String prefix, Map<String, Object> values) throws XMLStreamException {
		for (Map.Entry<String, Object> v : values.entrySet()) {
			if (v.getValue() != null) {
				xml.writeStartElement("data");
				xml.writeAttribute("key", prefix + v.getKey());
				xml.writeCharacters(v.getValue().toString());
				xml.writeEndElement();
			}
		}
	}

	static void gexf(ExportGraph graph, OutputStream out) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace("http://gexf.net/1.3");
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("meta");
			xml.writeStartElement("creator");
			xml.writeCharacters("realpolitik");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("mode", "static");
			attributes(xml, "node", Map.of("kind", "string", "wikidataId", "string"));
			attributes(xml, "edge", EDGE_ATTRIBUTES);
			xml.writeStartElement("nodes");
			for (Node n : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", n.id());
				xml.writeAttribute("label", n.name() == null ? n.id() : n.name());
				Map<String, Object> values = values(n);
				values.remove("name");
				attvalues(xml, values);
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			int i = 0;
			for (Edge e : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + i++);
				xml.writeAttribute("source", e.subject());
				xml.writeAttribute("target", e.object());
				xml.writeAttribute("label", e.type());
				xml.writeAttribute("weight", Double.toString(Math.abs(e.goldstein()) * e.confidence()));
				attvalues(xml, values(e));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write GEXF", ex);
		}
	}

	private static void attributes(XMLStreamWriter xml, String kind, Map<String, String> attributes)
			throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", kind);
		for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", a.getKey());
			xml.writeAttribute("title", a.getKey());
			xml.writeAttribute("type", a.getValue().equals("int") ? "integer" : a.getValue());
		}
		xml.writeEndElement();
	}

	private static void attvalues(XMLStreamWriter xml, Map<String, Object> values) throws XMLStreamException {
		xml.writeStartElement("attvalues");
		for (Map.Entry<String, Object> v : values.entrySet()) {
			if (v.getValue() != null) {
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", v.getKey());
				xml.writeAttribute("value", v.getValue().toString());
			}
		}
		xml.writeEndElement();
	}

}
