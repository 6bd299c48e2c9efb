package dev.newsie.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the settings (models/*.properties) and word lists (models/lexicon/) of every stage, so that
 * they all parse them the same way.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** A lexicon file's entries: one word or phrase a line, stripped; blank lines and '#' comment lines left out. */
    public static Stream<String> entries(List<String> lines) {
        return lines.stream().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"));
    }

    /** A lexicon file's entries, lower-cased, for words matched whatever their case. */
    public static Set<String> lowercaseLines(List<String> lines) {
        return entries(lines).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A comma-separated list, lower-cased, for words matched whatever their case. */
    public static Set<String> lowercaseWords(Properties settings, String key) {
        return listed(settings, key).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A comma-separated list kept as written, for values whose case matters ("PLC" and "plc", TIMEX3 values). */
    public static Set<String> words(Properties settings, String key) {
        return listed(settings, key).collect(Collectors.toSet());
    }

    public static int number(Properties settings, String key, String fallback) {
        return Integer.parseInt(settings.getProperty(key, fallback).strip());
    }

    /** A regular expression; without the setting, one that never matches, which turns its rule off. */
    public static Pattern pattern(Properties settings, String key) {
        return Pattern.compile(settings.getProperty(key, "(?!)"));
    }

    private static Stream<String> listed(Properties settings, String key) {
        return Arrays.stream(settings.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty());
    }
}
