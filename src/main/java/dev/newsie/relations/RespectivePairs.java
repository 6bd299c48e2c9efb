package dev.newsie.relations;

import dev.newsie.entities.Entity;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "The leaders of France and Germany, Emmanuel Macron and Olaf Scholz, met": a plural title between a list of holders
 * and a list of names pairs them in order, as "respectively" would say (Macron leader of France, Scholz of Germany),
 * while the parse joins every name to every holder. With lists of different lengths nobody can tell who holds what,
 * and no role is stated. The title is written in the singular ("leader of").
 */
final class RespectivePairs {
    private RespectivePairs() {
    }

    /** titles: lowercase title lemmas (lexicon/titles.txt); a plural event noun ("US and EU sanctions on ...") pairs nothing. */
    static List<Triple> pair(List<Triple> triples, List<CoreLabel> tokens, Set<String> titles) {
        Map<String, List<Triple>> byTitle = new LinkedHashMap<>();
        for (Triple t : triples) {
            int title = t.anchors().predicate();
            if (title >= 0 && title < tokens.size() && ("NNS".equals(tokens.get(title).tag()) || "NNPS".equals(tokens.get(title).tag())) && t.anchors().subject() >= 0
                    && tokens.get(title).lemma() != null && titles.contains(tokens.get(title).lemma().toLowerCase(Locale.ROOT))
                    && t.anchors().object() >= 0 && hasTitleWord(t.predicate(), tokens.get(title))) {
                byTitle.computeIfAbsent(t.rule() + "@" + title, k -> new ArrayList<>()).add(t);
            }
        }
        if (byTitle.isEmpty()) {
            return triples;
        }
        List<Triple> out = new ArrayList<>(triples);
        for (List<Triple> group : byTitle.values()) {
            List<Entity> holders = inOrder(group, true);
            List<Entity> names = inOrder(group, false);
            if (holders.size() < 2 || names.size() < 2) {
                continue; // one name or one holder: nothing to pair
            }
            out.removeAll(group);
            if (holders.size() != names.size()) {
                continue;
            }
            for (Triple t : group) {
                if (names.indexOf(t.subject()) == holders.indexOf(t.object()) && out.stream().noneMatch(o -> sameFact(o, t))) {
                    CoreLabel title = tokens.get(t.anchors().predicate());
                    out.add(t.withPredicate(singular(t.predicate(), title)));
                }
            }
        }
        return out;
    }

    /** The distinct objects (holders) or subjects (names) of the triples, in the order the sentence names them. */
    private static List<Entity> inOrder(List<Triple> group, boolean objects) {
        return group.stream().sorted(Comparator.comparingInt(t -> objects ? t.anchors().object() : t.anchors().subject()))
                .map(t -> objects ? t.object() : t.subject()).distinct().toList();
    }

    private static boolean sameFact(Triple a, Triple b) {
        return a.subject() == b.subject() && a.object() == b.object() && Objects.equals(a.rule(), b.rule());
    }

    /** Whether a word of the predicate is the title's ("foreign ministers of": "ministers"). */
    private static boolean hasTitleWord(String predicate, CoreLabel title) {
        return List.of(predicate.toLowerCase(Locale.ROOT).split(" ")).contains(title.word().toLowerCase(Locale.ROOT));
    }

    private static String singular(String predicate, CoreLabel title) {
        String plural = title.word().toLowerCase(Locale.ROOT);
        String lemma = title.lemma() == null ? plural : title.lemma().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(predicate.split(" ")));
        words.replaceAll(w -> w.equalsIgnoreCase(plural) ? lemma : w);
        return String.join(" ", words);
    }
}
