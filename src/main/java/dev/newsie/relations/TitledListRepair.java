package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "signed the declaration with Honduras's president, Xiomara Castro, Costa Rican President Rodrigo Chaves and José Raúl
 * Mulino", "signed by Kazakhstan's energy minister, Almasadam Satkaliyev, his Uzbek counterpart Jurabek Mirzamakhmudov
 * and ...": the parser hangs every later person of the list on the first one's title as an apposition, so only the
 * first takes part in the act. A singular title has one holder: a later apposition that carries a description of its
 * own (a title, a demonym or a possessive before it: "Costa Rican President Rodrigo Chaves", "his Uzbek counterpart"),
 * and the names conjoined with it, are more members of the list. They become conjuncts of the title and take its
 * relation to the verb, as enhanced++ gives conjuncts theirs.
 */
final class TitledListRepair {
    private static final Set<String> DESCRIBING = Set.of("compound", "amod", "nmod:poss");
    /** The relations a list member shares with the list's first member (arguments and obliques). */
    private static final List<String> SHARED_PREFIXES = List.of("nsubj", "obj", "iobj", "obl", "nmod");

    private TitledListRepair() {
    }

    /** @param titles lexicon/titles.txt, lower case: the list hangs on one of them */
    static boolean repair(SemanticGraph graph, Set<String> titles) {
        if (SemanticGraphs.noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (IndexedWord title : graph.vertexListSorted()) { // in sentence order: a nested list is met after its outer one
            if (!"NN".equals(title.tag()) && !"NNP".equals(title.tag()) || title.lemma() == null
                    || !titles.contains(title.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<SemanticGraphEdge> apposed = new ArrayList<>(graph.outgoingEdgeList(title).stream()
                    .filter(e -> e.getRelation().toString().equals("appos") && e.getDependent().index() > title.index()).toList());
            if (apposed.size() < 2) {
                continue;
            }
            apposed.sort(Comparator.comparingInt(e -> e.getDependent().index()));
            Set<IndexedWord> members = new HashSet<>();
            for (SemanticGraphEdge e : apposed.subList(1, apposed.size())) {
                IndexedWord name = e.getDependent();
                boolean conjoinedWithMember = graph.incomingEdgeList(name).stream()
                        .anyMatch(in -> in.getRelation().toString().startsWith("conj") && members.contains(in.getGovernor()));
                if (describedOwn(graph, name) && (name.tag().startsWith("NNP") || namedBy(graph, name)) || conjoinedWithMember) {
                    members.add(name);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            // not the subject relation of the title's own relative clause ("..., who became Panama's president")
            List<SemanticGraphEdge> shared = graph.incomingEdgeList(title).stream()
                    .filter(in -> SHARED_PREFIXES.stream().anyMatch(p -> in.getRelation().toString().startsWith(p)))
                    .filter(in -> graph.getEdge(title, in.getGovernor()) == null).toList();
            for (SemanticGraphEdge e : apposed) {
                IndexedWord member = e.getDependent();
                if (!members.contains(member)) {
                    continue;
                }
                graph.removeEdge(e);
                if (graph.getEdge(title, member) == null) {
                    graph.addEdge(title, member, GrammaticalRelation.valueOf("conj:and"), Double.NEGATIVE_INFINITY, false);
                }
                for (SemanticGraphEdge in : shared) {
                    if (graph.getEdge(in.getGovernor(), member) == null) {
                        graph.addEdge(in.getGovernor(), member, in.getRelation(), Double.NEGATIVE_INFINITY, false);
                    }
                }
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * "signed by Algerian Foreign Minister Ahmed Attaf, Tunisia's Mohamed Ali Nafti and Taher al-Baour, the acting
     * foreign minister of Libya's Government of National Unity": the parser may hang an apposition that follows the
     * last member of a list, after its comma, on the first member. A singular one describes the member right before
     * its comma.
     */
    static boolean repairLastApposition(SemanticGraph graph) {
        if (SemanticGraphs.noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord first = apposition.getGovernor();
            IndexedWord description = apposition.getDependent();
            int start = SemanticGraphs.firstIndex(graph, description);
            IndexedWord comma = graph.getNodeByIndexSafe(start - 1);
            IndexedWord last = graph.getNodeByIndexSafe(start - 2);
            // a singular description (not a name: "President and Chief Executive Officer, Tom Enders" is both titles'; not
            // a plural: "Jared Kushner and Michael Boulos, the sons-in-law of Donald Trump" are both) of a person
            if (!"NN".equals(description.tag()) || !"PERSON".equals(last == null ? null : last.ner())
                    || comma == null || !comma.word().equals(",") || last.equals(first) || last.index() < first.index()
                    || graph.getEdge(first, last) == null || !graph.getEdge(first, last).getRelation().toString().startsWith("conj")) {
                continue;
            }
            graph.removeEdge(apposition);
            graph.addEdge(last, description, apposition.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "... with the National Oil Corporation, Sonatrach's chief executive, Rachid Hachichi, told reporters": the parser
     * may hang a title's name, set off by commas right after the title, on the word the title describes, beside the
     * title. A name right after a title's comma, both appositions of one word (no person, or one titled before the
     * name), is the title's.
     */
    static boolean repairStackedApposition(SemanticGraph graph, Set<String> titleWords) {
        if (SemanticGraphs.noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord head = apposition.getGovernor();
            IndexedWord name = apposition.getDependent();
            int start = SemanticGraphs.firstIndex(graph, name);
            IndexedWord comma = graph.getNodeByIndexSafe(start - 1);
            IndexedWord title = graph.getNodeByIndexSafe(start - 2);
            // not a list of titled people ("Lisa Su, AMD's chief executive, Jensen Huang, Nvidia's chief executive"): the
            // described word is no person, or one with a title before the name ("Indonesian Foreign Minister Sugiono,
            // Malaysia's foreign minister, Mohamad Hasan"), and the name has no title of its own in apposition
            if (!"PERSON".equals(name.ner()) || "PERSON".equals(head.ner()) && !titledBefore(graph, head, titleWords)
                    || titledOwn(graph, name, titleWords)
                    || comma == null || !comma.word().equals(",") || title == null
                    || !titleWords.contains(lemma(title))
                    || graph.getEdge(head, title) == null || !"appos".equals(graph.getEdge(head, title).getRelation().toString())) {
                continue;
            }
            graph.removeEdge(apposition);
            graph.addEdge(title, name, apposition.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** Whether a name has a title before it in a compound ("Foreign Minister Sugiono"). */
    private static boolean titledBefore(SemanticGraph graph, IndexedWord name, Set<String> titleWords) {
        return graph.outgoingEdgeList(name).stream().anyMatch(e -> e.getRelation().toString().startsWith("compound")
                && e.getDependent().index() < name.index() && titleWords.contains(lemma(e.getDependent())));
    }

    /** Whether a word has an apposition of its own whose head is a title ("Jensen Huang, Nvidia's chief executive"). */
    private static boolean titledOwn(SemanticGraph graph, IndexedWord word, Set<String> titleWords) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> "appos".equals(e.getRelation().toString())
                && titleWords.contains(lemma(e.getDependent())));
    }

    /**
     * Whether a common noun stands for a person of its own: the tagger's reference to one, or a name hung on it ("his
     * Uzbek counterpart Jurabek Mirzamakhmudov"), not a description of the first name ("a former deputy for ...").
     */
    private static boolean namedBy(SemanticGraph graph, IndexedWord noun) {
        return "PERSON".equals(noun.ner()) || graph.outgoingEdgeList(noun).stream()
                .anyMatch(e -> e.getRelation().toString().matches("appos|compound|flat|dep") && "PERSON".equals(e.getDependent().ner()));
    }

    /** Whether a word has a description of its own before it: a title, demonym or possessive not part of a name. */
    private static boolean describedOwn(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> DESCRIBING.contains(e.getRelation().toString())
                && e.getDependent().index() < word.index() && !"PERSON".equals(e.getDependent().ner()));
    }

    /**
     * "signed by Bart De Wever and Dick Schoof, the Dutch prime minister and a former head of the intelligence service":
     * the parser may hang the second of two conjoined appositions on the first of two conjoined names. An apposition
     * after a later conjoined name, conjoined with that name's own apposition, is that name's too.
     */
    static boolean repairConjoinedApposition(SemanticGraph graph) {
        if (SemanticGraphs.noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge stray : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord first = stray.getGovernor();
            IndexedWord description = stray.getDependent();
            IndexedWord owner = laterConjunctOwning(graph, first, description);
            if (owner != null) {
                graph.removeEdge(stray);
                graph.addEdge(owner, description, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** The name conjoined after {@code first}, before the description, whose own apposition the description is conjoined with. */
    private static IndexedWord laterConjunctOwning(SemanticGraph graph, IndexedWord first, IndexedWord description) {
        for (SemanticGraphEdge conj : graph.outgoingEdgeList(first)) {
            IndexedWord later = conj.getDependent();
            if (!conj.getRelation().toString().startsWith("conj") || later.index() < first.index() || later.index() > description.index()) {
                continue;
            }
            List<IndexedWord> own = graph.outgoingEdgeList(later).stream().filter(e -> e.getRelation().toString().equals("appos"))
                    .map(SemanticGraphEdge::getDependent).toList();
            for (IndexedWord apposition : own) {
                boolean conjoined = graph.outgoingEdgeList(apposition).stream()
                        .anyMatch(e -> e.getRelation().toString().startsWith("conj") && e.getDependent().equals(description));
                if (conjoined && apposition.index() > later.index() && apposition.index() < description.index()) {
                    return later;
                }
            }
        }
        return null;
    }
}
