package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.Comparator;
import java.util.List;

/**
 * Headlines join subjects with a comma where prose says "and": "Japan, Indonesia agree to deepen defense ties",
 * "Putin, Kim sign defense pact". The parser makes both subjects of the verb but links them by nothing, so the
 * patterns for conjoined subjects ("Japan and Indonesia agreed") never see a pair. Two named subjects of one verb with
 * only a comma between them are made conjuncts, as "and" would make them.
 */
final class CommaListRepair {
    private static final java.util.Set<String> NAMES = java.util.Set.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE");
    private CommaListRepair() {
    }

    /** Links comma-joined subjects of one verb as conjuncts, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : graph.vertexListSorted()) {
            List<IndexedWord> subjects = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj"))
                    .map(SemanticGraphEdge::getDependent).sorted(Comparator.comparingInt(IndexedWord::index)).toList();
            for (int i = 0; i + 1 < subjects.size(); i++) {
                IndexedWord first = subjects.get(i);
                IndexedWord second = subjects.get(i + 1);
                if (!named(first) || !named(second) || linked(graph, first, second) || !onlyACommaBetween(graph, first, second)) {
                    continue;
                }
                graph.addEdge(first, second, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** A name (the tagger's label: entities are marked on the graph later), not a title beside one ("Malaysia's Prime
     * Minister, Najib Razak said": one person). */
    private static boolean named(IndexedWord word) {
        return word.ner() != null && NAMES.contains(word.ner());
    }

    private static boolean linked(SemanticGraph graph, IndexedWord a, IndexedWord b) {
        return graph.containsEdge(a, b) || graph.containsEdge(b, a);
    }

    /** Whether the words between the first subject's phrase and the second's are one comma. */
    private static boolean onlyACommaBetween(SemanticGraph graph, IndexedWord first, IndexedWord second) {
        int firstEnd = graph.descendants(first).stream().filter(w -> !w.word().equals(",")).mapToInt(IndexedWord::index).max().orElse(first.index());
        int secondStart = graph.descendants(second).stream().mapToInt(IndexedWord::index).min().orElse(second.index());
        if (firstEnd >= secondStart) {
            return false;
        }
        List<IndexedWord> between = graph.vertexListSorted().stream()
                .filter(w -> w.index() > firstEnd && w.index() < secondStart).toList();
        return secondStart - firstEnd == 2 && between.size() == 1 && between.get(0).word().equals(",");
    }
}
