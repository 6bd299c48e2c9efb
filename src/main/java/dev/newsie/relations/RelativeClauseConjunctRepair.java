package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;

/**
 * "The agreement was signed by Nepal's foreign minister, Arzu Rana Deuba, who is on a visit to Bangladesh, and Touhid
 * Hossain": after a relative clause closed by a comma, the parser hangs the name after "and" on the clause's predicate,
 * as if the clause went on ("who is on a visit ... and [is] Touhid Hossain"). A name (a proper noun with no subject of
 * its own) after ", and" that the parser conjoins to the predicate of a relative clause on a noun is that noun's
 * conjunct, and takes the noun's relations to its governors (not its roles in its own relative clauses), as enhanced
 * dependencies give each conjunct.
 */
final class RelativeClauseConjunctRepair {
    private RelativeClauseConjunctRepair() {
    }

    /** Moves such names to the noun the relative clause describes, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge clause : new ArrayList<>(SemanticGraphs.edgesOf(graph, "acl:relcl"))) {
            IndexedWord noun = clause.getGovernor();
            IndexedWord predicate = clause.getDependent();
            if (noun.tag() == null || !noun.tag().startsWith("NN") || predicate.index() < noun.index()) {
                continue;
            }
            for (SemanticGraphEdge conj : new ArrayList<>(graph.outgoingEdgeList(predicate))) {
                IndexedWord name = conj.getDependent();
                String relation = conj.getRelation().toString();
                if (!relation.equals("conj:and") && !relation.equals("conj:or") || name.index() < predicate.index() || name.tag() == null
                        || !name.tag().startsWith("NNP") || hasSubject(graph, name) || !afterCommaAnd(graph, name)) {
                    continue;
                }
                graph.removeEdge(conj);
                // enhanced++ also gave the name the clause's relation to the noun: it is no clause of it
                for (SemanticGraphEdge copied : new ArrayList<>(graph.getAllEdges(noun, name))) {
                    graph.removeEdge(copied);
                }
                graph.addEdge(noun, name, conj.getRelation(), Double.NEGATIVE_INFINITY, false);
                for (SemanticGraphEdge governing : List.copyOf(graph.incomingEdgeList(noun))) {
                    GrammaticalRelation role = governing.getRelation();
                    boolean ownClause = SemanticGraphs.relativeClauseOn(graph, noun, governing.getGovernor());
                    if (!ownClause && !role.toString().startsWith("conj") && !role.toString().equals("appos") && !graph.containsEdge(governing.getGovernor(), name)) {
                        graph.addEdge(governing.getGovernor(), name, role, Double.NEGATIVE_INFINITY, false);
                    }
                }
                repaired = true;
            }
        }
        return repaired;
    }

    private static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                || e.getRelation().toString().equals("cop"));
    }

    /** Whether the name's phrase opens right after ", and" (", or"): its "and" and the comma before that are its own. */
    private static boolean afterCommaAnd(SemanticGraph graph, IndexedWord name) {
        for (SemanticGraphEdge cc : graph.outgoingEdgeList(name)) {
            IndexedWord conjunction = cc.getDependent();
            if (!cc.getRelation().toString().equals("cc") || !conjunction.word().matches("(?i)and|or")) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(conjunction.index() - 1);
            int start = graph.descendants(name).stream().filter(w -> w.index() > conjunction.index()).mapToInt(IndexedWord::index).min().orElse(name.index());
            return comma != null && comma.word().equals(",") && start == conjunction.index() + 1;
        }
        return false;
    }
}
