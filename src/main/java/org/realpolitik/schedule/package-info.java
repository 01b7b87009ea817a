/**
 * Import runs and scheduled import jobs: every import, whether the CLI, REST or a cron schedule starts it, is one
 * call of {@link org.realpolitik.schedule.ImportRuns}, recorded as an {@code (:ImportRun)} and serialised per source by
 * a lock in the graph, so runs of one source never overlap, also across service instances on one database.
 */
package org.realpolitik.schedule;
