package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Negation, modality and the predicate's own words, read off the dependency graph around a predicate node. */
final class Qualifiers {
    /** Relations along which a predicate inherits the modality of the verb above it. */
    private static final Set<String> INHERIT = Set.of("xcomp", "conj");
    private static final Set<String> CONTROL = Set.of("xcomp");
    private static final Set<String> REPORT = Set.of("ccomp", "parataxis");
    private static final Set<String> FUNCTION_CHILDREN = Set.of("aux", "aux:pass", "cop");

    private final Set<String> negation;
    private final Set<String> negationGovernors;
    /** negation.deniedContentNouns and negation.denialVerbs: "denied reports that", "rejected claims that". */
    private final Set<String> deniedContentNouns;
    private final Set<String> denialVerbs;
    private final Set<String> possibleAux;
    private final Set<String> possibleMarks;
    private final Set<String> possibleGovernors;
    /** possible.requestGovernors: verbs by which one asks another to act ("asked Turkey to release him"). */
    private final Set<String> requestGovernors;
    private final Set<String> plannedAux;
    private final Set<String> plannedGovernors;
    private final Set<String> plannedModifiers;
    /** Nouns that are a plan themselves: "his proposed plan for GM" is a plan put forward, no act to come. */
    private final Set<String> planNouns;
    /** Planned governors that make only a verb planned, not a noun they take ("applied the sanctions"). */
    private final Set<String> verbOnlyGovernors;
    private final Set<String> reportedVerbs;
    private final Set<String> reportedObliques;
    /** "Israel reportedly struck Iran": the writer passes on what others say. */
    private final Set<String> reportedAdverbs;
    /** "would" after a past reporting verb: a reported "will" ("said it would ..."), planned, not a possibility. */
    private final Set<String> backshiftedAux;
    private final Set<String> controlNouns;
    private final Set<String> timePrepositions;
    private final Set<String> accusationGovernors;
    private final Set<String> accusationPrepositions;

    Qualifiers(Settings words) {
        negation = words.lowercaseWords("negation");
        negationGovernors = words.lowercaseWords("negation.governors");
        deniedContentNouns = words.lowercaseWords("negation.deniedContentNouns");
        denialVerbs = words.lowercaseWords("negation.denialVerbs");
        possibleAux = words.lowercaseWords("possible.aux");
        possibleMarks = words.lowercaseWords("possible.marks");
        possibleGovernors = words.lowercaseWords("possible.governors");
        requestGovernors = words.lowercaseWords("possible.requestGovernors");
        words.requireKnown("possible.requestGovernors", requestGovernors, possibleGovernors, "possible.governors");
        plannedAux = words.lowercaseWords("planned.aux");
        plannedGovernors = words.lowercaseWords("planned.governors");
        plannedModifiers = words.lowercaseWords("planned.modifiers");
        planNouns = words.lowercaseWords("planned.modifiers.planNouns");
        verbOnlyGovernors = words.lowercaseWords("planned.governors.verbsOnly");
        reportedVerbs = words.lowercaseWords("reported.verbs");
        reportedObliques = words.lowercaseWords("reported.obliques");
        reportedAdverbs = words.lowercaseWords("reported.adverbs");
        backshiftedAux = words.lowercaseWords("reported.backshifted.aux");
        controlNouns = words.lowercaseWords("control.nouns");
        timePrepositions = words.lowercaseWords("time.prepositions");
        accusationGovernors = words.lowercaseWords("accusation.governors");
        accusationPrepositions = words.lowercaseWords("accusation.prepositions");
    }

    /** The predicate node and the verbs it inherits modality from ("visit" -> "set" in "is set to visit"). */
    List<IndexedWord> chain(SemanticGraph graph, IndexedWord pred) {
        return chain(graph, pred, INHERIT);
    }

    /**
     * The predicate node and the verbs that control it ("visit" -> "set" in "is set to visit"): the words of its
     * text. A verb it is coordinated with lends it modality and date, not words.
     */
    List<IndexedWord> controllers(SemanticGraph graph, IndexedWord pred) {
        return chain(graph, pred, CONTROL);
    }

