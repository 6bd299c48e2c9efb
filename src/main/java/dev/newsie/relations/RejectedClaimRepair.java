package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Greer accused Mexico of dumping steel, a claim that was rejected by Ebrard", "The association criticised
 * Tidewater, saying it had not consulted crews, a claim the developer rejected": a claim noun set off at the end of the
 * sentence sums up what the sentence's subject said, wherever the parser hangs it. The repair links the noun to that
 * subject (the relation {@code claimant}), for the rule rejected-claim: the one who rejects the claim rejects its maker.
 */
final class RejectedClaimRepair {
    static final GrammaticalRelation CLAIMANT = GrammaticalRelation.valueOf("claimant");

    private RejectedClaimRepair() {
    }

    static boolean repair(SemanticGraph graph, List<edu.stanford.nlp.ling.CoreLabel> tokens, Set<String> claimNouns) {
        IndexedWord root = graph.getFirstRoot();
        if (root == null) {
            return false;
        }
        List<IndexedWord> subjects = SemanticGraphs.subjects(graph, root);
        if (subjects.isEmpty()) {
            return false;
        }
        boolean repaired = false;
        for (IndexedWord noun : graph.vertexSet()) {
            int at = noun.index() - 1;
            // ", a claim ...": set off by a comma and an article, after the sentence's subject
            if (noun.lemma() == null || !claimNouns.contains(noun.lemma().toLowerCase(Locale.ROOT)) || at < 2
                    || !tokens.get(at - 2).word().equals(",") || !"DT".equals(tokens.get(at - 1).tag())
                    || noun.index() < subjects.get(0).index() || noun.equals(root)) {
                continue;
            }
            graph.addEdge(noun, subjects.get(0), CLAIMANT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }
}
