package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs a garden-path parse common in news: an opening phrase that ends in a list runs straight into
 * the main clause's subject, without a comma. In "Around the time of Putin's visit to North Korea, South
 * Korea and China will hold talks" the parser makes "South Korea and China" more places Putin visits and
 * leaves "will hold" without a subject. A finite verb of a main or reported clause without a subject is the
 * sign: when the words right before it end a list, the list members after the list's last comma are the
 * verb's subject. Likewise a name right before the verb that the parser made an apposition of the phrase's last
 * name ("Ahead of a meeting with Fumio Kishida, Joe Biden praised Japan").
 */
final class StrandedSubjectRepair {
    private StrandedSubjectRepair() {
    }

    /** Clauses that must have a subject of their own: the main clause and reported speech. */
    private static final java.util.Set<String> CLAUSE_RELATIONS = java.util.Set.of("ccomp", "parataxis");

    /** Moves stranded list members to the subject of their clause's verb, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            boolean clause = graph.getRoots().contains(verb)
                    || graph.incomingEdgeList(verb).stream().anyMatch(e -> CLAUSE_RELATIONS.contains(e.getRelation().toString()));
            if (clause && verb.tag() != null && verb.tag().startsWith("VB") && !hasSubject(graph, verb)) {
                repaired |= repair(graph, verb);
            } else if (verb.tag() != null && verb.tag().startsWith("VB") && !hasSubject(graph, verb)) {
                repaired |= repairObjectRunIntoClause(graph, verb);
            } else if (clause && verb.tag() != null && verb.tag().startsWith("VB")) {
                repaired |= repairOpeningNameAsSubject(graph, verb);
            }
        }
        return repaired;
    }

    private static boolean repair(SemanticGraph graph, IndexedWord verb) {
        int verbStart = verbStart(graph, verb);
        // an auxiliary before the verb makes it finite ("will hold"), as does its own tense
        boolean finite = verbStart < verb.index() || !verb.tag().equals("VB") && !verb.tag().equals("VBG") && !verb.tag().equals("VBN");
        IndexedWord last = graph.getNodeByIndexSafe(verbStart - 1);
        if (finite && last != null && last.word().equals(",") && repairAppositionAfterOpening(graph, verb, last)) {
            return true;
        }
        if (!finite || last == null || last.tag() == null || !last.tag().startsWith("NN")) {
            return false;
        }
        SemanticGraphEdge apposition = graph.incomingEdgeList(last).stream()
                .filter(e -> e.getRelation().toString().equals("appos")).findFirst().orElse(null);
        if (apposition != null && last.tag().startsWith("NNP") && apposition.getGovernor().index() < last.index()) {
            // "Ahead of a meeting with Fumio Kishida, Joe Biden praised Japan": the name after the comma is no
            // apposition of the name before it but the subject the verb lacks
            IndexedWord before = graph.getNodeByIndexSafe(SemanticGraphs.modifiedPhraseStart(graph, last) - 1);
            if (before != null && before.word().equals(",")) {
                makeSubject(graph, verb, last, apposition);
                return true;
            }
        }
        if (repairDateRunIntoName(graph, verb, last)) {
            return true;
        }
        SemanticGraphEdge heldByOpening = graph.incomingEdgeList(last).stream()
                .filter(e -> e.getRelation().toString().equals("obj") && e.getGovernor().index() < last.index()).findFirst().orElse(null);
        if (heldByOpening != null && last.tag().startsWith("NNP")) {
            // "As part of the company's restructuring, GM's chief executive Rick Wagoner was replaced": the name after the
            // opening phrase's comma is no object of a word inside that phrase but the subject the verb lacks
            IndexedWord before = graph.getNodeByIndexSafe(phraseStart(graph, last) - 1);
            if (before != null && before.word().equals(",") && heldByOpening.getGovernor().index() < before.index()) {
                makeSubject(graph, verb, last, heldByOpening);
                return true;
            }
        }
        SemanticGraphEdge lastConjunct = graph.incomingEdgeList(last).stream()
                .filter(e -> e.getRelation().toString().startsWith("conj")).findFirst().orElse(null);
        if (lastConjunct == null) {
            return false;
        }
        IndexedWord head = lastConjunct.getGovernor();
        List<SemanticGraphEdge> conjuncts = new ArrayList<>(graph.outgoingEdgeList(head).stream()
                .filter(e -> e.getRelation().toString().startsWith("conj")).toList());
        conjuncts.sort(Comparator.comparingInt(e -> e.getDependent().index()));
        if (!conjuncts.get(conjuncts.size() - 1).getDependent().equals(last)) {
            return false;
        }
        List<SemanticGraphEdge> stranded = strandedAfterLastComma(graph, head, conjuncts);
        if (stranded.isEmpty()) {
            return false;
        }
        IndexedWord subject = stranded.get(0).getDependent();
        GrammaticalRelation coordination = stranded.get(0).getRelation();
        for (SemanticGraphEdge member : stranded) {
            IndexedWord word = member.getDependent();
            for (SemanticGraphEdge incoming : new ArrayList<>(graph.incomingEdgeList(word))) {
                graph.removeEdge(incoming);
            }
            graph.addEdge(verb, word, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (!word.equals(subject)) {
                graph.addEdge(subject, word, coordination, Double.NEGATIVE_INFINITY, false);
            }
        }
        return true;
    }

    /**
     * "Mark Carney said Canada would impose tariffs": the parser at times makes the reported clause's subject the
     * object of "said" and hangs the clause on it as dep. A name that is a verb's object right before the auxiliary of
     * a subjectless verb hung on that verb as dep is that clause's subject, and the clause is the verb's complement
     * ("asked Canada to impose" has no auxiliary: its object stays).
     */
    private static boolean repairObjectRunIntoClause(SemanticGraph graph, IndexedWord verb) {
        int verbStart = verbStart(graph, verb);
        IndexedWord last = graph.getNodeByIndexSafe(verbStart - 1);
        if (verbStart == verb.index() || last == null || !isName(last)) {
            return false;
        }
        for (SemanticGraphEdge clause : graph.incomingEdgeList(verb)) {
            IndexedWord governor = clause.getGovernor();
            SemanticGraphEdge object = graph.getEdge(governor, last);
            if (clause.getRelation().toString().equals("dep") && object != null && object.getRelation().toString().equals("obj")
                    && governor.index() < last.index()) {
                makeSubject(graph, verb, last, object);
                graph.removeEdge(clause);
                graph.addEdge(governor, verb, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
                return true;
            }
        }
        return false;
    }

    /**
     * "On Wednesday Jara met Franco Parisi": with no comma after the opening date, the parser reads "Wednesday Jara" as
     * one name, the verb's "on" phrase. A name right before the subjectless verb, held by the verb's own prepositional
     * relation and with a date word compounded right before it: the name is the subject, the date the phrase.
     */
    private static boolean repairDateRunIntoName(SemanticGraph graph, IndexedWord verb, IndexedWord last) {
        if (!isName(last)) {
            return false;
        }
        SemanticGraphEdge phrase = graph.incomingEdgeList(last).stream()
                .filter(e -> e.getGovernor().equals(verb) && e.getRelation().toString().startsWith("obl")).findFirst().orElse(null);
        SemanticGraphEdge date = graph.outgoingEdgeList(last).stream()
                .filter(e -> e.getRelation().toString().equals("compound") && "DATE".equals(e.getDependent().ner())
                        && e.getDependent().index() == last.index() - 1).findFirst().orElse(null);
        if (phrase == null || date == null) {
            return false;
        }
        IndexedWord day = date.getDependent();
        graph.removeEdge(date);
        for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(last))) {
            if (e.getRelation().toString().equals("case") && e.getDependent().index() < day.index()) {
                graph.removeEdge(e); // "On" goes with the date
                graph.addEdge(day, e.getDependent(), e.getRelation(), Double.NEGATIVE_INFINITY, false);
            }
        }
        graph.addEdge(verb, day, phrase.getRelation(), Double.NEGATIVE_INFINITY, false);
        makeSubject(graph, verb, last, phrase);
        return true;
    }

    /**
     * "After meeting Xi Jinping in Beijing, Joe Biden praised China": the parser makes the opening phrase's name the
     * verb's subject and the name right before the verb its apposition. Two names in apposition, the second right
     * before the verb after a comma and the first inside a phrase that does not open the sentence: the second is the
     * subject ("Xi Jinping, the president, praised" is no such pair: its apposition is no name).
     */
    private static boolean repairOpeningNameAsSubject(SemanticGraph graph, IndexedWord verb) {
        int verbStart = verbStart(graph, verb);
        for (SemanticGraphEdge subject : new ArrayList<>(graph.outgoingEdgeList(verb))) {
            IndexedWord opening = subject.getDependent();
            if (!subject.getRelation().toString().startsWith("nsubj") || !isName(opening) || phraseStart(graph, opening) <= 1) {
                continue;
            }
            for (SemanticGraphEdge apposition : graph.outgoingEdgeList(opening)) {
                IndexedWord name = apposition.getDependent();
                IndexedWord comma = graph.getNodeByIndexSafe(phraseStart(graph, name) - 1);
                if (apposition.getRelation().toString().equals("appos") && isName(name) && name.index() == verbStart - 1
                        && comma != null && comma.word().equals(",") && opening.index() < comma.index()) {
                    graph.removeEdge(apposition);
                    graph.removeEdge(subject);
                    graph.addEdge(verb, name, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a verb's words start: its first auxiliary before it ("was replaced", "will hold"), else the verb. */
    static int verbStart(SemanticGraph graph, IndexedWord verb) {
        int start = verb.index();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (edge.getRelation().toString().startsWith("aux") && edge.getDependent().index() < verb.index()) {
                start = Math.min(start, edge.getDependent().index());
            }
        }
        return start;
    }

    /** Makes a word the verb's (passive) subject, taking away the edge the parser had given it instead. */
    /**
     * "In a statement carried by KCNA, Kim Yo Jong, the sister of Kim Jong Un, dismissed the offer": the parser joins
     * the name to the opening phrase and hangs the apposition after it there too. An apposition that ends at the comma
     * before the subjectless verb, right after a name and its comma, belongs to that name, and the name is the
     * verb's subject.
     */
    private static boolean repairAppositionAfterOpening(SemanticGraph graph, IndexedWord verb, IndexedWord comma) {
        IndexedWord end = graph.getNodeByIndexSafe(comma.index() - 1);
        if (end == null) {
            return false;
        }
        // up from the phrase's last word to the apposition ("Un" -> "sister": compound, nmod)
        IndexedWord apposition = end;
        SemanticGraphEdge appos = null;
        for (int steps = 0; steps < 4 && appos == null; steps++) {
            appos = graph.incomingEdgeList(apposition).stream().filter(e -> e.getRelation().toString().equals("appos")).findFirst().orElse(null);
            if (appos == null) {
                SemanticGraphEdge up = graph.incomingEdgeList(apposition).stream().filter(e -> e.getRelation().toString().equals("compound")
                        || e.getRelation().toString().startsWith("nmod")).findFirst().orElse(null);
                if (up == null || up.getGovernor().index() > apposition.index()) {
                    return false;
                }
                apposition = up.getGovernor();
            }
        }
        if (appos == null) {
            return false;
        }
        IndexedWord before = graph.getNodeByIndexSafe(SemanticGraphs.modifiedPhraseStart(graph, apposition) - 1);
        IndexedWord name = before == null || !before.word().equals(",") ? null : graph.getNodeByIndexSafe(before.index() - 1);
        if (name == null || !isName(name) || name.equals(appos.getGovernor()) || name.index() < appos.getGovernor().index()) {
            return false;
        }
        SemanticGraphEdge held = graph.incomingEdgeList(name).stream().filter(e -> e.getGovernor().index() < name.index()).findFirst().orElse(null);
        if (held == null) {
            return false;
        }
        graph.removeEdge(appos);
        graph.addEdge(name, apposition, appos.getRelation(), Double.NEGATIVE_INFINITY, false);
        makeSubject(graph, verb, name, held);
        return true;
    }

    private static void makeSubject(SemanticGraph graph, IndexedWord verb, IndexedWord word, SemanticGraphEdge misread) {
        boolean passive = graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
        graph.removeEdge(misread);
        graph.addEdge(verb, word, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
    }

    private static boolean isName(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("NNP");
    }

    /** Whether a verb has a subject of its own: nominal, clausal or expletive. */
    static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            if (relation.startsWith("nsubj") || relation.startsWith("csubj") || relation.equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list members that start after the last comma of the list ("North Korea, | South Korea and China"),
     * or none when the list has no comma: then nothing says where the opening phrase ends.
     */
    private static List<SemanticGraphEdge> strandedAfterLastComma(SemanticGraph graph, IndexedWord head, List<SemanticGraphEdge> conjuncts) {
        for (int i = conjuncts.size() - 1; i >= 0; i--) {
            int start = SemanticGraphs.modifiedPhraseStart(graph, conjuncts.get(i).getDependent());
            IndexedWord before = graph.getNodeByIndexSafe(start - 1);
            if (before != null && before.word().equals(",") && start - 1 > head.index()) {
                return conjuncts.subList(i, conjuncts.size());
            }
        }
        return List.of();
    }

    /** The first word of a noun phrase with its possessor ("General Motor's chief executive Rick Wagoner"). */
    private static int phraseStart(SemanticGraph graph, IndexedWord word) {
        int first = SemanticGraphs.modifiedPhraseStart(graph, word);
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("compound") || relation.equals("amod") || relation.equals("nmod:poss")) && edge.getDependent().index() < word.index()) {
                first = Math.min(first, phraseStart(graph, edge.getDependent()));
            }
        }
        return first;
    }

}
