package dev.newsie.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the entity stage's settings (models/entities.properties) and word lists (models/lexicon/), so
 * that every class of the stage parses them the same way.
 */
final class EntitySettings {
    private EntitySettings() {
    }

    /** A lexicon file: one word or phrase a line, lower-cased; '#' starts a comment line. */
    static Set<String> lowercaseLines(List<String> lines) {
        return lines.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty() && !w.startsWith("#"))
                .collect(Collectors.toSet());
    }

    /** A comma-separated list, lower-cased, for words matched whatever their case. */
    static Set<String> lowercaseWords(Properties settings, String key) {
        return listed(settings, key).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A comma-separated list kept as written, for values whose case matters ("PLC" and "plc", TIMEX3 values). */
    static Set<String> words(Properties settings, String key) {
        return listed(settings, key).collect(Collectors.toSet());
    }

    static int number(Properties settings, String key, String fallback) {
        return Integer.parseInt(settings.getProperty(key, fallback).strip());
    }

    /** A regular expression; without the setting, one that never matches, which turns its rule off. */
    static Pattern pattern(Properties settings, String key) {
        return Pattern.compile(settings.getProperty(key, "(?!)"));
    }

    private static Stream<String> listed(Properties settings, String key) {
        return Arrays.stream(settings.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty());
    }
}
