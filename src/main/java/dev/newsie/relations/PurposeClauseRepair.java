package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a purpose infinitive its doer. The parser hangs "to meet" in "Blinken visited Israel to meet Netanyahu" on
 * "visited" as a complement and, as for "urged Israel to meet", makes the verb's object its controlled subject: Israel
 * would meet Netanyahu. Only verbs that ask, make, let or want someone to act (the setting {@code control.object.verbs}
 * of models/relations.properties: "urge", "allow", "send", "appoint", "expect") hand the act to their object; after any
 * other verb the infinitive says why the subject acted ("Ancelotti left Real Madrid to coach Brazil", "Germany joined
 * France to condemn Russia"), so its controlled subject becomes the verb's subject, or none when the verb has none.
 */
final class PurposeClauseRepair {
    private static final String XSUBJ = "nsubj:xsubj";

    private final Set<String> objectControlVerbs;

    PurposeClauseRepair(Set<String> objectControlVerbs) {
        this.objectControlVerbs = Set.copyOf(objectControlVerbs);
    }

    /** Moves the controlled subjects of purpose infinitives from the verb's object to its subject, in place; returns whether it did. */
    boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : graph.vertexListSorted()) {
            if (verb.lemma() == null || !verb.tag().startsWith("VB") || objectControlVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // a name or pronoun only: after a common noun the infinitive may be the noun's ("won a contract to supply
            // the RAF", "rejected a proposal to send troops"), which NominalControlRepair and the patterns read
            List<IndexedWord> objects = dependents(graph, verb, "obj").stream()
                    .filter(o -> o.tag() != null && (o.tag().startsWith("NNP") || o.tag().equals("PRP"))).toList();
            if (objects.isEmpty()) {
                continue;
            }
            List<SemanticGraphEdge> subjects = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj") || e.getRelation().toString().equals(XSUBJ)).toList();
            for (SemanticGraphEdge xcomp : graph.outgoingEdgeList(verb)) {
                IndexedWord infinitive = xcomp.getDependent();
                if (!xcomp.getRelation().toString().equals("xcomp") || !InfinitiveClauses.hasToMark(graph, infinitive)) {
                    continue;
                }
                List<SemanticGraphEdge> controlledByObject = graph.outgoingEdgeList(infinitive).stream()
                        .filter(e -> e.getRelation().toString().equals(XSUBJ) && objects.contains(e.getDependent())).toList();
                boolean doerGiven = graph.outgoingEdgeList(infinitive).stream()
                        .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && !objects.contains(e.getDependent()));
                if (controlledByObject.isEmpty() || doerGiven) {
                    continue; // "launched an offer to take over X": the noun of intent's owner, given by NominalControlRepair
                }
                for (SemanticGraphEdge e : controlledByObject) {
                    graph.removeEdge(e);
                }
                for (SemanticGraphEdge subject : subjects) {
                    graph.addEdge(infinitive, subject.getDependent(), controlledByObject.get(0).getRelation(), Double.NEGATIVE_INFINITY, true);
                }
                repaired = true;
            }
        }
        return repaired;
    }

    /** The verb's dependents by the relation (enhanced++ gives each conjunct its own edge: "visited Israel and Jordan to meet"). */
    private static List<IndexedWord> dependents(SemanticGraph graph, IndexedWord verb, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals(relation)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }
}
