package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlinese: "Canada sanctions Venezuelan officials after inauguration", "Chile's Boric signs minerals pact with Japan".
 * A headline states its act in the present with no other verb, and the tagger, trained on body text, reads the -s form
 * as a plural noun, so the parse has no clause. In a sentence with no verb, a plural noun that is the -s form of one
 * of the headline verbs, right after a name (a proper noun or a word the tagger took for an adjective, as with
 * "Boric") and before a word that can open its object (a determiner, adjective, number, noun or name, not a
 * preposition: "EU sanctions on Russia" stays a noun), is retagged a verb (VBZ, lemma its base form) before parsing.
 */
public final class HeadlineVerbs {
    private final Set<String> verbs;

    /** @param verbs base forms (models/lexicon/headline-verbs.txt) */
    public HeadlineVerbs(Set<String> verbs) {
        this.verbs = Set.copyOf(verbs);
    }

    /** Retags such words in place; returns how many. */
    public int retag(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens) {
            String tag = t.tag() == null ? "" : t.tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return 0; // a sentence with a verb has its clause
            }
        }
        int retagged = 0;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel word = tokens.get(i);
            String base = baseForm(word.word().toLowerCase(Locale.ROOT));
            if (!"NNS".equals(word.tag()) || base == null || !verbs.contains(base)
                    || !isName(tokens.get(i - 1)) || !opensObject(tokens.get(i + 1))) {
                continue;
            }
            word.setTag("VBZ");
            word.setLemma(base);
            retagged++;
            break; // one act per headline
        }
        return retagged;
    }

    /** "signs": sign, "pushes": push, "denies": deny; null for a word not ending in -s. */
    static String baseForm(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("sses") || word.endsWith("xes") || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static boolean isName(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.startsWith("NNP") || tag.equals("JJ") && Character.isUpperCase(token.word().charAt(0));
    }

    private static boolean opensObject(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.equals("DT") || tag.startsWith("JJ") || tag.equals("CD") || tag.startsWith("NN") || tag.equals("PRP$");
    }
}
