/**
 * Parsing of the parameters every entry point takes (REST query parameters, command-line options): numbers, pages,
 * choices, dates, relationship types and actor ids, each bad value an {@link org.realpolitik.params.InvalidParameterException}
 * that names the parameter, what was wrong and what is allowed. It knows the model's types and nothing of HTTP, so the
 * web edge and the command line share it and the web edge depends on no feature.
 */
package org.realpolitik.params;
