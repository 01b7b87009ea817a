/** The balance and blocs endpoints, {@code GET /api/balance} and {@code GET /api/blocs}. */
package org.realpolitik.query.balance.web;
