package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Undoes a misreading of "a deal with Saudi Arabia to supply 10 aircraft": the parser takes "with Saudi Arabia to
 * supply" for a clause ("with X to do") whose subject is Saudi Arabia. After a noun, "with X" is the noun's partner
 * and the infinitive is the noun's content: X becomes the noun's "with" modifier and loses the subject role. Likewise
 * after a verb of {@code with.purpose.verbs} with its "with" ("Biden said he had spoken with Netanyahu to reaffirm
 * ..."): X is the verb's partner and the infinitive the purpose of the verb's subject (not "pleaded with X to").
 */
final class WithToClauseRepair {
    private static final GrammaticalRelation WITH = UniversalEnglishGrammaticalRelations.getNmod("with");

    private WithToClauseRepair() {
    }

    /** Reattaches the partner to the noun, in place; returns whether it did. */
    static boolean repair(SemanticGraph graph, Set<String> purposeVerbs) {
        boolean repaired = false;
        for (SemanticGraphEdge clause : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord noun = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            boolean afterNoun = clause.getRelation().toString().startsWith("acl") && noun.tag() != null && noun.tag().startsWith("NN");
            boolean afterVerb = clause.getRelation().toString().startsWith("advcl") && SemanticGraphs.isVerb(noun)
                    && noun.lemma() != null && purposeVerbs.contains(noun.lemma().toLowerCase(Locale.ROOT));
            if (!afterNoun && !afterVerb) {
                continue;
            }
            SemanticGraphEdge with = InfinitiveClauses.mark(graph, verb, "with"::equalsIgnoreCase);
            SemanticGraphEdge subject = InfinitiveClauses.subject(graph, verb);
            if (with == null || !InfinitiveClauses.hasToMark(graph, verb) || subject == null || with.getDependent().index() > subject.getDependent().index()) {
                continue;
            }
            if (afterVerb && with.getDependent().index() != noun.index() + 1) {
                continue; // "spoke with": only the verb's own preposition
            }
            graph.removeEdge(subject);
            graph.removeEdge(with);
            graph.addEdge(subject.getDependent(), with.getDependent(), UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(noun, subject.getDependent(), afterVerb ? UniversalEnglishGrammaticalRelations.getObl("with") : WITH,
                    Double.NEGATIVE_INFINITY, false);
            IndexedWord doer = afterVerb ? GerundComplementRepair.subjectOf(graph, noun) : null;
            if (doer != null) {
                // "he had spoken with Netanyahu to reaffirm ...": the purpose is the speaker's
                graph.addEdge(verb, doer, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
            }
            repaired = true;
        }
        return repaired;
    }
}
