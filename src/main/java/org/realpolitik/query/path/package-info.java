/** How two actors are connected: the shortest paths over chosen relationship types, as of a date. */
package org.realpolitik.query.path;
