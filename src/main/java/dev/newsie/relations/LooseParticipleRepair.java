package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;

/**
 * "Kenya would ask the African Development Bank, led by Akinwumi Adesina, to help fund the project": the parser may hang
 * a participle with its agent loosely on the verb (dep) instead of on the name before its comma. A past participle
 * with a "by" agent, right after a comma that follows the last word of the verb's object and closed by a comma before
 * the verb's "to" clause, describes that object (acl), as in "the bank led by Adesina".
 */
final class LooseParticipleRepair {
    private LooseParticipleRepair() {
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge loose : SemanticGraphs.edgesOf(graph, "dep")) {
            IndexedWord verb = loose.getGovernor();
            IndexedWord participle = loose.getDependent();
            if (!"VBN".equals(participle.tag()) || participle.index() < verb.index()
                    || graph.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString().matches("obl:(by|agent)"))
                    || graph.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                            || e.getRelation().toString().startsWith("aux"))) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(participle.index() - 1);
            IndexedWord last = graph.getNodeByIndexSafe(participle.index() - 2);
            SemanticGraphEdge object = last == null ? null : graph.getEdge(verb, last);
            if (comma == null || !comma.word().equals(",") || object == null || !object.getRelation().toString().equals("obj")
                    || last.tag() == null || !last.tag().startsWith("NN") || !closedByComma(graph, participle)) {
                continue;
            }
            graph.removeEdge(loose);
            graph.addEdge(last, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "The US Department of Justice, led by Attorney General Pam Bondi, did not comment": the parser may take a past
     * participle set off by commas after the sentence's subject for the main verb, with the name as its subject and the
     * real verb as a loose dependent. A participle with a "by" agent, no auxiliary and no object, right after a comma
     * that follows its subject, whose phrase a comma closes before a verb it governs, describes the subject (acl), and
     * that verb is the subject's.
     */
    static boolean repairSubjectParticiple(SemanticGraph graph) {
        if (SemanticGraphs.noEdge(graph, "obl:agent") && SemanticGraphs.noEdge(graph, "obl:by")) {
            return false; // most sentences: no "by" agent, no subject's participle (and no copy of every subject edge)
        }
        boolean repaired = false;
        for (SemanticGraphEdge subject : SemanticGraphs.edgesOf(graph, "nsubj")) {
            IndexedWord participle = subject.getGovernor();
            IndexedWord name = subject.getDependent();
            IndexedWord comma = graph.getNodeByIndexSafe(participle.index() - 1);
            if (!"VBN".equals(participle.tag()) || name.index() > participle.index() || comma == null || !comma.word().equals(",")
                    || graph.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString().matches("obl:(by|agent)"))
                    || graph.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                            || e.getRelation().toString().equals("obj") || e.getRelation().toString().startsWith("ccomp"))) {
                continue;
            }
            SemanticGraphEdge loose = graph.outgoingEdgeList(participle).stream()
                    .filter(e -> e.getRelation().toString().matches("dep|parataxis") && e.getDependent().index() > participle.index()
                            && e.getDependent().tag() != null && e.getDependent().tag().startsWith("VB"))
                    .findFirst().orElse(null);
            if (loose == null || graph.outgoingEdgeList(loose.getDependent()).stream()
                    .anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            IndexedWord verb = loose.getDependent();
            // the participle's own phrase: its words before the verb's, closed by a comma
            int end = participle.index();
            for (SemanticGraphEdge e : graph.outgoingEdgeList(participle)) {
                if (e != loose && e != subject && e.getDependent().index() < verb.index() && !e.getRelation().toString().equals("punct")) {
                    end = Math.max(end, SemanticGraphs.lastIndex(graph, e.getDependent()));
                }
            }
            IndexedWord closing = graph.getNodeByIndexSafe(end + 1);
            if (closing == null || !closing.word().equals(",") || SemanticGraphs.firstIndex(graph, verb) <= end + 1) {
                continue;
            }
            boolean root = graph.getRoots().contains(participle);
            graph.removeEdge(subject);
            graph.removeEdge(loose);
            // the sentence's words after the participle's phrase go with the verb (the full stop)
            for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(participle))) {
                if (e.getDependent().index() > end + 1) {
                    graph.removeEdge(e);
                    graph.addEdge(verb, e.getDependent(), e.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            graph.addEdge(name, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(verb, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (root) {
                graph.setRoot(verb);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * Whether a comma follows the participle's phrase (its last word: the agent's name) and the verb's "to" clause after
     * it: "ask the bank, led by Adesina, to help". Anything else may go on about the subject ("Israel struck Iran,
     * backed by the United States, on Saturday": Israel was backed).
     */
    private static boolean closedByComma(SemanticGraph graph, IndexedWord participle) {
        int end = SemanticGraphs.lastIndex(graph, participle);
        IndexedWord after = graph.getNodeByIndexSafe(end + 1);
        IndexedWord next = graph.getNodeByIndexSafe(end + 2);
        return after != null && after.word().equals(",") && next != null && "TO".equals(next.tag());
    }
}
