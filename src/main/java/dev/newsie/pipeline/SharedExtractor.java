package dev.newsie.pipeline;

import dev.newsie.entities.EntityType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@link Extractor} per JVM and settings, loaded on first use. A Spark executor's task threads share it
 * (the pipeline is thread-safe; loading one takes seconds and about a gigabyte), and the tests share it with
 * the Spark job they run in the same JVM. Callers asking while it loads wait for it.
 */
public final class SharedExtractor {
    private static final Map<String, Extractor> LOADED = new HashMap<>();

    private SharedExtractor() {
    }

    /** The extractor for a models directory ({@code null}: the models packaged in the jar) and entity types. */
    public static synchronized Extractor of(Path modelsDirectory, Set<EntityType> types) {
        String key = (modelsDirectory == null ? "" : modelsDirectory.toAbsolutePath().normalize().toString()) + "|" + new TreeSet<>(types);
        return LOADED.computeIfAbsent(key, k -> new Extractor(
                modelsDirectory == null ? Models.packaged() : Models.fromDirectory(modelsDirectory), types));
    }

    /** Whether {@link #of} would return an extractor without loading one. */
    public static synchronized boolean isLoaded(Path modelsDirectory, Set<EntityType> types) {
        String key = (modelsDirectory == null ? "" : modelsDirectory.toAbsolutePath().normalize().toString()) + "|" + new TreeSet<>(types);
        return LOADED.containsKey(key);
    }
}
