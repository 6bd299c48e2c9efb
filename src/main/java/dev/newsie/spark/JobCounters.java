package dev.newsie.spark;

import org.apache.spark.util.AccumulatorV2;

import java.util.Map;
import java.util.TreeMap;

/**
 * Named counts that tasks add up for the job's summary: documents, failures by kind, tokens, pipeline
 * loads. A name starting with {@code max.} keeps the largest value instead (peak memory per executor).
 * Spark applies the counts of a task once, however often the task ran.
 */
public final class JobCounters extends AccumulatorV2<Map<String, Long>, Map<String, Long>> {
    static final String DOCUMENTS = "documents";
    static final String FAILED = "failed";
    static final String FAILED_KIND = "failed.";
    static final String TOKENS = "tokens";
    static final String PIPELINE_LOADS = "pipeline.loads";
    static final String PIPELINE_LOAD_MILLIS = "pipeline.loadMillis";
    static final String PEAK_RSS = "max.rssBytes.";

    private final TreeMap<String, Long> counts = new TreeMap<>();

    public synchronized void add(String name, long value) {
        counts.merge(name, value, name.startsWith("max.") ? Math::max : Long::sum);
    }

    @Override
    public synchronized void add(Map<String, Long> values) {
        values.forEach(this::add);
    }

    @Override
    public synchronized boolean isZero() {
        return counts.isEmpty();
    }

    @Override
    public synchronized AccumulatorV2<Map<String, Long>, Map<String, Long>> copy() {
        JobCounters copy = new JobCounters();
        copy.counts.putAll(counts);
        return copy;
    }

    @Override
    public synchronized void reset() {
        counts.clear();
    }

    @Override
    public synchronized void merge(AccumulatorV2<Map<String, Long>, Map<String, Long>> other) {
        add(other.value());
    }

    @Override
    public synchronized Map<String, Long> value() {
        return new TreeMap<>(counts);
    }

    long get(String name) {
        return value().getOrDefault(name, 0L);
    }
}
