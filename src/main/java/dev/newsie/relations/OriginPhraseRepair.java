package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;

/**
 * Gives a "from" phrase back to the noun it follows: in "The United States imposed tariffs on goods from China" the
 * parser hangs "from China" on the verb, though it says where the goods come from (a measure on a thing from a country
 * hits that country, as "on Chinese goods" does). A "from" phrase of a verb that comes right after the noun of its
 * object's "on" or "against" phrase becomes that noun's. A time ("from March 4") dates the verb, and a named noun
 * ("sanctions on Russia from ...") is no thing of unknown origin: both stay.
 */
final class OriginPhraseRepair {
    private OriginPhraseRepair() {
    }

    /** Moves such "from" phrases to the noun before them, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge from : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = from.getGovernor();
            IndexedWord origin = from.getDependent();
            if (!from.getRelation().toString().equals("obl:from") || !SemanticGraphs.isVerb(verb)
                    || GerundComplementRepair.isTime(origin)) {
                continue;
            }
            IndexedWord thing = thingRightBefore(graph, verb, origin);
            if (thing != null) {
                graph.removeEdge(from);
                graph.addEdge(thing, origin, UniversalEnglishGrammaticalRelations.getNmod("from"), Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** The common noun of the verb's object's "on"/"against" phrase whose next word opens the origin's phrase, or null. */
    private static IndexedWord thingRightBefore(SemanticGraph graph, IndexedWord verb, IndexedWord origin) {
        int opens = origin.index();
        for (SemanticGraphEdge c : graph.outgoingEdgeIterable(origin)) {
            if (c.getRelation().toString().equals("case")) {
                opens = Math.min(opens, c.getDependent().index());
            }
        }
        for (SemanticGraphEdge obj : graph.outgoingEdgeIterable(verb)) {
            if (!obj.getRelation().toString().equals("obj")) {
                continue;
            }
            for (SemanticGraphEdge on : graph.outgoingEdgeIterable(obj.getDependent())) {
                IndexedWord thing = on.getDependent();
                String rel = on.getRelation().toString();
                if ((rel.equals("nmod:on") || rel.equals("nmod:against")) && thing.index() + 1 == opens
                        && thing.tag() != null && thing.tag().startsWith("NN") && !thing.tag().startsWith("NNP")
                        && (thing.ner() == null || thing.ner().equals("O"))) {
                    return thing;
                }
            }
        }
        return null;
    }
}
