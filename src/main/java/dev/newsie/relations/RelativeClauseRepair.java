package dev.newsie.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.newsie.relations.SemanticGraphs.edgesOf;
import static dev.newsie.relations.SemanticGraphs.noEdge;

/**
 * Repairs a parse common in news: a name with a relative clause between commas, then the main verb. In "Wang Yi, who
 * attended the talks, later met Antony Blinken" the parser hangs "met" on "attended" as an unlabelled dependent and
 * leaves it without a subject, so nobody met Blinken. A finite verb without a subject, hanging as {@code dep} on the
 * verb of a relative clause (acl:relcl of a noun, or a clause whose subject is a relative pronoun), after a comma that
 * closes the clause, has the clause's noun as its subject: the noun becomes the verb's subject and the verb the head of
 * the sentence. A relative clause the parser hangs on its noun as {@code dep} keeps the relative pronoun as its subject
 * ("NATO, which is led by Mark Rutte, ..."): the noun becomes the clause's subject too, as enhanced++ does for acl:relcl.
 */
final class RelativeClauseRepair {
    /** How the parser hangs a clause's verb on a relative pronoun it took for an apposition ("..., which examined"). */
    private static final Pattern LOOSE_CLAUSE = Pattern.compile("acl.*|dep");
    /** How the parser may hang the noun when it heads the main or a reported clause. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis", "dep", "advcl", "xcomp");
    /** A relative pronoun's relations as a clause's subject, active or passive. */
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");
    /** How the parser hangs the main verb on the name when it takes the name's apposition for the subject. */
    private static final Set<String> APPOSITION_MISREADINGS = Set.of("acl:relcl", "dep");

    private final Set<String> relativePronouns;
    /** relative.subjectPronouns: the relative pronouns that are a clause's subject where it has no other ("who"). */
    private final Set<String> subjectPronouns;
    private final Set<String> reportingVerbs;
    private final Set<String> appositionAdverbs;
    /** lexicon/titles.txt, lower case: the heads a list of names may hang on. */
    private final Set<String> titles;

    /** voice.intransitiveVerbs: verbs that take no object, so that a "whose" phrase before one cannot be its object. */
    private final Set<String> intransitiveVerbs;

    RelativeClauseRepair(Set<String> relativePronouns, Set<String> subjectPronouns, Set<String> reportingVerbs, Set<String> appositionAdverbs,
                         Set<String> titles, Set<String> intransitiveVerbs) {
        this.subjectPronouns = subjectPronouns;
        this.titles = titles;
        this.intransitiveVerbs = intransitiveVerbs;
        this.relativePronouns = relativePronouns;
        this.reportingVerbs = reportingVerbs;
        this.appositionAdverbs = appositionAdverbs;
    }

    /**
     * "cleared by Germany's Federal Cartel Office, which examined an earlier takeover": the parser may take the relative
     * pronoun for the noun's apposition and hang the clause's verb on it; the noun is the verb's subject.
     */
    private boolean pronounsTakenForAppositions(SemanticGraph graph) {
        if (noEdge(graph, "appos")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge apposition : SemanticGraphs.edgesOf(graph, "appos")) {
            IndexedWord noun = apposition.getGovernor();
            IndexedWord pronoun = apposition.getDependent();
            if (!relativePronouns.contains(pronoun.word().toLowerCase(Locale.ROOT)) || pronoun.index() < noun.index()) {
                continue;
            }
            for (SemanticGraphEdge clause : graph.outgoingEdgeList(pronoun)) {
                IndexedWord verb = clause.getDependent();
                if (LOOSE_CLAUSE.matcher(clause.getRelation().toString()).matches() && finite(graph, verb) && verb.index() > pronoun.index()
                        && !StrandedSubjectRepair.hasSubject(graph, verb)) {
                    graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                }
            }
        }
        return repaired;
    }

