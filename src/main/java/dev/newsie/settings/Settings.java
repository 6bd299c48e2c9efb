package dev.newsie.settings;

import java.util.Arrays;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One settings file of models/ ({@code *.properties}). Every key newsie reads must be in the file: a missing
 * key stops start-up with its name, and so does a key in the file that nothing reads (a misspelling), so
 * the file is the only place a setting's value comes from.
 */
public final class Settings {
    private final String file;
    private final Properties values;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    public Settings(String file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public String file() {
        return file;
    }

    /** A required value, stripped; blank is an error. */
    public String text(String key) {
        String value = raw(key).strip();
        if (value.isEmpty()) {
            throw new SettingsException(file + ": setting '" + key + "' is empty");
        }
        return value;
    }

    /** A required comma-separated list, kept as written (for values whose case matters: "PLC", TIMEX3 values); may be empty. */
    public Set<String> words(String key) {
        return listed(key).collect(Collectors.toUnmodifiableSet());
    }

    /** A required comma-separated list, lower-cased, for words matched whatever their case; may be empty. */
    public Set<String> lowercaseWords(String key) {
        return listed(key).map(ModelFiles::lowercase).collect(Collectors.toUnmodifiableSet());
    }

    /** A required comma-separated list of lower-cased KEY=VALUE pairs ("premier=prime minister") as a map; may be empty. */
    public java.util.Map<String, String> lowercasePairs(String key) {
        java.util.Map<String, String> pairs = new java.util.HashMap<>();
        for (String pair : lowercaseWords(key)) {
            String[] sides = pair.split("=", 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new SettingsException(file + ": setting '" + key + "' needs KEY=VALUE pairs, not '" + pair + "'");
            }
            String previous = pairs.put(sides[0].strip(), sides[1].strip());
            if (previous != null && !previous.equals(sides[1].strip())) {
                // which one would win depends on the set's order: refuse, naming both
                throw new SettingsException(file + ": setting '" + key + "' gives '" + sides[0].strip() + "' two values, '"
                        + previous + "' and '" + sides[1].strip() + "'");
            }
        }
        return java.util.Map.copyOf(pairs);
    }

    /** A required whole number within [min, max]. */
    public int number(String key, int min, int max) {
        return inRange(key, Integer::parseInt, min, max, "a whole number");
    }

    /** A required decimal number within [min, max] ("0.6"). */
    public double decimal(String key, double min, double max) {
        return inRange(key, Double::parseDouble, min, max, "a number");
    }

    /** A required number within [min, max], or an error that says what it must be ({@code kind}). */
    private <T extends Comparable<T>> T inRange(String key, java.util.function.Function<String, T> parse, T min, T max, String kind) {
        String value = text(key);
        try {
            T n = parse.apply(value);
            if (n.compareTo(min) >= 0 && n.compareTo(max) <= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException(file + ": setting '" + key + "' must be " + kind + " from " + min + " to " + max + ", not '" + value + "'");
    }

    /** A required calendar date ("2016-12-31"). */
    public java.time.LocalDate date(String key) {
        String value = text(key);
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingsException(file + ": setting '" + key + "' must be a date (YYYY-MM-DD), not '" + value + "'");
        }
    }

    /** A required regular expression. */
    public Pattern pattern(String key) {
        String value = text(key);
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new SettingsException(file + ": setting '" + key + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    /** Every setting under {@code prefix} (with the prefix kept), for settings handed on to CoreNLP as they are. */
    public Properties withPrefix(String prefix) {
        Properties out = new Properties();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                read.add(key);
                out.setProperty(key, values.getProperty(key).strip());
            }
        }
        return out;
    }

    /** Stops start-up unless every word of one list setting is a word of another (lower-cased): "companyDescriptions" of "descriptions". */
    public void requireSubset(String key, String ofKey) {
        Set<String> missing = new TreeSet<>(lowercaseWords(key));
        missing.removeAll(lowercaseWords(ofKey));
        if (!missing.isEmpty()) {
            throw new SettingsException(file + ": setting '" + key + "' lists " + String.join(", ", missing) + ", not in '" + ofKey + "'");
        }
    }

    /**
     * Stops start-up unless every word a setting names (its words, or a pair setting's keys or values) is one of the
     * known words, which {@code where} describes: a word not there would never apply.
     */
    public void requireKnown(String key, Collection<String> named, Set<String> known, String where) {
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new SettingsException(file + ": setting '" + key + "' names " + String.join(", ", unknown) + ", not in " + where);
        }
    }

    /** Stops start-up when two list settings share a word (lower-cased): a word of both would silently be one's. */
    public void requireDisjoint(String key, String otherKey) {
        Set<String> shared = new TreeSet<>(lowercaseWords(key));
        shared.retainAll(lowercaseWords(otherKey));
        if (!shared.isEmpty()) {
            throw new SettingsException(file + ": settings '" + key + "' and '" + otherKey + "' share " + String.join(", ", shared));
        }
    }

    /** Stops start-up when the file holds a key (under {@code prefix}) that nothing read: a misspelled or stale setting. */
    public void checkAllRead(String prefix) {
        Set<String> unread = new TreeSet<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix) && !read.contains(key)) {
                unread.add(key);
            }
        }
        if (!unread.isEmpty()) {
            throw new SettingsException(file + ": unknown setting" + (unread.size() > 1 ? "s " : " ") + String.join(", ", unread)
                    + " (misspelled, or no longer used)");
        }
    }

    private String raw(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new SettingsException(file + ": setting '" + key + "' is missing");
        }
        read.add(key);
        return value;
    }

    private Stream<String> listed(String key) {
        return Arrays.stream(raw(key).split(",")).map(String::strip).filter(s -> !s.isEmpty());
    }
}
