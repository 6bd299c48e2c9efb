package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "Hours after meeting Xi Jinping in Beijing, Biden flew to Japan", "Maya Rhodes announced a tour, days after suing
 * Island Records": after a span of time ("two days", "a week", "hours": {@code participle.timeNouns}) the parser reads
 * "after"/"before" and its "-ing" verb as a modifier of the time noun, the verb as an adjective of its object, and at
 * times the time noun as the main verb's subject. The phrase is the main verb's oblique, as it is without the span
 * ("after meeting Xi Jinping, Biden ..."), where {@link GerundComplementRepair#repairAdjunctAct} makes the "-ing" verb
 * a clause of the main verb's subject; a time noun beside another subject is no subject.
 */
final class TimeSpanParticipleRepair {
    private TimeSpanParticipleRepair() {
    }

    /**
     * Whether the verb has a subject besides the time noun; if so the time noun becomes its temporal oblique, and the
     * "-ing" clauses that took the time noun for their subject take the verb's (the graph changes only then).
     */
    private static boolean giveWayToOtherSubject(SemanticGraph graph, IndexedWord verb, IndexedWord time) {
        IndexedWord subject = graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("nsubj")
                && !e.getDependent().equals(time)).map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
        if (subject == null) {
            return false;
        }
        for (SemanticGraphEdge e : new ArrayList<>(graph.incomingEdgeList(time))) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") && e.getGovernor().equals(verb)) {
                graph.removeEdge(e);
                graph.addEdge(verb, time, UniversalEnglishGrammaticalRelations.getObl("tmod"), Double.NEGATIVE_INFINITY, false);
            } else if (rel.equals("nsubj:xsubj")) {
                graph.removeEdge(e);
                graph.addEdge(e.getGovernor(), subject, e.getRelation(), Double.NEGATIVE_INFINITY, true);
            }
        }
        return true;
    }

    /** Whether the parser hangs the word on the noun as its adjective ("suing Island Records" read as amod). */
    private static boolean isAdjectiveOf(SemanticGraph graph, IndexedWord word, IndexedWord noun) {
        SemanticGraphEdge edge = graph.getEdge(noun, word);
        return edge != null && edge.getRelation().toString().equals("amod");
    }

    /** Hangs such phrases on the main verb, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph, Set<String> timeNouns, Set<String> markers) {
        boolean repaired = false;
        for (IndexedWord time : graph.vertexListSorted()) {
            if (time.tag() == null || !time.tag().startsWith("NN") || !timeNouns.contains(lemma(time))) {
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(time).stream().filter(e -> SemanticGraphs.isVerb(e.getGovernor())
                    && !e.getRelation().toString().equals("nsubj:xsubj")).findFirst().orElse(null);
            IndexedWord preposition = graph.getNodeByIndexSafe(time.index() + 1);
            IndexedWord gerund = graph.getNodeByIndexSafe(time.index() + 2);
            if (up == null || preposition == null || gerund == null || !"VBG".equals(gerund.tag())
                    || !markers.contains(preposition.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            IndexedWord verb = up.getGovernor();
            boolean subject = up.getRelation().toString().startsWith("nsubj");
            if (subject && !giveWayToOtherSubject(graph, verb, time)) {
                continue; // the time noun is the only subject: the parse is no reading of this construction
            }
            // "Days after suing Island Records, Maya Rhodes announced": the parse may be right but for the subject
            repaired |= subject;
            String spanRelation = "nmod:" + preposition.word().toLowerCase(Locale.ROOT);
            SemanticGraphEdge span = graph.outgoingEdgeList(time).stream().filter(e -> e.getRelation().toString().equals(spanRelation)
                    && isAdjectiveOf(graph, gerund, e.getDependent())).findFirst().orElse(null);
            if (span == null) {
                continue;
            }
            graph.removeEdge(span);
            graph.addEdge(verb, span.getDependent(), UniversalEnglishGrammaticalRelations.getObl(spanRelation.substring(5)),
                    Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
