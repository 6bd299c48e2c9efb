package dev.newsie.relations;

import dev.newsie.entities.Entity;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Kazakhstan, Uzbekistan and Kyrgyzstan signed a treaty", "Biden, Xi and Modi met": a joint act of three or more
 * conjoined parties is one between every two of them. The patterns pair the first conjunct with each other one (the
 * parse links only those); this adds the pairs among the others, in the order the sentence names them. So for a
 * document signed with two or more parties: each of them signed it with the others.
 */
final class JointParties {
    private JointParties() {
    }

    /**
     * Whether the thing signed, the first word between the verb and its "with" that writes it, is a plural noun: one document is signed
     * together, several are one each ("inked deals with A, B and C", "signed memoranda with Laos, Cambodia and Thailand").
     */
    private static boolean severalThings(List<CoreLabel> tokens, int verb, String thing) {
        if (thing == null || verb < 0) {
            return false;
        }
        // up to the "with" of the signing, however long the phrase ("signed a series of new trade and investment
        // agreements with ...")
        for (int k = verb + 1; k < tokens.size() && !tokens.get(k).word().equalsIgnoreCase("with"); k++) {
            CoreLabel w = tokens.get(k);
            if (thing.equalsIgnoreCase(w.word()) || w.lemma() != null && thing.equalsIgnoreCase(w.lemma())) {
                return "NNS".equals(w.tag()) || "NNPS".equals(w.tag());
            }
        }
        return false;
    }

    /**
     * The sentence's triples with the missing pairs of every symmetric joint act of conjoined parties, and of every
     * document one party signs with two or more others ("Arévalo signed the declaration with Castro, Chaves and
     * Mulino": one declaration, signed by all four; not "Biden met Xi and Modi", which are two meetings).
     *
     * @param cosigningVerbs lemmas of the verbs of signing one document together (join.cosigning.verbs)
     */
    static List<Triple> complete(List<Triple> triples, Set<String> cosigningVerbs, List<CoreLabel> tokens) {
        Map<String, List<Triple>> byAct = new LinkedHashMap<>();
        for (Triple t : triples) {
            boolean conjoined = t.rule() != null && t.rule().contains("conjoined");
            String[] words = t.predicate().split(" ");
            boolean cosigned = t.predicate().endsWith(" with") && cosigningVerbs.contains(words[0])
                    && !severalThings(tokens, t.anchors().predicate(), words.length >= 3 ? words[words.length - 2] : null);
            // signing with someone is mutual whatever the pattern says (its type, set later, makes it symmetric)
            if ((t.symmetric() && conjoined || cosigned) && t.anchors().predicate() >= 0) {
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
