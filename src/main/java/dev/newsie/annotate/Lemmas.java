package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;

import java.util.Locale;

/** A token's lemma in lower case, or its word where the pipeline gave it none: one reading for every stage. */
public final class Lemmas {
    private Lemmas() {
    }

    public static String lemma(CoreLabel token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    public static String lemma(IndexedWord word) {
        return lemma(word.backingLabel());
    }
}
