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

    /** titles: lexicon/titles.txt, lower case: only a title is what a name is made ("a Putin ally" is no title). */
    static boolean repair(SemanticGraph graph, Set<String> verbs, Set<String> titles) {
        boolean repaired = false;
        for (SemanticGraphEdge object : SemanticGraphs.edgesOf(graph, "obj")) {
            IndexedWord verb = object.getGovernor();
            IndexedWord title = object.getDependent();
            if (verb.lemma() == null
                    || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT)) || title.tag() == null
                    || !title.tag().equals("NN") || title.index() < verb.index() || title.lemma() == null
                    || !titles.contains(title.lemma().toLowerCase(Locale.ROOT))
                    // "appointed a Putin ally", "elected an Ivanishvili loyalist": a determiner opens a phrase, no name starts it
                    || graph.outgoingEdgeList(title).stream().anyMatch(e -> e.getRelation().toString().matches("det|nmod:poss"))) {
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
        return repaired | titlesHungOnTheName(graph, verbs, titles);
    }

    /**
     * "General Motors named Mary Barra its chief executive": the parser may make the name the first object (iobj, or obj)
     * and hang the title on it loosely (dep); the name is the one named, the title what it is made.
     */
    private static boolean titlesHungOnTheName(SemanticGraph graph, Set<String> verbs, Set<String> titles) {
        boolean repaired = false;
        // "named Mary Barra its chief executive" (iobj), "named Mark Rutte its secretary general" (obj)
        for (SemanticGraphEdge first : SemanticGraphs.edgesOf(graph, "iobj", "obj")) {
            IndexedWord verb = first.getGovernor();
            IndexedWord name = first.getDependent();
            if (verb.lemma() == null || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    || !"PERSON".equals(name.ner()) || graph.outgoingEdgeList(verb).stream()
                            .anyMatch(e -> e.getRelation().toString().equals("obj") && !e.getDependent().equals(name))) {
                continue;
            }
            SemanticGraphEdge loose = graph.outgoingEdgeList(name).stream().filter(e -> e.getRelation().toString().equals("dep")
                    && e.getDependent().index() > name.index() && "NN".equals(e.getDependent().tag()) && e.getDependent().lemma() != null
                    && titles.contains(e.getDependent().lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
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
