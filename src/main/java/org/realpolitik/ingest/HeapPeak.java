package org.realpolitik.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap's peak use as the benchmarks report it: the sum of the heap pools' peaks since the last reset. */
public final class HeapPeak {

	private HeapPeak() {
	}

	/** Starts a new measurement: every heap pool's peak is set to its current use. */
	public static void reset() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks since the last reset, in bytes (an upper bound of the heap's peak). */
	public static long bytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
