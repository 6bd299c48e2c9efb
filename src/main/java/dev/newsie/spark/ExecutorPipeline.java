package dev.newsie.spark;

import dev.newsie.bench.ProcessMemory;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputOptions;
import dev.newsie.output.ExtractionResult;
import dev.newsie.output.JsonLinesWriter;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.SharedExtractor;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.apache.spark.SparkEnv;
import scala.Tuple2;

import java.io.Serializable;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The executor's side of the extraction: one CoreNLP pipeline per executor JVM, loaded by the first task
 * that needs it and shared by every task thread after it (the pipeline is thread-safe); each document, as
 * in {@code newsie extract}, completed (a web page parsed) and run through {@link Extractor#extract} under the
 * time limit, into the line {@code newsie extract} writes.
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
     * @param models  where the models directory is (or the copy packaged in the jar)
     * @param types   entity types, comma-separated
     * @param docDate --doc-date (YYYY-MM-DD, or null)
     * @param forceDocDate --force-doc-date
     * @param timeout per-document time limit in nanoseconds (0: none)
     * @param read    how the documents were read (a web page is parsed here, under the time limit)
     * @param verbose keep CoreNLP's own log lines
     */
    record Settings(ModelsLocation models, String types, String docDate, boolean forceDocDate, long timeout, SparkInputs.Settings read,
                    boolean verbose) implements Serializable {
        Extractor.DateOptions dates() {
            return new Extractor.DateOptions(docDate == null ? null : LocalDate.parse(docDate), forceDocDate);
        }
    }

    private ExecutorPipeline() {
    }

    /** The lines of a partition's documents, computed lazily as Spark pulls them. */
    static Iterator<String> lines(Iterator<Tuple2<DocumentKey, SourceDocument>> documents, Map<DocumentKey, String> renamed,
                                  Settings settings, JobCounters counters) {
        Extractor extractor = extractor(settings, counters);
        JsonLinesWriter json = new JsonLinesWriter(Writer.nullWriter(), false);
        Duration limit = Duration.ofNanos(settings.timeout());
        InputOptions read = settings.read().options();
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
                ExtractionResult result = extract(extractor, source.document(), read, limit);
                count(result, counters);
                return json.json(result);
            }
        };
    }

    /**
     * One document as {@code newsie extract} runs it: completed ({@link DocumentSource#complete}) and extracted on a
     * worker thread, given up after {@code limit} ({@code Duration.ZERO}: no limit) with the CLI's timeout record.
     */
    static ExtractionResult extract(Extractor extractor, Document doc, InputOptions read, Duration limit) {
        if (limit.isZero() || doc.failed()) {
            return extractor.extract(DocumentSource.complete(doc, read));
        }
        Future<ExtractionResult> running = TIMED.submit(() -> extractor.extract(DocumentSource.complete(doc, read)));
        try {
            return running.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return extractor.timedOut(doc, limit);
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
        Path models = settings.models().directory();
        Set<EntityType> types = EntityType.parseList(settings.types());
        if (SharedExtractor.isLoaded(models)) {
            return SharedExtractor.of(models).with(types, settings.dates());
        }
        if (!settings.verbose()) {
            RedwoodConfiguration.current().clear().apply();
        }
        long start = System.nanoTime();
        Extractor extractor = SharedExtractor.of(models);
        counters.add(JobCounters.PIPELINE_LOADS, 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        counters.add(JobCounters.PIPELINE_LOAD_MILLIS, millis);
        counters.add("max." + JobCounters.PIPELINE_LOAD_MILLIS, millis);
        return extractor.with(types, settings.dates());
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
}
