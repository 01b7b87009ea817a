/**
 * The edge list the analytics (influence, balance and blocs, on its signed edges) and the path search run on, loaded
 * with one streaming query and cached
 * per service instance until the graph-wide edge version changes.
 */
package org.realpolitik.query.edges;
