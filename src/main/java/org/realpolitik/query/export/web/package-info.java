/** The export endpoint, {@code GET /api/export}. */
package org.realpolitik.query.export.web;
