package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * "Reid, who is trained by his father, Steve Reid, and promoted by the London company Kingsway Boxing, said": the parser
 * may conjoin the second participle ("promoted") with the name the relative clause describes, not with the clause's
 * passive verb ("is trained"), and even make it the subject of the main verb. A past participle with an agent ("by"),
 * conjoined with a noun whose relative (or loosely attached) passive verb comes before it, is that verb's conjunct and
 * shares its passive subject, the noun.
 */
final class RelativeParticipleConjunctRepair {
    private RelativeParticipleConjunctRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : SemanticGraphs.edgesOf(graph, "conj:and")) {
            IndexedWord noun = conj.getGovernor();
            IndexedWord participle = conj.getDependent();
            if (noun.tag() == null || !noun.tag().startsWith("NN") || !"VBN".equals(participle.tag())
                    || graph.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString().equals("obl:by")
                            || e.getRelation().toString().equals("obl:agent"))) {
                continue;
            }
            IndexedWord passive = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                String rel = e.getRelation().toString();
                IndexedWord verb = e.getDependent();
                if ((rel.equals("acl:relcl") || rel.equals("dep")) && "VBN".equals(verb.tag()) && verb.index() < participle.index()
                        && graph.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("aux:pass"))) {
                    passive = verb;
                }
            }
            if (passive == null) {
                continue;
            }
            graph.removeEdge(conj);
            graph.incomingEdgeList(participle).stream().filter(e -> e.getRelation().toString().startsWith("nsubj")).toList()
                    .forEach(graph::removeEdge);
            graph.addEdge(passive, participle, conj.getRelation(), conj.getWeight(), false);
            graph.addEdge(participle, noun, UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
