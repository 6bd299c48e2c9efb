package dev.newsie.cli;

import dev.newsie.input.UsageException;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.Models;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Options of the commands that run the pipeline (extract, explain, and the Spark job dev.newsie.spark.ExtractJob):
 * where the rules are, the document date.
 */
public final class ModelOptions {
    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
            description = "Fallback document date, the reference for relative dates (\"Monday\", \"the 13th\", \"last May\"), "
                    + "for documents that give none of their own (record date field, page metadata, dateline).")
    LocalDate docDate;

    @Option(names = "--force-doc-date", description = "Use --doc-date for every document, even one that gives its own date.")
    boolean forceDocDate;

    @Mixin
    ModelsOption location = new ModelsOption();

    /** The --models directory, or null for the default. */
    public Path modelsDirectory() {
        return location.modelsDirectory();
    }

    Models models() {
        return location.models();
    }

    /** --doc-date and --force-doc-date, checked together (the second needs the first). */
    public Extractor.DateOptions dateOptions() {
        if (forceDocDate && docDate == null) {
            throw new UsageException("--force-doc-date needs --doc-date YYYY-MM-DD");
        }
        return new Extractor.DateOptions(docDate, forceDocDate);
    }
}
