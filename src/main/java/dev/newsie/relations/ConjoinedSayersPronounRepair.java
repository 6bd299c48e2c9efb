package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Havenstad Medical Centre and Sint Adriaan Hospital announced that they will merge", "Siemens and Alstom said they had
 * agreed to merge": "they" as the subject of what two or more conjoined subjects of a verb of saying report are those
 * subjects. An unresolved "they" there becomes each of them, as "Siemens and Alstom will merge" has them, so the
 * patterns read the reported act as theirs.
 */
final class ConjoinedSayersPronounRepair {
    private static final String PLURAL_PRONOUN = "they";

    private ConjoinedSayersPronounRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> reportingVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge content : SemanticGraphs.edgesOf(graph, "ccomp")) {
            IndexedWord saying = content.getGovernor();
            if (saying.lemma() == null || !reportingVerbs.contains(saying.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<IndexedWord> sayers = graph.outgoingEdgeList(saying).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).map(SemanticGraphEdge::getDependent).toList();
            IndexedWord pronoun = graph.outgoingEdgeList(content.getDependent()).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).map(SemanticGraphEdge::getDependent)
                    .filter(w -> w.word().equalsIgnoreCase(PLURAL_PRONOUN) && (w.ner() == null || w.ner().equals("O")))
                    .findFirst().orElse(null);
            if (sayers.size() < 2 || pronoun == null || sayers.stream().anyMatch(w -> w.tag() == null || !w.tag().startsWith("NN"))) {
                continue;
            }
            for (SemanticGraphEdge subject : List.copyOf(graph.incomingEdgeList(pronoun))) {
                if (!subject.getRelation().toString().startsWith("nsubj")) {
                    continue;
                }
                graph.removeEdge(subject);
                for (IndexedWord sayer : sayers) {
                    graph.addEdge(subject.getGovernor(), sayer, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            repaired = true;
        }
        return repaired;
    }
}
