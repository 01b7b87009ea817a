/** The graph, whole or around one actor, as GraphML, GEXF or JSON for Gephi, Cytoscape and notebooks. */
package org.realpolitik.query.export;
