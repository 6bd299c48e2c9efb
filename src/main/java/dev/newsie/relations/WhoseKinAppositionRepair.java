package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;
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

    /** The longest name right after the kin noun, in words: "Eline van Houten". */
    private static final int MAX_NAME = 4;

    /**
     * "Pieter Smit, whose daughter Eline Smit sits on the board,": with no commas the parser reads the kin noun as the
     * clause's object and the name after it as the subject ("whose daughter [object] Eline Smit sits"). A kin noun right
     * after "whose", then proper nouns and the verb they are the subject of, with the kin noun that verb's object: the
     * kin noun is the subject and the name its apposition, as in "whose daughter, Eline Smit, sits"; only when the verb
     * takes no object (voice.intransitiveVerbs, no other complement) or the name shares the family's name.
     */
    static boolean repairUnmarkedName(SemanticGraph graph, Set<String> kinNouns, Set<String> intransitiveVerbs) {
        boolean repaired = false;
        for (IndexedWord whose : graph.vertexListSorted()) {
            IndexedWord kin = graph.getNodeByIndexSafe(whose.index() + 1);
            if (!whose.word().equalsIgnoreCase("whose") || kin == null || !kinNouns.contains(lemma(kin))) {
                continue;
            }
            IndexedWord name = null;
            IndexedWord verb = null;
            for (int i = kin.index() + 1; i <= kin.index() + MAX_NAME + 1; i++) {
                IndexedWord word = graph.getNodeByIndexSafe(i);
                if (word == null || word.tag() == null) {
                    break;
                }
                if (word.tag().startsWith("NNP")) {
                    name = word;
                    continue;
                }
                verb = word.tag().startsWith("VB") ? word : null;
                break;
            }
            if (name == null || verb == null || !"PERSON".equals(name.ner()) || !misread(graph, verb, kin, name)) {
                continue;
            }
            // an object clause may be just what it says ("whose son Vladimir Putin called a spy", "whose friend Jeffrey
            // Epstein abused"): only a verb that takes no object, with no other complement, or a name that shares the
            // family's name with the one "whose" stands for ("Pieter Smit, whose daughter Eline Smit sits")
            IndexedWord subject = name;
            boolean intransitive = intransitiveVerbs.contains(lemma(verb)) && graph.outgoingEdgeList(verb).stream().noneMatch(e ->
                    e.getRelation().toString().matches("xcomp|ccomp|iobj|obj") && !e.getDependent().equals(kin));
            boolean sameFamily = graph.outgoingEdgeList(kin).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss")
                    && e.getDependent().word().equals(subject.word()) && !e.getDependent().equals(subject));
            if (!intransitive && !sameFamily) {
                continue;
            }
            List.copyOf(graph.getAllEdges(verb, kin)).forEach(graph::removeEdge);
            List.copyOf(graph.getAllEdges(verb, subject)).forEach(graph::removeEdge);
            graph.addEdge(verb, kin, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(kin, subject, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** The parser's reading of "whose daughter Eline Smit sits": the kin noun the verb's object, the name its subject. */
    private static boolean misread(SemanticGraph graph, IndexedWord verb, IndexedWord kin, IndexedWord name) {
        return graph.getAllEdges(verb, kin).stream().anyMatch(e -> e.getRelation().toString().equals("obj"))
                && graph.getAllEdges(verb, name).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj"));
    }
}
