package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * "the company's purchase of Golden Wok, a frozen-dumpling maker based in the United States,", "blamed the supplier of
 * the wheels, Drewpol, a family firm from Poland,": the parser may hang the class noun set off after an organization's
 * name on the noun the name depends on ("purchase") or is in apposition to ("wheels"). A class noun of organizations
 * (relations.properties apposition.organizationClassNouns) whose phrase opens right after the name and a comma is the
 * name's apposition.
 */
final class OfNameAppositionRepair {
    private OfNameAppositionRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> classNouns, DocumentEntities entities, int s) {
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord noun = apposition.getDependent();
            IndexedWord governor = apposition.getGovernor();
            if (!classNouns.contains(lemma(noun)) || entities.at(s, governor.index() - 1) != null) {
                continue;
            }
            int phraseStart = noun.index();
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(noun)) {
                if (!e.getRelation().toString().equals("punct")) {
                    phraseStart = Math.min(phraseStart, e.getDependent().index());
                }
            }
            for (SemanticGraphEdge of : graph.outgoingEdgeIterable(governor)) {
                IndexedWord name = of.getDependent();
                String rel = of.getRelation().toString();
                Entity named = entities.at(s, name.index() - 1);
                if (!rel.equals("nmod:of") && !rel.equals("appos") || named == null || named.type() != EntityType.ORGANIZATION
                        || name.index() > noun.index()) {
                    continue;
                }
                IndexedWord comma = graph.getNodeByIndexSafe(phraseStart - 1);
                if (comma != null && comma.word().equals(",") && comma.index() == name.index() + 1) {
                    graph.removeEdge(apposition);
                    graph.addEdge(name, noun, apposition.getRelation(), Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                    break;
                }
            }
        }
        return repaired;
    }
}
