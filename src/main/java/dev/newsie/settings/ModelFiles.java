package dev.newsie.settings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the word lists of models/ (lexicon/*.txt and the like) the same way for every stage; settings files
 * are read by {@link Settings}.
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
        return entries(lines).map(ModelFiles::lowercase).collect(Collectors.toSet());
    }

    static String lowercase(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
