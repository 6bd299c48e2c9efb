package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "Havenstad Medical Centre and Sint Adriaan Hospital announced that they will merge", "Siemens and Alstom said they had
 * agreed to merge": "they" as the subject of an act of each other (a reciprocal verb: merge, meet, agree) that two or
 * more conjoined subjects of a verb of saying report is those subjects. An unresolved "they" there becomes each of them,
 * as "Siemens and Alstom will merge" has them, so the patterns read the reported act as theirs. Another act may be of
 * others the story named before ("Two Chinese nationals were detained. The Philippines and Japan said they had passed
 * secrets to China"): "they" stays unresolved.
 */
final class ConjoinedSayersPronounRepair {
    private ConjoinedSayersPronounRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> reportingVerbs, Predicate<String> pluralPronoun, Set<String> reciprocalVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge content : SemanticGraphs.edgesOf(graph, "ccomp")) {
            IndexedWord saying = content.getGovernor();
            if (saying.lemma() == null || !reportingVerbs.contains(saying.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<IndexedWord> sayers = SemanticGraphs.subjects(graph, saying);
            IndexedWord pronoun = SemanticGraphs.subjects(graph, content.getDependent()).stream()
                    .filter(w -> pluralPronoun.test(w.word()) && (w.ner() == null || w.ner().equals("O")))
                    .findFirst().orElse(null);
            if (sayers.size() < 2 || pronoun == null || sayers.stream().anyMatch(w -> w.tag() == null || !w.tag().startsWith("NN"))
                    || !reciprocal(graph, content.getDependent(), reciprocalVerbs)) {
                continue;
            }
            for (SemanticGraphEdge subject : List.copyOf(graph.incomingEdgeList(pronoun))) {
                if (!subject.getRelation().toString().startsWith("nsubj")) {
                    continue;
                }
                graph.removeEdge(subject);
                for (IndexedWord sayer : sayers) {
                    graph.addEdge(subject.getGovernor(), sayer, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            repaired = true;
        }
        return repaired;
    }

    /** Whether the reported verb, or one it controls ("agreed to merge"), is a reciprocal verb. */
    private static boolean reciprocal(SemanticGraph graph, IndexedWord verb, Set<String> reciprocalVerbs) {
        if (verb.lemma() != null && reciprocalVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("xcomp"))
                .anyMatch(e -> reciprocal(graph, e.getDependent(), reciprocalVerbs));
    }
}
