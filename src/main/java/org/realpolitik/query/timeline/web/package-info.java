/** The timeline endpoint, {@code GET /api/actors/{id}/timeline}. */
package org.realpolitik.query.timeline.web;
