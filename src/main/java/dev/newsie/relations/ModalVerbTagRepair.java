package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Gives back the verb tag the tagger takes from a word that is both noun and verb after a modal: in "Sunak said Britain
 * would sanction Iran" it tags "sanction" a noun, though the parse has it with a modal, a subject and an object, which
 * only a verb has. Such a word is tagged a verb's base form (VB), so the verb patterns read it.
 */
final class ModalVerbTagRepair {
    private ModalVerbTagRepair() {
    }

    /** Retags such words in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord word : graph.vertexListSorted()) {
            if (!"NN".equals(word.tag()) && !"NNS".equals(word.tag())) {
                continue;
            }
            boolean modal = false;
            boolean subject = false;
            boolean object = false;
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
                String rel = e.getRelation().toString();
                modal |= rel.equals("aux") && "MD".equals(e.getDependent().tag()) && e.getDependent().index() < word.index();
                subject |= rel.startsWith("nsubj") && e.getDependent().index() < word.index();
                object |= rel.equals("obj") && e.getDependent().index() > word.index();
            }
            if (modal && subject && object) {
                word.setTag("VB");
                repaired = true;
            }
        }
        return repaired;
    }
}
