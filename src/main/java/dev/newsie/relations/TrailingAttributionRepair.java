package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Kenya will co-host the tournament with Uganda and Tanzania, the federation said": the parser may hang the reported
 * clause's last phrase ("with Uganda") on the trailing verb of saying. A verb of saying after its reported clause
 * (parataxis) takes nothing from before its own subject; such a phrase is the reported verb's.
 */
final class TrailingAttributionRepair {
    private TrailingAttributionRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> reportingVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge frame : SemanticGraphs.edgesOf(graph, "parataxis")) {
            IndexedWord reported = frame.getGovernor();
            IndexedWord saying = frame.getDependent();
            if (saying.index() < reported.index() || saying.lemma() == null
                    || !reportingVerbs.contains(saying.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<IndexedWord> subjects = SemanticGraphs.subjects(graph, saying);
            if (subjects.isEmpty()) {
                continue;
            }
            IndexedWord subject = subjects.get(0);
            List<SemanticGraphEdge> stray = graph.outgoingEdgeList(saying).stream()
                    .filter(e -> e.getRelation().toString().startsWith("obl") && e.getDependent().index() < subject.index()
                            && e.getDependent().index() > reported.index())
                    .toList();
            for (SemanticGraphEdge phrase : stray) {
                graph.removeEdge(phrase);
                graph.addEdge(reported, phrase.getDependent(), phrase.getRelation(), Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }
}
