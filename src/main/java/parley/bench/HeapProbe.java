package parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak Java heap through the memory pool beans. The sum of every heap pool's peak is an upper bound of the heap in
 * use at any one moment (pools peak at different times), so a figure under the target is a safe one.
 */
final class HeapProbe {
    private HeapProbe() {
    }

    /** Collects garbage and starts a new peak. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Bytes: the sum of the heap pools' peaks since the last {@link #reset()}. */
    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Bytes still reachable: the heap in use right after two full collections. */
    static long liveBytes() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The -Xmx in force, in bytes. */
    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
