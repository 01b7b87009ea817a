/**
 * Who matters and who shapes whom: weighted PageRank (global and personalised) over the edges valid at a date, run by
 * GDS where the database has it and in the service otherwise, each score explained by the edges that carry it.
 */
package org.realpolitik.query.influence;
