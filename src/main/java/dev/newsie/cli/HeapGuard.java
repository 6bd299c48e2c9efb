package dev.newsie.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices, before the JVM starts to thrash, that what a command keeps in memory no longer fits: after
 * a garbage collection the old generation (where long-lived data ends up) is still nearly full. The
 * command then stops with a message that says how much it held and how much heap it would need,
 * instead of minutes of garbage collection and "GC overhead limit exceeded".
 */
final class HeapGuard {
    /** The share of the old generation that live data may fill after a collection. */
    static final double FULL = 0.90;

    private final List<MemoryPoolMXBean> oldGenerations = new ArrayList<>();

    HeapGuard() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && (name.contains("Old") || name.contains("Tenured")) && pool.getUsage().getMax() > 0) {
                pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * FULL));
                oldGenerations.add(pool);
            }
        }
    }

    /** True when live data filled the old generation past {@link #FULL} at the last collection. */
    boolean full() {
        for (MemoryPoolMXBean pool : oldGenerations) {
            if (pool.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    /** The heap in use after the last collections (live data), in bytes. */
    static long liveBytes() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The command's data does not fit in this JVM's heap: exit code 3, with the message. */
    static final class HeapFullException extends RuntimeException {
        HeapFullException(String message) {
            super(message);
        }
    }
}
