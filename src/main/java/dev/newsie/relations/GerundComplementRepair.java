package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a gerund complement its subject: in "Israel denied attacking Lebanon", "Russia resumed shelling Ukraine" the
 * one who attacks is the subject of the verb before it. The parser often hangs such a gerund loosely ("dep") and
 * gives it no subject; it becomes the verb's complement ("xcomp", so that "denied" negates it through
 * negation.governors) with the verb's subject as its own.
 */
final class GerundComplementRepair {
    private GerundComplementRepair() {
    }

    /** Ties subjectless gerunds right after a verb to that verb's subject, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            String relation = edge.getRelation().toString();
            IndexedWord verb = edge.getGovernor();
            IndexedWord gerund = edge.getDependent();
            if (!(relation.equals("dep") || relation.equals("xcomp")) || !isVerb(verb) || !"VBG".equals(gerund.tag())
                    || !rightAfter(graph, verb, gerund) || hasSubject(graph, gerund)) {
                continue;
            }
            IndexedWord subject = subjectOf(graph, verb);
            if (subject == null) {
                continue;
            }
            if (relation.equals("dep")) {
                graph.removeEdge(edge);
                graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            }
            graph.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Undoes an adjective reading of a gerund complement: in "Iran denied supplying drones to Russia" the parser takes
     * "supplying" for an adjective of "drones", the object of "denied". After a verb that takes a gerund complement
     * ({@code gerundVerbs}: "deny", "stop", "resume"; not "welcomed growing trade") the gerund is the verb's complement,
     * the noun its object, and what follows the noun ("to Russia") the gerund's. Returns whether it repaired.
     */
    static boolean repairAdjectiveReading(SemanticGraph graph, Set<String> gerundVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge object : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = object.getGovernor();
            IndexedWord noun = object.getDependent();
            if (!object.getRelation().toString().equals("obj") || !isVerb(verb) || verb.lemma() == null
                    || !gerundVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SemanticGraphEdge adjective = graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("amod") && "VBG".equals(e.getDependent().tag())
                            && e.getDependent().index() < noun.index() && rightAfter(graph, verb, e.getDependent()))
                    .findFirst().orElse(null);
            if (adjective == null) {
                continue;
            }
            IndexedWord gerund = adjective.getDependent();
            graph.removeEdge(object);
            graph.removeEdge(adjective);
            graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(gerund, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge after : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                if (after.getRelation().toString().startsWith("obl") && after.getDependent().index() > noun.index()) {
                    graph.removeEdge(after);
                    graph.addEdge(gerund, after.getDependent(), after.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            IndexedWord subject = subjectOf(graph, verb);
            if (subject != null) {
                graph.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
            repaired = true;
        }
        return repaired;
    }

    static boolean isVerb(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB");
    }

    /** Next to the verb, or with adverbs only between ("denied ever attacking"). */
    private static boolean rightAfter(SemanticGraph graph, IndexedWord verb, IndexedWord gerund) {
        if (gerund.index() <= verb.index()) {
            return false;
        }
        for (int i = verb.index() + 1; i < gerund.index(); i++) {
            IndexedWord between = graph.getNodeByIndexSafe(i);
            if (between == null || between.tag() == null || !between.tag().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** The verb's subject, also a controlled one ("nsubj:xsubj"), or null. */
    static IndexedWord subjectOf(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                return e.getDependent();
            }
        }
        return null;
    }
}
