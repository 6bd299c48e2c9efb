package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.function.Predicate;

/**
 * The marks and subject of a clause the parser built around an infinitive ("on Israel to protect", "with Saudi Arabia
 * to supply", "plans to visit"): what the repairs that undo or complete such clauses look up.
 */
final class InfinitiveClauses {
    private InfinitiveClauses() {
    }

    /** The verb's first "mark" whose word passes the test ("to", "with"), or null. */
    static SemanticGraphEdge mark(SemanticGraph graph, IndexedWord verb, Predicate<String> word) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("mark") && word.test(e.getDependent().word())) {
                return e;
            }
        }
        return null;
    }

    /** Whether the verb is marked as an infinitive ("to visit"). */
    static boolean hasToMark(SemanticGraph graph, IndexedWord verb) {
        return mark(graph, verb, "to"::equalsIgnoreCase) != null;
    }

    /** The verb's own (not controlled) subject edge, or null. */
    static SemanticGraphEdge subject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("nsubj")) {
                return e;
            }
        }
        return null;
    }
}
