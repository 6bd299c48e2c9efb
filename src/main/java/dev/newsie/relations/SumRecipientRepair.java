package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "The European Commission fined Apple 1.8 billion euros": the parser may read the first object as a compound of the
 * sum and hang the sum's number on it, so nobody is fined. A proper noun of the object's compounds with a number
 * between it and the object noun is the verb's first object (iobj), the number the sum's, as the parser reads
 * "fined Google 2 billion euros". Only for a sum of money ("the Hamas 2023 massacre" is none). The parser may also hang
 * the number on the sum and the name on it as a compound before the number ("fined Straits Meridian Bank 27 million
 * Singapore dollars"): no compound of a noun comes before its number, so the name is the first object there too.
 * When the parser made the class noun before the name the first object ("fined the company Hardangerlaks 9 million
 * kroner"), the name takes its place and the class noun becomes the name's compound.
 */
final class SumRecipientRepair {
    private SumRecipientRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> currencyNouns) {
        if (SemanticGraphs.noEdge(graph, "nummod")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge object : SemanticGraphs.edgesOf(graph, "obj")) {
            IndexedWord verb = object.getGovernor();
            IndexedWord sum = object.getDependent();
            if (verb.tag() == null || !verb.tag().startsWith("VB")
                    || sum.index() < verb.index()) {
                continue;
            }
            for (SemanticGraphEdge compound : new ArrayList<>(graph.outgoingEdgeList(sum))) {
                IndexedWord name = compound.getDependent();
                if (!compound.getRelation().toString().equals("compound") || name.tag() == null || !name.tag().startsWith("NNP")
                        || name.index() < verb.index()) {
                    continue;
                }
                SemanticGraphEdge number = numberBetween(graph, name, name.index(), sum.index());
                // a sum ("1.8 billion euros": lexicon/currency-nouns.txt), and a name no determiner opens ("the Hamas 2023 massacre")
                boolean money = sum.lemma() != null && currencyNouns.contains(sum.lemma().toLowerCase(Locale.ROOT));
                boolean determined = graph.outgoingEdgeList(sum).stream().anyMatch(e -> e.getRelation().toString().equals("det")
                        && e.getDependent().index() < name.index());
                boolean numberOfSumAfterName = numberBetween(graph, sum, name.index(), sum.index()) != null;
                if (number == null && !numberOfSumAfterName || !money || determined) {
                    continue;
                }
                graph.removeEdge(compound);
                IndexedWord classNoun = classNounBefore(graph, verb, name);
                if (classNoun != null) {
                    // "fined the company Hardangerlaks 9 million kroner": the name is the object the class noun names
                    graph.removeEdge(graph.getEdge(verb, classNoun));
                    graph.addEdge(name, classNoun, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER, Double.NEGATIVE_INFINITY, false);
                }
                graph.addEdge(verb, name, UniversalEnglishGrammaticalRelations.INDIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
                if (number != null) {
                    graph.removeEdge(number);
                    graph.addEdge(sum, number.getDependent(), number.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
                repaired = true;
            }
        }
        return repaired;
    }

    /** The verb's first object, a common noun right before the name's first word ("the lender Nordea Bank"), or null. */
    private static IndexedWord classNounBefore(SemanticGraph graph, IndexedWord verb, IndexedWord name) {
        return graph.outgoingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().equals("iobj") && e.getDependent().index() == SemanticGraphs.firstIndex(graph, name) - 1
                        && e.getDependent().tag() != null && e.getDependent().tag().startsWith("NN")
                        && !e.getDependent().tag().startsWith("NNP"))
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
    }

    /** The number (nummod, CD) the head has between two positions, or null. */
    private static SemanticGraphEdge numberBetween(SemanticGraph graph, IndexedWord head, int after, int before) {
        return graph.outgoingEdgeList(head).stream()
                .filter(e -> e.getRelation().toString().equals("nummod") && "CD".equals(e.getDependent().tag())
                        && e.getDependent().index() > after && e.getDependent().index() < before)
                .findFirst().orElse(null);
    }
}
