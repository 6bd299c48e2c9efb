package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Comparator;
import java.util.List;

/**
 * "Francis Atwoli, the secretary general of the Central Organization of Trade Unions, to which KPAWU is affiliated,
 * said": the parser may hang a relative clause on the person a long apposition is set off from, though "which" never
 * stands for a person. A clause whose relative pronoun is "which" (maybe after its preposition) and whose noun is a
 * person's name stands for the noun right before its comma, where that noun is no person's: the clause's edges to the
 * person go to that noun.
 */
final class WhichAntecedentRepair {
    private WhichAntecedentRepair() {
    }

    /**
     * "Dragan Vuković, a 51-year-old from Montenegro who commanded the Caribe Star,": likewise "who" stands for no place;
     * a "who" clause the parser hangs on a country or place after one of placePrepositions (relative.placePrepositions:
     * "from", "in", "of") stands for the noun that phrase modifies (past an adjective, "51-year-old", to its noun): the
     * clause's edges to the place go to that noun.
     */
    static boolean repairWho(SemanticGraph graph, java.util.Set<String> placePrepositions) {
        boolean repaired = false;
        for (SemanticGraphEdge ref : SemanticGraphs.edgesOf(graph, "ref")) {
            IndexedWord who = ref.getDependent();
            IndexedWord place = ref.getGovernor();
            boolean placeNamed = "COUNTRY".equals(place.ner()) || "LOCATION".equals(place.ner()) || "CITY".equals(place.ner());
            if (!who.word().equalsIgnoreCase("who") || !placeNamed || place.index() > who.index()
                    || graph.outgoingEdgeList(place).stream().noneMatch(e -> e.getRelation().toString().equals("case")
                            && placePrepositions.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            IndexedWord noun = graph.incomingEdgeList(place).stream().filter(e -> e.getRelation().toString().matches("(obl|nmod):.*"))
                    .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
            if (noun != null && noun.tag() != null && noun.tag().startsWith("JJ")) {
                noun = graph.incomingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("amod"))
                        .map(SemanticGraphEdge::getGovernor).findFirst().orElse(noun);
            }
            if (noun == null || noun.tag() == null || !noun.tag().startsWith("NN")) {
                continue;
            }
            repaired |= moveClause(graph, ref, noun);
        }
        return repaired;
    }

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge ref : SemanticGraphs.edgesOf(graph, "ref")) {
            IndexedWord which = ref.getDependent();
            IndexedWord person = ref.getGovernor();
            if (!which.word().equalsIgnoreCase("which") || !"PERSON".equals(person.ner()) || person.index() > which.index()) {
                continue;
            }
            int before = which.index() - 1;
            IndexedWord preposition = graph.getNodeByIndexSafe(before);
            if (preposition != null && (preposition.tag().equals("IN") || preposition.tag().equals("TO"))) {
                before--;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(before);
            IndexedWord noun = graph.getNodeByIndexSafe(before - 1);
            if (comma == null || !comma.word().equals(",") || noun == null || !noun.tag().startsWith("NN") || "PERSON".equals(noun.ner())
                    || noun.index() <= person.index()) {
                continue;
            }
            repaired |= moveClause(graph, ref, noun);
        }
        return repaired;
    }

    /**
     * Moves the relative clause the pronoun of {@code ref} opens from the noun the parser gave it to {@code noun}: the
     * clause whose verb comes first after the pronoun ("X, who chairs Y, to which Z is affiliated," keeps "who chairs" on
     * X), the pronoun's reference and the verb's edges to the old noun. Returns whether there was such a clause.
     */
    private static boolean moveClause(SemanticGraph graph, SemanticGraphEdge ref, IndexedWord noun) {
        IndexedWord pronoun = ref.getDependent();
        IndexedWord old = ref.getGovernor();
        SemanticGraphEdge clause = graph.outgoingEdgeList(old).stream()
                .filter(e -> e.getRelation().toString().equals("acl:relcl") && e.getDependent().index() > pronoun.index())
                .min(Comparator.comparingInt(e -> e.getDependent().index())).orElse(null);
        if (clause == null) {
            return false;
        }
        IndexedWord verb = clause.getDependent();
        graph.removeEdge(clause);
        graph.addEdge(noun, verb, clause.getRelation(), clause.getWeight(), clause.isExtra());
        graph.removeEdge(ref);
        graph.addEdge(noun, pronoun, ref.getRelation(), ref.getWeight(), ref.isExtra());
        for (SemanticGraphEdge in : List.copyOf(graph.outgoingEdgeList(verb))) {
            if (in.getDependent().equals(old)) {
                graph.removeEdge(in);
                graph.addEdge(verb, noun, in.getRelation(), in.getWeight(), in.isExtra());
            }
        }
        return true;
    }
}
