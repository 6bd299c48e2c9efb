package dev.newsie.relations;

import dev.newsie.annotate.Lemmas;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives back a verb the object that news moves behind a short "as" phrase: in "Albania denounced as an ugly crime
 * Serbia's suppression of the unrest" the parser hangs the long object loosely ("dep") on "crime" and leaves the
 * verb without one. A verb without an object whose "as" noun has a noun hung loosely after it gets that noun back
 * as its object.
 */
final class ShiftedObjectRepair {
    private ShiftedObjectRepair() {
    }

    /** Moves the shifted object back to its verb, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge as : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = as.getGovernor();
            IndexedWord role = as.getDependent();
            if (!as.getRelation().toString().equals("obl:as") || !SemanticGraphs.isVerb(verb) || role.index() < verb.index()
                    || graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("obj"))) {
                continue;
            }
            for (SemanticGraphEdge loose : new ArrayList<>(graph.outgoingEdgeList(role))) {
                IndexedWord object = loose.getDependent();
                if (loose.getRelation().toString().equals("dep") && object.index() > role.index()
                        && object.tag() != null && object.tag().startsWith("NN")) {
                    graph.removeEdge(loose);
                    graph.addEdge(verb, object, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                    break;
                }
            }
        }
        return repaired;
    }

    /**
     * "appointed Michael Reyes a day after the club's takeover by the investment fund Beacon Ridge Capital": the parser
     * may hang a name that ends a long phrase on the verb as a second object, or loosely ("dep") on a noun before. Such
     * a name right after a common noun of another phrase that has an article ("the investment fund") is that noun's
     * name in apposition; so is one the parser hangs loosely on the noun right before it ("the investment group
     * Vesterholm Invest": dep becomes appos).
     */
    static boolean repairSecondObjectAfterNoun(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge second : new ArrayList<>(SemanticGraphs.edgesOf(graph, "obj", "dep"))) {
            IndexedWord verb = second.getGovernor();
            IndexedWord name = second.getDependent();
            boolean earlierObject = graph.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() < name.index());
            boolean loose = second.getRelation().toString().equals("dep") && verb.index() < name.index();
            if (!earlierObject && !loose || name.tag() == null || !name.tag().startsWith("NNP")) {
                continue;
            }
            int first = name.index();
            for (IndexedWord d : graph.descendants(name)) {
                first = Math.min(first, d.index());
            }
            IndexedWord noun = graph.getNodeByIndexSafe(first - 1);
            boolean article = graph.outgoingEdgeList(noun == null ? verb : noun).stream().anyMatch(e -> e.getRelation().toString().equals("det"));
            if (noun == null || !("NN".equals(noun.tag()) || "NNS".equals(noun.tag())) || !article
                    || graph.getEdge(verb, noun) != null || graph.getParents(noun).isEmpty()) {
                continue;
            }
            graph.removeEdge(second);
            graph.addEdge(noun, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Dilan Yeşilgöz-Zegerius, who leads the People's Party for Freedom and Democracy": a possessive inside a name may
     * make the parser read the name as an indirect object with no direct one. An indirect object alone, with no clause
     * after the verb either ("told Biden that ..." keeps its), is the verb's object. So is one before a "to" infinitive
     * ("asked the Federal Office of Consumer Protection (BVL) to examine the study"), which does the infinitive after
     * one of {@code objectControlVerbs} (control.object.verbs: "asked", "urged"); after any other verb the subject does
     * it, as the parser has it ("left the Federal Office for Migration (BAMF) to join a law firm").
     */
    static boolean repairLoneIndirectObject(SemanticGraph graph, Set<String> objectControlVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge indirect : SemanticGraphs.edgesOf(graph, "iobj")) {
            IndexedWord verb = indirect.getGovernor();
            IndexedWord object = indirect.getDependent();
            List<String> relations = graph.outgoingEdgeList(verb).stream().map(e -> e.getRelation().toString()).toList();
            if (relations.contains("obj") || relations.stream().anyMatch(r -> r.startsWith("ccomp"))) {
                continue;
            }
            IndexedWord infinitive = controlledInfinitive(graph, verb, object);
            if (infinitive == null && relations.stream().anyMatch(r -> r.startsWith("xcomp"))) {
                continue;
            }
            graph.removeEdge(indirect);
            graph.addEdge(verb, object, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            if (infinitive != null && objectControlVerbs.contains(Lemmas.lemma(verb))) {
                for (SemanticGraphEdge controller : new ArrayList<>(graph.outgoingEdgeList(infinitive))) {
                    if (controller.getRelation().toString().equals("nsubj:xsubj")) {
                        graph.removeEdge(controller);
                    }
                }
                graph.addEdge(infinitive, object, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Uber agreed to buy the Czech taxi app Liftago, a move that analysts said would sharpen competition": the parser may
     * read the object as an indirect one and the act noun set off after it by a comma, which comments on the whole
     * clause, as the direct object. An act noun (apposition.notClassNouns and its files) right after a comma that follows
     * an indirect object is no object: it hangs loosely (dep) on the verb, and the indirect object is the object.
     */
    static boolean repairActAfterIndirectObject(SemanticGraph graph, Set<String> actNouns) {
        boolean repaired = false;
        for (SemanticGraphEdge indirect : new ArrayList<>(SemanticGraphs.edgesOf(graph, "iobj"))) {
            IndexedWord verb = indirect.getGovernor();
            SemanticGraphEdge act = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() > indirect.getDependent().index()
                            && actNouns.contains(Lemmas.lemma(e.getDependent())) && setOffByComma(graph, e.getDependent()))
                    .findFirst().orElse(null);
            if (act == null) {
                continue;
            }
            graph.removeEdge(act);
            graph.addEdge(verb, act.getDependent(), GrammaticalRelation.DEPENDENT, Double.NEGATIVE_INFINITY, false);
            graph.removeEdge(indirect);
            graph.addEdge(verb, indirect.getDependent(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** Whether a comma stands right before the noun's phrase (its article and modifiers). */
    private static boolean setOffByComma(SemanticGraph graph, IndexedWord noun) {
        IndexedWord before = graph.getNodeByIndexSafe(SemanticGraphs.modifiedPhraseStart(graph, noun) - 1);
        return before != null && before.word().equals(",");
    }

    /** The verb's one "to" infinitive after the object, or null. */
    private static IndexedWord controlledInfinitive(SemanticGraph graph, IndexedWord verb, IndexedWord object) {
        List<IndexedWord> infinitives = graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("xcomp"))
                .map(SemanticGraphEdge::getDependent).toList();
        return infinitives.size() == 1 && infinitives.get(0).index() > object.index() && InfinitiveClauses.hasToMark(graph, infinitives.get(0))
                ? infinitives.get(0) : null;
    }
}
