package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Helen Marsh, the first woman to lead the orchestra,", "Anna Berg, the only minister to visit Russia,", "Marsh was the
 * first woman to lead the orchestra": an infinitive on a noun that a ranking word modifies (relations.properties
 * firstToAct.modifiers: "first", "only", "youngest") says what the one the noun describes did; the parser gives the
 * infinitive no subject. The person or body the noun is in apposition to, or the copula's subject, becomes its subject.
 */
final class FirstToActRepair {
    private FirstToActRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> rankingModifiers) {
        boolean repaired = false;
        for (SemanticGraphEdge acl : SemanticGraphs.edgesOf(graph, "acl:to")) {
            IndexedWord noun = acl.getGovernor();
            IndexedWord act = acl.getDependent();
            boolean ranked = graph.outgoingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("amod")
                    && rankingModifiers.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
            if (!ranked || !SemanticGraphs.subjects(graph, act).isEmpty() || act.tag() == null || !act.tag().startsWith("VB")) {
                continue;
            }
            List<IndexedWord> described = new ArrayList<>();
            graph.incomingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("appos"))
                    .forEach(e -> described.add(e.getGovernor()));
            if (SemanticGraphs.hasDependent(graph, noun, "cop")) {
                described.addAll(SemanticGraphs.subjects(graph, noun));
            }
            for (IndexedWord subject : described) {
                graph.addEdge(act, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                repaired = true;
            }
        }
        return repaired;
    }
}
