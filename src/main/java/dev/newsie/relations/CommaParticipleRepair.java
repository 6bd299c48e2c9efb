package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * "She will take up the post in January, succeeding Peter Lindqvist": the parser may read the participle after the comma
 * as an adjective of the name ("succeeding Lindqvist", amod) and give the verb the name as a second object. A verb has
 * one direct object; a present participle right after a comma, modifying a name that is a second object of the verb
 * after its first, is a clause of the verb (advcl) with the name as its object, so its subject is the verb's.
 */
final class CommaParticipleRepair {
    private CommaParticipleRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge modifier : SemanticGraphs.edgesOf(graph, "amod")) {
            IndexedWord name = modifier.getGovernor();
            IndexedWord participle = modifier.getDependent();
            IndexedWord comma = graph.getNodeByIndexSafe(participle.index() - 1);
            if (!"VBG".equals(participle.tag()) || participle.index() > name.index() || comma == null || !comma.word().equals(",")
                    || name.tag() == null || !name.tag().startsWith("NNP")) {
                continue;
            }
            SemanticGraphEdge secondObject = graph.incomingEdgeList(name).stream()
                    .filter(e -> e.getRelation().toString().equals("obj")).findFirst().orElse(null);
            if (secondObject == null) {
                continue;
            }
            IndexedWord verb = secondObject.getGovernor();
            boolean firstObject = graph.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() < comma.index());
            if (!firstObject || verb.index() > participle.index()) {
                continue;
            }
            graph.removeEdge(modifier);
            graph.removeEdge(secondObject);
            graph.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(participle, name, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
