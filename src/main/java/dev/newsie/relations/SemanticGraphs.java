package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Edge lookups the parse repairs share: most sentences have none of the edges a repair looks for. */
final class SemanticGraphs {
    private SemanticGraphs() {
    }

    static boolean isVerb(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB");
    }

    /** The verb's subjects, active, passive or controlled ("nsubj", "nsubj:pass", "nsubj:xsubj"). */
    static List<IndexedWord> subjects(SemanticGraph graph, IndexedWord verb) {
        List<IndexedWord> subjects = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                subjects.add(e.getDependent());
            }
        }
        return subjects;
    }

    /** Whether the verb is a relative clause on the noun (acl:relcl): "the minister, who is on a visit to X". */
    static boolean relativeClauseOn(SemanticGraph graph, IndexedWord noun, IndexedWord verb) {
        return graph.getAllEdges(noun, verb).stream().anyMatch(e -> e.getRelation().toString().equals("acl:relcl"));
    }

    /**
     * The edges by which the word fills roles in clauses: subject, object and oblique (and nominal modifiers when asked),
     * not as the antecedent of its own relative clause ("A, who is on a visit to X, and B": the visit is A's alone). A
     * copy: a caller may share them with another word.
     */
    static List<SemanticGraphEdge> roles(SemanticGraph graph, IndexedWord word, boolean withNominalModifiers) {
        return graph.incomingEdgeList(word).stream().filter(in -> {
            String relation = in.getRelation().toString();
            return !relativeClauseOn(graph, word, in.getGovernor()) && (relation.startsWith("nsubj") || relation.equals("obj")
                    || relation.equals("iobj") || relation.startsWith("obl") || withNominalModifiers && relation.startsWith("nmod"));
        }).toList();
    }

    /** Whether the word has a dependent by one of the relations ("det", "aux", "cop"). */
    static boolean hasDependent(SemanticGraph graph, IndexedWord word, String... relations) {
        Set<String> wanted = Set.of(relations);
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> wanted.contains(e.getRelation().toString()));
    }

    /** Whether the graph has no edge of the relation: lets a repair skip a sentence before copying its sorted edges. */
    static boolean noEdge(SemanticGraph graph, String relation) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            if (e.getRelation().toString().equals(relation)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The graph's edges of the relations in text order, a copy the repairs may change the graph under: one pass over
     * the edges, sorting only the few found (most sentences have none).
     */
    static List<SemanticGraphEdge> edgesOf(SemanticGraph graph, String... relations) {
        Set<String> wanted = Set.of(relations);
        List<SemanticGraphEdge> found = null;
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            if (wanted.contains(e.getRelation().toString())) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(e);
            }
        }
        if (found == null) {
            return List.of();
        }
        found.sort(SemanticGraphEdge.orderByTargetComparator()); // the order of graph.edgeListSorted()
        return found;
    }

    /** The index of the first word of the phrase the word heads (itself and its descendants). */
    static int firstIndex(SemanticGraph graph, IndexedWord head) {
        int first = head.index();
        for (IndexedWord d : graph.descendants(head)) {
            first = Math.min(first, d.index());
        }
        return first;
    }

    /**
     * The first word of a noun phrase: the leftmost of the word and the words below it, over left-hand modifiers only
     * (article, adjectives, compounds, a name's flat parts: "a move", "the Czech taxi app").
     */
    static int modifiedPhraseStart(SemanticGraph graph, IndexedWord word) {
        int first = word.index();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("compound") || relation.equals("amod") || relation.equals("det") || relation.equals("flat"))
                    && edge.getDependent().index() < first) {
                first = Math.min(first, modifiedPhraseStart(graph, edge.getDependent()));
            }
        }
        return first;
    }

    /** The index of the last word of the phrase the word heads (itself and its descendants). */
    static int lastIndex(SemanticGraph graph, IndexedWord head) {
        int last = head.index();
        for (IndexedWord d : graph.descendants(head)) {
            last = Math.max(last, d.index());
        }
        return last;
    }
}
