package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the infinitive after a noun of intent its doer: in "Germany's decision to send tanks to Ukraine", "Sweden's
 * bid to join NATO", "the decision by Germany to send tanks" the one who is to act is the noun's owner. The parser
 * makes the noun itself the infinitive's subject (or hangs the infinitive on it, "acl"); the owner becomes its
 * subject too. The nouns are the setting {@code control.nouns} of models/relations.properties; the modality the
 * noun gives the act is read by {@link Qualifiers}.
 */
final class NominalControlRepair {
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:by", "nmod:of");

    private final Set<String> nouns;

    NominalControlRepair(Set<String> nouns) {
        this.nouns = Set.copyOf(nouns);
    }

    /** Adds the owner as the subject of the infinitive, in place; returns whether it did. */
    boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            IndexedWord noun = controllingNoun(graph, verb, nouns);
            if (noun == null || hasOtherSubject(graph, verb, noun)) {
                continue;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                if (OWNER_RELATIONS.contains(e.getRelation().toString()) && e.getDependent().index() != verb.index()) {
                    graph.addEdge(verb, e.getDependent(), UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                            Double.NEGATIVE_INFINITY, true);
                    repaired = true;
                    break;
                }
            }
        }
        return repaired;
    }

    /**
     * The noun of intent an infinitive depends on: its subject as the parser made it ("decision" in "Germany's
     * decision to send"), or the noun it hangs on ("acl"); null when there is none of the listed nouns.
     */
    static IndexedWord controllingNoun(SemanticGraph graph, IndexedWord verb, Set<String> nouns) {
        if (verb.tag() == null || !verb.tag().startsWith("VB") || !InfinitiveClauses.hasToMark(graph, verb)) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && isListedNoun(e.getDependent(), nouns)) {
                return e.getDependent();
            }
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("acl") && isListedNoun(e.getGovernor(), nouns)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    private static boolean isListedNoun(IndexedWord word, Set<String> nouns) {
        return word.tag() != null && word.tag().startsWith("NN") && word.lemma() != null
                && nouns.contains(word.lemma().toLowerCase(Locale.ROOT));
    }

    /** A subject of its own besides the noun keeps the parse. */
    private static boolean hasOtherSubject(SemanticGraph graph, IndexedWord verb, IndexedWord noun) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") && !e.getDependent().equals(noun)) {
                return true;
            }
        }
        return false;
    }
}
