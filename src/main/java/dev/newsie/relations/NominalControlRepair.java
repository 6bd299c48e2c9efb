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
 * subject too; a noun with no owner that a making verb takes as object ("Poland signed a contract to buy tanks") is the
 * verb's subject's. The nouns are the setting {@code control.nouns} of models/relations.properties; the modality the
 * noun gives the act is read by {@link Qualifiers}.
 */
final class NominalControlRepair {
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:by", "nmod:of");

    private final Set<String> nouns;
    /** Verbs whose subject owns the noun of intent they take as object ("Poland signed a contract to buy tanks"). */
    private final Set<String> makingVerbs;

    NominalControlRepair(Set<String> nouns, Set<String> makingVerbs) {
        this.nouns = Set.copyOf(nouns);
        this.makingVerbs = Set.copyOf(makingVerbs);
    }

    /** Adds the owner as the subject of the infinitive, in place; returns whether it did. */
    boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            IndexedWord noun = controllingNoun(graph, verb, nouns);
            if (noun == null || hasOtherSubject(graph, verb, noun)) {
                continue;
            }
            IndexedWord owner = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                if (OWNER_RELATIONS.contains(e.getRelation().toString()) && e.getDependent().index() != verb.index()) {
                    owner = e.getDependent();
                    break;
                }
            }
            if (owner == null) {
                owner = makersSubject(graph, noun, verb);
            }
            if (owner != null) {
                graph.addEdge(verb, owner, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                repaired = true;
            }
        }
        return repaired;
    }

    /**
     * "Poland signed a contract to buy tanks", "Iran reached an agreement to let inspectors return": a noun of intent
     * with no owner, the object of one of the making verbs, is its maker's; null when it is not such an object, or when
     * a counterparty is named ("signed a contract with Hanwha to deliver tanks").
     */
    private IndexedWord makersSubject(SemanticGraph graph, IndexedWord noun, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(noun)) {
            IndexedWord maker = e.getGovernor();
            if (e.getRelation().toString().equals("obj") && maker.lemma() != null
                    && makingVerbs.contains(maker.lemma().toLowerCase(Locale.ROOT))
                    && !hasCounterparty(graph, maker) && !hasCounterparty(graph, noun)) {
                IndexedWord subject = GerundComplementRepair.subjectOf(graph, maker);
                return subject == null || subject.equals(verb) ? null : subject;
            }
        }
        return null;
    }

    /** "signed a contract with Hanwha to deliver tanks": with a counterparty, either side may be the one to act. */
    private static boolean hasCounterparty(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().map(e -> e.getRelation().toString())
                .anyMatch(r -> r.equals("obl:with") || r.equals("nmod:with") || r.equals("obl:between") || r.equals("nmod:between"));
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
            String rel = e.getRelation().toString();
            if ((rel.equals("acl") || rel.equals("acl:to")) && isListedNoun(e.getGovernor(), nouns)) {
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
