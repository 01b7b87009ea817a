/**
 * The signed edge list the analytics (influence, balance, blocs) run on, loaded with one streaming query and cached
 * per service instance until the graph-wide edge version changes.
 */
package org.realpolitik.query.edges;
