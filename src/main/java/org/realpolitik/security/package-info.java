/**
 * Who may do what over HTTP: reading open on this machine by default, writing and starting work only with the API
 * token (a Bearer token, or HTTP basic with the token as password), no simple cross-site request able to write, and
 * only the configured host names answered (DNS rebinding).
 */
package org.realpolitik.security;
