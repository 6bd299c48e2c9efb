package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.newsie.relations.SemanticGraphs.isVerb;
import static dev.newsie.relations.SemanticGraphs.subjects;

/**
 * "David Wood will stay on to run the brand and is expected to join Kingfisher's board": the parser coordinates the
 * finite "is expected" with the nearest verb, the infinitive "run", and leaves it without a subject. A conjunct with a
 * finite auxiliary of its own cannot be coordinated with an infinitive: it is coordinated with the clause the
 * infinitive hangs from, and shares that clause's subject (also with the verbs it controls: "join").
 */
final class FiniteConjunctRepair {
    private FiniteConjunctRepair() {
    }

    /** Tags of a finite auxiliary: "is", "was", "are", "will", "has". */
    private static final Set<String> FINITE_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
    /** Tags of a verb in a tense of its own: "accused", "accuses". */
    private static final Set<String> TENSED_TAGS = Set.of("VBZ", "VBD", "VBP");

    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord infinitive = conj.getGovernor();
            IndexedWord conjunct = conj.getDependent();
            if (!isVerb(conjunct) || !subjects(graph, conjunct).isEmpty() || !finite(graph, conjunct) || !infinitive(graph, infinitive)) {
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(infinitive).stream()
                    .filter(e -> e.getRelation().toString().startsWith("advcl") || e.getRelation().toString().equals("xcomp"))
                    .findFirst().orElse(null);
            if (up == null || !isVerb(up.getGovernor()) || subjects(graph, up.getGovernor()).isEmpty()) {
                continue;
            }
            boolean passive = graph.outgoingEdgeList(conjunct).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
            coordinateWithClause(graph, conj, up.getGovernor(), passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Moves the conjunct of {@code conj} from the verb it was coordinated with to {@code clause} (dropping the edges
     * enhanced dependencies copied from the verb's governors to it), and gives it, and the verbs it controls, the
     * clause's subjects.
     */
    private static void coordinateWithClause(SemanticGraph graph, SemanticGraphEdge conj, IndexedWord clause, GrammaticalRelation subjectRelation) {
        IndexedWord verb = conj.getGovernor();
        IndexedWord conjunct = conj.getDependent();
        Set<IndexedWord> governors = new HashSet<>(graph.getParents(verb));
        governors.add(clause);
        graph.removeEdge(conj);
        graph.incomingEdgeList(conjunct).stream().filter(e -> governors.contains(e.getGovernor())).toList().forEach(graph::removeEdge);
        graph.addEdge(clause, conjunct, conj.getRelation(), conj.getWeight(), false);
        // the controlled verbs without a subject, found before any is given one (each of two subjects controls them)
        List<IndexedWord> controlled = graph.outgoingEdgeList(conjunct).stream()
                .filter(x -> x.getRelation().toString().equals("xcomp") && subjects(graph, x.getDependent()).isEmpty())
                .map(SemanticGraphEdge::getDependent).toList();
        for (IndexedWord subject : subjects(graph, clause)) {
            graph.addEdge(conjunct, subject, subjectRelation, Double.NEGATIVE_INFINITY, false);
            for (IndexedWord controlledVerb : controlled) {
                graph.addEdge(controlledVerb, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
        }
    }

    /**
     * "Gianetti said it would appeal against the fine and accused the UCI of ...": a verb in the past or present tense
     * of its own cannot share the modal of a bare verb before it ("would appeal"), so it is coordinated with the clause
     * that reports the modal one ("said") and shares that clause's subject, not the reported subject the graph handed on.
     */
    static boolean repairAfterModal(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord modal = conj.getGovernor();
            IndexedWord conjunct = conj.getDependent();
            if (!"VB".equals(modal.tag()) || !tensed(conjunct) || !withModal(graph, modal)
                    || graph.outgoingEdgeList(conjunct).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux"))) {
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(modal).stream().filter(e -> e.getRelation().toString().equals("ccomp"))
                    .findFirst().orElse(null);
            if (up == null || !isVerb(up.getGovernor()) || subjects(graph, up.getGovernor()).isEmpty()
                    || !subjects(graph, modal).containsAll(subjects(graph, conjunct))) {
                continue;
            }
            IndexedWord clause = up.getGovernor();
            graph.removeEdge(conj);
            graph.outgoingEdgeList(conjunct).stream().filter(e -> e.getRelation().toString().startsWith("nsubj")).toList().forEach(graph::removeEdge);
            graph.incomingEdgeList(conjunct).stream().filter(e -> e.getGovernor().equals(clause)).toList().forEach(graph::removeEdge);
            graph.addEdge(clause, conjunct, conj.getRelation(), conj.getWeight(), false);
            for (IndexedWord subject : subjects(graph, clause)) {
                addSubject(graph, conjunct, subject);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Iqbal accused the firm of stealing from workers and called on Adidas to act": the parser coordinates the verb with
     * the nearest verb, the gerund under "of", and hands it the gerund's place as a second "of" phrase. A gerund's
     * conjunct is a gerund; a verb in the tense of the clause the gerund hangs from (or a past participle after a verb in
     * the past, the tagger's slip for the past tense), without an auxiliary or a subject of its own, is coordinated with
     * that clause and shares its subject.
     */
    static boolean repairAfterGerund(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord gerund = conj.getGovernor();
            IndexedWord conjunct = conj.getDependent();
            if (!"VBG".equals(gerund.tag()) || conjunct.index() < gerund.index() || !subjects(graph, conjunct).isEmpty()
                    || hasOwnClauseWords(graph, conjunct)) {
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(gerund).stream()
                    .filter(e -> (e.getRelation().toString().startsWith("obl:") || e.getRelation().toString().startsWith("advcl:"))
                            && !e.getGovernor().equals(conjunct))
                    .findFirst().orElse(null);
            if (up == null || !tensed(up.getGovernor()) || subjects(graph, up.getGovernor()).isEmpty()
                    || !inTenseOf(graph, conjunct, up.getGovernor())) {
                continue;
            }
            coordinateWithClause(graph, conj, up.getGovernor(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Whether the conjunct is in the clause's tense: the same tag, or a past participle after a verb in the past that
     * governs what a verb does (an object, a preposition's phrase or a verb it controls: "and called on Adidas to act"),
     * not a participle that modifies a noun ("of hiding losses and falsified accounts").
     */
    private static boolean inTenseOf(SemanticGraph graph, IndexedWord conjunct, IndexedWord clause) {
        if (conjunct.tag() == null || clause.tag() == null) {
            return false;
        }
        return conjunct.tag().equals(clause.tag()) || "VBN".equals(conjunct.tag()) && "VBD".equals(clause.tag())
                && graph.outgoingEdgeList(conjunct).stream().anyMatch(e -> {
                    String relation = e.getRelation().toString();
                    return relation.equals("obj") || relation.startsWith("obl") || relation.equals("xcomp");
                });
    }

    /**
     * "Alemu lives in Soria and is a member of the club": a copular conjunct ("is a member") of a verb with a subject
     * shares that subject, which the graph leaves off a nominal predicate.
     */
    static boolean repairCopularConjunct(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord verb = conj.getGovernor();
            IndexedWord predicate = conj.getDependent();
            boolean copular = graph.outgoingEdgeList(predicate).stream().anyMatch(e -> e.getRelation().toString().equals("cop")
                    && tensed(e.getDependent()));
            if (!isVerb(verb) || predicate.tag() == null || !predicate.tag().startsWith("NN") || !copular
                    || !subjects(graph, predicate).isEmpty() || subjects(graph, verb).isEmpty()) {
                continue;
            }
            for (IndexedWord subject : subjects(graph, verb)) {
                addSubject(graph, predicate, subject);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Anutin, who as health minister oversaw the change, welcomed the licence but accused the ministry of ...": when the
     * parser makes the main verb both the name's verb and a relative clause on it, enhanced dependencies hand its
     * conjunct the relative clause but not the subject. A verb in a tense of its own, without a subject or an auxiliary,
     * coordinated with such a verb (right after the comma that closes the relative clause, its subject's relative clause
     * too), shares that subject; not a verb coordinated inside a relative clause ("a man who attacked a guard and
     * charged him": the parser's reading stands).
     */
    static boolean repairSubjectlessConjunct(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord verb = conj.getGovernor();
            IndexedWord conjunct = conj.getDependent();
            IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
            if (!isVerb(verb) || !tensed(conjunct) || conjunct.index() < verb.index() || before == null || !",".equals(before.word())
                    || !subjects(graph, conjunct).isEmpty() || hasOwnClauseWords(graph, conjunct)) {
                continue;
            }
            List<IndexedWord> nominal = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).map(SemanticGraphEdge::getDependent)
                    .filter(subject -> subject.index() < verb.index() && SemanticGraphs.relativeClauseOn(graph, subject, verb)).toList();
            for (IndexedWord subject : nominal) {
                addSubject(graph, conjunct, subject);
                repaired = true;
            }
        }
        return repaired;
    }

    /**
     * "In Switzerland, Unia, the country's largest trade union, criticised the company and accused it of ...": the parser
     * reads the names and the apposition as a list, makes the first name the sentence's root and coordinates the verbs
     * with it. A verb in a tense of its own, without a subject, coordinated with a proper noun that heads the sentence
     * and stands before it, has that noun as its subject.
     */
    static boolean repairNounRootConjuncts(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge conj : conjuncts(graph)) {
            IndexedWord noun = conj.getGovernor();
            IndexedWord verb = conj.getDependent();
            // not a noun governed by a preposition ("According to Reuters, the company cut jobs and closed plants")
            if (noun.tag() == null || !noun.tag().startsWith("NNP") || !graph.getRoots().contains(noun) || verb.index() < noun.index()
                    || !tensed(verb) || !subjects(graph, verb).isEmpty() || hasOwnClauseWords(graph, verb)
                    || SemanticGraphs.hasDependent(graph, noun, "cop", "case")) {
                continue;
            }
            addSubject(graph, verb, noun);
            repaired = true;
        }
        return repaired;
    }

    /** The verb's nominal subject, added as enhanced dependencies would have it. */
    private static void addSubject(SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
        graph.addEdge(verb, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
    }

    private static boolean tensed(IndexedWord verb) {
        return verb.tag() != null && TENSED_TAGS.contains(verb.tag());
    }

    /** An auxiliary, an expletive or a subordinator of its own: the conjunct opens a clause the repairs leave alone. */
    private static boolean hasOwnClauseWords(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().anyMatch(e -> {
            String relation = e.getRelation().toString();
            return relation.startsWith("aux") || relation.equals("expl") || relation.equals("mark") || relation.startsWith("csubj");
        });
    }

    private static boolean withModal(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux") && "MD".equals(e.getDependent().tag()));
    }

    private static List<SemanticGraphEdge> conjuncts(SemanticGraph graph) {
        List<SemanticGraphEdge> conjuncts = new ArrayList<>();
        graph.edgeIterable().forEach(e -> {
            if (e.getRelation().getShortName().equals("conj")) {
                conjuncts.add(e);
            }
        });
        conjuncts.sort(SemanticGraphEdge.orderByTargetComparator());
        return conjuncts;
    }

    private static boolean finite(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                && e.getDependent().index() < verb.index() && e.getDependent().tag() != null && FINITE_TAGS.contains(e.getDependent().tag()));
    }

    /** A bare verb marked with "to" and without a subject of its own (a controlled one it may have). */
    private static boolean infinitive(SemanticGraph graph, IndexedWord verb) {
        return "VB".equals(verb.tag()) && graph.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("nsubj")
                || e.getRelation().toString().equals("nsubj:pass")) && graph.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"));
    }
}
