package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence can hold a date: a date word ("May", "yesterday", "week") or a number shaped like
 * a year or a written date. SUTime, the costliest part of tagging, runs only on sentences that have one.
 */
public final class DateCues {
    private final Set<String> anyCase = new HashSet<>();
    private final Set<String> exactCase = new HashSet<>();
    private final Pattern number;

    /**
     * @param words   lexicon lines: '#' comments; a lower-case entry matches in any case, an entry with a
     *                capital only as written ("May" but not the verb "may")
     * @param number  a token matching this (whole) is a cue
     */
    public DateCues(List<String> words, String number) {
        for (String line : words) {
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            (word.equals(word.toLowerCase(Locale.ROOT)) ? anyCase : exactCase).add(word);
        }
        this.number = Pattern.compile(number);
    }

    public boolean in(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String word = token.word();
            if (exactCase.contains(word) || anyCase.contains(word.toLowerCase(Locale.ROOT)) || number.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
