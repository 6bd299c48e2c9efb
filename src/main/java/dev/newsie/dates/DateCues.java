package dev.newsie.dates;

import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a sentence can hold a date: near a date word ("May", "yesterday", "week") or a number shaped like
 * a year or a written date. SUTime, the costliest part of tagging, runs only near them.
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
        ModelFiles.entries(words).forEach(word -> (word.equals(word.toLowerCase(Locale.ROOT)) ? anyCase : exactCase).add(word));
        this.number = Pattern.compile(number);
    }

    /**
     * The stretches of a sentence that can hold a date: {@code reach} tokens either side of each cue,
     * overlapping stretches merged; as [start, end) token positions, in order.
     */
    public List<int[]> spans(List<CoreLabel> tokens, int reach) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isCue(tokens.get(i))) {
                continue;
            }
            int start = Math.max(0, i - reach);
            int end = Math.min(tokens.size(), i + reach + 1);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = end;
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    private boolean isCue(CoreLabel token) {
        String word = token.word();
        return exactCase.contains(word) || anyCase.contains(word.toLowerCase(Locale.ROOT)) || number.matcher(word).matches();
    }
}
