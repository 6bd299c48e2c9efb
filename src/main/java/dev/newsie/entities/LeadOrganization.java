package dev.newsie.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The organization a story leads with: the one whose name opens the story's first sentence with a full stop (after a
 * dateline and "The"; a headline and a date line have none) as its subject, with a verb, a bracketed acronym or an
 * apposition or relative clause after it ("Canadian Blood Services has issued an urgent appeal", "The Philippine
 * Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) has signed"; "Oxfam, the Red Cross and
 * Save the Children warned" has no one lead). News calls it by its kind or its officers by their bare titles later.
 */
public final class LeadOrganization {
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!");

    private LeadOrganization() {
    }

    /** The lead organization and its name in the story's first sentence. */
    public record Lead(Entity organization, Mention name) {
    }

    /** The story's lead organization, or null when its first sentence opens with none. */
    public static Lead of(DocumentEntities result, List<CoreMap> sentences) {
        for (int s = 0; s < sentences.size(); s++) {
            int ls = s;
            List<CoreLabel> tokens = sentences.get(ls).get(CoreAnnotations.TokensAnnotation.class);
            int last = tokens.size() - 1;
            while (last > 0 && "''".equals(tag(tokens.get(last)))) {
                last--; // a closing quote after the full stop
            }
            if (last < 0 || !SENTENCE_ENDS.contains(tokens.get(last).word())) {
                continue; // a headline or a date line
            }
            int k = afterDateline(tokens);
            if (k >= last) {
                continue; // "OTTAWA ." : a dateline cut off as a sentence of its own
            }
            if (tokens.get(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            int opening = k;
            if (k + 1 < tokens.size() && (result.demonymAt(ls, k) != null || result.at(ls, k) == null && "JJ".equals(tag(tokens.get(k)))
                    && Character.isUpperCase(tokens.get(k).word().charAt(0)))) {
                k++; // "Canadian Blood Services", where the tagger leaves the demonym out of the name
            }
            Entity lead = k < tokens.size() ? result.at(ls, k) : null;
            if (lead == null || lead.type() != EntityType.ORGANIZATION) {
                return null;
            }
            Mention name = lead.mentions().stream().filter(m -> m.sentence() == ls && m.kind() == Mention.Kind.NAME).findFirst().orElse(null);
            if (name == null || name.firstToken() < opening || name.firstToken() > k) {
                return null;
            }
            int after = name.endToken();
            if (after + 2 < tokens.size() && tokens.get(after).word().equals("(") && tokens.get(after + 2).word().equals(")")) {
                after += 3; // "(PAGASA)"
            }
            String next = after < tokens.size() ? tag(tokens.get(after)) : "";
            String afterComma = after + 1 < tokens.size() && tokens.get(after).word().equals(",") ? tag(tokens.get(after + 1)) : "";
            boolean subject = next.startsWith("VB") || next.equals("MD")
                    || (afterComma.equals("DT") || afterComma.startsWith("W")) && !listedBeforeComma(tokens, after + 1);
            return subject ? new Lead(lead, name) : null;
        }
        return null;
    }

    /**
     * Whether an "and" comes before the next comma after word k: "Oxfam, the Red Cross and Save the Children warned" lists
     * names, where "Canadian Blood Services, a family-owned producer based in Portugal, has signed" sets off an apposition.
     */
    private static boolean listedBeforeComma(List<CoreLabel> tokens, int k) {
        for (int i = k; i < tokens.size() && !tokens.get(i).word().equals(","); i++) {
            if ("CC".equals(tag(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a sentence's own words start after a dateline: "OTTAWA —", "ANTWERP, Belgium —", "LONDON, March 5 (Reuters) -"
     * (a word in capitals first, then names, numbers, commas and brackets up to a dash); 0 for none.
     */
    private static int afterDateline(List<CoreLabel> tokens) {
        if (tokens.isEmpty() || !datelineWord(tokens.get(0))) {
            return 0;
        }
        for (int k = 1; k < tokens.size() && k <= 12; k++) {
            String tag = tag(tokens.get(k));
            if (":".equals(tag)) {
                return k + 1;
            }
            if (k == tokens.size() - 1 && SENTENCE_ENDS.contains(tokens.get(k).word())) {
                return k; // "OTTAWA, July 17 (Reuters) ." : the cleaner's dateline alone
            }
            if (!tag.startsWith("NNP") && !tag.equals("CD") && !tag.equals(",") && !tag.equals("-LRB-") && !tag.equals("-RRB-")) {
                break;
            }
        }
        return 0;
    }

    /** A dateline's first word: all capitals ("OTTAWA", "LONDON"). */
    private static boolean datelineWord(CoreLabel token) {
        String w = token.word();
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0)) && "NNP".equals(token.tag());
    }

    private static String tag(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }
}
