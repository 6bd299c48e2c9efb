package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.List;
import java.util.Set;

/**
 * "Youssouf said the attack was unacceptable and called on both sides to stop": the parser joins the second verb to the
 * reported clause, so that its subject is the reported one's. A speaker's act (reported.speakerActs: accuse, call,
 * urge, warn...) in the past tense, joined by "and" to a reported copula or a reported "do" it cannot share, with no
 * auxiliary or subject of its own, is the speaker's next act: it becomes a conjunct of the verb of saying, with the
 * speaker for subject, which the verbs its old subject controlled take too; so is one in the present tense of the verb
 * of saying after a reported clause in the past ("argues that the winners underestimated the cost and accuses LTG Infra
 * of ..."). After a compound tense the act may share the "had" ("said Iran had rejected the offer and accused
 * Washington of bad faith"), so it stays; a participle with an object after a reported passive shares none of its
 * auxiliaries ("said horns were being smuggled, and accused Vietnam of ...").
 */
final class ReportedConjunctRepair {
    private ReportedConjunctRepair() {
    }

    static boolean repair(SemanticGraph graph, Set<String> reportingVerbs, Set<String> speakerActs) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : SemanticGraphs.edgesOf(graph, "conj:and")) {
            IndexedWord reported = conj.getGovernor();
            IndexedWord act = conj.getDependent();
            SemanticGraphEdge content = graph.incomingEdgeList(reported).stream()
                    .filter(e -> e.getRelation().toString().equals("ccomp") && reportingVerbs.contains(lemma(e.getGovernor())))
                    .findFirst().orElse(null);
            if (content == null || !speakerActs.contains(lemma(act)) || SemanticGraphs.hasDependent(graph, act, "aux") || act.tag() == null) {
                continue;
            }
            IndexedWord saying = content.getGovernor();
            // "said horns were being smuggled to Vietnam, and accused Vietnam of ...": a participle with an object of its own
            // shares no passive's auxiliaries (the tagger's VBN is a past tense)
            boolean activeAfterPassive = act.tag().equals("VBN") && SemanticGraphs.hasDependent(graph, act, "obj")
                    && SemanticGraphs.hasDependent(graph, reported, "aux:pass");
            boolean pastAct = (act.tag().equals("VBD") || act.tag().equals("VBN") && SemanticGraphs.hasDependent(graph, reported, "cop"))
                    && unshareable(graph, reported) || activeAfterPassive;
            if (!pastAct && !inTenseOfSaying(act, reported, saying)) {
                continue;
            }
            List<IndexedWord> speakers = SemanticGraphs.subjects(graph, saying);
            // a subject of the act's own ("... and Hamas rejected the proposal") keeps it
            if (speakers.isEmpty() || !SemanticGraphs.subjects(graph, reported).containsAll(SemanticGraphs.subjects(graph, act))) {
                continue;
            }
            for (SemanticGraphEdge e : List.copyOf(graph.incomingEdgeList(act))) {
                if (e.getGovernor().equals(saying) && e.getRelation().toString().equals("ccomp")) {
                    graph.removeEdge(e);
                }
            }
            // "... and vowed to punish those responsible": the controlled verb goes with it
            rehang(graph, conj, saying, SemanticGraphs.subjects(graph, act), speakers);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Bourita said that Algeria was trying to isolate Morocco, accusing Algiers of ...": a present participle of a
     * speaker's act set off by a comma at the end of a reported clause, which the parser hangs loosely on that clause's
     * verbs (dep) with the reported subject for its own, is the speaker's when the reported clause states a state or an
     * effort rather than an act of its own that the participle might go on with (a copula, "do" or a progressive: "was
     * trying", "was wrong"): it becomes a clause of the verb of saying (advcl) with the speaker for subject, which the
     * verbs it controls take too. Not after a reported act ("said protesters blocked the road, demanding his
     * resignation": the protesters demand), nor one the parser gave a subject of its own.
     */
    static boolean repairTrailingAct(SemanticGraph graph, Set<String> reportingVerbs, Set<String> speakerActs) {
        boolean repaired = false;
        for (SemanticGraphEdge loose : SemanticGraphs.edgesOf(graph, "dep")) {
            IndexedWord act = loose.getDependent();
            IndexedWord comma = graph.getNodeByIndexSafe(act.index() - 1);
            if (!"VBG".equals(act.tag()) || !speakerActs.contains(lemma(act)) || comma == null || !comma.word().equals(",")
                    || act.index() < loose.getGovernor().index() || SemanticGraphs.hasDependent(graph, act, "nsubj", "aux")) {
                continue;
            }
            SemanticGraphEdge content = reportedClauseOver(graph, loose.getGovernor(), reportingVerbs);
            List<IndexedWord> speakers = content == null ? List.of() : SemanticGraphs.subjects(graph, content.getGovernor());
            if (speakers.isEmpty() || !unshareable(graph, content.getDependent()) && !progressive(graph, content.getDependent())) {
                continue;
            }
            rehang(graph, loose, content.getGovernor(), UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
                    SemanticGraphs.subjects(graph, act), speakers);
            repaired = true;
        }
        return repaired;
    }

    /**
     * The reported clause (the ccomp edge from a verb of saying) that holds the word, through the complements (xcomp,
     * ccomp) of the reported clause's verbs; else null.
     */
    private static SemanticGraphEdge reportedClauseOver(SemanticGraph graph, IndexedWord word, Set<String> reportingVerbs) {
        IndexedWord node = word;
        for (int depth = 0; depth < 4; depth++) {
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream()
                    .filter(e -> e.getRelation().toString().equals("ccomp") || e.getRelation().toString().equals("xcomp"))
                    .findFirst().orElse(null);
            if (up == null) {
                return null;
            }
            if (up.getRelation().toString().equals("ccomp") && reportingVerbs.contains(lemma(up.getGovernor()))) {
                return up;
            }
            node = up.getGovernor();
        }
        return null;
    }

    /** A progressive: a present participle with a form of "be" ("was trying"). */
    private static boolean progressive(SemanticGraph graph, IndexedWord verb) {
        return "VBG".equals(verb.tag()) && graph.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux") && "be".equals(lemma(e.getDependent())));
    }

    /**
     * "Anadolu Yapı argues that the winners underestimated the cost and accuses LTG Infra of ...": a speaker's act in the
     * present tense of the verb of saying, after a reported clause in the past, does not go on with that clause.
     */
    private static boolean inTenseOfSaying(IndexedWord act, IndexedWord reported, IndexedWord saying) {
        return (act.tag().equals("VBZ") || act.tag().equals("VBP")) && act.tag().equals(saying.tag()) && "VBD".equals(reported.tag());
    }

    /**
     * "Bekele said the federation was \"deeply disappointed\" and might appeal to the court": the parser may join a verb
     * with a modal to the verb of saying, after the reported clause. Narration does not say what a speaker might or
     * would do; the modal is the reported clause's (reported speech shifts "will" to "would": reported.backshiftedModals,
     * after a verb of saying in the past tense), so the verb becomes a conjunct of the reported clause's head, with its
     * subject, which the verbs it controls take too. Not when the verb has a subject of its own.
     */
    static boolean repairModalAct(SemanticGraph graph, Set<String> reportingVerbs, Set<String> backshiftedModals) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : SemanticGraphs.edgesOf(graph, "conj:and")) {
            IndexedWord saying = conj.getGovernor();
            IndexedWord act = conj.getDependent();
            boolean modal = graph.outgoingEdgeList(act).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
                    && backshiftedModals.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT)));
            if (!reportingVerbs.contains(lemma(saying)) || !"VBD".equals(saying.tag()) || !modal) {
                continue;
            }
            IndexedWord reported = graph.outgoingEdgeList(saying).stream()
                    .filter(e -> e.getRelation().toString().equals("ccomp") && e.getDependent().index() < act.index())
                    .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            List<IndexedWord> speakers = SemanticGraphs.subjects(graph, saying);
            List<IndexedWord> reportedSubjects = reported == null ? List.of() : SemanticGraphs.subjects(graph, reported);
            if (reportedSubjects.isEmpty() || !speakers.containsAll(SemanticGraphs.subjects(graph, act))) {
                continue;
            }
            rehang(graph, conj, reported, speakers, reportedSubjects);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Makes the conjunct act of {@code conj} a conjunct of {@code governor} instead, with the new subjects for its own;
     * a verb the act's old subjects controlled takes the new ones ("... and would seek to overturn the ruling"; "urged
     * Russia to withdraw" keeps Russia, the object, as the one who withdraws).
     */
    private static void rehang(SemanticGraph graph, SemanticGraphEdge conj, IndexedWord governor, List<IndexedWord> oldSubjects,
                               List<IndexedWord> newSubjects) {
        rehang(graph, conj, governor, conj.getRelation(), oldSubjects, newSubjects);
    }

    /** Hangs the dependent of {@code edge} on {@code governor} by {@code relation}, with the new subjects (see above). */
    private static void rehang(SemanticGraph graph, SemanticGraphEdge edge, IndexedWord governor, GrammaticalRelation relation,
                               List<IndexedWord> oldSubjects, List<IndexedWord> newSubjects) {
        IndexedWord act = edge.getDependent();
        for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(act))) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                graph.removeEdge(e);
            }
        }
        graph.removeEdge(edge);
        graph.addEdge(governor, act, relation, Double.NEGATIVE_INFINITY, false);
        for (IndexedWord subject : newSubjects) {
            graph.addEdge(act, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
        }
        moveControlledSubjects(graph, act, oldSubjects, newSubjects);
    }

    private static void moveControlledSubjects(SemanticGraph graph, IndexedWord act, List<IndexedWord> oldSubjects, List<IndexedWord> newSubjects) {
        for (SemanticGraphEdge x : List.copyOf(graph.outgoingEdgeList(act))) {
            if (!x.getRelation().toString().equals("xcomp")) {
                continue;
            }
            boolean moved = false;
            for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(x.getDependent()))) {
                if (e.getRelation().toString().startsWith("nsubj") && e.isExtra() && oldSubjects.contains(e.getDependent())) {
                    graph.removeEdge(e);
                    moved = true;
                }
            }
            // a controlled verb left without any subject ("..., vowing to retaliate") takes the act's too
            moved |= !SemanticGraphs.hasDependent(graph, x.getDependent(), "nsubj", "nsubj:xsubj", "nsubj:pass");
            for (IndexedWord subject : moved ? newSubjects : List.<IndexedWord>of()) {
                graph.addEdge(x.getDependent(), subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                        Double.NEGATIVE_INFINITY, true);
            }
        }
    }

    /**
     * A reported clause whose verb a past form cannot share: a copula ("was unacceptable and called") or "do" ("did not
     * want war and accused"). Not a compound tense, whose "had" a second participle may share ("had rejected the offer
     * and accused Washington of bad faith" is the reported subject's).
     */
    private static boolean unshareable(SemanticGraph graph, IndexedWord reported) {
        return SemanticGraphs.hasDependent(graph, reported, "cop") || graph.outgoingEdgeList(reported).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux") && "do".equals(lemma(e.getDependent())));
    }
}
