package parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time used so far, in nanoseconds (0 where the JVM does not measure it). */
final class CpuTime {
    private CpuTime() {
    }

    /** The calling thread's CPU time. */
    static long currentThread() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The whole process's CPU time, every thread and core together. */
    static long process() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * Time the JIT compilers have spent so far, in milliseconds (0 where not measured): their threads are busy for
     * nearly all of it, so on two cores it is CPU taken from the import while the code warms up.
     */
    static long compilingMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
