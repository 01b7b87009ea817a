/** The commands of the jar (picocli), each a thin shell around the same services REST and the scheduler call. */
package org.realpolitik.cli;
