package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Croatia lifted its objection after Andrej Plenković and Milojko Spajić spoke by telephone": the parser may read a
 * subordinator that is also a preposition (clause.subordinators: "after", "before", "since", "until") as the
 * preposition, its clause's subject as the preposition's noun, and leave the clause's verb hanging loosely (dep) on the
 * main verb. When a finite verb without a subject follows the noun's phrase right away, the noun is that verb's
 * subject and the clause is an adverbial clause the word opens. The preposition's phrase may hang on a noun or an
 * adjective and the verb be its clause ("The case is the first since the league and the ministry agreed to register
 * players": nmod:since and acl); not a passive participle the tagger took for a past tense ("the largest vote since
 * the referendum held by Russia": a reduced relative clause of the noun).
 */
final class SubordinateClauseRepair {
    private final Set<String> subordinators;
    private final String[] relations;

    SubordinateClauseRepair(Set<String> subordinators) {
        this.subordinators = Set.copyOf(subordinators);
        this.relations = subordinators.stream().sorted().flatMap(w -> java.util.stream.Stream.of("obl:" + w, "nmod:" + w)).toArray(String[]::new);
    }

    boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge oblique : SemanticGraphs.edgesOf(graph, relations)) {
            IndexedWord main = oblique.getGovernor();
            IndexedWord noun = oblique.getDependent();
            SemanticGraphEdge marker = graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("case") && subordinators.contains(e.getDependent().word().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (marker == null) {
                continue;
            }
            int nounEnd = SemanticGraphs.lastIndex(graph, noun);
            SemanticGraphEdge loose = graph.outgoingEdgeList(main).stream()
                    .filter(e -> (e.getRelation().toString().equals("dep") || e.getRelation().toString().equals("acl")) && finite(e.getDependent())
                            && SemanticGraphs.firstIndex(graph, e.getDependent()) == nounEnd + 1)
                    .findFirst().orElse(null);
            if (loose == null || graph.outgoingEdgeList(loose.getDependent()).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                    || e.getRelation().toString().equals("aux:pass") || e.getRelation().toString().equals("obl:agent"))) {
                continue;
            }
            IndexedWord verb = loose.getDependent();
            String word = marker.getDependent().word().toLowerCase(Locale.ROOT);
            graph.removeEdge(oblique);
            graph.removeEdge(loose);
            graph.removeEdge(marker);
            graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(verb, marker.getDependent(), UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge conj : List.copyOf(graph.outgoingEdgeList(noun))) {
                if (conj.getRelation().toString().startsWith("conj")) { // "after Plenković and Spajić spoke": both spoke
                    SemanticGraphEdge shared = graph.getEdge(main, conj.getDependent(), oblique.getRelation());
                    if (shared != null) {
                        graph.removeEdge(shared);
                    }
                    graph.addEdge(verb, conj.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                }
            }
            graph.addEdge(main, verb, UniversalEnglishGrammaticalRelations.getAdvcl(word), Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    private static boolean finite(IndexedWord verb) {
        String tag = verb.tag();
        return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag);
    }
}
