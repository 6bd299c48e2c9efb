package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Marcos was welcomed by President Luong Cuong and later held talks with Pham Minh Chinh": the enhanced graph hands a
 * subject on to a conjoined verb with the first verb's voice (nsubj:pass on "held"), and the same the other way
 * ("Ruto met Museveni and was received by ..."). A conjunct's own voice decides: a passive auxiliary makes the shared
 * subject nsubj:pass, none (or another auxiliary before a participle: "has held") makes it nsubj, unless the conjunct
 * has an agent of its own, is a verb that keeps an object in the passive ("awarded"), which may be a participle
 * whatever the tagger says, or is a regular past form of a verb that takes an object, with none ("and briefed on").
 */
final class ConjoinedVoiceRepair {
    private ConjoinedVoiceRepair() {
    }

    /**
     * @param passiveObjectVerbs lemmas of verbs that keep an object in the passive (voice.passiveObjectVerbs)
     * @param intransitiveVerbs lemmas of verbs that take no object (voice.intransitiveVerbs)
     */
    static boolean repair(SemanticGraph graph, Set<String> passiveObjectVerbs, Set<String> intransitiveVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge subject : SemanticGraphs.edgesOf(graph, "nsubj", "nsubj:pass")) {
            IndexedWord verb = subject.getGovernor();
            if (verb.tag() == null || !verb.tag().startsWith("VB") || !conjunct(graph, verb)) {
                continue;
            }
            Set<String> relations = new HashSet<>();
            graph.outgoingEdgeIterable(verb).forEach(e -> relations.add(e.getRelation().toString()));
            boolean passive = relations.contains("aux:pass");
            // an agent of its own keeps it passive ("was greeted by Kim and escorted to a guesthouse by Kim"); so does a
            // verb that keeps an object in the passive, which the tagger may read either way ("was honoured by Putin and
            // awarded an honour": voice.passiveObjectVerbs); "signed", "visited", "held" are active
            boolean ownAgent = relations.contains("obl:agent") || relations.contains("obl:by");
            boolean ownAuxiliary = relations.contains("aux");
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            boolean objectInPassive = passiveObjectVerbs.contains(lemma);
            // a regular past form with nothing after it that an active verb takes is the participle of a passive ("was
            // received by Starmer and briefed on Russia"), unless the verb takes no object ("and travelled to Kyiv")
            boolean ownComplement = relations.contains("obj") || relations.contains("iobj") || relations.contains("xcomp") || relations.contains("ccomp");
            boolean bareParticiple = verb.word().toLowerCase(Locale.ROOT).endsWith("ed") && !ownComplement && !intransitiveVerbs.contains(lemma);
            boolean active = !passive && !ownAgent && (ownAuxiliary || !"VBN".equals(verb.tag()) && !objectInPassive && !bareParticiple);
            String relation = subject.getRelation().toString();
            if (relation.equals("nsubj:pass") && active) {
                graph.removeEdge(subject);
                graph.addEdge(verb, subject.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            } else if (relation.equals("nsubj") && passive) {
                graph.removeEdge(subject);
                graph.addEdge(verb, subject.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** Whether the verb is a later conjunct of another verb (whose subject the enhanced graph handed on). */
    private static boolean conjunct(SemanticGraph graph, IndexedWord verb) {
        return graph.incomingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj")
                && e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("VB"));
    }
}
