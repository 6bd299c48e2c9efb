package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the forum's secretary-general, Baron Waqa", "Australia's governor-general, Sam Mostyn": the tokenizer splits a
 * hyphenated title into three tokens and the tagger reads its last part as an adjective ("general/JJ"), so the parser
 * hangs the title on the wrong word. Before parsing, the two parts of a hyphenated title of lexicon/titles.txt whose
 * last part is a title there too (not "president-elect") are nouns (proper nouns when capitalized), which the parser
 * reads as a compound headed by the last part, as it does "NATO Secretary-General Mark Rutte".
 */
public final class HyphenatedTitles {
    private final Set<String> titles = new HashSet<>();

    /** @param titleLines the lines of lexicon/titles.txt, lower case */
    public HyphenatedTitles(Set<String> titleLines) {
        for (String title : titleLines) {
            int hyphen = title.lastIndexOf('-');
            if (hyphen > 0 && title.indexOf(' ') < 0 && titleLines.contains(title.substring(hyphen + 1))) {
                titles.add(title);
            }
        }
    }

    /** Retags such titles' parts in place; returns how many titles. */
    public int retag(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int count = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            CoreLabel first = tokens.get(i);
            CoreLabel hyphen = tokens.get(i + 1);
            CoreLabel last = tokens.get(i + 2);
            boolean adjacent = first.endPosition() == hyphen.beginPosition() && hyphen.endPosition() == last.beginPosition();
            if (adjacent && "HYPH".equals(hyphen.tag())
                    && titles.contains((first.word() + "-" + last.word()).toLowerCase(Locale.ROOT))) {
                first.setTag(nounTag(first));
                last.setTag(nounTag(last));
                last.setLemma(last.word().toLowerCase(Locale.ROOT));
                count++;
            }
        }
        return count;
    }

    private static String nounTag(CoreLabel word) {
        return Character.isUpperCase(word.word().charAt(0)) ? "NNP" : "NN";
    }
}
