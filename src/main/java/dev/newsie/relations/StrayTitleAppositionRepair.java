package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Locale;
import java.util.Set;

/**
 * "The coins are valued at €3 million, but the museum's general director, Jonathan Fine, said ...": the parser may hang
 * a person's name set off by commas on a word that is no noun or pronoun (here a currency sign). A name right after a
 * title noun and a comma is then that title's apposition ("the museum's general director, Jonathan Fine,"); so is one
 * the parser hangs on a noun that already describes a person named before it ("Dilcia Mejía, the sister of the union's
 * general secretary, Karla Mejía,").
 */
final class StrayTitleAppositionRepair {
    private StrayTitleAppositionRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> titleWords) {
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord name = apposition.getDependent();
            String governorTag = apposition.getGovernor().tag() == null ? "" : apposition.getGovernor().tag();
            // hung on a noun, the name may be that noun's (a first title of two: "its founder and chairman, Sunil Rao"), but
            // not where that noun already describes a person named before it ("Dilcia Mejía, the sister of the union's
            // general secretary, Karla Mejía": a second name is no second name of Dilcia's, but the secretary's)
            boolean onDescribedPerson = governorTag.startsWith("NN") && describesNamedPerson(graph, apposition.getGovernor());
            if (!"PERSON".equals(name.ner()) || (governorTag.startsWith("NN") && !onDescribedPerson) || governorTag.startsWith("PRP")) {
                continue;
            }
            int start = name.index();
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(name)) {
                if (e.getRelation().toString().equals("compound") && e.getDependent().index() < start) {
                    start = e.getDependent().index();
                }
            }
            IndexedWord comma = graph.getNodeByIndexSafe(start - 1);
            IndexedWord title = graph.getNodeByIndexSafe(start - 2);
            if (comma == null || title == null || !comma.word().equals(",") || title.equals(apposition.getGovernor())
                    || onDescribedPerson && !graph.descendants(apposition.getGovernor()).contains(title)
                    || title.tag() == null || !title.tag().matches("NNS?") || !titleWords.contains(title.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            graph.removeEdge(apposition);
            graph.addEdge(title, name, apposition.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** Whether the noun is set off after a person's name, as an apposition: "Dilcia Mejía, the sister of ...". */
    private static boolean describesNamedPerson(SemanticGraph graph, IndexedWord noun) {
        return graph.incomingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("appos")
                && "PERSON".equals(e.getGovernor().ner()) && e.getGovernor().index() < noun.index());
    }
}
