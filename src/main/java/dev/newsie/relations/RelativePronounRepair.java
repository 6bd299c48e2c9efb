package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a relative clause its subject when the parser left the relative pronoun standing. In a well-parsed
 * "Joe Biden, who met Xi Jinping on Tuesday, returned" the enhanced++ graph makes Biden the subject of "met"
 * (and "who" a reference to him); the parser sometimes hangs the clause loosely ("dep") and leaves "who" as
 * the subject. Then the noun right before the pronoun (a comma between allowed) is the one the clause is about.
 */
final class RelativePronounRepair {
    private static final Set<String> PRONOUNS = Set.of("who", "which", "that");

    private RelativePronounRepair() {
    }

    /** Replaces a stranded relative pronoun subject with the noun before it, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord pronoun = edge.getDependent();
            if (!edge.getRelation().toString().equals("nsubj") || !isRelativePronoun(pronoun) || isResolved(graph, pronoun)) {
                continue;
            }
            IndexedWord antecedent = nounBefore(graph, pronoun);
            if (antecedent == null) {
                continue;
            }
            IndexedWord verb = edge.getGovernor();
            graph.removeEdge(edge);
            graph.addEdge(verb, antecedent, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(antecedent, pronoun, UniversalEnglishGrammaticalRelations.REFERENT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    private static boolean isRelativePronoun(IndexedWord word) {
        return word.tag() != null && (word.tag().equals("WP") || word.tag().equals("WDT"))
                && PRONOUNS.contains(word.word().toLowerCase(Locale.ROOT));
    }

    /** The parser already tied the pronoun to its antecedent ("ref"). */
    private static boolean isResolved(SemanticGraph graph, IndexedWord pronoun) {
        return graph.incomingEdgeList(pronoun).stream().anyMatch(e -> e.getRelation().toString().equals("ref"));
    }

    /** A proper or common noun right before the pronoun, or before the comma right before it. */
    private static IndexedWord nounBefore(SemanticGraph graph, IndexedWord pronoun) {
        IndexedWord before = graph.getNodeByIndexSafe(pronoun.index() - 1);
        if (before != null && ",".equals(before.word())) {
            before = graph.getNodeByIndexSafe(pronoun.index() - 2);
        }
        return before != null && before.tag() != null && before.tag().startsWith("NN") ? before : null;
    }
}
