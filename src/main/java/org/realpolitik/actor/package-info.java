/**
 * Actors: states, movements, armed groups, organisations, agencies, blocs and people, with their stable ids, names and
 * aliases; search over names, and an actor with its relationships.
 */
package org.realpolitik.actor;
