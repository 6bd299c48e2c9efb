package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives a gerund complement its subject: in "Israel denied attacking Lebanon", "Russia resumed shelling Ukraine" the
 * one who attacks is the subject of the verb before it. The parser often hangs such a gerund loosely ("dep") and
 * gives it no subject; it becomes the verb's complement ("xcomp", so that "denied" negates it through
 * negation.governors) with the verb's subject as its own.
 */
final class GerundComplementRepair {
    /** Tagger labels of time expressions: a date stays with the verb it dates. */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private GerundComplementRepair() {
    }

    /** Ties subjectless gerunds right after a verb to that verb's subject, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            String relation = edge.getRelation().toString();
            IndexedWord verb = edge.getGovernor();
            IndexedWord gerund = edge.getDependent();
            if (!(relation.equals("dep") || relation.equals("xcomp")) || !SemanticGraphs.isVerb(verb) || !"VBG".equals(gerund.tag())
                    || !rightAfter(graph, verb, gerund) || hasSubject(graph, gerund)) {
                continue;
            }
            IndexedWord subject = subjectOf(graph, verb);
            if (subject == null) {
                continue;
            }
            if (relation.equals("dep")) {
                graph.removeEdge(edge);
                graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            }
            graph.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Undoes an adjective reading of a gerund complement: in "Iran denied supplying drones to Russia" the parser takes
     * "supplying" for an adjective of "drones", the object of "denied". After a verb that takes a gerund complement
     * ({@code gerundVerbs}: "deny", "stop", "resume"; not "welcomed growing trade") the gerund is the verb's complement,
     * the noun its object, and what follows the noun ("to Russia") the gerund's. Returns whether it repaired.
     */
    static boolean repairAdjectiveReading(SemanticGraph graph, Set<String> gerundVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge object : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = object.getGovernor();
            IndexedWord noun = object.getDependent();
            if (!object.getRelation().toString().equals("obj") || !SemanticGraphs.isVerb(verb) || verb.lemma() == null
                    || !gerundVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SemanticGraphEdge adjective = graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("amod") && "VBG".equals(e.getDependent().tag())
                            && e.getDependent().index() < noun.index() && rightAfter(graph, verb, e.getDependent()))
                    .findFirst().orElse(null);
            if (adjective == null) {
                continue;
            }
            IndexedWord gerund = adjective.getDependent();
            graph.removeEdge(object);
            graph.removeEdge(adjective);
            graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(gerund, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge after : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                if (after.getRelation().toString().startsWith("obl") && after.getDependent().index() > noun.index()) {
                    graph.removeEdge(after);
                    graph.addEdge(gerund, after.getDependent(), after.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            IndexedWord subject = subjectOf(graph, verb);
            if (subject != null) {
                graph.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * Undoes an adjective reading of the act charged: in "Washington accused Pyongyang of supplying shells to Moscow"
     * the parser hangs "shells" on "accused" with "of" and takes "supplying" for its adjective. After a verb of
     * {@code governors} with a preposition of {@code prepositions}, a gerund right after the preposition is the act, done
     * by the one accused (the verb's object, else its passive subject). Returns whether it repaired.
     */
    static boolean repairChargedAct(SemanticGraph graph, Set<String> governors, Set<String> prepositions, Set<String> adjectives) {
        return repairGerundAfterPreposition(graph, prepositions, adjectives,
                verb -> verb.lemma() != null && governors.contains(verb.lemma().toLowerCase(Locale.ROOT)) ? accused(graph, verb) : null);
    }

    /**
     * Gives the act charged its doer where the parser gave it none: in "Russia accused Ukraine of shelling the plant"
     * the parser hangs "shelling" on "accused" as a clause (advcl:of), or as an oblique noun with its object, without a subject. After a verb of
     * {@code governors} with a preposition of {@code prepositions}, the one accused does it. Returns whether it did.
     */
    static boolean repairChargedClause(SemanticGraph graph, Set<String> governors, Set<String> prepositions) {
        boolean repaired = false;
        for (SemanticGraphEdge clause : new ArrayList<>(graph.edgeListSorted())) {
            String relation = clause.getRelation().toString();
            IndexedWord verb = clause.getGovernor();
            IndexedWord gerund = clause.getDependent();
            // "was convicted of helping him to forge letters": the parser may hang the gerund as an oblique noun; with an
            // object of its own it is the act all the same
            boolean obliqueAct = relation.startsWith("obl:") && graph.outgoingEdgeList(gerund).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("obj"));
            String preposition = relation.startsWith("advcl:") ? relation.substring(6) : obliqueAct ? relation.substring(4) : "";
            if (!prepositions.contains(preposition) || !"VBG".equals(gerund.tag())
                    || verb.lemma() == null || !governors.contains(verb.lemma().toLowerCase(Locale.ROOT)) || hasSubject(graph, gerund)) {
                continue;
            }
            IndexedWord accused = accused(graph, verb);
            if (accused != null) {
                graph.addEdge(gerund, accused, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                repaired = true;
            }
        }
        return repaired;
    }

    /**
     * The same adjective reading in an adverbial: "Orban dropped his objections after [meeting] Kristersson", "India
     * responded by [expelling] six diplomats". After one of {@code markers} (participle.markers: those that share the
     * subject, not "without") the gerund is done by the subject of the verb it hangs on.
     */
    static boolean repairAdjunctAct(SemanticGraph graph, Set<String> markers, Set<String> adjectives) {
        return repairGerundAfterPreposition(graph, markers, adjectives, verb -> subjectOf(graph, verb));
    }

    /**
     * "Germany joined France in condemning Russia": after a verb of joining (join.act.verbs) the "in" gerund's act is
     * done by both, the verb's subject and its object, whether the parser reads the gerund as an adjective of its
     * object or as a clause of "in". Other verbs' "in" gerunds are left alone ("voted in ...", "a role in arming").
     */
    static boolean repairJoinedAct(SemanticGraph graph, Set<String> joiningVerbs, Set<String> adjectives) {
        if (graph.vertexSet().stream().noneMatch(word -> "VBG".equals(word.tag()))) {
            return false;
        }
        boolean repaired = repairGerundAfterPreposition(graph, Set.of("in"), adjectives,
                verb -> joiningVerbs.contains(lemma(verb)) ? subjectOf(graph, verb) : null);
        for (SemanticGraphEdge in : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = in.getGovernor();
            IndexedWord gerund = in.getDependent();
            if (!in.getRelation().toString().equals("advcl:in") || !"VBG".equals(gerund.tag()) || !joiningVerbs.contains(lemma(verb))) {
                continue;
            }
            IndexedWord subject = subjectOf(graph, verb);
            IndexedWord joined = graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("obj"))
                    .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            for (IndexedWord doer : java.util.Arrays.asList(subject, joined)) {
                if (doer != null && graph.getAllEdges(gerund, doer).isEmpty()) {
                    graph.addEdge(gerund, doer, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                    repaired = true;
                }
            }
            // the one joined is a partner in the act, not something the subject joins (no membership of France)
            if (joined != null) {
                graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("obj") && e.getDependent().equals(joined))
                        .toList().forEach(graph::removeEdge);
            }
        }
        return repaired;
    }

    /**
     * A gerund right after the preposition of a verb's oblique, read as an adjective of the oblique's noun, becomes the
     * verb's clause (advcl with that preposition), the noun its object, what follows the noun its obliques (not dates:
     * "accused Pyongyang of supplying shells on Tuesday" dates the accusation), and {@code doer} of the verb its
     * subject; nothing changes where the doer is null or the word is one of {@code adjectives} ("after mounting losses").
     */
    private static boolean repairGerundAfterPreposition(SemanticGraph graph, Set<String> prepositions, Set<String> adjectives,
            Function<IndexedWord, IndexedWord> doer) {
        boolean repaired = false;
        if (graph.vertexSet().stream().noneMatch(word -> "VBG".equals(word.tag()))) {
            return false; // no gerund in the sentence: no sorted copy of the edges
        }
        for (SemanticGraphEdge oblique : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = oblique.getGovernor();
            IndexedWord noun = oblique.getDependent();
            String relation = oblique.getRelation().toString();
            String preposition = relation.startsWith("obl:") ? relation.substring(4) : "";
            if (!prepositions.contains(preposition) || !SemanticGraphs.isVerb(verb) || !graph.containsEdge(oblique)) {
                continue;
            }
            SemanticGraphEdge caseMark = graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(preposition))
                    .findFirst().orElse(null);
            SemanticGraphEdge adjective = caseMark == null ? null : graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("amod") && "VBG".equals(e.getDependent().tag())
                            && e.getDependent().index() == caseMark.getDependent().index() + 1)
                    .findFirst().orElse(null);
            boolean adjectival = adjective != null && adjectives.contains(adjective.getDependent().word().toLowerCase(Locale.ROOT));
            IndexedWord subject = adjective == null || adjectival ? null : doer.apply(verb);
            if (subject == null) {
                continue;
            }
            IndexedWord gerund = adjective.getDependent();
            graph.removeEdge(oblique);
            graph.removeEdge(adjective);
            graph.removeEdge(caseMark);
            graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.getAdvcl(preposition), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(gerund, caseMark.getDependent(), UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(gerund, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            moveAfter(graph, verb, gerund, noun, "obl");
            moveAfter(graph, noun, gerund, noun, "nmod");
            graph.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            repaired = true;
        }
        return repaired;
    }

    /** The one accused: the verb's object ("accused Iran of"), else its passive subject ("Iran was accused of"). */
    private static IndexedWord accused(SemanticGraph graph, IndexedWord verb) {
        IndexedWord passive = null;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj")) {
                return e.getDependent();
            }
            if (rel.equals("nsubj:pass")) {
                passive = e.getDependent();
            }
        }
        return passive;
    }

    /** Moves the obliques or noun modifiers of {@code from} that follow {@code noun} to the gerund, as its obliques. */
    private static void moveAfter(SemanticGraph graph, IndexedWord from, IndexedWord gerund, IndexedWord noun, String kind) {
        // a clause before its verb ("Hours after meeting Xi in Beijing, Biden flew to Japan") keeps what follows the verb
        int end = !from.equals(noun) && gerund.index() < from.index() ? from.index() : Integer.MAX_VALUE;
        for (SemanticGraphEdge after : new ArrayList<>(graph.outgoingEdgeList(from))) {
            String rel = after.getRelation().toString();
            if (rel.startsWith(kind + ":") && !rel.equals("nmod:poss") && !isTime(after.getDependent()) && after.getDependent().index() > noun.index()
                    && after.getDependent().index() < end) {
                graph.removeEdge(after);
                graph.addEdge(gerund, after.getDependent(), UniversalEnglishGrammaticalRelations.getObl(rel.substring(kind.length() + 1)),
                        Double.NEGATIVE_INFINITY, false);
            }
        }
    }

    /** Whether the tagger labels the word a time expression ("on Monday"): a time is no party and dates its own verb. */
    static boolean isTime(IndexedWord word) {
        return word.ner() != null && TIMES.contains(word.ner());
    }

    /** Next to the verb, or with adverbs only between ("denied ever attacking"). */
    private static boolean rightAfter(SemanticGraph graph, IndexedWord verb, IndexedWord gerund) {
        if (gerund.index() <= verb.index()) {
            return false;
        }
        for (int i = verb.index() + 1; i < gerund.index(); i++) {
            IndexedWord between = graph.getNodeByIndexSafe(i);
            if (between == null || between.tag() == null || !between.tag().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** The verb's subject, also a controlled one ("nsubj:xsubj"), or null. */
    static IndexedWord subjectOf(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                return e.getDependent();
            }
        }
        return null;
    }
}
