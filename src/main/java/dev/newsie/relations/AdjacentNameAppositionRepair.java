package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * "would sign a contract with the Finnish equipment maker Nokia": the parser may hang a name that follows a common
 * noun without a comma in apposition on a noun before that one ("contract"). A name written right after a common noun
 * inside the earlier noun's phrase names the noun it follows ("maker Nokia").
 */
final class AdjacentNameAppositionRepair {
    private AdjacentNameAppositionRepair() {
    }

    /** Moves such appositions to the noun right before the name, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord governor = apposition.getGovernor();
            IndexedWord name = apposition.getDependent();
            if (name.tag() == null || !name.tag().startsWith("NNP")) {
                continue;
            }
            IndexedWord noun = graph.getNodeByIndexSafe(SemanticGraphs.firstIndex(graph, name) - 1);
            if (noun == null || noun.equals(governor) || noun.index() < governor.index() || noun.tag() == null
                    || !noun.tag().matches("NNS?") || !graph.descendants(governor).contains(noun)
                    || graph.getEdge(noun, name) != null) {
                continue;
            }
            graph.removeEdge(apposition);
            graph.addEdge(noun, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
