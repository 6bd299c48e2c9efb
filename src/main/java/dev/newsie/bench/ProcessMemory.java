package dev.newsie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory figures of this process for the benchmark: resident set (current and peak) from Linux's
 * /proc/self/status, and the peak of the JVM heap pools. Elsewhere than Linux the RSS figures are empty.
 */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Peak resident set size in bytes (VmHWM), if known. */
    public static OptionalLong peakRss() {
        return statusField("VmHWM");
    }

    /** Current resident set size in bytes (VmRSS), if known. */
    static OptionalLong rss() {
        return statusField("VmRSS");
    }

    /** Sum of the peak usage of every heap pool since the last {@link #resetPeakHeap()}, in bytes. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static OptionalLong statusField(String field) {
        try {
            return parseStatusField(Files.readString(STATUS), field);
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    /** A size field ("VmHWM:   123456 kB") of a /proc status text, in bytes. */
    static OptionalLong parseStatusField(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty()) {
                    return OptionalLong.empty();
                }
                try {
                    long value = Long.parseLong(parts[0]);
                    String unit = parts.length > 1 ? parts[1] : "";
                    return OptionalLong.of(switch (unit) {
                        case "kB" -> value * 1024;
                        case "mB", "MB" -> value * 1024 * 1024;
                        case "gB", "GB" -> value * 1024 * 1024 * 1024;
                        default -> value;
                    });
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
