package dev.newsie.dates;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause a date stands in, read off part-of-speech tags: the verb group nearest the date
 * (within the same stretch between semicolons, colons and dashes) decides. Cheap enough for every dated
 * sentence, and it needs no parse. Words come from models/dates.properties (tense.*).
 * <ul>
 * <li>future: a modal of the future ("will meet", "would travel"), a governor of plans followed by to/for
 *     ("plans to visit", "is scheduled for"), a word of plans ("has been scheduled"), "is to visit", or a headline
 *     infinitive ("Putin to visit");</li>
 * <li>past: a past-tense verb ("sanctioned"), a perfect ("has met"), or a lone past participle ("the reward
 *     announced on Monday");</li>
 * <li>present: a present-tense verb ("leaders meet Monday"), or an infinitive of no plan ("agreed to meet Monday":
 *     the meeting's own time is not told by "agreed");</li>
 * <li>none: no verb group in reach (a headline of nouns).</li>
 * </ul>
 */
final class ClauseTense {
    enum Tense { PAST, PRESENT, FUTURE, NONE }

    private final Set<String> futureAux;
    private final Set<String> futureGovernors;
    private final Set<String> governorLinks;
    private final Set<String> futureWords;
    private final Set<String> perfectAux;
    private final Set<String> boundaries;

    ClauseTense(Settings settings) {
        this.futureAux = settings.lowercaseWords("tense.future.aux");
        this.futureGovernors = settings.lowercaseWords("tense.future.governors");
        this.governorLinks = settings.lowercaseWords("tense.future.governorLinks");
        this.futureWords = settings.lowercaseWords("tense.future.words");
        this.perfectAux = settings.lowercaseWords("tense.perfect.aux");
        this.boundaries = settings.words("tense.boundaries");
    }

    /** The tense of the clause around tokens [first, end) of a sentence. */
    Tense around(List<CoreLabel> sentence, int first, int end) {
        int from = first;
        while (from > 0 && !boundaries.contains(sentence.get(from - 1).word())) {
            from--;
        }
        int to = end;
        while (to < sentence.size() && !boundaries.contains(sentence.get(to).word())) {
            to++;
        }
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        List<int[]> groups = verbGroups(sentence, from, to);
        boolean verbBefore = groups.stream().anyMatch(g -> g[1] <= first && tense(sentence, g[0], g[1]) != Tense.NONE);
        for (int[] group : groups) {
            Tense tense = tense(sentence, group[0], group[1]);
            // "signed a contract on Wednesday to buy tanks", "decided on Tuesday to send troops": the date is the verb's
            // before it, not the infinitive's after it
            if (tense == Tense.NONE || verbBefore && group[0] >= end && tag(sentence.get(group[0])).equals("TO")) {
                continue;
            }
            // "signed an agreement on Wednesday, under which Australia will spend ...": past a comma after the date
            // another clause begins; the verb before the date tells its time
            if (verbBefore && group[0] >= end && commaBetween(sentence, end, group[0])) {
                continue;
            }
            // a group before the date wins a tie: "said Monday it will ..." is told by "said"
            int distance = group[1] <= first ? 2 * (first - group[1]) : group[0] >= end ? 2 * (group[0] - end) + 1 : 0;
            if (distance < bestDistance) {
                best = tense;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean commaBetween(List<CoreLabel> sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentence.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs of verbs, modals, adverbs and words of plans ("is due to", "upcoming"), split before "to": "agreed | to
     * meet". Each as [start, end) token positions; a group holds at least one verb, modal or word of plans.
     */
    private List<int[]> verbGroups(List<CoreLabel> sentence, int from, int to) {
        List<int[]> groups = new ArrayList<>();
        int start = -1;
        boolean hasVerb = false;
        for (int i = from; i <= to; i++) {
            boolean inGroup = i < to && (isVerb(sentence.get(i)) || isPlanWord(sentence, i)
                    || tag(sentence.get(i)).startsWith("RB") || tag(sentence.get(i)).equals("TO"));
            boolean splitHere = i < to && tag(sentence.get(i)).equals("TO") && start >= 0;
            if (start >= 0 && (!inGroup || splitHere)) {
                int last = i;
                while (last > start && !isVerb(sentence.get(last - 1)) && !isPlanWord(sentence, last - 1)) {
                    last--;
                }
                if (hasVerb) {
                    groups.add(new int[] {start, last});
                }
                start = -1;
                hasVerb = false;
            }
            if (inGroup && start < 0 && !tag(sentence.get(i)).startsWith("RB")) {
                start = i;
            }
            if (inGroup && (isVerb(sentence.get(i)) || isPlanWord(sentence, i))) {
                hasVerb = true;
            }
        }
        return groups;
    }

    private Tense tense(List<CoreLabel> sentence, int start, int end) {
        boolean infinitive = tag(sentence.get(start)).equals("TO");
        for (int i = start; i < end; i++) {
            CoreLabel token = sentence.get(i);
            if (tag(token).equals("MD") && futureAux.contains(lower(token.word()))) {
                return Tense.FUTURE;
            }
            if (isPlanWord(sentence, i)) {
                return Tense.FUTURE;
            }
        }
        if (infinitive) {
            CoreLabel before = start > 0 ? sentence.get(start - 1) : null;
            boolean planned = before != null && (isGovernor(before) || "be".equals(lemma(before)));
            return planned || !finiteVerbBefore(sentence, start) ? Tense.FUTURE : Tense.PRESENT;
        }
        boolean participleOnly = true;
        for (int i = start; i < end; i++) {
            String tag = tag(sentence.get(i));
            if (tag.equals("VBD")) {
                return Tense.PAST;
            }
            if (perfectAux.contains(lemma(sentence.get(i))) && hasAfter(sentence, i + 1, end, "VBN")) {
                return Tense.PAST;
            }
            if (!tag.equals("VBN") && !tag.equals("VBG") && !tag.startsWith("RB")) {
                participleOnly = false;
            }
        }
        if (participleOnly) {
            return hasAfter(sentence, start, end, "VBN") ? Tense.PAST : Tense.NONE;
        }
        return Tense.PRESENT;
    }

    /** A word that makes its group future: "scheduled", "upcoming", or a governor of plans with its link. */
    private boolean isPlanWord(List<CoreLabel> sentence, int i) {
        return futureWords.contains(lower(sentence.get(i).word())) || isGovernorWord(sentence, i);
    }

    /**
     * "plans to visit", "is scheduled for", "due to meet": a word of plans followed by its link word, and an
     * infinitive "to" by its verb ("went to London" is no plan).
     */
    private boolean isGovernorWord(List<CoreLabel> sentence, int i) {
        if (!isGovernor(sentence.get(i)) || i + 1 >= sentence.size() || !governorLinks.contains(lower(sentence.get(i + 1).word()))) {
            return false;
        }
        return !tag(sentence.get(i + 1)).equals("TO") || i + 2 < sentence.size() && isVerb(sentence.get(i + 2));
    }

    private boolean isGovernor(CoreLabel token) {
        return futureGovernors.contains(lemma(token)) || futureGovernors.contains(lower(token.word()));
    }

    private static boolean finiteVerbBefore(List<CoreLabel> sentence, int end) {
        for (int i = 0; i < end; i++) {
            String tag = tag(sentence.get(i));
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAfter(List<CoreLabel> sentence, int from, int end, String tag) {
        for (int i = from; i < end; i++) {
            if (tag(sentence.get(i)).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(CoreLabel token) {
        String tag = tag(token);
        return tag.startsWith("VB") || tag.equals("MD");
    }

    private static String tag(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
