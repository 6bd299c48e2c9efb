package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;

/**
 * An infinitive the parser makes a relative clause of a noun has no subject of its own unless "for" brings one ("a
 * plan for Kenya to host the talks"). When the parser gives it one, it has misread the words before it: in "asked
 * the Committee, which groups Argentina, Bolivia and Brazil, to hold a meeting" it takes "groups" for a noun and the
 * list for the subject of "to hold". Such a subject is dropped, so no member of the list holds anything. Not in the
 * clause "be to" makes finite ("the railway that is to connect Lithuania", "Rome, where he is to mediate").
 */
final class InfinitiveRelativeSubjectRepair {
    private InfinitiveRelativeSubjectRepair() {
    }

    /** Removes the subjects of infinitival relative clauses without "for", in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge modifier : SemanticGraphs.edgesOf(graph, "acl:relcl")) {
            IndexedWord verb = modifier.getDependent();
            if (!"VB".equals(verb.tag()) || SemanticGraphs.hasDependent(graph, verb, "aux", "aux:pass") || !InfinitiveClauses.hasToMark(graph, verb)
                    || InfinitiveClauses.mark(graph, verb, w -> !w.equalsIgnoreCase("to")) != null) {
                continue;
            }
            for (SemanticGraphEdge subject : List.copyOf(graph.outgoingEdgeList(verb))) {
                if (subject.getRelation().toString().equals("nsubj")) {
                    repaired |= graph.removeEdge(subject);
                }
            }
        }
        return repaired;
    }
}
