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
 * of the headline verbs, right after a name (a proper noun, or a capitalized word the tagger took for an adjective
 * after a possessive or a proper noun, as with "Chile's Boric"; a demonym alone is no name: "Chinese arms") and
 * before a word that can open its object (a determiner, adjective, number, possessive or name), is retagged a verb
 * (VBZ, lemma its base form) before parsing; in a headline whose only verbs come after a word that opens a second clause
 * ("Sharif visits Dhaka as Bangladesh and Pakistan agree ...", lexicon/headline-subordinators.txt), before that word.
 * A preposition or a common noun after it leaves it a noun: "EU sanctions
 * on Russia" is the measure, and "EU sanctions envoy", "US arms sales to Taiwan" are compounds. Only a sentence with
 * exactly one such word is retagged: with two, which is the act is a guess.
 */
public final class HeadlineVerbs {
    private final Set<String> verbs;
    private final Set<String> subordinators;

    /**
     * @param verbs         base forms (models/lexicon/headline-verbs.txt)
     * @param subordinators words that open a second clause (models/lexicon/headline-subordinators.txt)
     */
    public HeadlineVerbs(Set<String> verbs, Set<String> subordinators) {
        this.verbs = Set.copyOf(verbs);
        this.subordinators = Set.copyOf(subordinators);
    }

    /** Retags such words in place; returns how many. */
    public int retag(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        // the words before the first verb, or before the subordinator that opens the verb's clause: "Sharif visits
        // Dhaka as Bangladesh and Pakistan agree" is a headline up to "as"
        int end = tokens.size();
        int subordinator = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tagOf(tokens.get(i));
            if (subordinator < 0 && i > 0 && subordinators.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                    && (tag.equals("IN") || tag.equals("WRB"))) {
                subordinator = i;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                if (subordinator < 0) {
                    return 0; // a sentence with a verb has its clause
                }
                end = subordinator;
                break;
            }
        }
        int act = -1;
        for (int i = 1; i + 1 < end; i++) {
            CoreLabel word = tokens.get(i);
            String base = baseForm(word.word().toLowerCase(Locale.ROOT));
            if ("NNS".equals(word.tag()) && base != null && verbs.contains(base)
                    && isName(tokens, i - 1) && opensObject(tokens.get(i + 1))) {
                if (act >= 0) {
                    return 0;
                }
                act = i;
            }
        }
        if (act < 0) {
            return 0;
        }
        CoreLabel word = tokens.get(act);
        word.setTag("VBZ");
        word.setLemma(baseForm(word.word().toLowerCase(Locale.ROOT)));
        return 1;
    }

    /** "signs": sign, "pushes": push, "denies": deny, "seizes": seize; null for a word not ending in -s. */
    static String baseForm(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("sses") || word.endsWith("xes") || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static boolean isName(List<CoreLabel> tokens, int at) {
        String tag = tagOf(tokens.get(at));
        if (tag.startsWith("NNP")) {
            return true;
        }
        String before = at > 0 ? tagOf(tokens.get(at - 1)) : "";
        return tag.equals("JJ") && Character.isUpperCase(tokens.get(at).word().charAt(0))
                && (before.equals("POS") || before.startsWith("NNP"));
    }

    private static boolean opensObject(CoreLabel token) {
        String tag = tagOf(token);
        return tag.equals("DT") || tag.startsWith("JJ") || tag.equals("CD") || tag.startsWith("NNP") || tag.equals("PRP$");
    }

    static String tagOf(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }
}
