package dev.newsie.relations;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built dependency graphs, for repair tests that must show what a guard prevents on a parse the parser may not
 * give today. Words are "word/TAG" or "word/TAG/NER", numbered from 1; edges are "relation head dependent" by number,
 * and the first edge's head is the root.
 */
final class TestGraphs {
    private TestGraphs() {
    }

    static SemanticGraph of(String words, String... edges) {
        List<IndexedWord> nodes = new ArrayList<>();
        String[] tokens = words.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            String[] parts = tokens[i].split("/");
            CoreLabel label = new CoreLabel();
            label.setWord(parts[0]);
            label.setValue(parts[0]);
            label.setOriginalText(parts[0]);
            label.setTag(parts[1]);
            label.setNER(parts.length > 2 ? parts[2] : "O");
            label.setIndex(i + 1);
            label.setSentIndex(0);
            nodes.add(new IndexedWord(label));
        }
        SemanticGraph graph = new SemanticGraph();
        nodes.forEach(graph::addVertex);
        for (String edge : edges) {
            String[] parts = edge.split(" ");
            IndexedWord head = nodes.get(Integer.parseInt(parts[1]) - 1);
            IndexedWord dependent = nodes.get(Integer.parseInt(parts[2]) - 1);
            if (graph.getRoots().isEmpty()) {
                graph.setRoot(head);
            }
            graph.addEdge(head, dependent, GrammaticalRelation.valueOf(parts[0]), 1.0, false);
        }
        return graph;
    }

    static String tagOf(SemanticGraph graph, int index) {
        return graph.getNodeByIndex(index).tag();
    }
}
