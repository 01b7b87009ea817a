/** The web edge of the Browser feature: the landing page, the served Neo4j Browser, its guide and style. */
package org.realpolitik.browser.web;
