package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a participle adjunct and a relative clause the subject the parser leaves out:
 * <ul>
 *   <li>"After meeting Xi Jinping, Biden said ...", "Hamas attacked Israel, killing 1,200 people": an adverbial
 *   "-ing" clause is done by the subject of the clause it hangs on (only with no word or one of
 *   {@code participle.markers} before it: "without meeting Xi" says the meeting did not happen);</li>
 *   <li>"Marcus Lee was injured while working for Fraser Valley Electric": a marked adjunct of a passive clause is done
 *   by its subject when that is a person, a body or a country;</li>
 *   <li>"Prabowo held talks with Ishiba after being received by Emperor Naruhito", "Having met Xi, Putin ...": the
 *   same for a passive or perfect "-ing" clause (the subject a passive one's);</li>
 *   <li>"India retaliated, ordering Canadian diplomats to leave": the same after a comma, hung loosely ("dep");</li>
 *   <li>"Blinken, visiting Beijing, urged China ...": an "-ing" clause set off by a comma after a noun is done by
 *   that noun;</li>
 *   <li>"Hamas issued a statement urging Egypt to open the border", "In a letter accusing Britain of lying, Russia
 *   said ...": an "-ing" clause on a statement noun ({@code statement.nouns}) is done by whoever issues the statement
 *   (the subject of a {@code statement.verbs} verb that has it as object, or of any verb it is "in");</li>
 *   <li>"Guterres, who met Zelensky on Tuesday, called for peace": when the parser hangs the relative clause
 *   loosely ("dep") and leaves "who" its subject, the noun before "who" is the subject.</li>
 * </ul>
 */
final class ParticipleSubjectRepair {
    /** The tagger's types of a person, a body or a country (CoreNLP's fine-grained COUNTRY too). */
    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "COUNTRY");
    private final Set<String> markers;
    private final Set<String> relativePronouns;
    private final Set<String> consequences;
    private final Set<String> statementNouns;
    private final Set<String> statementVerbs;

    ParticipleSubjectRepair(Set<String> markers, Set<String> relativePronouns, Set<String> consequences,
                            Set<String> statementNouns, Set<String> statementVerbs) {
        this.markers = markers;
        this.relativePronouns = relativePronouns;
        this.consequences = consequences;
        this.statementNouns = statementNouns;
        this.statementVerbs = statementVerbs;
    }

    /** Adds the missing subjects in place; returns whether it added any. */
    boolean repair(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            String relation = edge.getRelation().toString();
            IndexedWord head = edge.getGovernor();
            IndexedWord clause = edge.getDependent();
            IndexedWord subject = null;
            // "..., prompting Israel to strike": the clause's event prompts, not its subject (an adjunct of a verb only)
            boolean consequence = clause.lemma() != null && consequences.contains(clause.lemma().toLowerCase(Locale.ROOT));
            if ("VBG".equals(clause.tag()) && !consequence && SemanticGraphs.isVerb(head) && (relation.startsWith("advcl") || relation.startsWith("obl"))
                    && !GerundComplementRepair.hasSubject(graph, clause) && markedToShareSubject(graph, relation, clause)) {
                subject = GerundComplementRepair.subjectOf(graph, head);
                if (subject == null && relation.contains(":")) {
                    subject = namedPassiveSubject(graph, head);
                }
            } else if ("VBG".equals(clause.tag()) && !consequence && SemanticGraphs.isVerb(head) && relation.equals("dep") && clause.index() > head.index()
                    && commaBefore(graph, clause) && !GerundComplementRepair.hasSubject(graph, clause)) {
                // "India retaliated hours later, ordering six Canadian diplomats to leave": the parser hangs the
                // adjunct after the comma loosely; it is still done by the subject
                subject = GerundComplementRepair.subjectOf(graph, head);
            } else if ("VBG".equals(clause.tag()) && isNoun(head) && relation.equals("acl") && !consequence
                    && statementNouns.contains(lemma(head)) && !GerundComplementRepair.hasSubject(graph, clause)) {
                subject = issuer(graph, head);
            } else if ("VBG".equals(clause.tag()) && isNoun(head) && relation.equals("acl") && commaAfter(graph, head)
                    && clause.index() > head.index() && !GerundComplementRepair.hasSubject(graph, clause)) {
                subject = head;
            } else if (isNoun(head) && SemanticGraphs.isVerb(clause) && (relation.equals("dep") || relation.equals("acl:relcl"))) {
                IndexedWord pronoun = RelativeClauseRepair.relativePronounSubject(graph, clause, relativePronouns);
                if (pronoun != null && pronoun.index() > head.index() && pronoun.index() - head.index() <= 2
                        && !graph.containsEdge(clause, head)) {
                    subject = head;
                }
            }
            boolean passive = false;
            if (subject == null && "VBN".equals(clause.tag()) && SemanticGraphs.isVerb(head) && relation.startsWith("advcl")
                    && ingAuxiliary(graph, clause) != null && !GerundComplementRepair.hasSubject(graph, clause)
                    && markedToShareSubject(graph, relation, clause)) {
                // "after being received by Emperor Naruhito", "having met Xi": the same, the "being" clause passive
                subject = GerundComplementRepair.subjectOf(graph, head);
                passive = graph.outgoingEdgeList(clause).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
            }
            if (subject != null && !subject.equals(clause)) {
                graph.addEdge(clause, subject, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                        : UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                repaired = true;
            }
        }
        return repaired;
    }

    /**
     * "Marcus Lee was injured while working for Fraser Valley Electric", "Orbis Bank was fined after acquiring Vexlar
     * Nord": a passive clause's subject does what a marked "-ing" adjunct of it says when it is a person, a body or a
     * country (a thing's passive leaves the doer of its adjunct unsaid: "the deal was signed after meeting twice" is the
     * signers'); null otherwise.
     */
    private static IndexedWord namedPassiveSubject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            IndexedWord subject = e.getDependent();
            // "The patient, Marcus Lee, was injured": a noun with a name in apposition is the name's
            boolean apposedName = graph.outgoingEdgeList(subject).stream()
                    .anyMatch(a -> a.getRelation().toString().equals("appos") && named(a.getDependent()));
            if (e.getRelation().toString().equals("nsubj:pass") && (named(subject) || apposedName)) {
                return subject;
            }
        }
        return null;
    }

    private static boolean named(IndexedWord word) {
        return word.ner() != null && NAMED.contains(word.ner());
    }

    /**
     * Who issues the statement: the subject of the verb that takes it as object ("issued a statement", only a
     * {@code statement.verbs} verb: "received a letter accusing ..." is someone else's) or that it is "in" ("In a
     * statement, China said ..."); null otherwise.
     */
    private IndexedWord issuer(SemanticGraph graph, IndexedWord statement) {
        for (SemanticGraphEdge in : graph.incomingEdgeIterable(statement)) {
            String rel = in.getRelation().toString();
            IndexedWord verb = in.getGovernor();
            boolean issued = rel.equals("obj") && statementVerbs.contains(lemma(verb));
            if ((issued || rel.equals("obl:in")) && SemanticGraphs.isVerb(verb)) {
                return GerundComplementRepair.subjectOf(graph, verb);
            }
        }
        return null;
    }

    /** The relation of the clause's "-ing" auxiliary ("being received": aux:pass; "having met", "having been invited": aux), or null. */
    private static String ingAuxiliary(SemanticGraph graph, IndexedWord clause) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("aux") || rel.equals("aux:pass")) && "VBG".equals(e.getDependent().tag())) {
                return rel;
            }
        }
        return null;
    }

    /** No marker ("Visiting Beijing, Blinken ..."), or one of the markers ("after", "while"). */
    private boolean markedToShareSubject(SemanticGraph graph, String relation, IndexedWord clause) {
        int colon = relation.indexOf(':');
        if (colon > 0) {
            return markers.contains(relation.substring(colon + 1).toLowerCase(Locale.ROOT));
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if (rel.equals("mark") || rel.equals("case")) {
                return markers.contains(e.getDependent().word().toLowerCase(Locale.ROOT));
            }
        }
        return relation.startsWith("advcl");
    }

    private static boolean commaBefore(SemanticGraph graph, IndexedWord word) {
        IndexedWord previous = graph.getNodeByIndexSafe(word.index() - 1);
        return previous != null && ",".equals(previous.word());
    }

    /** "Blinken, visiting Beijing,": set off by a comma (not "Jordan's visiting King Abdullah", "upon Ford giving ..."). */
    private static boolean commaAfter(SemanticGraph graph, IndexedWord head) {
        IndexedWord next = graph.getNodeByIndexSafe(head.index() + 1);
        return next != null && ",".equals(next.word());
    }

    private static boolean isNoun(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("NN");
    }
}
