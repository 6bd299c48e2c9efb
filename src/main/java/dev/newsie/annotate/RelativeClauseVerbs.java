package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The Southern African Development Community, which Mnangagwa chairs until August, welcomed the deal": in an object
 * relative clause whose subject is a name, the tagger may read the clause's present-tense verb as a plural noun
 * ("chairs/NNS"), and the parse then has no clause. Right after "which", "that" or "whom" and a name (proper nouns), a
 * plural noun that is the -s form of one of the verbs (models/lexicon/relative-clause-verbs.txt), with no other verb
 * before the clause's next comma or the sentence's end, is retagged a verb (VBZ, lemma its base form) before parsing.
 */
public final class RelativeClauseVerbs {
    private static final Set<String> RELATIVES = Set.of("which", "that", "whom");
    private final Set<String> verbs;

    /** @param verbs base forms (models/lexicon/relative-clause-verbs.txt) */
    public RelativeClauseVerbs(Set<String> verbs) {
        this.verbs = Set.copyOf(verbs);
    }

    /** Retags such words in place; returns how many. */
    public int retag(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int retagged = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!RELATIVES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int name = i + 1;
            while (name < tokens.size() && HeadlineVerbs.tagOf(tokens.get(name)).startsWith("NNP")) {
                name++;
            }
            if (name == i + 1 || name >= tokens.size() || !"NNS".equals(HeadlineVerbs.tagOf(tokens.get(name)))) {
                continue;
            }
            String base = HeadlineVerbs.baseForm(tokens.get(name).word().toLowerCase(Locale.ROOT));
            if (base == null || !verbs.contains(base) || verbAfter(tokens, name + 1)) {
                continue;
            }
            tokens.get(name).setTag("VBZ");
            tokens.get(name).setLemma(base);
            retagged++;
        }
        return retagged;
    }

    /** Whether a verb or a modal comes before the next comma or the sentence's end: the clause has its verb. */
    private static boolean verbAfter(List<CoreLabel> tokens, int from) {
        for (int k = from; k < tokens.size() && !tokens.get(k).word().equals(","); k++) {
            String tag = HeadlineVerbs.tagOf(tokens.get(k));
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
