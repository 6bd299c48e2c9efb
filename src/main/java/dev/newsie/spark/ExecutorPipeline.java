package dev.newsie.spark;

import dev.newsie.bench.ProcessMemory;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.output.ExtractionResult;
import dev.newsie.output.JsonLinesWriter;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.SharedExtractor;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import scala.Tuple2;

import java.io.Serializable;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The executor's side of the extraction: one CoreNLP pipeline per executor JVM, loaded by the first task
 * that needs it and shared by every task thread after it (the pipeline is thread-safe); each document
 * through {@link Extractor#extract} under the time limit, into the line {@code newsie extract} writes.
 */
final class ExecutorPipeline {
    /** Runs documents that have a time limit; a document given up keeps its thread until CoreNLP returns, as in the CLI. */
    private static final ExecutorService TIMED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsie-document");
        t.setDaemon(true);
        return t;
    });

    /**
     * What every executor needs to build the same pipeline: plain values that Spark ships with the task.
     *
     * @param models  models directory (null: the copy packaged in the jar); a directory on every machine, or the
     *                name of a directory shipped with {@code --archives models.zip#NAME} or {@code --files}
     * @param types   entity types, comma-separated
     * @param timeout per-document time limit in milliseconds (0: none)
     * @param verbose keep CoreNLP's own log lines
     */
    record Settings(String models, String types, long timeout, boolean verbose) implements Serializable {
    }

    private ExecutorPipeline() {
    }

    /** The lines of a partition's documents, computed lazily as Spark pulls them. */
    static Iterator<String> lines(Iterator<Tuple2<DocumentKey, SourceDocument>> documents, Map<DocumentKey, String> renamed,
                                  Settings settings, JobCounters counters) {
        Extractor extractor = extractor(settings, counters);
        JsonLinesWriter json = new JsonLinesWriter(Writer.nullWriter(), false);
        Duration limit = Duration.ofMillis(settings.timeout());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = documents.hasNext();
                if (!more) {
                    recordMemory(counters);
                }
                return more;
            }

            @Override
            public String next() {
                Tuple2<DocumentKey, SourceDocument> next = documents.next();
                String newId = renamed.get(next._1());
                SourceDocument source = newId == null ? next._2() : next._2().withId(newId);
                ExtractionResult result = extract(extractor, source.document(), limit);
                count(result, counters);
                return json.json(result);
            }
        };
    }

    /** One document, given up after {@code limit} ({@code Duration.ZERO}: no limit) with the CLI's timeout record. */
    static ExtractionResult extract(Extractor extractor, Document doc, Duration limit) {
        if (limit.isZero() || doc.failed()) {
            return extractor.extract(doc);
        }
        Future<ExtractionResult> running = TIMED.submit(() -> extractor.extract(doc));
        try {
            return running.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return Extractor.timedOut(doc, limit);
        } catch (InterruptedException e) {
            // Spark is killing the task (job cancelled, speculative copy lost): stop, the task's output is discarded
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

    /** This JVM's pipeline for the settings, loading it if no task did yet; the load is counted once per JVM. */
    static synchronized Extractor extractor(Settings settings, JobCounters counters) {
        Path models = modelsDirectory(settings.models());
        java.util.Set<EntityType> types = EntityType.parseList(settings.types());
        if (SharedExtractor.isLoaded(models, types)) {
            return SharedExtractor.of(models, types);
        }
        if (!settings.verbose()) {
            RedwoodConfiguration.current().clear().apply();
        }
        long start = System.nanoTime();
        Extractor extractor = SharedExtractor.of(models, types);
        counters.add(JobCounters.PIPELINE_LOADS, 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        counters.add(JobCounters.PIPELINE_LOAD_MILLIS, millis);
        counters.add("max." + JobCounters.PIPELINE_LOAD_MILLIS, millis);
        return extractor;
    }

    /** The models directory on this machine: the path itself, else a directory Spark shipped under that name. */
    static Path modelsDirectory(String models) {
        if (models == null) {
            return null;
        }
        Path given = Path.of(models);
        if (Files.isDirectory(given)) {
            return given;
        }
        if (!given.isAbsolute() && SparkEnv.get() != null) {
            Path shipped = Path.of(SparkFiles.get(models));
            if (Files.isDirectory(shipped)) {
                return shipped;
            }
        }
        throw new IllegalArgumentException("models directory not found on " + executorName() + ": " + models
                + " (give a directory that every machine has, or ship it: --archives models.zip#" + given.getFileName() + ")");
    }

    private static void count(ExtractionResult result, JobCounters counters) {
        counters.add(JobCounters.DOCUMENTS, 1);
        counters.add(JobCounters.TOKENS, result.tokens());
        if (result.failed()) {
            counters.add(JobCounters.FAILED, 1);
            counters.add(JobCounters.FAILED_KIND + result.error().kind(), 1);
        }
    }

    private static void recordMemory(JobCounters counters) {
        SparkEnv env = SparkEnv.get();
        String executor = env == null ? "local" : env.executorId();
        ProcessMemory.peakRss().ifPresent(bytes -> counters.add(JobCounters.PEAK_RSS + executor, bytes));
    }

    private static String executorName() {
        SparkEnv env = SparkEnv.get();
        return env == null ? "this JVM" : "executor " + env.executorId();
    }
}
