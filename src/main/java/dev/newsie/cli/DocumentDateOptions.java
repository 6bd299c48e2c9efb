package dev.newsie.cli;

import dev.newsie.input.UsageException;
import dev.newsie.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The document-date options of every command that extracts (a picocli mixin). */
final class DocumentDateOptions {
    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Fallback document date, the reference for relative dates (\"Monday\", \"the 13th\", \"last May\"), "
                    + "for documents that give none of their own (record date field, page metadata, dateline).")
    LocalDate docDate;

    @Option(names = "--force-doc-date", description = "Use --doc-date for every document, even one that gives its own date.")
    boolean force;

    /** A calendar date written YYYY-MM-DD; picocli reports anything else as a usage error naming the option. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }

    Extractor.DateOptions toDateOptions() {
        if (force && docDate == null) {
            throw new UsageException("--force-doc-date needs --doc-date YYYY-MM-DD");
        }
        return new Extractor.DateOptions(docDate, force);
    }
}
