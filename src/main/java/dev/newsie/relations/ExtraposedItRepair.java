package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "how hard it is to find Omanis willing to drive": the parser may read the extraposed "it" of "ADJECTIVE it is to
 * VERB" as the subject of "is to find" (the "be to" of plans). That "it" stands for nothing, so no one the story calls
 * "it" finds anything: an "it" right after an adjective that a degree word opens (extraposition.degreeWords: "how",
 * "so", "too", "as"), subject of an infinitive with "be" as its auxiliary, is dropped as the subject (not "If sales
 * stay weak it is to close 40 stores", a plan).
 */
final class ExtraposedItRepair {
    private ExtraposedItRepair() {
    }

    /** Removes such subjects, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph, java.util.Set<String> degreeWords) {
        boolean repaired = false;
        for (SemanticGraphEdge subject : SemanticGraphs.edgesOf(graph, "nsubj")) {
            IndexedWord it = subject.getDependent();
            if (!it.word().equalsIgnoreCase("it")) {
                continue; // most subjects: no graph work for them
            }
            IndexedWord verb = subject.getGovernor();
            IndexedWord before = graph.getNodeByIndexSafe(it.index() - 1);
            IndexedWord degree = graph.getNodeByIndexSafe(it.index() - 2);
            boolean beToInfinitive = InfinitiveClauses.hasToMark(graph, verb) && graph.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("aux") && "be".equals(e.getDependent().lemma()));
            if (beToInfinitive && before != null && before.tag() != null && before.tag().startsWith("JJ")
                    && degree != null && degreeWords.contains(degree.word().toLowerCase(java.util.Locale.ROOT))) {
                repaired |= graph.removeEdge(subject);
            }
        }
        return repaired;
    }
}
