package dev.newsie.cli;

import dev.newsie.output.ExtractionResult;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts a run's documents; shows a one-line progress display on a terminal and prints the closing summary. */
final class Progress {
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private final long startNanos = System.nanoTime();
    private long workStartNanos = startNanos;
    private long lastShown;
    private double loadSeconds;
    /** Documents in the inputs, once a background count has finished; -1 while unknown. */
    private volatile long total = -1;
    long documents;
    long skipped;
    long failed;
    long tokens;
    final Map<String, Long> failures = new TreeMap<>();

    Progress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** Counts the inputs on a background thread, so that the display can show a total and an ETA. */
    void countInBackground(java.util.function.LongSupplier counter) {
        if (!live) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                total = counter.getAsLong();
            } catch (RuntimeException e) {
                total = -1; // the run reports read problems itself
            }
        }, "newsie-count");
        t.setDaemon(true);
        t.start();
    }

    /** A note about the inputs that is no document's error, on a line of its own. */
    void warn(String message) {
        err.print(live ? "\r" : "");
        err.println("newsie: warning: " + message);
        err.flush();
    }

    void pipelineLoaded() {
        workStartNanos = System.nanoTime();
        loadSeconds = (workStartNanos - startNanos) / 1e9;
    }

    void skipped() {
        skipped++;
    }

    void add(ExtractionResult r) {
        documents++;
        tokens += r.tokens();
        if (r.failed()) {
            failed++;
            failures.merge(r.error().kind(), 1L, Long::sum);
        }
        long now = System.nanoTime();
        if (live && now - lastShown > REFRESH_NANOS) {
            lastShown = now;
            double rate = documents / work(now);
            long all = total;
            String done = all > 0 ? documents + skipped + "/" + all : String.valueOf(documents + skipped);
            String eta = all > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %s", duration((all - documents - skipped) / rate)) : "";
            err.print(String.format(Locale.ROOT, "\r%s documents, %.1f docs/s, %.0f tokens/s, %d failed%s   ",
                    done, rate, tokens / work(now), failed, eta));
            err.flush();
        }
    }

    private static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60) : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private double work(long now) {
        return Math.max((now - workStartNanos) / 1e9, 1e-9);
    }

    String summary() {
        long now = System.nanoTime();
        return String.format(Locale.ROOT,
                "newsie: %d documents, %d failed%s%s, %d tokens in %.1f s (pipeline load %.1f s; %.1f docs/s, %.0f tokens/s)",
                documents, failed, failures.isEmpty() ? "" : " " + failures,
                skipped == 0 ? "" : ", " + skipped + " already in the output (--resume)",
                tokens, (now - startNanos) / 1e9, loadSeconds, documents / work(now), tokens / work(now));
    }

    void finish(boolean quiet) {
        if (live) {
            err.print("\r");
        }
        if (!quiet) {
            err.println(summary());
        }
        err.flush();
    }
}
