package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the right subject to the infinitive of "call on X to do", "appeal to X to do", "count on X to do". The
 * parser's enhanced++ graph sends the infinitive's subject to the controlling verb's subject (as in "Poland
 * vowed to send tanks"), but with these verbs the doer is the one called on: in "Poland called on Germany to
 * send tanks to Ukraine" Germany is to send the tanks, not Poland. The verb and preposition pairs are the
 * setting {@code control.oblique} of models/relations.properties ("call on", "appeal to"). The parser also reads
 * "called on Israel to protect civilians" as a clause "on Israel to protect" (like "for Israel to protect") hung on
 * the verb: that is undone first, so the one called on is the verb's oblique and the infinitive its complement.
 * With the doer right, the act asked for is no triple at all (Qualifiers#askedOfSubject): the call is the fact.
 */
final class ObliqueControlRepair {
    private static final String XSUBJ = "nsubj:xsubj";

    private final Set<String> verbPrepositions;

    ObliqueControlRepair(Set<String> verbPrepositions) {
        this.verbPrepositions = Set.copyOf(verbPrepositions);
    }

    /** Points the infinitive's controlled subject at the one called on, in place; returns whether it did. */
    boolean repair(SemanticGraph graph) {
        boolean repaired = undoClauseReading(graph);
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            IndexedWord addressee = addressee(graph, verb);
            if (addressee == null) {
                continue;
            }
            for (SemanticGraphEdge xcomp : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                if (!xcomp.getRelation().toString().equals("xcomp") || xcomp.getDependent().index() < addressee.index()) {
                    continue;
                }
                IndexedWord infinitive = xcomp.getDependent();
                List<SemanticGraphEdge> controlled = graph.outgoingEdgeList(infinitive).stream()
                        .filter(e -> e.getRelation().toString().equals(XSUBJ)).toList();
                if (controlled.isEmpty()) {
                    continue;
                }
                for (SemanticGraphEdge e : controlled) {
                    graph.removeEdge(e);
                }
                graph.addEdge(infinitive, addressee, controlled.get(0).getRelation(), Double.NEGATIVE_INFINITY, true);
                repaired = true;
            }
        }
        return repaired;
    }

    /**
     * "called on Israel to protect": the clause's "on" becomes the preposition of the verb's oblique, its subject
     * that oblique, the clause the verb's complement (its subject then set by {@link #repair}).
     */
    private boolean undoClauseReading(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge clause : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = clause.getGovernor();
            IndexedWord infinitive = clause.getDependent();
            if (!clause.getRelation().toString().startsWith("advcl") || verb.lemma() == null || infinitive.index() < verb.index()) {
                continue;
            }
            SemanticGraphEdge preposition = InfinitiveClauses.mark(graph, infinitive, word -> !word.equalsIgnoreCase("to"));
            SemanticGraphEdge subject = InfinitiveClauses.subject(graph, infinitive);
            if (preposition == null || !InfinitiveClauses.hasToMark(graph, infinitive) || subject == null
                    || !verbPrepositions.contains(verb.lemma().toLowerCase(Locale.ROOT) + " " + preposition.getDependent().word().toLowerCase(Locale.ROOT))
                    || preposition.getDependent().index() != verb.index() + 1 || subject.getDependent().index() < preposition.getDependent().index()) {
                continue;
            }
            IndexedWord party = subject.getDependent();
            String word = preposition.getDependent().word().toLowerCase(Locale.ROOT);
            graph.removeEdge(clause);
            graph.removeEdge(preposition);
            graph.removeEdge(subject);
            graph.addEdge(party, preposition.getDependent(), UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(verb, party, UniversalEnglishGrammaticalRelations.getObl(word), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(verb, infinitive, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(infinitive, party, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            repaired = true;
        }
        return repaired;
    }

    /** The one a control verb calls on: its oblique with one of the listed prepositions ("on Germany"). */
    private IndexedWord addressee(SemanticGraph graph, IndexedWord verb) {
        if (verb.tag() == null || !verb.tag().startsWith("VB") || verb.lemma() == null) {
            return null;
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String relation = e.getRelation().toString();
            IndexedWord dependent = e.getDependent();
            // "called on Monday to ...": a time is no party
            boolean party = dependent.tag() != null && (dependent.tag().startsWith("NN") || dependent.tag().startsWith("PRP"))
                    && !GerundComplementRepair.isTime(dependent);
            if (party && relation.startsWith("obl:") && verbPrepositions.contains(lemma + " " + relation.substring(4))) {
                return dependent;
            }
        }
        return null;
    }
}
