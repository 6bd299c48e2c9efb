package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "Putin appointed Andrei Belousov defence minister", "Trump named Marco Rubio secretary of state": after a verb that
 * gives its object a title (small.clause.verbs) the parser often reads the name as a compound of the title and the
 * title as the verb's object, so the appointment is of a minister and nobody is appointed. When the object is a common
 * noun whose first compound is a person's name, the name is the object and the title what the verb makes it (xcomp),
 * as the parser reads "appointed him defence minister". Likewise a title the parser hangs loosely on a first object.
 */
final class SmallClauseRepair {
    private SmallClauseRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> verbs) {
        boolean repaired = false;
        for (SemanticGraphEdge object : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = object.getGovernor();
            IndexedWord title = object.getDependent();
            if (!object.getRelation().toString().equals("obj") || verb.lemma() == null
                    || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT)) || title.tag() == null
                    || !title.tag().startsWith("NN") || title.tag().startsWith("NNP") || title.index() < verb.index()) {
                continue;
            }
            SemanticGraphEdge name = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(title)) {
                if (e.getRelation().toString().equals("compound") && (name == null || e.getDependent().index() < name.getDependent().index())) {
                    name = e;
                }
            }
            // the name comes first, right after the verb's other words, and is a person's
            if (name == null || !"PERSON".equals(name.getDependent().ner()) || name.getDependent().index() < verb.index()) {
                continue;
            }
            graph.removeEdge(object);
            graph.removeEdge(name);
            graph.addEdge(verb, name.getDependent(), object.getRelation(), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(verb, title, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired | titlesHungOnTheName(graph, verbs);
    }

    /**
     * "General Motors named Mary Barra its chief executive": the parser may make the name the first object (iobj, or obj)
     * and hang the title on it loosely (dep); the name is the one named, the title what it is made.
     */
    private static boolean titlesHungOnTheName(SemanticGraph graph, Set<String> verbs) {
        boolean repaired = false;
        for (SemanticGraphEdge first : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = first.getGovernor();
            IndexedWord name = first.getDependent();
            String relation = first.getRelation().toString();
            // "named Mary Barra its chief executive" (iobj), "named Mark Rutte its secretary general" (obj)
            if (!(relation.equals("iobj") || relation.equals("obj")) || verb.lemma() == null || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    || !"PERSON".equals(name.ner()) || graph.outgoingEdgeList(verb).stream()
                            .anyMatch(e -> e.getRelation().toString().equals("obj") && !e.getDependent().equals(name))) {
                continue;
            }
            SemanticGraphEdge loose = graph.outgoingEdgeList(name).stream().filter(e -> e.getRelation().toString().equals("dep")
                    && e.getDependent().index() > name.index() && e.getDependent().tag() != null && e.getDependent().tag().startsWith("NN")
                    && !e.getDependent().tag().startsWith("NNP")).findFirst().orElse(null);
            if (loose == null) {
                continue;
            }
            graph.removeEdge(first);
            graph.removeEdge(loose);
            graph.addEdge(verb, name, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            // "its secretary general": an adjective the parser hung on the name belongs to the title it follows
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(name))) {
                if (e.getRelation().toString().equals("amod") && e.getDependent().index() == loose.getDependent().index() + 1) {
                    graph.removeEdge(e);
                    graph.addEdge(loose.getDependent(), e.getDependent(), e.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            graph.addEdge(verb, loose.getDependent(), UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
