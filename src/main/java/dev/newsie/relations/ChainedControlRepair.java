package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives an infinitive two steps down a control chain its subject. The parser's enhanced++ graph gives the subject of
 * "Blinken will travel to China to meet Xi" to "meet", but stops after one step: in "Dan is expected to travel to
 * Ukraine to meet Zelenskyy" "travel" has Dan as its controlled subject and "meet" has none. An infinitive ("to" and a
 * verb) with no subject at all, complement of a verb whose only subject is a controlled one, takes that subject.
 */
final class ChainedControlRepair {
    private static final String XSUBJ = "nsubj:xsubj";

    private ChainedControlRepair() {
    }

    /** Adds the missing controlled subjects, in place (outer verbs first); returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : graph.vertexListSorted()) {
            List<SemanticGraphEdge> controlled = subjects(graph, verb);
            if (controlled.isEmpty() || controlled.stream().anyMatch(e -> !e.getRelation().toString().equals(XSUBJ))) {
                continue;
            }
            for (SemanticGraphEdge xcomp : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                IndexedWord infinitive = xcomp.getDependent();
                if (xcomp.getRelation().toString().equals("xcomp") && "VB".equals(infinitive.tag()) && InfinitiveClauses.hasToMark(graph, infinitive)
                        && subjects(graph, infinitive).isEmpty()) {
                    for (SemanticGraphEdge subject : controlled) {
                        graph.addEdge(infinitive, subject.getDependent(), subject.getRelation(), Double.NEGATIVE_INFINITY, true);
                    }
                    repaired = true;
                }
            }
        }
        return repaired;
    }

    /**
     * "Xi wants to visit France and meet Macron": enhanced++ makes "meet" a complement of "wants" too, but gives the
     * controlled subject only to "visit". A bare verb conjoined with a controlled infinitive, complement of the same
     * verb and without a subject, takes the infinitive's controlled subject.
     */
    static boolean repairConjunct(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord infinitive : graph.vertexListSorted()) {
            List<SemanticGraphEdge> controlled = subjects(graph, infinitive);
            if (controlled.isEmpty() || controlled.stream().anyMatch(e -> !e.getRelation().toString().equals(XSUBJ))) {
                continue;
            }
            for (SemanticGraphEdge conj : new ArrayList<>(graph.outgoingEdgeList(infinitive))) {
                IndexedWord conjunct = conj.getDependent();
                boolean sharedComplement = graph.incomingEdgeList(conjunct).stream().anyMatch(e -> e.getRelation().toString().equals("xcomp")
                        && graph.incomingEdgeList(infinitive).stream().anyMatch(i -> i.getRelation().toString().equals("xcomp")
                        && i.getGovernor().equals(e.getGovernor())));
                if (conj.getRelation().getShortName().equals("conj") && "VB".equals(conjunct.tag()) && sharedComplement
                        && subjects(graph, conjunct).isEmpty()) {
                    for (SemanticGraphEdge subject : controlled) {
                        graph.addEdge(conjunct, subject.getDependent(), subject.getRelation(), Double.NEGATIVE_INFINITY, true);
                    }
                    repaired = true;
                }
            }
        }
        return repaired;
    }

    private static List<SemanticGraphEdge> subjects(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("nsubj")).toList();
    }
}
