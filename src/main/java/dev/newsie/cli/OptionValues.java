package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.graph.GraphFormat;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Picocli converters that check option values as they are parsed: a rejected value is a usage error
 * (exit 2) that names the option and states what is accepted.
 */
public final class OptionValues {
    public static final int MAX_THREADS = 256;
    static final double MAX_TIMEOUT_SECONDS = 86_400;
    static final double MIN_TIMEOUT_SECONDS = 0.001;

    private OptionValues() {
    }

    /** --threads: 1 to 256. */
    public static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) integer(value, 1, MAX_THREADS);
        }
    }

    /** --max-chars: 1 to 100,000,000. */
    public static final class MaxChars implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return integer(value, 1, InputOptions.MAX_CHARS_LIMIT);
        }
    }

    /** --doc-timeout: 0 (no limit) or 0.001 to 86,400 seconds; never NaN or infinite. */
    public static final class TimeoutSeconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds; " + timeoutRange());
            }
            if (seconds == 0) {
                return 0.0;
            }
            if (!(seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS)) { // also false for NaN
                throw new TypeConversionException("'" + value + "' is out of range; " + timeoutRange());
            }
            return seconds;
        }

        private static String timeoutRange() {
            return "give 0 (no limit) or " + MIN_TIMEOUT_SECONDS + " to " + (long) MAX_TIMEOUT_SECONDS + " seconds";
        }
    }

    /** --types: one or more of PERSON, COUNTRY, DATE, ORGANIZATION, comma-separated, no empty entries; kept as given. */
    public static final class EntityTypes implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String accepted = "give one or more of " + String.join(",", EntityType.ALL.stream().map(Enum::name).toList())
                    + ", separated by commas";
            for (String part : value.split(",", -1)) {
                if (part.isBlank()) {
                    throw new TypeConversionException("'" + value + "' has an empty entry; " + accepted);
                }
            }
            try {
                EntityType.parseList(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage() + "; " + accepted);
            }
        }
    }

    /** --id-field and kin: a JSON field name, not blank. */
    public static final class FieldName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("a field name must not be empty");
            }
            return value;
        }
    }

    /** --doc-date: YYYY-MM-DD (a longer ISO timestamp is cut to its date). */
    public static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(DocumentSource.checkDate(value));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a date; give YYYY-MM-DD, e.g. 2024-06-14");
            }
        }
    }

    /** --models: an existing directory. */
    public static final class Directory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path dir = Path.of(value);
            if (!Files.isDirectory(dir)) {
                throw new TypeConversionException("'" + value + "' is not a directory");
            }
            return dir;
        }
    }

    /** A graph --format: jsonl, ntriples, turtle, nquads, trig, neo4j or cypher. */
    public static final class GraphFormatName implements ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static long integer(String value, long min, long max) {
        String range = String.format(Locale.ROOT, "give a whole number from %,d to %,d", min, max);
        long n;
        try {
            n = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number in range; " + range);
        }
        if (n < min || n > max) {
            throw new TypeConversionException("'" + value + "' is out of range; " + range);
        }
        return n;
    }
}
