/**
 * How values are written in data and APIs, shared by the model and every feature: enums in lower case
 * ({@code asserted}, {@code armed_group}). It depends on nothing of the project.
 */
package org.realpolitik.text;
