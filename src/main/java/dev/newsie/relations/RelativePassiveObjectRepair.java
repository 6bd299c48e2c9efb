package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * "Anna Berg, who has been coached since childhood by her uncle, Hossam Fathy,": the parser may take the relative pronoun
 * of a passive clause for the participle's object, so the noun the clause describes becomes the object of "coached". A
 * participle with a passive auxiliary of its own and no subject has the noun before it as its passive subject.
 */
final class RelativePassiveObjectRepair {
    private RelativePassiveObjectRepair() {
    }

    /** Gives such participles their passive subject, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        if (SemanticGraphs.noEdge(graph, "aux:pass") || SemanticGraphs.noEdge(graph, "acl:relcl")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge clause : SemanticGraphs.edgesOf(graph, "acl:relcl")) {
            IndexedWord noun = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            SemanticGraphEdge object = graph.getEdge(verb, noun);
            if ("VBN".equals(verb.tag()) && noun.index() < verb.index() && object != null && object.getRelation().toString().equals("obj")
                    && SemanticGraphs.hasDependent(graph, verb, "aux:pass") && !SemanticGraphs.hasDependent(graph, verb, "nsubj", "nsubj:pass")) {
                graph.removeEdge(object);
                graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }
}
