package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Greer accused Mexico of dumping steel, a claim that was rejected by Ebrard", "The association criticised
 * Tidewater, saying it had not consulted crews, a claim the developer rejected": a claim noun set off by a comma sums
 * up what the one who says or accuses there said, wherever the parser hangs it. The repair links the noun
 * to that sayer (the relation {@code claimant}), for the rule rejected-claim: the one who rejects the claim rejects its
 * maker. The sayer is the subject of the nearest verb of saying, accusing or condemning above the noun (of the verb a
 * saying participle hangs on), the agent when that verb is passive ("Russia was accused by Poland of sabotage"); none
 * when a passive names no agent ("Russia was accused of interference, a charge Moscow denies") or a finite verb on the
 * way says nothing ("met Scholz in Paris, ..., a claim Rome denies").
 */
final class RejectedClaimRepair {
    static final GrammaticalRelation CLAIMANT = GrammaticalRelation.valueOf("claimant");
    /** The relations of a clause that is what a verb says ("wrote that ...", "said ...", "vowed to ..."). */
    private static final Pattern SAID_CLAUSE = Pattern.compile("ccomp|parataxis.*|xcomp");

    private RejectedClaimRepair() {
    }

    /** @param sayingVerbs lemmas of the verbs whose subject makes a claim (reported.verbs, accusation.governors, claim.makerVerbs) */
    static boolean repair(SemanticGraph graph, List<CoreLabel> tokens, Set<String> claimNouns, Set<String> sayingVerbs) {
        boolean repaired = false;
        for (IndexedWord noun : graph.vertexSet()) {
            int at = noun.index() - 1;
            // ", a claim ...": set off by a comma and an article
            if (!claimNouns.contains(lemma(noun)) || at < 2
                    || !tokens.get(at - 2).word().equals(",") || !"DT".equals(tokens.get(at - 1).tag())) {
                continue;
            }
            IndexedWord sayer = sayer(graph, noun, sayingVerbs);
            if (sayer != null && sayer.index() < noun.index()) {
                graph.addEdge(noun, sayer, CLAIMANT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    private static IndexedWord sayer(SemanticGraph graph, IndexedWord noun, Set<String> sayingVerbs) {
        Set<IndexedWord> seen = new HashSet<>();
        for (IndexedWord at = graph.getParent(noun); at != null && seen.add(at); at = graph.getParent(at)) {
            if (at.tag() == null || !at.tag().startsWith("VB") || at.lemma() == null) {
                continue;
            }
            if (sayingVerbs.contains(lemma(at))) {
                if (graph.outgoingEdgeList(at).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj:pass"))) {
                    // "Russia was accused by Poland of sabotage": the agent accuses; "Russia was accused of interference":
                    // the accuser is not named
                    return graph.outgoingEdgeList(at).stream().filter(e -> e.getRelation().toString().equals("obl:agent"))
                            .map(e -> e.getTarget()).findFirst().orElse(null);
                }
                List<IndexedWord> subjects = SemanticGraphs.subjects(graph, at);
                if (subjects.isEmpty()) {
                    // "criticised Tidewater, saying ...": a participle's sayer is the subject of the verb it hangs on
                    IndexedWord governor = graph.getParent(at);
                    subjects = governor == null ? List.of() : SemanticGraphs.subjects(graph, governor);
                }
                return subjects.isEmpty() ? null : subjects.get(0);
            }
            // a gerund or a base form inside what was said ("of dumping steel", "did not consult crews"), or a verb
            // said ("wrote that Valve and Microsoft share an interest"), leads on to the verb of saying; a verb of its own
            // clause that says nothing does not ("met Scholz in Paris, ..., a claim Rome denies")
            IndexedWord governor = graph.getParent(at);
            var edge = governor == null ? null : graph.getEdge(governor, at);
            boolean said = edge != null && SAID_CLAUSE.matcher(edge.getRelation().toString()).matches();
            if (!"VBG".equals(at.tag()) && !"VB".equals(at.tag()) && !said) {
                return null;
            }
        }
        return null;
    }
}
