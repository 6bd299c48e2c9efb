package dev.newsie.pipeline;

import dev.newsie.entities.EntityType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One CoreNLP pipeline per JVM and models directory, loaded on first use. A Spark executor's task threads
 * share it (the pipeline is thread-safe; loading one takes seconds and about a gigabyte), and the tests share
 * it with the Spark job they run in the same JVM. Entity types and date options cost nothing to change
 * ({@link Extractor#with}). Callers asking while it loads wait for it.
 */
public final class SharedExtractor {
    private static final Map<String, Extractor> LOADED = new HashMap<>();

    private SharedExtractor() {
    }

    /** The extractor of a models directory ({@code null}: the models packaged in the jar), all entity types, no date options. */
    public static synchronized Extractor of(Path modelsDirectory) {
        return LOADED.computeIfAbsent(key(modelsDirectory), k -> new Extractor(
                modelsDirectory == null ? Models.packaged() : Models.fromDirectory(modelsDirectory), EntityType.ALL));
    }

    /** Whether {@link #of} would return an extractor without loading one. */
    public static synchronized boolean isLoaded(Path modelsDirectory) {
        return LOADED.containsKey(key(modelsDirectory));
    }

    private static String key(Path modelsDirectory) {
        return modelsDirectory == null ? "" : modelsDirectory.toAbsolutePath().normalize().toString();
    }
}
