package dev.newsie.relations;

import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The presidents of Kazakhstan, Uzbekistan and Kyrgyzstan, Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Sadyr
 * Japarov, signed": with three or more holders the parser runs the names on as more holders of the plural title ("of
 * Tokayev"). Where the title's "of" list is holders (countries or organizations) followed by as many people, after a
 * comma, the people are the title's apposition, as in the parse of two ("The foreign ministers of India and China,
 * Subrahmanyam Jaishankar and Wang Yi"), and {@link RespectivePairs} pairs the two lists in order.
 */
final class RespectiveListRepair {
    private RespectiveListRepair() {
    }

    /** Moves the people of a run-on "of" list to the title's apposition, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph, DocumentEntities entities, int s, Set<String> titles) {
        boolean repaired = false;
        for (IndexedWord title : graph.vertexListSorted()) {
            if (!("NNS".equals(title.tag()) || "NNPS".equals(title.tag())) || title.lemma() == null || !titles.contains(title.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<SemanticGraphEdge> listed = new ArrayList<>(graph.outgoingEdgeList(title).stream()
                    .filter(e -> e.getRelation().toString().equals("nmod:of")).toList());
            listed.sort(Comparator.comparingInt(e -> e.getDependent().index()));
            int people = 0;
            while (people < listed.size() && type(entities, s, listed.get(people).getDependent()) != EntityType.PERSON) {
                people++;
            }
            int holders = people;
            boolean holdersOnly = listed.subList(0, holders).stream().allMatch(e -> {
                EntityType t = type(entities, s, e.getDependent());
                return t == EntityType.COUNTRY || t == EntityType.ORGANIZATION;
            });
            List<SemanticGraphEdge> named = listed.subList(holders, listed.size());
            if (holders < 2 || named.size() != holders || !holdersOnly
                    || named.stream().anyMatch(e -> type(entities, s, e.getDependent()) != EntityType.PERSON)
                    || !commaBefore(graph, entities, s, named.get(0).getDependent())) {
                continue;
            }
            IndexedWord first = named.get(0).getDependent();
            for (SemanticGraphEdge e : List.copyOf(named)) {
                IndexedWord person = e.getDependent();
                graph.removeEdge(e);
                for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(person))) {
                    if (in.getRelation().toString().startsWith("conj")) {
                        graph.removeEdge(in); // a conjunct of the first holder
                    }
                }
                graph.addEdge(title, person, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
                if (!person.equals(first)) {
                    graph.addEdge(first, person, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
                }
            }
            repaired = true;
        }
        return repaired;
    }

    private static EntityType type(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        return e == null ? null : e.type();
    }

    /** Whether a comma stands right before the name's first word (the name's words are the entity's tokens). */
    private static boolean commaBefore(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord name) {
        Entity person = entities.at(s, name.index() - 1);
        int k = name.index() - 1;
        while (k >= 1 && entities.at(s, k - 1) == person) {
            k--;
        }
        IndexedWord before = graph.getNodeByIndexSafe(k);
        return before != null && before.word().equals(",");
    }
}