    /**
     * "Siobhán Doyle, whose son was diagnosed at six months, and who founded the charity SMA Families Ireland": the parser
     * may leave a relative pronoun as the subject of a second, conjoined relative clause instead of the noun it stands
     * for. A relative clause's subject that is a relative pronoun becomes the noun the clause hangs on.
     */
    private boolean unresolvedRelativeSubjects(SemanticGraph graph) {
        if (noEdge(graph, "acl:relcl")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge clause : edgesOf(graph, "acl:relcl")) {
            IndexedWord noun = clause.getGovernor();
            for (SemanticGraphEdge subject : new ArrayList<>(graph.outgoingEdgeList(clause.getDependent()))) {
                IndexedWord pronoun = subject.getDependent();
                if (SUBJECT_RELATIONS.contains(subject.getRelation().toString()) && pronoun.tag() != null && pronoun.tag().startsWith("W")
                        && relativePronouns.contains(pronoun.word().toLowerCase(Locale.ROOT)) && pronoun.index() > noun.index()) {
                    graph.removeEdge(subject);
                    graph.addEdge(clause.getDependent(), noun, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                }
            }
        }
        return repaired;
    }

    /** Gives stranded main verbs their subject, in place; returns whether it did. */
    boolean repair(SemanticGraph graph) {
        boolean early = appositionsTakenForSubjects(graph) | invertedCopulas(graph) | copularClauseSubjects(graph) | whoseClauses(graph)
                | looseWhoseClauses(graph) | whosePhrasesTakenForObjects(graph) | wherePlaces(graph) | adverbAppositions(graph)
                | clausesOnTheLastListedName(graph) | pronounsTakenForAppositions(graph) | unresolvedRelativeSubjects(graph);
        if (noEdge(graph, "dep") && noEdge(graph, "acl")) {
            return early; // most sentences: nothing hangs loosely, no sorted copy of the edges
        }
        boolean repaired = early | clauseSubjects(graph);
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord clause = edge.getGovernor();
            IndexedWord verb = edge.getDependent();
            // "Blinken, who was on a trip to Israel, met Netanyahu": a past tense hung on the clause as if it were a participle
            boolean looseVerb = edge.getRelation().toString().equals("dep")
                    || edge.getRelation().toString().equals("acl") && ("VBD".equals(verb.tag()) || "VBZ".equals(verb.tag()));
            if (!looseVerb || verb.index() < clause.index() || !finite(graph, verb)
                    || StrandedSubjectRepair.hasSubject(graph, verb) || !commaBetween(graph, clause, verb)) {
                continue;
            }
            IndexedWord noun = relativeHead(graph, clause);
            if (noun == null || noun.index() > clause.index()) {
                continue;
            }
            // the noun heads a clause the parser hung on a verb ("Blinken said Wang Yi, who ..., later met Lavrov": ccomp);
            // a noun that is an argument of another verb is no subject to give
            List<SemanticGraphEdge> clauseOf = graph.incomingEdgeList(noun).stream().filter(e -> !e.getGovernor().equals(clause)).toList();
            if (clauseOf.stream().anyMatch(e -> !CLAUSE_RELATIONS.contains(e.getRelation().toString()) && !saidObject(e))) {
                continue;
            }
            graph.removeEdge(edge);
            for (SemanticGraphEdge in : new ArrayList<>(clauseOf)) {
                graph.removeEdge(in);
                // "said Wang Yi, who ..., met": what was said is the clause, not the name
                graph.addEdge(in.getGovernor(), verb, saidObject(in) ? UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT : in.getRelation(),
                        Double.NEGATIVE_INFINITY, false);
            }
            graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (graph.getRoots().contains(noun)) {
                graph.setRoot(verb);
            }
            controlledClauses(graph, verb, noun);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "NATO, which is led by Mark Rutte," and "Jara, who served as labour minister,", parsed dep(noun, clause verb) with
     * the pronoun as the verb's subject: the noun gets the pronoun's subject relation. Only for a pronoun right after
     * the noun and a comma, so the noun is the one the clause describes.
     */
    private boolean clauseSubjects(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord noun = edge.getGovernor();
            IndexedWord clause = edge.getDependent();
            if (!edge.getRelation().toString().equals("dep") || noun.tag() == null || !noun.tag().startsWith("NN")
                    || clause.tag() == null || !clause.tag().startsWith("VB") || clause.index() < noun.index()) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(noun.index() + 1);
            if (comma == null || !comma.word().equals(",")) {
                continue;
            }
            for (SemanticGraphEdge subject : relativePronounSubjects(graph, clause, relativePronouns, SUBJECT_RELATIONS)) {
                if (subject.getDependent().index() == noun.index() + 2 && graph.getEdge(clause, noun) == null) {
                    graph.addEdge(clause, noun, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                }
            }
        }
        // "the daughter of Fernando Matthei, who commanded the Air Force": the clause hung on the phrase's head, the name
        // right before the comma and the pronoun is the one it describes
        for (SemanticGraphEdge edge : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord head = edge.getGovernor();
            IndexedWord clause = edge.getDependent();
            if (!edge.getRelation().toString().equals("dep") || clause.tag() == null || !clause.tag().startsWith("VB") || clause.index() < head.index()) {
                continue;
            }
            for (SemanticGraphEdge subject : relativePronounSubjects(graph, clause, relativePronouns, SUBJECT_RELATIONS)) {
                IndexedWord comma = graph.getNodeByIndexSafe(subject.getDependent().index() - 1);
                IndexedWord name = graph.getNodeByIndexSafe(subject.getDependent().index() - 2);
                if (comma != null && comma.word().equals(",") && name != null && !name.equals(head) && name.index() > head.index()
                        && name.tag() != null && name.tag().startsWith("NNP") && graph.getEdge(clause, name) == null) {
                    graph.addEdge(clause, name, subject.getRelation(), Double.NEGATIVE_INFINITY, false);
                    repaired = true;
                }
            }
        }
        return repaired;
    }

    /**
     * "Massad Boulos, the father-in-law of Tiffany Trump, serves as an adviser and visited Rwanda": the parser at times
     * makes the apposition's noun the verb's subject and the verb a relative clause (or a dep) of the name. A name right before a
     * comma, with a relative clause whose subject (no relative pronoun) stands between the name and the clause, after
     * that comma, and a comma before the clause: the noun is the name's apposition and the name the subject, of the
     * verb and of the verbs it shares that subject with. Only where the parser made the name the sentence's root.
     */
    private boolean appositionsTakenForSubjects(SemanticGraph graph) {
        if (noEdge(graph, "acl:relcl") && noEdge(graph, "dep")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge clause : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord name = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            SemanticGraphEdge subject = outgoing(graph, verb, "nsubj");
            IndexedWord comma = graph.getNodeByIndexSafe(name.index() + 1);
            if (!APPOSITION_MISREADINGS.contains(clause.getRelation().toString()) || !graph.getRoots().contains(name)
                    || name.tag() == null || !name.tag().startsWith("NNP")
                    || subject == null || comma == null || !comma.word().equals(",")) {
                continue;
            }
            IndexedWord noun = subject.getDependent();
            IndexedWord before = graph.getNodeByIndexSafe(StrandedSubjectRepair.verbStart(graph, verb) - 1);
            if (noun.index() <= name.index() || noun.index() >= verb.index() || relativePronouns.contains(noun.word().toLowerCase(Locale.ROOT))
                    || noun.tag() == null || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP") || before == null || !before.word().equals(",")) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(graph.incomingEdgeList(noun))) {
                if (e.getRelation().toString().equals("nsubj")) {
                    graph.removeEdge(e);
                    graph.addEdge(e.getGovernor(), name, e.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                if (e.getRelation().toString().equals("obj") && "DT".equals(e.getDependent().tag()) && e.getDependent().index() < noun.index()) {
                    graph.removeEdge(e); // "the" of "the father-in-law", read as the verb's object
                    graph.addEdge(noun, e.getDependent(), UniversalEnglishGrammaticalRelations.DETERMINER, Double.NEGATIVE_INFINITY, false);
                }
            }
            graph.removeEdge(clause);
            graph.addEdge(name, noun, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            graph.setRoot(verb); // the name was the root: the verb now heads the sentence
            repaired = true;
        }
        return repaired;
    }

    /**
     * "southern Syria, where Israeli forces have carried out repeated raids": a "where" clause on a name happens in the
     * place it names, as "carried out raids in southern Syria" does; the clause takes the name as its "in" phrase.
     */
    private static boolean wherePlaces(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge relative : edgesOf(graph, "acl:relcl")) {
            IndexedWord place = relative.getGovernor();
            IndexedWord verb = relative.getDependent();
            // a name, not a day the parser hung the clause on ("traveled to Bucha on Monday, where ...")
            if (place.tag() == null || !place.tag().startsWith("NNP")
                    || place.ner() != null && place.ner().matches("DATE|TIME|DURATION|SET|NUMBER|ORDINAL|MONEY|PERCENT")
                    || verb.tag() == null || !verb.tag().startsWith("VB")
                    || graph.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("advmod")
                            && e.getDependent().word().equalsIgnoreCase("where"))
                    || graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("obl:in"))) {
                continue;
            }
            // "visited Senegal and Mali, where ...", "discussed Syria and Iran, where ...": which place is meant is not told
            if (graph.outgoingEdgeList(place).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"))) {
                continue;
            }
            graph.addEdge(verb, place, UniversalEnglishGrammaticalRelations.getObl("in"), Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /**
     * "Recean, whose party faces an election in September, accused Russia": the parser may take the "whose" phrase for
     * an apposition of the name, make the name the subject of the relative clause's verb and hang the main verb on that
     * verb. The "whose" phrase is the clause verb's subject, the clause hangs on the name, and the main verb after the
     * clause's comma has the name for its subject.
     */
    private static boolean whoseClauses(SemanticGraph graph) {
        if (noEdge(graph, "dep")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge appos : edgesOf(graph, "appos")) {
            IndexedWord name = appos.getGovernor();
            IndexedWord phrase = appos.getDependent();
            if (phrase.index() < name.index() || graph.outgoingEdgeList(phrase).stream()
                    .noneMatch(e -> e.getRelation().toString().equals("nmod:poss") && e.getDependent().word().equalsIgnoreCase("whose"))) {
                continue;
            }
            for (SemanticGraphEdge subject : new ArrayList<>(graph.incomingEdgeList(name))) {
                IndexedWord clause = subject.getGovernor();
                if (!subject.getRelation().toString().equals("nsubj") || clause.index() < phrase.index()) {
                    continue;
                }
                SemanticGraphEdge main = graph.outgoingEdgeList(clause).stream().filter(e -> e.getRelation().toString().equals("dep")
                        && e.getDependent().index() > clause.index() && finite(graph, e.getDependent())
                        && !StrandedSubjectRepair.hasSubject(graph, e.getDependent()) && commaBetween(graph, clause, e.getDependent()))
                        .findFirst().orElse(null);
                if (main == null) {
                    continue;
                }
                IndexedWord verb = main.getDependent();
                graph.removeEdge(subject);
                graph.removeEdge(appos);
                graph.removeEdge(main);
                graph.addEdge(clause, phrase, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                for (SemanticGraphEdge in : new ArrayList<>(graph.incomingEdgeList(clause))) {
                    graph.removeEdge(in);
                    graph.addEdge(in.getGovernor(), verb, in.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
                if (graph.getRoots().contains(clause)) {
                    graph.setRoot(verb);
                }
                graph.addEdge(name, clause, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
                graph.addEdge(verb, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                controlledClauses(graph, verb, name);
                repaired = true;
                break;
            }
        }
        return repaired;
    }

    /**
     * "Rabuka, who is on a four-day visit to Australia, ...": enhanced++ may make the noun of a copular relative clause
     * the object of its predicate; it is the subject, as the relative pronoun is in the basic parse. So is the noun of a
     * clause a subject's relative pronoun opens with no subject of its own ("Marta Climent, who also belongs to the
     * Popular Party,"; relative.subjectPronouns): with a subject after it, it is an object ("the minister who Putin
     * met"), without one the subject; "which" and "that" are objects too often ("Uzbekistan, which will supply it with
     * gas").
     */
    private boolean copularClauseSubjects(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge relative : edgesOf(graph, "acl:relcl")) {
            IndexedWord noun = relative.getGovernor();
            IndexedWord predicate = relative.getDependent();
            boolean copular = outgoing(graph, predicate, "cop") != null;
            // the noun's relative pronoun opens the clause right before its verb's words ("who also belongs")
            boolean verbAfterRelativePronoun = predicate.tag() != null && predicate.tag().startsWith("VB") && graph.outgoingEdgeList(noun).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("ref") && subjectPronouns.contains(e.getDependent().word().toLowerCase(Locale.ROOT))
                            && e.getDependent().index() < predicate.index() && e.getDependent().index() > noun.index());
            if (!copular && !verbAfterRelativePronoun || StrandedSubjectRepair.hasSubject(graph, predicate)) {
                continue;
            }
            SemanticGraphEdge object = graph.getEdge(predicate, noun);
            if (object != null && object.getRelation().toString().equals("obj")) {
                graph.removeEdge(object);
                graph.addEdge(predicate, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            } else if (copular && object == null && sharesRelativeSubject(graph, predicate, noun)) {
                // "Jara, who served as minister and is a member of the party,": the second predicate of the clause
                graph.addEdge(predicate, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                repaired = true;
            }
        }
        return repaired;
    }

    /** Whether the predicate is conjoined to a verb of the same relative clause whose subject is the clause's noun. */
    private static boolean sharesRelativeSubject(SemanticGraph graph, IndexedWord predicate, IndexedWord noun) {
        for (SemanticGraphEdge in : graph.incomingEdgeIterable(predicate)) {
            IndexedWord first = in.getGovernor();
            if (in.getRelation().toString().startsWith("conj") && first.index() < predicate.index()
                    && graph.getEdge(noun, first) != null && graph.getEdge(noun, first).getRelation().toString().equals("acl:relcl")
                    && graph.getEdge(first, noun) != null && graph.getEdge(first, noun).getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Asian Development Bank, whose president, Masatsugu Asakawa, called it a model": the parser may hang the
     * clause on the noun as a dep and leave "whose" unresolved. Right after the noun (and its bracketed acronym) and a
     * comma, "whose" stands for the noun: the clause becomes its relative clause and the noun the possessor, as enhanced++ gives for a parsed
     * relative clause ("the bank's president").
     */
    private static boolean looseWhoseClauses(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge loose : edgesOf(graph, "dep")) {
            IndexedWord noun = loose.getGovernor();
            IndexedWord verb = loose.getDependent();
            // "Joe Biden, whose son Hunter Biden was convicted in June, ...": a passive clause too
            SemanticGraphEdge subject = subjectEdge(graph, verb);
            if (subject == null || verb.index() < noun.index() || noun.tag() == null || !noun.tag().startsWith("NN")) {
                continue;
            }
            SemanticGraphEdge possessor = outgoing(graph, subject.getDependent(), "nmod:poss");
            if (possessor == null || !possessor.getDependent().word().equalsIgnoreCase("whose")
                    || !rightAfterNounAndComma(graph, noun, possessor.getDependent())) {
                continue;
            }
            graph.removeEdge(loose);
            graph.removeEdge(possessor);
            graph.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(subject.getDependent(), noun, possessor.getRelation(), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(noun, possessor.getDependent(), UniversalEnglishGrammaticalRelations.REFERENT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /**
     * Whether the word comes right after the noun and a comma, or after the noun, its bracketed acronym and a comma ("the
     * Inter-American Development Bank (IDB), whose president").
     */
    private static boolean rightAfterNounAndComma(SemanticGraph graph, IndexedWord noun, IndexedWord word) {
        IndexedWord comma = graph.getNodeByIndexSafe(word.index() - 1);
        if (comma == null || !comma.word().equals(",") || word.index() <= noun.index() + 1) {
            return false;
        }
        java.util.Set<IndexedWord> own = graph.descendants(noun);
        for (int k = noun.index() + 1; k < comma.index(); k++) {
            IndexedWord between = graph.getNodeByIndexSafe(k);
            if (between == null || !own.contains(between)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "YPF, whose chief executive Horacio Marín accompanied Caputo to Washington", "Kast, whose older brother Miguel Kast
     * was a minister": the parser may read the "whose" phrase as the verb's (or the copular predicate's) object and the
     * name as its subject. A verb has one object and a copular predicate none: when it has another after it (or a clause:
     * "China, whose foreign ministry spokesman Lin Jian said Beijing opposed ..."), or a copula, the "whose" phrase
     * right before its subject's name is the title of that name, as in "YPF's chief executive Horacio Marín". So is a
     * title (lexicon/titles.txt) right before the name of a verb that takes no object (voice.intransitiveVerbs: "The
     * Italian Red Cross, whose president Rosario Valastro travelled to the area,"; not "The Wagner Group, whose founder
     * Putin had praised,": the founder is whom Putin praised).
     */
    private boolean whosePhrasesTakenForObjects(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge misread : edgesOf(graph, "obj")) {
            IndexedWord verb = misread.getGovernor();
            IndexedWord phrase = misread.getDependent();
            // "Hamas, whose leader Yahya Sinwar was killed in October": a passive verb has no object before it either
            SemanticGraphEdge subject = subjectEdge(graph, verb);
            if (phrase.index() > verb.index() || subject == null || subject.getDependent().index() < phrase.index()
                    || subject.getDependent().index() > verb.index()
                    || !titleBeforeIntransitive(phrase, verb)
                    && graph.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() > verb.index()
                            || e.getRelation().toString().equals("ccomp") && e.getDependent().index() > verb.index() && complete(graph, e.getDependent())
                            || e.getRelation().toString().equals("cop") || e.getRelation().toString().equals("aux:pass"))
                    || !whosePhrase(graph, phrase)) {
                continue;
            }
            IndexedWord name = subject.getDependent();
            // the name's first word follows the phrase's head
            int nameStart = name.index();
            for (SemanticGraphEdge e : graph.outgoingEdgeList(name)) {
                if (e.getRelation().toString().equals("compound") || e.getRelation().toString().equals("flat")) {
                    nameStart = Math.min(nameStart, e.getDependent().index());
                }
            }
            if (nameStart != phrase.index() + 1) {
                continue;
            }
            graph.removeEdge(misread);
            graph.addEdge(name, phrase, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** A title as the "object" of a verb that takes none (voice.intransitiveVerbs). */
    private boolean titleBeforeIntransitive(IndexedWord phrase, IndexedWord verb) {
        return titles.contains(phrase.word().toLowerCase(Locale.ROOT)) && verb.lemma() != null
                && intransitiveVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "signed it with Honduras's president, Xiomara Castro, Costa Rican President Rodrigo Chaves and José Raúl Mulino, who
     * became Panama's president in July": the parser hangs the names on the one title as appositions and the relative
     * clause on the title, which the first name then takes. A singular noun has one referent: with two or more names
     * apposed (or made its conjuncts by TitledListRepair), a clause whose pronoun follows the last name and its comma
     * describes that name.
     */
    private boolean clausesOnTheLastListedName(SemanticGraph graph) {
        if (noEdge(graph, "acl:relcl")) {
            return false;
        }
        boolean repaired = false;
        for (SemanticGraphEdge clause : edgesOf(graph, "acl:relcl")) {
            IndexedWord head = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            // a title the names hang on, not a name heading a list ("Britain, France and Germany, which accused Iran")
            if (head.tag() == null || !(head.tag().equals("NN") || head.tag().equals("NNP")) || head.lemma() == null
                    || !titles.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the names apposed, or (TitledListRepair) made conjuncts of the title
            List<IndexedWord> apposed = graph.outgoingEdgeList(head).stream()
                    .filter(e -> e.getRelation().toString().equals("appos") || e.getRelation().toString().startsWith("conj"))
                    .map(SemanticGraphEdge::getDependent).filter(d -> d.index() > head.index() && d.tag() != null && d.tag().startsWith("NNP"))
                    .sorted(Comparator.comparingInt(IndexedWord::index)).toList();
            // the pronoun as the clause's subject, or (enhanced++) as the head's ref
            IndexedWord pronoun = relativePronounSubjects(graph, verb, relativePronouns, SUBJECT_RELATIONS).stream()
                    .map(SemanticGraphEdge::getDependent).findFirst()
                    .orElse(graph.outgoingEdgeList(head).stream().filter(e -> e.getRelation().toString().equals("ref"))
                            .map(SemanticGraphEdge::getDependent).filter(d -> d.index() < verb.index()).findFirst().orElse(null));
            if (apposed.size() < 2 || pronoun == null) {
                continue;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(pronoun.index() - 1);
            IndexedWord name = graph.getNodeByIndexSafe(pronoun.index() - 2);
            if (comma == null || !comma.word().equals(",") || name == null || !apposed.contains(name) || name.equals(apposed.get(0))) {
                continue;
            }
            graph.removeEdge(clause);
            graph.addEdge(name, verb, clause.getRelation(), Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge e : new ArrayList<>(graph.incomingEdgeList(head))) {
                if (e.getGovernor().equals(verb)) { // enhanced++: the head as the clause's subject
                    graph.removeEdge(e);
                    graph.addEdge(verb, name, e.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(head))) {
                if (e.getRelation().toString().equals("ref") && e.getDependent().equals(pronoun)) {
                    graph.removeEdge(e);
                    graph.addEdge(name, e.getDependent(), e.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
            }
            repaired = true;
        }
        return repaired;
    }

    /**
     * Whether a clause has no gap the "whose" phrase could fill: its verb has an object or a clause of its own, or is
     * copular or passive ("said Beijing opposed exclusive blocs"; not "Hamas, whose leader Netanyahu said he would kill":
     * the leader is what would be killed).
     */
    private static boolean complete(SemanticGraph graph, IndexedWord clause) {
        return graph.outgoingEdgeList(clause).stream().map(e -> e.getRelation().toString())
                .anyMatch(r -> r.equals("obj") || r.equals("ccomp") || r.equals("xcomp") || r.equals("cop") || r.equals("aux:pass"));
    }

    /**
     * "Rustem Umerov, now the secretary of Ukraine's National Security and Defense Council, led ...": an adverb before an
     * apposition makes the parser read it as a relative clause with no verb. A noun hung on a name as acl:relcl with no
     * copula and no subject of its own, opening with one of apposition.adverbs right after the name's comma, is the
     * name's apposition (not "formerly the secretary general of NATO": a past office).
     */
    private boolean adverbAppositions(SemanticGraph graph) {
        boolean repaired = false;
        for (SemanticGraphEdge relative : edgesOf(graph, "acl:relcl")) {
            IndexedWord name = relative.getGovernor();
            IndexedWord noun = relative.getDependent();
            IndexedWord comma = graph.getNodeByIndexSafe(name.index() + 1);
            IndexedWord adverb = graph.getNodeByIndexSafe(name.index() + 2);
            if (noun.tag() == null || !noun.tag().startsWith("NN") || comma == null || !comma.word().equals(",") || adverb == null
                    || !appositionAdverbs.contains(adverb.word().toLowerCase(Locale.ROOT)) || graph.getEdge(noun, adverb) == null
                    || graph.outgoingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("cop")
                            || e.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            graph.removeEdge(relative);
            graph.addEdge(name, noun, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** Whether a noun phrase opens with "whose" (its possessor, or a possessor enhanced++ put in its place, is "whose"). */
    private static boolean whosePhrase(SemanticGraph graph, IndexedWord phrase) {
        for (int i = phrase.index() - 1; i >= 1 && i >= phrase.index() - 4; i--) {
            IndexedWord word = graph.getNodeByIndexSafe(i);
            if (word == null) {
                return false;
            }
            if (word.word().equalsIgnoreCase("whose")) {
                return true;
            }
            if (word.tag() == null || !(word.tag().startsWith("JJ") || word.tag().startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Xi Jinping, who is the president of China,": the parser at times makes the pronoun the copula's head and the
     * title its subject. For a relative pronoun right after a name and a comma, with a copula and a subject after it,
     * the title becomes the head, of the copula and of the name as subject, as in "Xi Jinping is the president of China".
     */
    private boolean invertedCopulas(SemanticGraph graph) {
        boolean repaired = false;
        for (IndexedWord pronoun : graph.vertexListSorted()) {
            if (!relativePronouns.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SemanticGraphEdge copula = outgoing(graph, pronoun, "cop");
            SemanticGraphEdge subject = outgoing(graph, pronoun, "nsubj");
            IndexedWord comma = graph.getNodeByIndexSafe(pronoun.index() - 1);
            IndexedWord name = graph.getNodeByIndexSafe(pronoun.index() - 2);
            if (copula == null || subject == null || subject.getDependent().index() < pronoun.index() || comma == null
                    || !comma.word().equals(",") || name == null || name.tag() == null || !name.tag().startsWith("NNP")) {
                continue;
            }
            IndexedWord title = subject.getDependent();
            graph.removeEdge(subject);
            graph.removeEdge(copula);
            // the title takes the pronoun's place in the graph: its governors, the copula and the name as subject; the
            // pronoun refers to the name, as enhanced++ marks a relative pronoun
            for (SemanticGraphEdge in : new ArrayList<>(graph.incomingEdgeList(pronoun))) {
                graph.removeEdge(in);
                graph.addEdge(in.getGovernor(), title, in.getRelation(), Double.NEGATIVE_INFINITY, false);
            }
            if (graph.getRoots().contains(pronoun)) {
                graph.setRoot(title);
            }
            graph.addEdge(title, copula.getDependent(), copula.getRelation(), Double.NEGATIVE_INFINITY, false);
            graph.addEdge(title, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(name, pronoun, UniversalEnglishGrammaticalRelations.REFERENT, Double.NEGATIVE_INFINITY, false);
            repaired = true;
        }
        return repaired;
    }

    /** The verb's subject edge, active or else passive. */
    private static SemanticGraphEdge subjectEdge(SemanticGraph graph, IndexedWord verb) {
        SemanticGraphEdge active = outgoing(graph, verb, "nsubj");
        return active != null ? active : outgoing(graph, verb, "nsubj:pass");
    }

    private static SemanticGraphEdge outgoing(SemanticGraph graph, IndexedWord word, String relation) {
        return graph.outgoingEdgeList(word).stream().filter(e -> e.getRelation().toString().equals(relation)).findFirst().orElse(null);
    }

    /** The name as the object of a reporting verb ("Blinken said Wang Yi, who ..., met"): the parser's reading of "said [that] X ...". */
    private boolean saidObject(SemanticGraphEdge edge) {
        IndexedWord governor = edge.getGovernor();
        return edge.getRelation().toString().equals("obj") && governor.lemma() != null
                && reportingVerbs.contains(governor.lemma().toLowerCase(Locale.ROOT));
    }

    /** "Erdogan, who ..., offered to mediate": the verb's new subject also controls its infinitive (no object controls it). */
    private static void controlledClauses(SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
        if (graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("obj"))) {
            return;
        }
        for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(verb))) {
            if (e.getRelation().toString().equals("xcomp") && !StrandedSubjectRepair.hasSubject(graph, e.getDependent())) {
                graph.addEdge(e.getDependent(), subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                        Double.NEGATIVE_INFINITY, false);
            }
        }
    }

    /** The noun a relative clause verb describes: its acl:relcl governor, or the name it hangs on with a relative pronoun subject. */
    private IndexedWord relativeHead(SemanticGraph graph, IndexedWord clause) {
        // "NATO, which is led by Mark Rutte, met ...": a passive clause's pronoun too
        boolean pronounSubject = !relativePronounSubjects(graph, clause, relativePronouns, SUBJECT_RELATIONS).isEmpty();
        for (SemanticGraphEdge in : graph.incomingEdgeList(clause)) {
            String relation = in.getRelation().toString();
            if (relation.equals("acl:relcl")) {
                return in.getGovernor();
            }
            if (relation.equals("dep") && pronounSubject && in.getGovernor().tag() != null && in.getGovernor().tag().startsWith("NN")) {
                return in.getGovernor();
            }
        }
        return null;
    }

    /** The clause verb's subject when it is a relative pronoun ("who met Zelensky"), or null. */
    static IndexedWord relativePronounSubject(SemanticGraph graph, IndexedWord verb, Set<String> relativePronouns) {
        List<SemanticGraphEdge> found = relativePronounSubjects(graph, verb, relativePronouns, Set.of("nsubj"));
        return found.isEmpty() ? null : found.get(0).getDependent();
    }

    /** The edges from the clause verb, of one of the relations, to a relative pronoun ("which is led by ...": nsubj:pass). */
    private static List<SemanticGraphEdge> relativePronounSubjects(SemanticGraph graph, IndexedWord verb, Set<String> relativePronouns,
                                                                   Set<String> relations) {
        List<SemanticGraphEdge> found = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (relations.contains(e.getRelation().toString()) && relativePronouns.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                found.add(e);
            }
        }
        return found;
    }


    private static boolean finite(SemanticGraph graph, IndexedWord verb) {
        if (verb.tag() == null || !verb.tag().startsWith("VB")) {
            return false;
        }
        if (verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP")) {
            return true;
        }
        // the tagger often reads a past tense after the clause's comma as a participle ("..., offered to host Zelensky"):
        // with an object or an infinitive of its own it is active
        List<String> relations = graph.outgoingEdgeList(verb).stream().map(e -> e.getRelation().toString()).toList();
        if (verb.tag().equals("VBN") && relations.stream().noneMatch(r -> r.startsWith("aux"))
                && (relations.contains("obj") || relations.contains("xcomp"))) {
            return true;
        }
        return graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                && e.getDependent().index() < verb.index() && !e.getDependent().word().equalsIgnoreCase("to"));
    }

    /** Whether a comma stands between the relative clause's verb and the stranded verb (the clause's closing comma). */
    private static boolean commaBetween(SemanticGraph graph, IndexedWord clause, IndexedWord verb) {
        for (int i = clause.index() + 1; i < verb.index(); i++) {
            IndexedWord word = graph.getNodeByIndexSafe(i);
            if (word != null && word.word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
