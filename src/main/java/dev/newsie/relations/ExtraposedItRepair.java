package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "how hard it is to find Omanis willing to drive": the parser may read the extraposed "it" of "ADJECTIVE it is to
 * VERB" as the subject of "is to find" (the "be to" of plans). That "it" stands for nothing, so no one the story calls
 * "it" finds anything: an "it" right after an adjective, subject of an infinitive with "be" as its auxiliary, is
 * dropped as the subject.
 */
final class ExtraposedItRepair {
    private ExtraposedItRepair() {
    }

    /** Removes such subjects, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge subject : SemanticGraphs.edgesOf(graph, "nsubj")) {
            IndexedWord it = subject.getDependent();
            IndexedWord verb = subject.getGovernor();
            IndexedWord before = graph.getNodeByIndexSafe(it.index() - 1);
            boolean beToInfinitive = InfinitiveClauses.hasToMark(graph, verb) && graph.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("aux") && "be".equals(e.getDependent().lemma()));
            if (it.word().equalsIgnoreCase("it") && beToInfinitive && before != null && before.tag() != null && before.tag().startsWith("JJ")) {
                repaired |= graph.removeEdge(subject);
            }
        }
        return repaired;
    }
}
