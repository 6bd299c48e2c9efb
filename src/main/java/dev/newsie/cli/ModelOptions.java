package dev.newsie.cli;

import dev.newsie.pipeline.Models;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that run the pipeline (extract, explain): where the rules are, the reference date. */
final class ModelOptions {
    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
            description = "Reference date for relative dates (\"the 13th\", \"last May\") when a record has none.")
    String docDate;

    @Option(names = "--models", paramLabel = "DIR", converter = OptionValues.Directory.class,
            description = "newsie's rule and gazetteer directory (default: the models/ of the installation).")
    Path modelsDir;

    Models models() {
        return modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir);
    }
}
