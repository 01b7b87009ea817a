/** An actor's relationships as dated intervals, in order: the data for a timeline view. */
package org.realpolitik.query.timeline;
