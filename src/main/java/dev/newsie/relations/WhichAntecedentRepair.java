package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * "Francis Atwoli, the secretary general of the Central Organization of Trade Unions, to which KPAWU is affiliated,
 * said": the parser may hang a relative clause on the person a long apposition is set off from, though "which" never
 * stands for a person. A clause whose relative pronoun is "which" (maybe after its preposition) and whose noun is a
 * person's name stands for the noun right before its comma, where that noun is no person's: the clause's edges to the
 * person go to that noun.
 */
final class WhichAntecedentRepair {
    /** The tagger's types of names (repairWhoAfterOrganization). */
    private static final Set<String> NAMED = Set.of("ORGANIZATION", "PERSON", "COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE",
            "NATIONALITY");

    private WhichAntecedentRepair() {
    }

    /**
     * "Dragan Vuković, a 51-year-old from Montenegro who commanded the Caribe Star,": likewise "who" stands for no place;
     * a "who" clause the parser hangs on a country or place after one of placePrepositions (relative.placePrepositions:
     * "from", "in", "of") stands for the noun that phrase modifies (past an adjective, "51-year-old", to its noun): the
     * clause's edges to the place go to that noun.
     */
    static boolean repairWho(SemanticGraph graph, Set<String> placePrepositions) {
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

    /**
     * "Nomvula Dlamini, an astrophysicist at the University of Cape Town who led the study": a "who" clause right after a
     * body's name, with no comma between (a clause set off by a comma may be a body's in British usage: "Arsenal, who
     * won"), stands for the noun whose phrase the name ends, after one of organizationPrepositions
     * (relative.organizationPrepositions: "at", "for", "of", "with"): the clause's edges to the body go to that noun. Not
     * a clause whose plural verb agrees with the body, not the singular noun ("the chief negotiator for the Houthis who
     * control Sanaa").
     */
    static boolean repairWhoAfterOrganization(SemanticGraph graph, Set<String> organizationPrepositions) {
        boolean repaired = false;
        for (SemanticGraphEdge ref : SemanticGraphs.edgesOf(graph, "ref")) {
            IndexedWord who = ref.getDependent();
            IndexedWord body = ref.getGovernor();
            IndexedWord before = graph.getNodeByIndexSafe(who.index() - 1);
            if (!who.word().equalsIgnoreCase("who") || !organization(body) || before == null || !organization(before)
                    || body.index() > who.index()) {
                continue;
            }
            int start = before.index();
            while (start > 1 && graph.getNodeByIndexSafe(start - 1) != null && organization(graph.getNodeByIndexSafe(start - 1))) {
                start--;
            }
            IndexedWord noun = null;
            for (int i = start; i < who.index() && noun == null; i++) {
                IndexedWord word = graph.getNodeByIndexSafe(i);
                if (word == null) {
                    continue;
                }
                for (SemanticGraphEdge in : graph.incomingEdgeList(word)) {
                    String relation = in.getRelation().toString();
                    int colon = relation.indexOf(':');
                    IndexedWord head = in.getGovernor();
                    if (relation.matches("(obl|nmod):.*") && organizationPrepositions.contains(relation.substring(colon + 1))
                            && (head.index() < start || head.index() >= who.index()) && head.tag() != null && head.tag().startsWith("NN")
                            && !named(head)) {
                        noun = head;
                    }
                }
            }
            if (noun != null && !pluralVerbAfterSingular(graph, ref, noun)) {
                repaired |= moveClause(graph, ref, noun);
            }
        }
        return repaired;
    }

    /** Whether the clause's verb (or its auxiliary) is a plural present ("who control") and the noun singular. */
    private static boolean pluralVerbAfterSingular(SemanticGraph graph, SemanticGraphEdge ref, IndexedWord noun) {
        SemanticGraphEdge clause = clauseOf(graph, ref);
        if (clause == null || !"NN".equals(noun.tag())) {
            return false;
        }
        IndexedWord verb = clause.getDependent();
        IndexedWord finite = graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("aux")
                || e.getRelation().toString().equals("cop")).map(SemanticGraphEdge::getDependent)
                .min(Comparator.comparingInt(IndexedWord::index)).orElse(verb);
        return "VBP".equals(finite.tag());
    }

    private static boolean organization(IndexedWord word) {
        return "ORGANIZATION".equals(word.ner());
    }

    /** Whether the tagger names the word as a body's, a place's or a person's: no role noun a clause may move to. */
    private static boolean named(IndexedWord word) {
        return word.ner() != null && NAMED.contains(word.ner());
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

    /** The relative clause the pronoun of {@code ref} opens: its noun's acl:relcl whose verb comes first after it; or null. */
    private static SemanticGraphEdge clauseOf(SemanticGraph graph, SemanticGraphEdge ref) {
        return graph.outgoingEdgeList(ref.getGovernor()).stream()
                .filter(e -> e.getRelation().toString().equals("acl:relcl") && e.getDependent().index() > ref.getDependent().index())
                .min(Comparator.comparingInt(e -> e.getDependent().index())).orElse(null);
    }

    /**
     * Moves the relative clause the pronoun of {@code ref} opens from the noun the parser gave it to {@code noun}: the
     * clause whose verb comes first after the pronoun ("X, who chairs Y, to which Z is affiliated," keeps "who chairs" on
     * X), the pronoun's reference and the verb's edges to the old noun. Returns whether there was such a clause.
     */
    private static boolean moveClause(SemanticGraph graph, SemanticGraphEdge ref, IndexedWord noun) {
        IndexedWord pronoun = ref.getDependent();
        IndexedWord old = ref.getGovernor();
        SemanticGraphEdge clause = clauseOf(graph, ref);
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
