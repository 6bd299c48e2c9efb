package dev.newsie.bench;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessMemoryTest {
    private static final String STATUS = String.join("\n",
            "Name:\tjava",
            "VmPeak:\t 6143028 kB",
            "VmHWM:\t 2194804 kB",
            "VmRSS:\t 1850112 kB",
            "Threads:\t27",
            "");

    @Test
    void readsSizeFieldsInBytes() {
        assertEquals(OptionalLong.of(2194804L * 1024), ProcessMemory.parseStatusField(STATUS, "VmHWM"));
        assertEquals(OptionalLong.of(1850112L * 1024), ProcessMemory.parseStatusField(STATUS, "VmRSS"));
    }

    @Test
    void fieldNameMustMatchWhole() {
        // "VmHWM" must not be read from a line that merely starts with it, nor "Vm" from any Vm line
        assertEquals(OptionalLong.empty(), ProcessMemory.parseStatusField(STATUS, "Vm"));
        assertEquals(OptionalLong.empty(), ProcessMemory.parseStatusField(STATUS, "VmSwap"));
    }

    @Test
    void malformedValueIsEmpty() {
        assertEquals(OptionalLong.empty(), ProcessMemory.parseStatusField("VmHWM:\tlots kB\n", "VmHWM"));
        assertEquals(OptionalLong.empty(), ProcessMemory.parseStatusField("VmHWM:\n", "VmHWM"));
    }

    @Test
    void valueWithoutUnitIsTakenAsBytes() {
        assertEquals(OptionalLong.of(27), ProcessMemory.parseStatusField(STATUS, "Threads"));
    }

    @Test
    void liveReadingOnLinuxIsPlausible() {
        OptionalLong rss = ProcessMemory.rss();
        OptionalLong peak = ProcessMemory.peakRss();
        if (rss.isPresent() && peak.isPresent()) {
            assertEquals(true, peak.getAsLong() >= rss.getAsLong() / 2 && rss.getAsLong() > 1 << 20,
                    "rss " + rss + " peak " + peak);
        }
    }
}
