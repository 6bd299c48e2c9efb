package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.Set;

/**
 * "Kulkarni, whose mother, the stage actress Vandana Kulkarni, plays a farmer's widow": the parser may read the kin
 * noun after "whose" as the relative clause's object and the name set off after it as the clause's subject. A kin noun
 * (kin.nounFiles) right after "whose", then a comma, a noun phrase ending in a proper noun, and a comma: the phrase is
 * the kin noun's apposition, as the parser reads "whose father, the geologist Gunnar Sigurdsson, mapped Krafla".
 */
final class WhoseKinAppositionRepair {
    /** The longest noun phrase read between the commas, in words: "the stage actress Vandana Kulkarni". */
    private static final int MAX_PHRASE = 6;

    private WhoseKinAppositionRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> kinNouns) {
        boolean repaired = false;
        for (IndexedWord whose : graph.vertexListSorted()) {
            IndexedWord kin = graph.getNodeByIndexSafe(whose.index() + 1);
            IndexedWord comma = graph.getNodeByIndexSafe(whose.index() + 2);
            if (!whose.word().equalsIgnoreCase("whose") || kin == null || comma == null || !comma.word().equals(",")
                    || !kinNouns.contains(lemma(kin))) {
                continue;
            }
            IndexedWord name = null;
            IndexedWord last = comma;
            for (int i = comma.index() + 1; i <= comma.index() + MAX_PHRASE + 1; i++) {
                IndexedWord word = graph.getNodeByIndexSafe(i);
                if (word == null) {
                    break;
                }
                if (word.word().equals(",")) {
                    name = last.tag().startsWith("NNP") ? last : null; // the phrase's last word (the comma's own tag is ",")
                    break;
                }
                if (!word.tag().startsWith("NN") && !word.tag().equals("DT") && !word.tag().equals("JJ")) {
                    break;
                }
                last = word;
            }
            IndexedWord found = name;
            if (name == null || graph.outgoingEdgeList(kin).stream().anyMatch(e -> e.getDependent().equals(found))) {
                continue; // the parser read it so
            }
            graph.addEdge(kin, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
