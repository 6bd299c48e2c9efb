package dev.newsie.cli;

import dev.newsie.pipeline.Models;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --models, for every command that reads newsie's rules (a picocli mixin). */
public final class ModelsOption {
    @Option(names = "--models", paramLabel = "DIR", converter = OptionValues.Directory.class,
            description = "newsie's rule and gazetteer directory (default: the models/ of the installation).")
    Path modelsDir;

    /** The --models directory, or null for the default. */
    public Path modelsDirectory() {
        return modelsDir;
    }

    Models models() {
        return modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir);
    }
}
