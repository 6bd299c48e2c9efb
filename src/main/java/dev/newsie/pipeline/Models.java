package dev.newsie.pipeline;

import dev.newsie.settings.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * newsie's own linguistic data (models/): from a directory when given (edits take effect on the next
 * run, no rebuild), else from the copy packaged into the jar.
 */
public final class Models {
    /** Where the build packages models/ inside the jar. */
    static final String RESOURCE_ROOT = "newsie-models/";

    private final Path directory;

    private Models(Path directory) {
        this.directory = directory;
    }

    public static Models fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("models directory not found: " + directory);
        }
        return new Models(directory);
    }

    public static Models packaged() {
        return new Models(null);
    }

    /** The directory given by the newsie.models system property (set by the ./newsie launcher), else the packaged copy. */
    public static Models defaults() {
        String dir = System.getProperty("newsie.models");
        return dir == null || dir.isBlank() ? packaged() : fromDirectory(Path.of(dir));
    }

    public String text(String name) {
        try {
            if (directory != null) {
                return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = Models.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("model file missing from the package: " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + name + ": " + e.getMessage(), e);
        }
    }

    public List<String> lines(String name) {
        return text(name).lines().toList();
    }

    public Properties properties(String name) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A settings file, whose keys are then required (see {@link Settings}). */
    public Settings settings(String name) {
        return new Settings(name, properties(name));
    }

    /**
     * Where CoreNLP can open a file of models/ itself (CoreNLP reads some files, such as SUTime's rules, by
     * name): a file path for a directory, a class-path resource for the packaged copy.
     */
    public String path(String name) {
        if (directory != null) {
            return directory.resolve(name).toAbsolutePath().toString();
        }
        if (Models.class.getClassLoader().getResource(RESOURCE_ROOT + name) == null) {
            throw new IllegalStateException("model file missing from the package: " + name);
        }
        return RESOURCE_ROOT + name;
    }

    @Override
    public String toString() {
        return directory == null ? "packaged models" : directory.toString();
    }
}
