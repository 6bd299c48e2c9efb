package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs a conjunct the parser leaves dangling after a long apposition: in "founded by Marieke de Groot, an engineer who
 * had worked at Philips, and her husband, Joost Verhoeven, who ..." or "signed by the Secretary of Migrant Workers, Ramon
 * Villareal, and the British Minister of State, Karen Whitlow, who ..." the parser hangs "and" on a word inside the
 * apposition as an unlabelled dependent ("dep") and the second name's phrase on "and", so the second person is nobody's
 * agent. After a comma, such a phrase of a person, organization or country is a conjunct of the outermost phrase that
 * fills a role and ends at that comma (not the noun a relative clause there hangs on), when that phrase is of the same
 * kind, and takes its role in the clause as a parsed "and" would give it; not when the second phrase is the subject of
 * a clause of its own.
 */
final class DanglingConjunctRepair {
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "COUNTRY");

    private DanglingConjunctRepair() {
    }

    /** Joins each dangling conjunct to its phrase, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge danglingAnd : SemanticGraphs.edgesOf(graph, "dep")) {
            IndexedWord and = danglingAnd.getDependent();
            if (!and.word().equalsIgnoreCase("and")) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(and.index() - 1);
            IndexedWord second = graph.outgoingEdgeList(and).stream().filter(e -> e.getRelation().toString().equals("dep"))
                    .map(SemanticGraphEdge::getDependent).filter(w -> w.tag() != null && w.tag().startsWith("NN")).findFirst().orElse(null);
            IndexedWord before = graph.getNodeByIndexSafe(and.index() - 2);
            if (comma == null || !comma.word().equals(",") || second == null || before == null || subjectOfItsOwnClause(graph, second)) {
                continue; // "arrested Ahmed Khan, a driver, and his brother, Omar, was questioned": a clause of its own
            }
            String kind = kind(graph, second);
            IndexedWord first = kind == null ? null : outermostPhraseEndingAt(graph, before, and, kind);
            if (first == null) {
                continue;
            }
            List<SemanticGraphEdge> roles = SemanticGraphs.roles(graph, first, false);
            if (roles.isEmpty()) {
                continue;
            }
            graph.removeEdge(danglingAnd);
            new ArrayList<>(graph.getAllEdges(and, second)).forEach(graph::removeEdge);
            graph.addEdge(second, and, UniversalEnglishGrammaticalRelations.COORDINATION, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(first, second, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge role : roles) {
                graph.addEdge(role.getGovernor(), second, role.getRelation(), Double.NEGATIVE_INFINITY, false);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * The highest word above {@code last} that is a nominal filling a role in a clause and whose phrase (without the
     * dangling "and") ends at {@code last}, when it is of the kind; null otherwise (in "founded by Marieke de Groot, an
     * engineer who had worked at Philips, and the bank ING" the bank is no second workplace). A noun whose own relative
     * clause holds {@code last} is no such word: in "Orbis Bank, which was advised by Lazard, a French boutique, and
     * Rothschild, ..., agreed" the second name is the relative clause's.
     */
    private static IndexedWord outermostPhraseEndingAt(SemanticGraph graph, IndexedWord last, IndexedWord and, String kind) {
        IndexedWord found = null;
        IndexedWord word = last;
        Set<IndexedWord> seen = new HashSet<>();
        Set<IndexedWord> heads = new HashSet<>(); // nouns whose relative clause the climb came through
        while (word != null && seen.add(word)) {
            IndexedWord parent = graph.getParent(word);
            if (!SemanticGraphs.roles(graph, word, false).isEmpty() && word.tag() != null && word.tag().startsWith("NN") && endsAt(graph, word, and, last)
                    && !heads.contains(word)) {
                found = word;
            }
            if (parent != null && SemanticGraphs.relativeClauseOn(graph, parent, word)) {
                heads.add(parent);
            }
            word = parent;
        }
        return found != null && kind.equals(kind(graph, found)) ? found : null;
    }

    /** Whether the word is the subject of a clause other than its own relative clause: the "and" joined two clauses. */
    private static boolean subjectOfItsOwnClause(SemanticGraph graph, IndexedWord word) {
        return graph.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                && !SemanticGraphs.relativeClauseOn(graph, word, e.getGovernor()));
    }

    /** Whether the word's phrase, leaving out the dangling "and" and what hangs on it and commas, ends at {@code last}. */
    private static boolean endsAt(SemanticGraph graph, IndexedWord word, IndexedWord and, IndexedWord last) {
        Set<IndexedWord> skipped = graph.descendants(and);
        return graph.descendants(word).stream().filter(w -> !skipped.contains(w) && !w.word().equals(",")).mapToInt(IndexedWord::index).max()
                .orElse(word.index()) == last.index();
    }

    /** The tagger's kind of a name, or of the name in apposition to a noun ("her husband, Joost Verhoeven"); null for none. */
    private static String kind(SemanticGraph graph, IndexedWord word) {
        if (word.ner() != null && NAMES.contains(word.ner())) {
            return word.ner();
        }
        return graph.outgoingEdgeList(word).stream().filter(e -> e.getRelation().toString().equals("appos"))
                .map(e -> e.getDependent().ner()).filter(n -> n != null && NAMES.contains(n)).findFirst().orElse(null);
    }
}
