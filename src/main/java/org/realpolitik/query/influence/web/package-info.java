/** The influence endpoints: {@code GET /api/influence} and {@code GET /api/influence/{id}}. */
package org.realpolitik.query.influence.web;
