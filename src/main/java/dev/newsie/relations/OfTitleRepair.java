package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.Locale;
import java.util.Set;

/**
 * "including his former chief of staff Claude Gueant": the parser may read the title's last word as part of the name
 * ("chief of [staff Claude Gueant]"), so the name becomes what the person is chief of. When the word after "of" is one
 * of title.of.tails and stands right before the name, it ends the title ("chief of staff", "head of state"), and the
 * name hangs on the title as it does in the parser's usual reading ("his chief of staff Claude Gueant": dep).
 */
final class OfTitleRepair {
    private OfTitleRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> titleOfTails) {
        boolean repaired = false;
        for (SemanticGraphEdge of : SemanticGraphs.edgesOf(graph, "nmod:of")) {
            IndexedWord title = of.getGovernor();
            IndexedWord name = of.getDependent();
            if (name.ner() == null || !name.ner().equals("PERSON")) {
                continue;
            }
            IndexedWord ofWord = graph.getNodeByIndexSafe(title.index() + 1);
            IndexedWord tail = graph.getNodeByIndexSafe(title.index() + 2);
            SemanticGraphEdge tailCompound = tail == null ? null : graph.getEdge(name, tail);
            if (ofWord == null || !ofWord.word().equalsIgnoreCase("of") || tailCompound == null
                    || !tailCompound.getRelation().toString().equals("compound")
                    || !titleOfTails.contains(tail.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SemanticGraphEdge caseEdge = graph.getEdge(name, ofWord);
            graph.removeEdge(of);
            graph.removeEdge(tailCompound);
            if (caseEdge != null) {
                graph.removeEdge(caseEdge);
            }
            graph.addEdge(title, tail, of.getRelation(), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(tail, ofWord, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(title, name, GrammaticalRelation.DEPENDENT, Double.NEGATIVE_INFINITY, false);
            // enhanced++ gave the names conjoined to this one the same "of" ("... Claude Gueant and Brice Hortefeux")
            for (SemanticGraphEdge conj : graph.outgoingEdgeList(name)) {
                SemanticGraphEdge shared = graph.getEdge(title, conj.getDependent());
                if (conj.getRelation().toString().startsWith("conj") && shared != null && shared.getRelation().toString().equals("nmod:of")) {
                    graph.removeEdge(shared);
                }
            }
            repaired = true;
        }
        return repaired;
    }
}
