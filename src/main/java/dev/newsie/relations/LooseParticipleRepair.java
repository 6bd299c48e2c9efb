package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * "Kenya would ask the African Development Bank, led by Akinwumi Adesina, to help fund the project": the parser may hang
 * a participle with its agent loosely on the verb (dep) instead of on the name before its comma. A past participle
 * with a "by" agent, right after a comma that follows the last word of the verb's object, describes that object (acl),
 * as in "the bank led by Adesina".
 */
final class LooseParticipleRepair {
    private LooseParticipleRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge loose : SemanticGraphs.edgesOf(graph, "dep")) {
            IndexedWord verb = loose.getGovernor();
            IndexedWord participle = loose.getDependent();
            if (!"VBN".equals(participle.tag()) || participle.index() < verb.index()
                    || graph.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString().matches("obl:(by|agent)"))
                    || graph.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                            || e.getRelation().toString().startsWith("aux"))) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(participle.index() - 1);
            IndexedWord last = graph.getNodeByIndexSafe(participle.index() - 2);
            SemanticGraphEdge object = last == null ? null : graph.getEdge(verb, last);
            if (comma == null || !comma.word().equals(",") || object == null || !object.getRelation().toString().equals("obj")
                    || last.tag() == null || !last.tag().startsWith("NN") || !closedByComma(graph, participle)) {
                continue;
            }
            graph.removeEdge(loose);
            graph.addEdge(last, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** Whether a comma follows the participle's phrase (its last word: the agent's name) and more of the sentence after it. */
    private static boolean closedByComma(SemanticGraph graph, IndexedWord participle) {
        int end = participle.index();
        for (IndexedWord d : graph.descendants(participle)) {
            end = Math.max(end, d.index());
        }
        IndexedWord after = graph.getNodeByIndexSafe(end + 1);
        return after != null && after.word().equals(",") && graph.getNodeByIndexSafe(end + 2) != null;
    }
}
