package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * "Helen Carrow, the chair of the board of directors of Northbridge Bank", "a member of Volkswagen's supervisory
 * board": a title held on an organization's board (title.board.nouns, maybe "of directors": title.board.members) is a
 * title in the organization. The title gets the organization as its own "of" phrase, as in "the chair of Northbridge
 * Bank", so the patterns for titles of organizations read it.
 */
final class BoardTitleRepair {
    private BoardTitleRepair() {
    }

    /** Adds nmod:of(title, organization), in place; returns whether it did. */
    static boolean repair(SemanticGraph graph, Set<String> titleWords, Set<String> boardNouns, Set<String> boardMembers) {
        boolean repaired = false;
        for (SemanticGraphEdge of : new ArrayList<>(SemanticGraphs.edgesOf(graph, "nmod:of"))) {
            IndexedWord title = of.getGovernor();
            IndexedWord board = of.getDependent();
            if (!titleWords.contains(lower(title)) || !boardNouns.contains(lower(board))) {
                continue;
            }
            IndexedWord organization = organizationOf(graph, board);
            if (organization == null) {
                for (SemanticGraphEdge members : graph.outgoingEdgeList(board)) {
                    if (members.getRelation().toString().equals("nmod:of")
                            && boardMembers.contains(members.getDependent().word().toLowerCase(Locale.ROOT))) {
                        organization = organizationOf(graph, members.getDependent());
                    }
                }
            }
            if (organization != null && !graph.containsEdge(title, organization)) {
                graph.addEdge(title, organization, UniversalEnglishGrammaticalRelations.getNmod("of"), Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** The organization the noun is of or that owns it ("the board of X", "X's board"), or null. */
    private static IndexedWord organizationOf(SemanticGraph graph, IndexedWord noun) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
            String relation = e.getRelation().toString();
            if ((relation.equals("nmod:of") || relation.equals("nmod:poss")) && "ORGANIZATION".equals(e.getDependent().ner())) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static String lower(IndexedWord word) {
        return (word.lemma() != null ? word.lemma() : word.word()).toLowerCase(Locale.ROOT);
    }
}
