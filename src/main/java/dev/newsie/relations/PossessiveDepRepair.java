package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;

/**
 * "The army's commander-in-chief, Min Aung Hlaing, met Putin", "The Sunday Courier's editor-in-chief, Graham Pike, had
 * told the court": a hyphenated title the tokenizer splits ("commander - in - chief") throws the parser, which makes
 * the possessor the verb's subject and hangs the title on it by an unknown relation ("dep"). A noun right after a
 * possessor's "'s", hung on it by "dep", is the possessor's: it takes the possessor's place in every relation the
 * possessor heads in (its subject relation above all) and the possessor becomes its owner.
 */
final class PossessiveDepRepair {
    private PossessiveDepRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge dep : SemanticGraphs.edgesOf(graph, "dep")) {
            IndexedWord owner = dep.getGovernor();
            IndexedWord owned = dep.getDependent();
            IndexedWord mark = graph.getNodeByIndexSafe(owner.index() + 1);
            if (mark == null || !"POS".equals(mark.tag()) || owned.index() != owner.index() + 2 || owned.tag() == null
                    || !owned.tag().startsWith("NN")) {
                continue;
            }
            graph.removeEdge(dep);
            for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(owner))) {
                graph.removeEdge(in);
                graph.addEdge(in.getGovernor(), owned, in.getRelation(), in.getWeight(), in.isExtra());
            }
            if (graph.getRoots().contains(owner)) {
                graph.setRoot(owned);
            }
            graph.addEdge(owned, owner, UniversalEnglishGrammaticalRelations.POSSESSION_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
