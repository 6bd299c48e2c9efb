package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;
import java.util.Set;

/**
 * "Yván Gil said Canada had interfered in the election and accused Mélanie Joly of promoting a coup", "Murray said Doyle
 * had misled parliament and called on him to resign": the parser joins the second verb to the reported clause, so that
 * its subject is the reported one's. A speaker's act (reported.speakerActs: accuse, call, urge, warn...) joined by
 * "and" to a reported clause in a compound tense ("had interfered") with no auxiliary of its own is the speaker's next
 * act: it becomes a conjunct of the verb of saying, with the speaker for subject. So is one joined to a reported
 * copula ("Youssouf said the attack was unacceptable and called on both sides to stop"), which it cannot share.
 */
final class ReportedConjunctRepair {
    private ReportedConjunctRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> reportingVerbs, Set<String> speakerActs) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : SemanticGraphs.edgesOf(graph, "conj:and")) {
            IndexedWord reported = conj.getGovernor();
            IndexedWord act = conj.getDependent();
            SemanticGraphEdge content = graph.incomingEdgeList(reported).stream()
                    .filter(e -> e.getRelation().toString().equals("ccomp") && reportingVerbs.contains(lemma(e.getGovernor())))
                    .findFirst().orElse(null);
            if (content == null || !speakerActs.contains(lemma(act)) || !SemanticGraphs.hasDependent(graph, reported, "aux", "cop")
                    || SemanticGraphs.hasDependent(graph, act, "aux")
                    || act.tag() == null || !act.tag().matches("VBD|VBN")) {
                continue;
            }
            IndexedWord saying = content.getGovernor();
            List<IndexedWord> speakers = SemanticGraphs.subjects(graph, saying);
            if (speakers.isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge e : List.copyOf(graph.incomingEdgeList(act))) {
                if (e.getGovernor().equals(saying) && e.getRelation().toString().equals("ccomp")) {
                    graph.removeEdge(e);
                }
            }
            for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(act))) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    graph.removeEdge(e);
                }
            }
            graph.removeEdge(conj);
            graph.addEdge(saying, act, conj.getRelation(), Double.NEGATIVE_INFINITY, false);
            for (IndexedWord speaker : speakers) {
                graph.addEdge(act, speaker, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
            repaired = true;
        }
        return repaired;
    }
}