    private static List<IndexedWord> chain(SemanticGraph graph, IndexedWord pred, Set<String> links) {
        List<IndexedWord> chain = new ArrayList<>();
        IndexedWord node = pred;
        while (node != null && !chain.contains(node) && chain.size() < 6) {
            chain.add(node);
            IndexedWord next = null;
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                // enhanced++ names a conjunct's relation by its conjunction: conj:and, conj:but
                if (links.contains(e.getRelation().getShortName())) {
                    next = e.getGovernor();
                    break;
                }
            }
            node = next;
        }
        return chain;
    }

    /**
     * The verb whose object or "for" oblique a noun is ("called for talks" -> "call", "postponed the visit" ->
     * "postpone"); null for a verb or a free noun. Not a passive subject: "the talks were called off" was tried and
     * negated a telling the constructed gold asserts.
     */
    private static IndexedWord verbTakingNoun(SemanticGraph graph, IndexedWord node) {
        return verbOfNoun(graph, node, rel -> rel.equals("obj") || rel.equals("obl:for"));
    }

    /**
     * The verb of the clause a noun is the object or in a time phrase of ("held talks", "after talks"); null for a
     * verb, or for a noun in another phrase ("due to the current contract with the union, workers will ...").
     */
    private IndexedWord clauseOfNoun(SemanticGraph graph, IndexedWord node) {
        return verbOfNoun(graph, node, rel -> rel.equals("obj") || rel.startsWith("obl:") && timePrepositions.contains(rel.substring(4)));
    }

    /** The verb a noun hangs on by one of the given relations, or null (also for a node that is no noun). */
    private static IndexedWord verbOfNoun(SemanticGraph graph, IndexedWord node, Predicate<String> relation) {
        if (node.tag() == null || !node.tag().startsWith("NN")) {
            return null;
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            if (relation.test(e.getRelation().toString()) && SemanticGraphs.isVerb(e.getGovernor())) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** "did not visit", "never met", "refused to meet": a negation on the predicate or a verb that controls it. */
    boolean negated(SemanticGraph graph, List<IndexedWord> chain) {
        IndexedWord top = chain.get(chain.size() - 1);
        // "whose president, Mario Huamán, said companies had not been allowed": a title set off with its holder names
        // someone whatever the verb the parser hangs it on says
        boolean holdersTitle = graph.outgoingEdgeList(top).stream().anyMatch(e -> e.getRelation().toString().equals("appos")
                && "PERSON".equals(e.getDependent().ner())) || graph.incomingEdgeList(top).stream()
                .anyMatch(e -> e.getRelation().toString().equals("appos") && "PERSON".equals(e.getGovernor().ner()));
        IndexedWord taker = holdersTitle ? null : verbTakingNoun(graph, top);
        if (taker != null && (negationGovernors.contains(phrasal(graph, taker)) || !chain.contains(taker) && negated(graph, chain(graph, taker)))) {
            return true; // "Israel refused talks with Hamas", "Egypt did not host talks between Israel and Hamas"
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(top)) {
            // "China denied that it sold weapons": the clause a negating verb governs did not happen, by its word
            if (e.getRelation().toString().equals("ccomp") && negationGovernors.contains(lemma(e.getGovernor()))) {
                return true;
            }
            // "Vold denied reports that he had agreed to join LIV Golf", "Ocado rejected claims that it had threatened
            // the union": the content of a report or claim that is denied, by its speaker's word; not a relative clause on
            // the claim, whose verb has the claim as its own argument ("a claim that Ebrard rejected", "the allegations that
            // South Africa brought to the court": what it says happened)
            if ((e.getRelation().toString().equals("ccomp") || e.getRelation().toString().startsWith("acl"))
                    && deniedContentNouns.contains(lemma(e.getGovernor())) && graph.getAllEdges(top, e.getGovernor()).isEmpty()
                    && graph.incomingEdgeList(e.getGovernor()).stream()
                            .anyMatch(o -> o.getRelation().toString().equals("obj") && denialVerbs.contains(lemma(o.getGovernor())))) {
                return true;
            }
        }
        if (neitherNor(graph, chain.get(0))) {
            return true;
        }
        for (int i = 0; i < chain.size(); i++) {
            IndexedWord node = chain.get(i);
            if (i > 0 && negationGovernors.contains(lemma(node))) {
                return true;
            }
            // "Iran's refusal to allow inspectors": the noun of intent says it did not happen
            IndexedWord intent = NominalControlRepair.controllingNoun(graph, node, controlNouns);
            if (intent != null && negationGovernors.contains(lemma(intent))) {
                return true;
            }
            // "Germany has no plans to recognize Palestine": an intent denied
            if (intent != null && graph.outgoingEdgeList(intent).stream().anyMatch(
                    e -> e.getRelation().toString().equals("det") && negation.contains(lemma(e.getDependent())))) {
                return true;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
                        && negation.contains(lemma(e.getDependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb's lemma with its particle: "call off" (cancelled), not "call" (asked for). */
    private static String phrasal(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("compound:prt")) {
                return lemma(verb) + " " + lemma(e.getDependent());
            }
        }
        return lemma(verb);
    }

    /** "Neither France nor Germany criticized China", "China criticized neither France nor Germany": a party so listed did not. */
    private boolean neitherNor(SemanticGraph graph, IndexedWord predicate) {
        for (SemanticGraphEdge arg : graph.outgoingEdgeIterable(predicate)) {
            String rel = arg.getRelation().toString();
            if (!rel.startsWith("nsubj") && !rel.equals("obj")) {
                continue;
            }
            IndexedWord party = arg.getDependent();
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(party)) {
                if (e.getRelation().toString().equals("cc:preconj") && negation.contains(lemma(e.getDependent()))) {
                    return true;
                }
            }
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(party)) {
                if (e.getRelation().toString().equals("conj:nor")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the act is one that someone asked of its subject ("India was asked to extradite Hasina", "urged the
     * United States to provide ..."): a request verb of possible.requestGovernors controls it and the subject is not
     * the asker's own ("Putin asked to meet Xi" is Putin's wish, and stays a possible act).
     */
    boolean askedOfSubject(SemanticGraph graph, List<IndexedWord> chain, IndexedWord subject) {
        for (int i = 1; i < chain.size(); i++) {
            IndexedWord node = chain.get(i);
            if (requestGovernors.contains(lemma(node)) && controls(graph, node, chain.get(i - 1))) {
                // the asker is the request verb's active subject; a passive one is the party asked ("India was asked to")
                return graph.outgoingEdgeList(node).stream()
                        .noneMatch(e -> (e.getRelation().toString().equals("nsubj") || e.getRelation().toString().equals("nsubj:xsubj"))
                                && e.getDependent().equals(subject));
            }
        }
        return false;
    }

    Modality modality(SemanticGraph graph, List<IndexedWord> chain) {
        for (int i = 0; i < chain.size(); i++) {
            IndexedWord node = chain.get(i);
            if (i > 0 && plannedGovernors.contains(lemma(node))) {
                return Modality.PLANNED;
            }
            // "asked Turkey to release him": the act is asked for, not done
            if (i > 0 && possibleGovernors.contains(lemma(node)) && controls(graph, node, chain.get(i - 1))) {
                return Modality.POSSIBLE;
            }
            // "Germany's decision to send tanks", "Russia's attempt to seize Kyiv": the noun of intent
            IndexedWord intent = NominalControlRepair.controllingNoun(graph, node, controlNouns);
            if (intent != null && plannedGovernors.contains(lemma(intent))) {
                return Modality.PLANNED;
            }
            if (intent != null && possibleGovernors.contains(lemma(intent))) {
                return Modality.POSSIBLE;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                String dep = lemma(e.getDependent());
                boolean backshifted = rel.startsWith("aux") && backshifted(graph, chain, node, dep);
                if (rel.startsWith("aux") && possibleAux.contains(dep) && !backshifted
                        || rel.equals("mark") && possibleMarks.contains(dep)) {
                    return Modality.POSSIBLE;
                }
                if (backshifted) {
                    return Modality.PLANNED; // a "will" told in the past is as planned as "says ... will"
                }
                // "the planned visit": the participle's word, not its lemma ("plan"); a plan itself ("his proposed
                // plan for GM") is no planned act
                if (rel.startsWith("aux") && plannedAux.contains(dep)
                        || rel.equals("amod") && plannedModifiers.contains(e.getDependent().word().toLowerCase(Locale.ROOT))
                        && !planNouns.contains(lemma(node))) {
                    return Modality.PLANNED;
                }
            }
        }
        // "Lula called for talks between Russia and Ukraine", "Hamas proposed a ceasefire with Israel": an act named by
        // a noun that a verb of asking or intent takes is asked for or intended, not done
        IndexedWord taker = verbTakingNoun(graph, chain.get(chain.size() - 1));
        if (taker != null && possibleGovernors.contains(phrasal(graph, taker))) {
            return Modality.POSSIBLE;
        }
        if (taker != null && plannedGovernors.contains(phrasal(graph, taker)) && !verbOnlyGovernors.contains(phrasal(graph, taker))) {
            return Modality.PLANNED;
        }
        IndexedWord clauseVerb = clauseOfNoun(graph, chain.get(chain.size() - 1));
        if (clauseVerb != null && !chain.contains(clauseVerb)) {
            // "Erdogan offered to host talks between Russia and Ukraine", "Iran said that after talks with Oman it
            // agreed": the act named by the noun is as planned, possible or reported as the clause it sits in
            Modality clause = modality(graph, chain(graph, clauseVerb));
            if (clause != Modality.ASSERTED) {
                return clause;
            }
        }
        for (IndexedWord node : chain) {
            // "Iran is believed to have supplied drones", "he is said to have met Putin": a passive reporting verb over
            // the act reports it
            if (!node.equals(chain.get(0)) && reportedVerbs.contains(lemma(node))
                    && graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"))) {
                return Modality.REPORTED;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                // "according to AFP": the writer reports another's claim
                String rel = e.getRelation().toString();
                if (rel.startsWith("obl:") && reportedObliques.contains(rel.substring(4))
                        || rel.equals("advmod") && reportedAdverbs.contains(lemma(e.getDependent()))) {
                    return Modality.REPORTED;
                }
            }
        }
        IndexedWord top = chain.get(chain.size() - 1);
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(top)) {
            // "the US demanded that Hamas renounce ...": a clause asked of another is asked for, not done ("told
            // reporters that ..." reports)
            String governor = lemma(e.getGovernor());
            if (e.getRelation().toString().equals("ccomp") && possibleGovernors.contains(governor) && !reportedVerbs.contains(governor)) {
                return Modality.POSSIBLE;
            }
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(top)) {
            if (REPORT.contains(e.getRelation().toString()) && reportedVerbs.contains(lemma(e.getGovernor()))) {
                return Modality.REPORTED;
            }
            // "accused Pyongyang of supplying shells": the act charged is the accuser's claim
            String rel = e.getRelation().toString();
            if (rel.startsWith("advcl:") && accusationPrepositions.contains(rel.substring(6)) && accusationGovernors.contains(lemma(e.getGovernor()))) {
                return Modality.REPORTED;
            }
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(top)) {
            // "..., the official said": the reporting verb hangs from the reported clause (or hangs loosely after it, its
            // sayer taken for an apposition: "supplied shells to Russia, South Korea said")
            String relation = e.getRelation().toString();
            // (only for a verb's act: a title on the subject is the writer's, "Foreign Minister Peter Szijjarto ..., diplomats said")
            boolean trailing = relation.equals("dep") && e.getDependent().index() > top.index()
                    && chain.get(0).tag() != null && chain.get(0).tag().startsWith("VB")
                    && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(o -> o.getRelation().toString().matches("obj|ccomp|xcomp"));
            if ((relation.equals("parataxis") || trailing) && reportedVerbs.contains(lemma(e.getDependent()))) {
                return Modality.REPORTED;
            }
        }
        return Modality.ASSERTED;
    }

    /**
     * Whether a modal is a reported "will" put in the past ("Gil said Venezuela would not allow ..."): one of
     * reported.backshifted.aux, in a clause a past reporting verb reports, with no condition on it ("said it would
     * defend the Philippines if attacked" stays possible). The clause is then planned, as "says it will" is.
     */
    private boolean backshifted(SemanticGraph graph, List<IndexedWord> chain, IndexedWord node, String modal) {
        if (!backshiftedAux.contains(modal)) {
            return false;
        }
        // "said Britain would have sanctioned Iran": a past that did not happen, not a "will"
        if (graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux") && lemma(e.getDependent()).equals("have"))) {
            return false;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().startsWith("advcl") && graph.outgoingEdgeList(e.getDependent()).stream()
                    .anyMatch(m -> m.getRelation().toString().equals("mark") && possibleMarks.contains(lemma(m.getDependent())))) {
                return false;
            }
        }
        IndexedWord top = chain.get(chain.size() - 1);
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(top)) {
            IndexedWord sayer = e.getGovernor();
            if (REPORT.contains(e.getRelation().toString()) && reportedVerbs.contains(lemma(sayer))
                    && ("VBD".equals(sayer.tag()) || "VBN".equals(sayer.tag()))) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries, "to" and negation around the chain: the words that make up the predicate's text. */
    List<IndexedWord> functionWords(SemanticGraph graph, List<IndexedWord> chain) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord node : chain) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                // "to" of "is set to visit" belongs to the predicate; "if", "although" do not
                if (FUNCTION_CHILDREN.contains(rel) || rel.equals("mark") && lemma(e.getDependent()).equals("to")
                        || negation.contains(lemma(e.getDependent())) && rel.equals("advmod")) {
                    out.add(e.getDependent());
                }
            }
        }
        return out;
    }

    /** Whether the verb governs the act as its complement ("asked X to go"), not as a conjunct ("asked X and went"). */
    private static boolean controls(SemanticGraph graph, IndexedWord governor, IndexedWord act) {
        for (SemanticGraphEdge e : graph.getAllEdges(governor, act)) {
            if (CONTROL.contains(e.getRelation().getShortName())) {
                return true;
            }
        }
        return false;
    }

}
