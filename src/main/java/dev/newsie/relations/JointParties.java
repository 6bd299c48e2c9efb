package dev.newsie.relations;

import dev.newsie.entities.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Kazakhstan, Uzbekistan and Kyrgyzstan signed a treaty", "Biden, Xi and Modi met": a joint act of three or more
 * conjoined parties is one between every two of them. The patterns pair the first conjunct with each other one (the
 * parse links only those); this adds the pairs among the others, in the order the sentence names them.
 */
final class JointParties {
    private JointParties() {
    }

    /** The sentence's triples with the missing pairs of every symmetric joint act of conjoined parties. */
    static List<Triple> complete(List<Triple> triples) {
        Map<String, List<Triple>> byAct = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (t.symmetric() && t.rule() != null && t.rule().contains("conjoined") && t.anchors().predicate() >= 0) {
                byAct.computeIfAbsent(t.rule() + "@" + t.anchors().predicate() + "@" + t.predicate(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Triple> out = new ArrayList<>(triples);
        for (List<Triple> act : byAct.values()) {
            Entity first = act.get(0).subject();
            List<Triple> others = act.stream().filter(t -> t.subject() == first && t.object() != first).toList();
            if (others.size() < 2 || act.stream().anyMatch(t -> t.subject() != first)) {
                continue; // two parties, or no one first conjunct: nothing to complete
            }
            List<Triple> byPosition = new ArrayList<>(others);
            byPosition.sort(Comparator.comparingInt(t -> t.anchors().object()));
            for (int i = 0; i < byPosition.size(); i++) {
                for (int j = i + 1; j < byPosition.size(); j++) {
                    Triple a = byPosition.get(i);
                    Triple b = byPosition.get(j);
                    if (a.object() != b.object()) {
                        out.add(a.withEnds(a.object(), b.object()).withAnchors(a.anchors().object(), a.anchors().predicate(), b.anchors().object()));
                    }
                }
            }
        }
        return out;
    }
}
