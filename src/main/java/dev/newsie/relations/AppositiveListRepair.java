package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs a parse of a list inside an apposition: in "ECOWAS and the Alliance of Sahel States, the confederation of Mali,
 * Burkina Faso and Niger, agreed ..." the parser makes the description and every country after it more conjuncts of
 * the subject, so Burkina Faso and Niger "agreed". A conjunct that is a common noun with an article and an "of" phrase,
 * after a comma, describes the conjunct before it (an apposition), and the conjuncts after its "of" phrase are more
 * members of that phrase, not of the subject.
 */
final class AppositiveListRepair {
    private AppositiveListRepair() {
    }

    /** Moves the list back into the description, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        if (noConjunction(graph)) {
            return false; // most sentences: no sorted copy of the words
        }
        boolean repaired = false;
        for (IndexedWord head : graph.vertexListSorted()) {
            List<SemanticGraphEdge> conjuncts = new ArrayList<>(graph.outgoingEdgeList(head).stream()
                    .filter(e -> e.getRelation().toString().startsWith("conj") && e.getDependent().index() > head.index()).toList());
            conjuncts.sort(Comparator.comparingInt(e -> e.getDependent().index()));
            for (int k = 1; k < conjuncts.size(); k++) {
                IndexedWord noun = conjuncts.get(k).getDependent();
                IndexedWord member = ofPhrase(graph, noun);
                if (noun.tag() == null || !noun.tag().matches("NNS?") || member == null || !afterCommaWithArticle(graph, noun)) {
                    continue;
                }
                List<SemanticGraphEdge> later = conjuncts.subList(k + 1, conjuncts.size()).stream()
                        .filter(e -> e.getDependent().index() > member.index()).toList();
                if (later.isEmpty()) {
                    continue;
                }
                for (SemanticGraphEdge conjunct : later) {
                    IndexedWord word = conjunct.getDependent();
                    for (SemanticGraphEdge in : new ArrayList<>(graph.incomingEdgeList(word))) {
                        graph.removeEdge(in);
                    }
                    graph.addEdge(member, word, conjunct.getRelation(), Double.NEGATIVE_INFINITY, false);
                    graph.addEdge(noun, word, UniversalEnglishGrammaticalRelations.getNmod("of"), Double.NEGATIVE_INFINITY, false);
                }
                for (SemanticGraphEdge in : new ArrayList<>(graph.incomingEdgeList(noun))) {
                    graph.removeEdge(in);
                }
                graph.addEdge(conjuncts.get(k - 1).getDependent(), noun, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER,
                        Double.NEGATIVE_INFINITY, false);
                repaired = true;
                break;
            }
        }
        return repaired;
    }

    private static boolean noConjunction(SemanticGraph graph) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            if (e.getRelation().getShortName().equals("conj")) {
                return false;
            }
        }
        return true;
    }

    private static IndexedWord ofPhrase(SemanticGraph graph, IndexedWord noun) {
        return graph.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("nmod:of")
                && e.getDependent().tag() != null && e.getDependent().tag().startsWith("NNP")).map(SemanticGraphEdge::getDependent)
                .findFirst().orElse(null);
    }

    /** ", the confederation of ...": a comma right before the article that opens the noun's phrase. */
    private static boolean afterCommaWithArticle(SemanticGraph graph, IndexedWord noun) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
            IndexedWord article = e.getDependent();
            if (e.getRelation().toString().equals("det") && article.word().matches("(?i)the|a|an")) {
                IndexedWord comma = graph.getNodeByIndexSafe(article.index() - 1);
                return comma != null && comma.word().equals(",");
            }
        }
        return false;
    }
}
