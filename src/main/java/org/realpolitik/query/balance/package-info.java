/**
 * Structural balance over the signed graph at a date: triads balanced or not, "enemy of my enemy" candidates, and
 * blocs of actors that hang together on positive ties.
 */
package org.realpolitik.query.balance;
