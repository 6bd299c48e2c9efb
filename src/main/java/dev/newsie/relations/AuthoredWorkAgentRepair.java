package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Beltracchi was jailed for forging works by Max Ernst and Heinrich Campendonk": the parser may hang "by" and the
 * painters on "jailed" as its agents, and the painters jail the forger. A "by" right after a noun of a work that someone
 * makes (agent.authoredWorkFiles), in the verb's phrase and acted on by a bare gerund the parser took for its adjective
 * ("forging works"), names the work's maker: the agents after it become the work's. Any other work keeps the passive's
 * doer ("was honoured for her work by the Queen", "for her pioneering work by the Royal Society").
 */
final class AuthoredWorkAgentRepair {
    private AuthoredWorkAgentRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> workNouns) {
        boolean repaired = false;
        for (SemanticGraphEdge agent : new ArrayList<>(SemanticGraphs.edgesOf(graph, "obl:agent"))) {
            IndexedWord verb = agent.getGovernor();
            IndexedWord by = graph.getChildWithReln(agent.getDependent(), UniversalEnglishGrammaticalRelations.CASE_MARKER);
            if (by == null || !by.word().equalsIgnoreCase("by") || !graph.containsEdge(verb, agent.getDependent())) {
                continue;
            }
            IndexedWord work = graph.getNodeByIndexSafe(by.index() - 1);
            if (work == null || work.index() <= verb.index() || work.tag() == null || !work.tag().matches("NNS?")
                    || !workNouns.contains(lemma(work))
                    || !graph.descendants(verb).contains(work) || !handledWork(graph, work)) {
                continue;
            }
            // the first maker and the ones conjoined after it
            List<SemanticGraphEdge> makers = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("obl:agent") && e.getDependent().index() > by.index())
                    .toList();
            for (SemanticGraphEdge maker : makers) {
                graph.removeEdge(maker);
                graph.addEdge(work, maker.getDependent(), UniversalEnglishGrammaticalRelations.getNmod("by"), Double.NEGATIVE_INFINITY, false);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * Whether a gerund the parser took for the work's adjective acts on it ("forging works"): bare, with no article or
     * possessive, which make the "-ing" word an adjective ("her pioneering work").
     */
    private static boolean handledWork(SemanticGraph graph, IndexedWord work) {
        boolean gerund = graph.outgoingEdgeList(work).stream().anyMatch(e -> e.getRelation().toString().equals("amod")
                && "VBG".equals(e.getDependent().tag()));
        boolean determined = graph.outgoingEdgeList(work).stream()
                .anyMatch(e -> e.getRelation().toString().equals("det") || e.getRelation().toString().equals("nmod:poss"));
        return gerund && !determined;
    }
}
