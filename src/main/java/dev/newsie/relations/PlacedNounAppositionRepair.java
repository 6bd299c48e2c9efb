package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * "Bolt's main rival in Europe, Uber, agreed to buy Liftago", "the largest bank in Germany, Deutsche Bank, said", "its
 * regional director for Europe, Hans Kluge,": the parser may hang the name in apposition on the place that ends the
 * noun phrase before it. A person or organization is no apposition of a place; after "NOUN in PLACE," (or "for PLACE")
 * it names the noun.
 */
final class PlacedNounAppositionRepair {
    /** The tagger's tags of a place (CoreNLP's fine-grained ones too). */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    /** The tags of a name that can be no place's apposition. */
    private static final Set<String> NAMED_TAGS = Set.of("PERSON", "ORGANIZATION");
    /** How a place hangs on the noun it says where of ("rival in Europe", "across Europe", "outside Europe"). */
    static final Set<String> PLACE_RELATIONS = Set.of("nmod:in", "nmod:across", "nmod:outside", "nmod:for");

    private PlacedNounAppositionRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        if (SemanticGraphs.noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord place = apposition.getGovernor();
            IndexedWord name = apposition.getDependent();
            if (!PLACE_TAGS.contains(place.ner()) || !NAMED_TAGS.contains(name.ner()) || name.index() < place.index()) {
                continue;
            }
            for (SemanticGraphEdge placed : graph.incomingEdgeList(place)) {
                IndexedWord noun = placed.getGovernor();
                if (PLACE_RELATIONS.contains(placed.getRelation().toString()) && noun.tag() != null && noun.tag().matches("NNS?")
                        && noun.index() < place.index()) {
                    graph.removeEdge(apposition);
                    graph.addEdge(noun, name, apposition.getRelation(), Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                    break;
                }
            }
        }
        return repaired;
    }
}
