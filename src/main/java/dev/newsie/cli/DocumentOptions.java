package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How documents are read and run, for the commands that extract (extract, and the Spark job
 * dev.newsie.spark.ExtractJob): the fields of a record, the size and time limits, the entity types.
 */
public final class DocumentOptions {
    @Option(names = "--types", paramLabel = "LIST", defaultValue = "PERSON,COUNTRY,DATE,ORGANIZATION",
            converter = OptionValues.EntityTypes.class,
            description = "Entity types to extract, comma-separated (default: ${DEFAULT-VALUE}).")
    String types;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120", converter = OptionValues.TimeoutSeconds.class,
            description = "A document taking longer gets a timeout error record: 0.001 to 86400, or 0 for no limit "
                    + "(default: ${DEFAULT-VALUE}).")
    double docTimeout;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id", converter = OptionValues.FieldName.class,
            description = "JSONL field of the id (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text", converter = OptionValues.FieldName.class,
            description = "JSONL field of the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--date-field", paramLabel = "NAME", defaultValue = "date", converter = OptionValues.FieldName.class,
            description = "JSONL field of the date, YYYY-MM-DD (default: ${DEFAULT-VALUE}; doc_date is read too).")
    String dateField;

    @Option(names = "--url-field", paramLabel = "NAME", defaultValue = "url", converter = OptionValues.FieldName.class,
            description = "JSONL field of the document's source URL, copied to the output's url (default: ${DEFAULT-VALUE}).")
    String urlField;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000", converter = OptionValues.MaxChars.class,
            description = "Documents longer than this get a too-large error record: 1 to 100,000,000 (default: ${DEFAULT-VALUE}).")
    long maxChars;

    /** --types as given (checked). */
    public String types() {
        return types;
    }

    public Set<EntityType> entityTypes() {
        return EntityType.parseList(types);
    }

    /** --doc-timeout ({@code Duration.ZERO}: no limit). */
    public Duration timeLimit() {
        return Duration.ofNanos(Math.round(docTimeout * 1e9));
    }

    /** How inputs are read: these options, with the command's input format and directory filters. */
    public InputOptions inputOptions(InputFormat format, List<String> includes, List<String> excludes, boolean sorted) {
        return new InputOptions(format, maxChars, idField, textField, dateField, includes, excludes, sorted, urlField);
    }
}
