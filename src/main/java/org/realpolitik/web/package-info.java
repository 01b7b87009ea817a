/**
 * What every endpoint shares: parameter parsing with errors that name the parameter and its allowed values, and the
 * translation of named exceptions into RFC 9457 problem details.
 */
package org.realpolitik.web;
