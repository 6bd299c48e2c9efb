package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.dates.DateValues;
import dev.newsie.settings.Settings;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.DemonymMatch;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.entities.Mention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import dev.newsie.settings.ModelFiles;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads relation triples off the dependency graphs with the rules of models/relations.rules, then
 * qualifies each one (negation, modality, date) and removes duplicates.
 */
public final class RelationExtractor {
    /** Token tag for latent demonyms, so that patterns can ask for them ({ner:DEMONYM}). */
    public static final String DEMONYM = "DEMONYM";
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)(?::([a-z_]+))?\\}");
    /** Clause-level relations: a date below one of these belongs to another event. */
    private static final Set<String> OTHER_CLAUSE = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj",
            "xcomp", "conj", "nsubj", "nsubj:pass", "obj", "appos", "ref");
    private static final int LONG_SENTENCE = 40;

    /** Modifiers through which a proxy noun ("government") names its country. */
    private static final Set<String> PROXY_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "nmod:of");
    /** "31st member": an ordinal is no part of a title. */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    /** "re-elected president" (the tagger may call it an adjective): how the title came is no part of it. */
    private static final Pattern HYPHENATED_PARTICIPLE = Pattern.compile("(?i)\\w+-\\w+ed");

    private final List<RelationRule> rules;
    private final Set<String> titleWords;
    private final Set<String> currencyNouns;
    /** Country proxies a person leads, named after "of" ("the government of Prime Minister Dick Schoof"). */
    private final Set<String> ledBodies;
    /** Nouns of a group that acts as its members named after "of" ("a contingent of Indian troops"). */
    private final Set<String> groupHeads;
    private final Set<String> officeVerbs;
    private final Qualifiers qualifiers;
    private final Set<String> countryProxies;
    /** country.proxies.notStateModifiers: "the British shadow cabinet" is no British state. */
    private final Set<String> notStateModifiers;
    /** "recalled on Monday when Russia invaded": verbs whose "when" clause is what they tell, not when they happen. */
    private final Set<String> whenContentVerbs;
    /** country.namedRules: rules whose country object must be written as the country's name, not its capital. */
    private final Set<String> countryNamedRules;
    /** country.cityTitles: a city's offices, held over no country its capital's name stands for ("Lisbon's mayor"). */
    private final Set<String> cityTitles;
    /** Rules that read an organization as a person's party, or as one a stake is held in: never an intergovernmental one. */
    private final Set<String> notIntergovernmentalRules;
    /** Rules whose subject must be a company (organization.companyRules): no body the actor dictionary knows. */
    private final Set<String> companyRules;
    private final Set<String> organizationProxies;
    /** "NATO allies": members of an intergovernmental organization act as it. */
    private final Set<String> memberProxies;
    /** "chief of staff": the words after "of" that continue a title. */
    private final Set<String> titleOfTails;
    /** Acts and events ("a deal", "a move"): in apposition they are the clause's, so their relative clauses are no name's. */
    private final Set<String> actNouns;
    /** Word lists from the lexicon files the settings name. */
    private final Lexicons lexicons;
    /** kin.childPredicates, kin.fatherPredicate, kin.motherPredicate: a child's tie stated from the parent's side too. */
    private final ParentTriples parentTriples;
    /** proxy.expellingVerbs: staffing verbs that with "from" drive their object out of a place. */
    private final Set<String> expellingVerbs;

    /**
     * staffingVerbs: verbs that give or take a post, whose object is a person, no proxy (proxy.staffingVerbFiles);
     * reciprocalVerbs: acts of each other, whose "they" conjoined sayers may be (sayers.pronoun.verbFiles); claimNouns:
     * what someone said against another, which a clause in apposition may reject (claim.nounFiles, RejectedClaimRepair);
     * authoredWorkNouns: works whose "by" names their maker, no passive's doer (agent.authoredWorkFiles, AuthoredWorkAgentRepair);
     * kinNouns: family ties, whose phrase after "whose" a name may be set off from (kin.nounFiles, WhoseKinAppositionRepair).
     */
    public record Lexicons(Set<String> staffingVerbs, Set<String> reciprocalVerbs, Set<String> claimNouns, Set<String> authoredWorkNouns,
                           Set<String> kinNouns) {
        public Lexicons {
            kinNouns = Set.copyOf(kinNouns);
            staffingVerbs = Set.copyOf(staffingVerbs);
            reciprocalVerbs = Set.copyOf(reciprocalVerbs);
            claimNouns = Set.copyOf(claimNouns);
            authoredWorkNouns = Set.copyOf(authoredWorkNouns);
        }
    }
    /** reported.verbs, accusation.governors and claim.makerVerbs: the verbs whose subject makes a claim (RejectedClaimRepair). */
    private final Set<String> claimSayingVerbs;
    /** title.board.nouns, title.board.members: a title on an organization's board is one in it (BoardTitleRepair). */
    private final Set<String> boardNouns;
    private final Set<String> boardMembers;
    private final Set<String> smallClauseVerbs;
    /** join.cosigning.verbs: those who sign one document with the same party signed it with each other. */
    private final Set<String> cosigningVerbs;
    /** voice.passiveObjectVerbs: a conjunct of these after a passive stays passive ("and awarded an honour"). */
    private final Set<String> passiveObjectVerbs;
    private final Set<String> intransitiveVerbs;
    /** "board", "management": an organization's governing body, standing for it ("OpenAI's board"). */
    private final Set<String> organizationBodies;
    /** organization.bodies.ownVerbs: verbs whose object body is only itself ("joined Apple's board"). */
    private final Set<String> organizationBodyOwnVerbs;
    /** apposition.organizationClassNouns: class nouns set off after an organization's name (OfNameAppositionRepair). */
    private final Set<String> appositionClassNouns;
    /** organization.agents: those who act for the organization they come from ("detectives from the DCI"). */
    private final Set<String> organizationAgents;
    /** organization.agents.notActingModifiers: "a former official of the World Bank" acts for no one. */
    private final Set<String> organizationAgentsNotActing;
    /** Verbs that take a gerund complement ("denied supplying drones"): see GerundComplementRepair. */
    private final Set<String> gerundVerbs;
    /** Agent words ("officials", "troops", "rebels") that stand for their country too: "Turkish officials". */
    private final ActorCountries actors;
    /** "Germany joined France in condemning Russia": both condemn. */
    private final Set<String> joiningVerbs;
    private final SubordinateClauseRepair subordinateClauses;
    /** relative.placePrepositions: a place after these takes no "who" clause (WhichAntecedentRepair.repairWho). */
    private final Set<String> placePrepositions;
    /** relative.organizationPrepositions: a body's name after these takes no "who" clause right after it. */
    private final Set<String> organizationPrepositions;
    /** extraposition.degreeWords: "how hard it is to": the "it" after them and an adjective is extraposed (ExtraposedItRepair). */
    private final Set<String> degreeWords;
    private final ObliqueControlRepair obliqueControl;
    private final NominalControlRepair nominalControl;
    private final PurposeClauseRepair purposeClauses;
    private final ParticipleSubjectRepair participleSubjects;
    private final RelativeClauseRepair relativeClauses;
    private final Set<String> accusationGovernors;
    private final Set<String> accusationPrepositions;
    /** Prepositions that make a named country the place its own agents are in: "from", "towards". */
    private final Set<String> selfPlacePrepositions;
    private final Set<String> participleMarkers;
    /** examples.groupNouns: kinds of countries and organizations whose named examples ("such as") are parties. */
    private final Set<String> exampleGroupNouns;
    /** participle.timeNouns: spans of time before "after"/"before" and an "-ing" verb ("days after suing"). */
    private final Set<String> timeNouns;
    /** date.sequenceAdverbs: a coordinated clause with one of these happened at another time than a date before both. */
    private final Set<String> sequenceAdverbs;
    private final Set<String> participleAdjectives;
    private final Set<String> withPurposeVerbs;
    private final Set<String> reportedVerbs;
    /** reported.speakerActs: "said X had lied and accused Y" is the speaker's accusation. */
    private final Set<String> speakerActs;
    /** reported.backshiftedModals: "said X was disappointed and might appeal" is X's appeal. */
    private final Set<String> backshiftedModals;
    /** control.object.verbs: "asked the office to examine" is the office's to do. */
    private final Set<String> objectControlVerbs;
    /** firstToAct.modifiers: "the first woman to lead the orchestra" led it. */
    private final Set<String> rankingModifiers;
    /** "in response to", "in retaliation for": word lists, lower case. */
    private final List<List<String>> complexPrepositions;

    /**
     * titleWords: lexicon/titles.txt, the titles a plural of which pairs two lists (RespectivePairs); currencyNouns:
     * lexicon/currency-nouns.txt, the nouns of a sum (SumRecipientRepair); actNouns: acts and events, which in apposition
     * to a clause class no name (apposition.notClassNounFiles and apposition.notClassNouns).
     */
    public RelationExtractor(List<RelationRule> rules, Settings words, ActorCountries actors, List<String> titleWords, List<String> currencyNouns,
                             Set<String> actNouns, Lexicons lexicons) {
        this.rules = List.copyOf(rules);
        this.actNouns = Set.copyOf(actNouns);
        this.lexicons = lexicons;
        this.parentTriples = new ParentTriples(words.lowercaseWords("kin.childPredicates"), words.text("kin.fatherPredicate"),
                words.text("kin.motherPredicate"));
        this.expellingVerbs = words.lowercaseWords("proxy.expellingVerbs");
        words.requireKnown("proxy.expellingVerbs", expellingVerbs, lexicons.staffingVerbs(), "the staffing verbs of 'proxy.staffingVerbFiles'");
        this.currencyNouns = ModelFiles.lowercaseLines(currencyNouns);
        this.objectControlVerbs = words.lowercaseWords("control.object.verbs");
        this.titleWords = ModelFiles.lowercaseLines(titleWords);
        this.qualifiers = new Qualifiers(words);
        this.countryProxies = words.lowercaseWords("country.proxies");
        this.notStateModifiers = words.lowercaseWords("country.proxies.notStateModifiers");
        this.whenContentVerbs = words.lowercaseWords("date.when.contentVerbs");
        Set<String> ruleNames = new HashSet<>();
        rules.forEach(r -> ruleNames.add(r.name()));
        Set<String> noIntergovernmental = new HashSet<>(namedRules(words, "membership.partyRules", ruleNames));
        noIntergovernmental.addAll(namedRules(words, "ownership.stakeRules", ruleNames));
        this.notIntergovernmentalRules = Set.copyOf(noIntergovernmental);
        this.companyRules = Set.copyOf(namedRules(words, "organization.companyRules", ruleNames));
        this.countryNamedRules = Set.copyOf(namedRules(words, "country.namedRules", ruleNames));
        this.cityTitles = words.lowercaseWords("country.cityTitles");
        this.joiningVerbs = words.lowercaseWords("join.act.verbs");
        this.cosigningVerbs = words.lowercaseWords("join.cosigning.verbs");
        this.passiveObjectVerbs = words.lowercaseWords("voice.passiveObjectVerbs");
        this.intransitiveVerbs = words.lowercaseWords("voice.intransitiveVerbs");
        this.organizationProxies = words.lowercaseWords("organization.proxies");
        this.appositionClassNouns = words.lowercaseWords("apposition.organizationClassNouns");
        this.memberProxies = words.lowercaseWords("organization.member.proxies");
        this.titleOfTails = words.lowercaseWords("title.of.tails");
        this.boardNouns = words.lowercaseWords("title.board.nouns");
        this.boardMembers = words.lowercaseWords("title.board.members");
        this.smallClauseVerbs = words.lowercaseWords("small.clause.verbs");
        this.organizationBodies = words.lowercaseWords("organization.bodies");
        this.organizationBodyOwnVerbs = words.lowercaseWords("organization.bodies.ownVerbs");
        this.organizationAgents = words.lowercaseWords("organization.agents");
        this.organizationAgentsNotActing = words.lowercaseWords("organization.agents.notActingModifiers");
        this.groupHeads = words.lowercaseWords("group.heads");
        this.officeVerbs = words.lowercaseWords("group.officeVerbs");
        this.ledBodies = words.lowercaseWords("country.ledBodies");
        this.gerundVerbs = words.lowercaseWords("gerund.complement.verbs");
        this.accusationGovernors = words.lowercaseWords("accusation.governors");
        this.accusationPrepositions = words.lowercaseWords("accusation.prepositions");
        this.selfPlacePrepositions = words.lowercaseWords("country.self.placePrepositions");
        this.actors = actors;
        this.obliqueControl = new ObliqueControlRepair(words.lowercaseWords("control.oblique"));
        this.nominalControl = new NominalControlRepair(words.lowercaseWords("control.nouns"), words.lowercaseWords("control.noun.makers"));
        this.purposeClauses = new PurposeClauseRepair(objectControlVerbs);
        this.participleMarkers = words.lowercaseWords("participle.markers");
        this.exampleGroupNouns = words.lowercaseWords("examples.groupNouns");
        this.timeNouns = words.lowercaseWords("participle.timeNouns");
        this.sequenceAdverbs = words.lowercaseWords("date.sequenceAdverbs");
        this.participleAdjectives = words.lowercaseWords("participle.adjectives");
        this.withPurposeVerbs = words.lowercaseWords("with.purpose.verbs");
        this.subordinateClauses = new SubordinateClauseRepair(words.lowercaseWords("clause.subordinators"));
        this.placePrepositions = words.lowercaseWords("relative.placePrepositions");
        this.organizationPrepositions = words.lowercaseWords("relative.organizationPrepositions");
        this.degreeWords = words.lowercaseWords("extraposition.degreeWords");
        Set<String> relativePronouns = words.lowercaseWords("relative.pronouns");
        this.participleSubjects = new ParticipleSubjectRepair(participleMarkers, relativePronouns, words.lowercaseWords("participle.consequences"),
                words.lowercaseWords("statement.nouns"), words.lowercaseWords("statement.verbs"));
        this.reportedVerbs = words.lowercaseWords("reported.verbs");
        this.speakerActs = words.lowercaseWords("reported.speakerActs");
        this.backshiftedModals = words.lowercaseWords("reported.backshiftedModals");
        this.rankingModifiers = words.lowercaseWords("firstToAct.modifiers");
        Set<String> saying = new HashSet<>(reportedVerbs);
        saying.addAll(accusationGovernors);
        saying.addAll(words.lowercaseWords("claim.makerVerbs"));
        this.claimSayingVerbs = Set.copyOf(saying);
        words.requireSubset("relative.subjectPronouns", "relative.pronouns");
        this.relativeClauses = new RelativeClauseRepair(relativePronouns, words.lowercaseWords("relative.subjectPronouns"), reportedVerbs,
                words.lowercaseWords("apposition.adverbs"), this.titleWords, this.intransitiveVerbs);
        this.complexPrepositions = words.lowercaseWords("complex.prepositions").stream().map(phrase -> List.of(phrase.split("\\s+"))).toList();
    }

    public List<RelationRule> rules() {
        return rules;
    }

    /** Sentences worth parsing: two or more entities (pronouns and demonyms included) that a triple could join. */
    public List<Integer> sentencesToParse(DocumentEntities entities) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < entities.sentenceCount(); s++) {
            Set<Object> candidates = new HashSet<>();
            for (int t = 0; t < entities.tokenCount(s); t++) {
                Entity e = entities.at(s, t);
                if (e != null && e.type() != EntityType.DATE) {
                    candidates.add(e);
                } else if (entities.demonymAt(s, t) != null) {
                    candidates.add(entities.demonymAt(s, t));
                }
            }
            if (candidates.size() >= 2) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Triple> extract(Annotation doc, DocumentEntities entities) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        LocalDate docDate = doc.containsKey(CoreAnnotations.DocDateAnnotation.class)
                ? LocalDate.parse(doc.get(CoreAnnotations.DocDateAnnotation.class)) : null;
        List<Triple> triples = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            ModalVerbTagRepair.repair(graph);
            PossessiveDepRepair.repair(graph);
            InfinitiveRelativeSubjectRepair.repair(graph);
            ExtraposedItRepair.repair(graph, degreeWords);
            RelativeParticipleConjunctRepair.repair(graph);
            ConjoinedVoiceRepair.repair(graph, passiveObjectVerbs, intransitiveVerbs);
            RelativePassiveObjectRepair.repair(graph);
            FiniteConjunctRepair.repair(graph);
            FiniteConjunctRepair.repairAfterModal(graph);
            FiniteConjunctRepair.repairAfterGerund(graph);
            FiniteConjunctRepair.repairCopularConjunct(graph);
            FiniteConjunctRepair.repairNounRootConjuncts(graph);
            StrandedSubjectRepair.repair(graph);
            AppositiveListRepair.repair(graph);
            AdjacentNameAppositionRepair.repair(graph);
            DanglingConjunctRepair.repair(graph);
            TitledListRepair.repair(graph, titleWords);
            TitledListRepair.repairLastApposition(graph);
            TitledListRepair.repairStackedApposition(graph, titleWords);
            CommaListRepair.repair(graph);
            TitledListRepair.repairConjoinedApposition(graph);
            PlacedNounAppositionRepair.repair(graph);
            StrayTitleAppositionRepair.repair(graph, titleWords);
            OfNameAppositionRepair.repair(graph, appositionClassNouns, entities, s);
            WhoseKinAppositionRepair.repair(graph, lexicons.kinNouns());
            WhoseKinAppositionRepair.repairUnmarkedName(graph, lexicons.kinNouns(), intransitiveVerbs);
            OfTitleRepair.repair(graph, titleOfTails);
            SmallClauseRepair.repair(graph, smallClauseVerbs, titleWords);
            SumRecipientRepair.repair(graph, currencyNouns);
            AuthoredWorkAgentRepair.repair(graph, lexicons.authoredWorkNouns());
            FirstToActRepair.repair(graph, rankingModifiers);
            CommaParticipleRepair.repair(graph);
            TrailingAttributionRepair.repair(graph, reportedVerbs);
            ReportedConjunctRepair.repair(graph, reportedVerbs, speakerActs);
            ReportedConjunctRepair.repairModalAct(graph, reportedVerbs, backshiftedModals);
            ReportedConjunctRepair.repairTrailingAct(graph, reportedVerbs, speakerActs);
            ConjoinedSayersPronounRepair.repair(graph, reportedVerbs,
                    word -> actors != null && Boolean.FALSE.equals(actors.sayerPronounIsSingular(word)), lexicons.reciprocalVerbs());
            LooseParticipleRepair.repair(graph);
            LooseParticipleRepair.repairSubjectParticiple(graph);
            subordinateClauses.repair(graph);
            relativeClauses.repair(graph);
            WhichAntecedentRepair.repair(graph);
            WhichAntecedentRepair.repairWho(graph, placePrepositions);
            WhichAntecedentRepair.repairWhoAfterOrganization(graph, organizationPrepositions);
            RelativeClauseConjunctRepair.repair(graph);
            FiniteConjunctRepair.repairSubjectlessConjunct(graph);
            obliqueControl.repair(graph);
            nominalControl.repair(graph);
            purposeClauses.repair(graph);
            ChainedControlRepair.repair(graph);
            ChainedControlRepair.repairConjunct(graph);
            GerundComplementRepair.repairAdjectiveReading(graph, gerundVerbs);
            GerundComplementRepair.repairChargedAct(graph, accusationGovernors, accusationPrepositions, participleAdjectives);
            GerundComplementRepair.repairChargedClause(graph, accusationGovernors, accusationPrepositions);
            TimeSpanParticipleRepair.repair(graph, timeNouns, participleMarkers);
            GerundComplementRepair.repairAdjunctAct(graph, participleMarkers, participleAdjectives);
            GerundComplementRepair.repairJoinedAct(graph, joiningVerbs, participleAdjectives);
            GerundComplementRepair.repair(graph);
            ShiftedObjectRepair.repair(graph);
            ShiftedObjectRepair.repairActAfterIndirectObject(graph, actNouns);
            ShiftedObjectRepair.repairLoneIndirectObject(graph, objectControlVerbs);
            ShiftedObjectRepair.repairSecondObjectAfterNoun(graph);
            OriginPhraseRepair.repair(graph);
            WithToClauseRepair.repair(graph, withPurposeVerbs);
            participleSubjects.repair(graph);
            pairAsCoordination(graph, entities, s);
            includedAsParties(graph, entities, s);
            classedNamesAsParties(graph, entities, s);
            RespectiveListRepair.repair(graph, entities, s, titleWords);
            Set<IndexedWord> coordinatedOwners = coordinatedOwnersAsParties(graph, entities, s);
            Map<IndexedWord, IndexedWord> proxies = proxies(graph, entities, s);
            coordinatedOwners.forEach(owner -> proxies.putIfAbsent(owner, owner));
            markEntities(graph, entities, s, proxies);
            BoardTitleRepair.repair(graph, titleWords, boardNouns, boardMembers);
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            RejectedClaimRepair.repair(graph, tokens, lexicons.claimNouns(), claimSayingVerbs);
            triples.addAll(dedupe(JointParties.complete(RespectivePairs.pair(sentenceTriples(sentences.get(s), graph, entities, s, proxies, docDate),
                    tokens, titleWords), cosigningVerbs, tokens)));
        }
        return parentTriples.withParentsSide(triples, entities);
    }

    /**
     * "hired a Google executive", "two generals were dismissed": the object of a verb that gives or takes a post; not one
     * driven out "from" a place by a verb of proxy.expellingVerbs ("Hamas ousted Fatah officials from Gaza" ousts Fatah;
     * "hired three Google engineers from the rival's unit" still hires no Google).
     */
    private boolean objectOfStaffingVerb(SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            IndexedWord verb = e.getGovernor();
            if ((rel.equals("obj") || rel.equals("nsubj:pass")) && verb.lemma() != null
                    && lexicons.staffingVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT))
                    && !(expellingVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
                            && graph.outgoingEdgeList(verb).stream().anyMatch(out -> out.getRelation().toString().equals("obl:from")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "French and Egyptian warships attacked Libya", "Israeli and Palestinian negotiators met": an agent noun with
     * coordinated owners is an agent of each; the later owners become conjuncts of the noun and share its subject,
     * object and oblique relations, so the patterns read them as parties (and a reciprocal act as one between them).
     * Returns the owners made parties; each stands for itself.
     */
    private Set<IndexedWord> coordinatedOwnersAsParties(SemanticGraph graph, DocumentEntities entities, int s) {
        boolean coordination = false; // most sentences coordinate nothing: no pass over their words
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            coordination |= e.getRelation().getShortName().equals("conj");
        }
        if (!coordination) {
            return Set.of();
        }
        Map<IndexedWord, List<IndexedWord>> coordinated = new LinkedHashMap<>();
        for (IndexedWord node : graph.vertexListSorted()) {
            IndexedWord owner = objectOfStaffingVerb(graph, node) ? null : EventActors.actorFor(actors, graph, entities, s, node);
            if (owner != null && owner != node) {
                List<IndexedWord> others = EventActors.coordinatedOwners(graph, entities, s, node, owner);
                if (!others.isEmpty()) {
                    coordinated.put(node, others);
                }
            }
        }
        Set<IndexedWord> parties = new LinkedHashSet<>();
        coordinated.forEach((node, others) -> {
            for (IndexedWord other : others) {
                graph.addEdge(node, other, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
                shareParty(graph, node, other, false);
                parties.add(other);
            }
        });
        return parties;
    }

    /**
     * "Several leaders, including Emmanuel Macron and Olaf Scholz, criticized Trump", "Iran arms militias, including
     * Hezbollah", "sanctions on countries such as Iran and Syria" (countries and organizations only): the named members of a group a verb is said of are
     * its parties too. The group noun's subject, object and oblique relations are copied to each named member (a
     * plural common noun, not itself an entity).
     */
    private void includedAsParties(SemanticGraph graph, DocumentEntities entities, int s) {
        for (SemanticGraphEdge including : SemanticGraphs.edgesOf(graph, "nmod:including", "nmod:such_as", "obl:including")) {
            IndexedWord group = including.getGovernor();
            IndexedWord member = including.getDependent();
            if (including.getRelation().toString().equals("obl:including")) {
                // "expelled ten diplomats on Monday, including John Smith": the parser may hang the member on the verb,
                // past a phrase of time; it is one of the nearest plural noun before it among the verb's object and
                // obliques ("granted licences to ten firms on Monday, including Shell": one of the firms)
                group = graph.outgoingEdgeList(group).stream()
                        .filter(e -> e.getRelation().toString().equals("obj") || e.getRelation().toString().startsWith("obl:")
                                && !e.getRelation().toString().equals("obl:including"))
                        .map(SemanticGraphEdge::getDependent).filter(o -> o.index() < member.index() && "NNS".equals(o.tag()))
                        .max(java.util.Comparator.comparingInt(IndexedWord::index)).orElse(null);
                if (group == null) {
                    continue;
                }
            }
            if (!"NNS".equals(group.tag())
                    || entities.at(s, group.index() - 1) != null) {
                continue;
            }
            // "such as" gives examples of a kind, as often figures as parties ("worship the ancient gods, such as Zeus"):
            // only after a noun of countries' or organizations' kinds (examples.groupNouns)
            Entity example = entities.at(s, member.index() - 1);
            if (including.getRelation().toString().equals("nmod:such_as") && (example == null || example.type() == EntityType.PERSON
                    || group.lemma() == null || !exampleGroupNouns.contains(group.lemma().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            // "his aides, including his chief of staff Claude Gueant,": the name the included title stands for
            IndexedWord party = example != null ? member : titledName(graph, entities, s, member);
            if (party != null) {
                shareParty(graph, group, party, false);
            }
            // "including his chief of staff Claude Gueant and Brice Hortefeux": the parser joins the next name to the titled one
            if (party != null && party != member) {
                for (SemanticGraphEdge conj : graph.outgoingEdgeList(party)) {
                    if (conj.getRelation().toString().equals("conj:and") && entities.at(s, conj.getDependent().index() - 1) != null) {
                        shareParty(graph, group, conj.getDependent(), false);
                    }
                }
            }
        }
    }

    /**
     * "founded by the engineers Conor Flynn and Maeve Flynn": the parser hangs the names on the plural noun that
     * classes them (which stands for the first name, see {@link #proxies}) and joins the second to the first. The later
     * conjuncts of the same type become the noun's conjuncts and get its subject, object, oblique and nominal
     * relations, so they are parties as the first is ("the merger of the supermarket chains A and B").
     */
    private static void classedNamesAsParties(SemanticGraph graph, DocumentEntities entities, int s) {
        for (IndexedWord noun : graph.vertexListSorted()) {
            if (!"NNS".equals(noun.tag()) || entities.at(s, noun.index() - 1) != null) {
                continue;
            }
            for (SemanticGraphEdge named : graph.outgoingEdgeList(noun)) {
                String relation = named.getRelation().toString();
                Entity first = entities.at(s, named.getDependent().index() - 1);
                if (!(relation.equals("dep") || relation.equals("appos")) || first == null) {
                    continue;
                }
                for (SemanticGraphEdge conj : graph.outgoingEdgeList(named.getDependent())) {
                    Entity other = entities.at(s, conj.getDependent().index() - 1);
                    if (conj.getRelation().toString().equals("conj:and") && other != null && other != first && other.type() == first.type()) {
                        graph.addEdge(noun, conj.getDependent(), conj.getRelation(), Double.NEGATIVE_INFINITY, false);
                        shareParty(graph, noun, conj.getDependent(), true);
                    }
                }
            }
        }
    }

    /**
     * Gives {@code to} the subject, object and oblique relations {@code from} has (and its nmod ones when asked), so the
     * patterns read {@code to} as a party wherever {@code from} is one; not its roles in its own relative clauses.
     */
    private static void shareParty(SemanticGraph graph, IndexedWord from, IndexedWord to, boolean withNominalModifiers) {
        for (SemanticGraphEdge in : SemanticGraphs.roles(graph, from, withNominalModifiers)) {
            graph.addEdge(in.getGovernor(), to, in.getRelation(), Double.NEGATIVE_INFINITY, false);
        }
    }

    /** How "two" or "both" hangs on the pair's noun ("the two leaders", "both countries"). */
    private static final Set<String> PAIR_MODIFIERS = Set.of("nummod", "det", "det:predet");

    /**
     * "The two leaders signed a pact", "accused both countries": the entity stage links "two" (or "both") and the noun
     * to the two people named before; read
     * them as "Putin and Kim" (conj:and, and the noun's subject relations shared), so the rules of coordinated parties
     * apply.
     */
    private static void pairAsCoordination(SemanticGraph graph, DocumentEntities entities, int s) {
        // which edges qualify depends on the entities only, so they are found first, without copying every sentence's edges
        List<SemanticGraphEdge> pairs = new ArrayList<>();
        for (SemanticGraphEdge number : graph.edgeIterable()) {
            IndexedWord noun = number.getGovernor();
            IndexedWord two = number.getDependent();
            Entity first = entities.at(s, two.index() - 1);
            Entity second = entities.at(s, noun.index() - 1);
            if (PAIR_MODIFIERS.contains(number.getRelation().toString()) && first != null && second != null && !first.equals(second)
                    && two.index() == noun.index() - 1) {
                pairs.add(number);
            }
        }
        Collections.sort(pairs);
        for (SemanticGraphEdge number : pairs) {
            graph.removeEdge(number);
            graph.addEdge(number.getGovernor(), number.getDependent(), UniversalEnglishGrammaticalRelations.getConj("and"),
                    Double.NEGATIVE_INFINITY, false);
            shareParty(graph, number.getGovernor(), number.getDependent(), true);
        }
    }

    /** A setting that lists rule names: a name no rule has stops start-up (a typo would silently switch a filter off). */
    private static Set<String> namedRules(Settings words, String key, Set<String> known) {
        Set<String> names = words.words(key);
        for (String name : names) {
            if (!known.contains(name)) {
                throw new dev.newsie.settings.SettingsException("relations.properties: setting '" + key + "' names no rule '" + name + "'");
            }
        }
        return names;
    }

    /**
     * Common nouns that stand for an entity next to them: "the Romanian government" -> "Romanian" (a country proxy
     * noun with its country), "the auto manufacturer Chrysler" -> "Chrysler" (a noun right before its appositive name),
     * "Co-founder of Google, Sergey Brin" -> "Sergey Brin" (a singular noun with a person in apposition), "the United
     * Auto Workers union" -> "United Auto Workers" (an organization's class noun after its name), "OpenAI's board" ->
     * "OpenAI" (an organization's governing body).
     */
    private Map<IndexedWord, IndexedWord> proxies(SemanticGraph graph, DocumentEntities entities, int s) {
        Map<IndexedWord, IndexedWord> proxies = new LinkedHashMap<>();
        for (IndexedWord node : graph.vertexSet()) {
            IndexedWord name = nameRightAfter(graph, entities, s, node, actors);
            if (name != null) {
                proxies.put(node, name); // "Germany's chancellor Olaf Scholz visited India": Scholz, not Germany's government
                continue;
            }
            IndexedWord leader = leaderOfGovernment(graph, entities, s, node);
            if (leader != null) {
                proxies.put(node, leader); // "the Biden administration": the event stage makes it the leader's country
                continue;
            }
            IndexedWord fronted = nameBeforeApposition(graph, entities, s, node, actors);
            if (fronted != null) {
                proxies.put(node, fronted); // "Magna, the Canadian auto parts maker, agreed to buy Opel": Magna agreed
                continue;
            }
            IndexedWord person = personInApposition(graph, entities, s, node, actors);
            if (person != null) {
                proxies.put(node, person); // "The French president, Emmanuel Macron, hosted Scholz": Macron, not France's government
                continue;
            }
            IndexedWord described = nameARelativeClauseDescribes(graph, entities, s, node, actNouns);
            if (described != null) {
                proxies.put(node, described); // "Gordon Baird, the businessman who has owned Rovers since 2004,": Baird owned Rovers
                continue;
            }
            IndexedWord apposedOrganization = organizationInApposition(graph, entities, s, node);
            if (apposedOrganization != null) {
                proxies.put(node, apposedOrganization); // "Apple sued its rival, Samsung, over patents": Samsung was sued
                continue;
            }
            // "the British shadow cabinet": no body of the state
            boolean notState = graph.outgoingEdgeList(node).stream().anyMatch(e -> (e.getRelation().toString().equals("amod")
                    || e.getRelation().toString().equals("compound")) && notStateModifiers.contains(lemma(e.getDependent())));
            IndexedWord actor = objectOfStaffingVerb(graph, node) || notState ? null : EventActors.actorFor(actors, graph, entities, s, node);
            if (actor != null) {
                proxies.put(node, actor); // "Turkish officials", "UN peacekeepers", "Palestinians", "Moscow": see EventActors
                continue;
            }
            String lemma = node.lemma() == null ? "" : node.lemma().toLowerCase(Locale.ROOT);
            // a proper noun is no proxy, but for a capitalized proxy of a country ("the United States Government")
            if (entities.at(s, node.index() - 1) != null || node.tag() == null || !node.tag().startsWith("NN")
                    || node.tag().startsWith("NNP") && !countryProxies.contains(lemma)) {
                continue;
            }
            boolean countryProxy = countryProxies.contains(lemma) && !notState;
            boolean organizationProxy = organizationProxies.contains(lemma);
            boolean memberProxy = memberProxies.contains(lemma) && !joined(graph, node);
            // a governing body acts for its organization; as a thing acted on it is only itself ("members on Chrysler's board")
            boolean actsAsSubject = graph.incomingEdgeList(node).stream()
                    .map(e -> e.getRelation().toString()).anyMatch(r -> r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by"));
            // ... and as a verb's object, but for verbs of its own membership ("accused the university's management of ...")
            boolean actedOn = graph.incomingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("obj")
                    && !organizationBodyOwnVerbs.contains(lemma(e.getGovernor())));
            boolean organizationBody = organizationBodies.contains(lemma) && (actsAsSubject || actedOn);
            // "Detectives from the Directorate of Criminal Investigations arrested four people": its agents act for it
            boolean organizationAgent = organizationAgents.contains(lemma) && actsAsSubject && graph.outgoingEdgeList(node).stream()
                    .noneMatch(e -> e.getRelation().toString().equals("amod") && organizationAgentsNotActing.contains(lemma(e.getDependent())));
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                IndexedWord dep = e.getDependent();
                String rel = e.getRelation().toString();
                Entity named = entities.at(s, dep.index() - 1);
                boolean country = named != null && named.type() == EntityType.COUNTRY || entities.demonymAt(s, dep.index() - 1) != null;
                boolean organization = named != null && named.type() == EntityType.ORGANIZATION && rel.equals("compound");
                boolean intergovernmental = organization && actors != null && actors.isIntergovernmental(named.name());
                boolean governed = named != null && named.type() == EntityType.ORGANIZATION && (rel.equals("nmod:poss") || rel.equals("nmod:of"));
                boolean sent = named != null && named.type() == EntityType.ORGANIZATION && (rel.equals("nmod:from") || rel.equals("nmod:of")
                        || rel.equals("nmod:poss"));
                if (countryProxy && country && PROXY_MODIFIERS.contains(rel) || organizationProxy && organization
                        || memberProxy && intergovernmental || organizationBody && governed || organizationAgent && sent) {
                    proxies.put(node, dep);
                    break;
                }
            }
        }
        // "A first patch of Bangladeshi peacekeeping troops arrived", "a delegation of Chinese officials": a group acts as
        // its members (after the members' own proxies are known)
        for (IndexedWord node : graph.vertexListSorted()) {
            String lemma = node.lemma() == null ? "" : node.lemma().toLowerCase(Locale.ROOT);
            if (proxies.containsKey(node) || !groupHeads.contains(lemma) || entities.at(s, node.index() - 1) != null) {
                continue;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                IndexedWord members = e.getDependent();
                IndexedWord target = proxies.containsKey(members) ? proxies.get(members) : entities.at(s, members.index() - 1) != null ? members : null;
                if (e.getRelation().toString().equals("nmod:of") && target != null) {
                    proxies.put(node, target);
                    break;
                }
            }
        }
        return proxies;
    }

    /**
     * The person whose government a country proxy noun names: "the Biden administration", "Obama's administration",
     * "the Netanyahu government", "the government of Prime Minister Dick Schoof"; null when none. {@link EventCoder} turns such an end into the person's country.
     */
    private IndexedWord leaderOfGovernment(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        String lemma = node.lemma() == null ? "" : node.lemma().toLowerCase(Locale.ROOT);
        if (!countryProxies.contains(lemma) || entities.at(s, node.index() - 1) != null) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            Entity named = entities.at(s, e.getDependent().index() - 1);
            if ((rel.equals("compound") || rel.equals("nmod:poss")) && named != null && named.type() == EntityType.PERSON
                    && e.getDependent().index() < node.index()) {
                return e.getDependent();
            }
            // "the government of Prime Minister Dick Schoof", "the administration of President Joe Biden"
            if (rel.equals("nmod:of") && named != null && named.type() == EntityType.PERSON && ledBodies.contains(lemma)) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * The name before a subject noun set off by commas: in "Magna, the Canadian auto parts maker, agreed to buy Opel" the
     * parser makes "maker" the subject and leaves "Magna" hanging; the noun phrase between the commas is the name's
     * apposition, so the name is the subject. The name must open the sentence ("Speaking to CNN, the minister, a close
     * ally of Netanyahu, criticized Iran" is no act of CNN's). Null when the noun is no subject or not enclosed by
     * "NAME ," and ",".
     */
    private static IndexedWord nameBeforeApposition(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node,
            ActorCountries actors) {
        // a capitalized title is a proper noun to the tagger: "Meg Hillier, the Labour Party MP who chairs the committee,"
        boolean title = node.tag() != null && node.tag().startsWith("NNP") && actors != null && actors.isTitle(node.word());
        if (entities.at(s, node.index() - 1) != null || node.tag() == null || !node.tag().startsWith("NN") || node.tag().startsWith("NNP") && !title
                || graph.incomingEdgeList(node).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
            return null;
        }
        int first = node.index();
        int last = node.index();
        for (IndexedWord d : graph.descendants(node)) {
            first = Math.min(first, d.index());
            last = Math.max(last, d.index());
        }
        IndexedWord before = graph.getNodeByIndexSafe(first - 1);
        IndexedWord after = graph.getNodeByIndexSafe(last + 1);
        IndexedWord name = graph.getNodeByIndexSafe(first - 2);
        if (before == null || after == null || name == null || !before.word().equals(",") || !after.word().equals(",")) {
            return null;
        }
        // "Hadley, whose brother, Ben Hadley, keeps wicket": the phrase opens a relative clause, no apposition
        if (graph.outgoingEdgeList(node).stream().anyMatch(e -> "WP$".equals(e.getDependent().tag()))) {
            return null;
        }
        Entity named = entities.at(s, name.index() - 1);
        if (named == null || named.type() == EntityType.DATE) {
            return null;
        }
        int start = entities.nameStart(s, name.index() - 1);
        // only "The" may come before the name ("The Kremlin, the seat of ..., said")
        IndexedWord opening = graph.getNodeByIndexSafe(1);
        return start == 0 || start == 1 && opening != null && "the".equalsIgnoreCase(opening.word()) ? name : null;
    }

    /**
     * The name a common noun in apposition describes when the noun carries a relative clause: "Gordon Baird, the
     * businessman who has owned Rovers since 2004,", "Casa Lumbre, the production company Ibarra founded with his
     * sister,". The clause is said of the name. Null when the noun is no such apposition, or no noun that classes a name
     * (not "a deal that", "a move that").
     */
    private static IndexedWord nameARelativeClauseDescribes(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node,
                                                            Set<String> actNouns) {
        // "Microsoft bought Activision Blizzard, a deal that the FTC opposed": an act in apposition is the clause's, not the name's
        String lemma = (node.lemma() == null ? node.word() : node.lemma()).toLowerCase(Locale.ROOT);
        // "Tomás Ruiz, a Spanish ecologist who works for ...": a demonym's agent phrase is a description too
        Entity own = entities.at(s, node.index() - 1);
        if (own != null && own.type() != EntityType.COUNTRY || !"NN".equals(node.tag()) && !"NNS".equals(node.tag()) || actNouns.contains(lemma)
                || graph.outgoingEdgeList(node).stream().noneMatch(e -> e.getRelation().toString().equals("acl:relcl"))) {
            return null;
        }
        // "DB InfraGO, the Deutsche Bahn subsidiary that manages the network": a noun of another name is about that name
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String relation = e.getRelation().toString();
            if ((relation.equals("compound") || relation.equals("nmod:poss")) && entities.at(s, e.getDependent().index() - 1) != null) {
                return null;
            }
        }
        for (SemanticGraphEdge in : graph.incomingEdgeIterable(node)) {
            if (!in.getRelation().toString().equals("appos")) {
                continue;
            }
            // "Her co-author, Tomás Ruiz, a Spanish ecologist who ...": both appositions hang on the first noun
            IndexedWord name = entities.at(s, in.getGovernor().index() - 1) != null ? in.getGovernor()
                    : graph.outgoingEdgeList(in.getGovernor()).stream().filter(e -> e.getRelation().toString().equals("appos"))
                            .map(SemanticGraphEdge::getDependent).filter(d -> d.index() < node.index() && entities.at(s, d.index() - 1) != null)
                            .reduce((first, last) -> last).orElse(in.getGovernor());
            Entity named = entities.at(s, name.index() - 1);
            if (named == null || named.type() == EntityType.DATE) {
                continue;
            }
            // right after the name and its comma ("Nangaa, the leader of the alliance, the coalition that includes M23"
            // describes the alliance, whatever the parser hung it on); a clause opened by "who" is a person's, so after a
            // person's first apposition too ("Aizhan Bekova, the head of the centre, a linguist who worked for Google")
            int commas = 0;
            boolean clauseOrPersonBetween = false;
            for (int i = name.index() + 1; i < node.index(); i++) {
                IndexedWord between = graph.getNodeByIndexSafe(i);
                commas += between != null && between.word().equals(",") ? 1 : 0;
                clauseOrPersonBetween |= between != null && SemanticGraphs.isVerb(between);
                // "Jane Doe, the lawyer for John Smith, a businessman who ...": another person between may be the one
                Entity other = entities.at(s, i - 1);
                clauseOrPersonBetween |= other != null && other != named && other.type() == EntityType.PERSON;
            }
            boolean personsClause = named.type() == EntityType.PERSON && !clauseOrPersonBetween
                    && graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("ref")
                            && e.getDependent().word().equalsIgnoreCase("who"));
            return commas == 1 || commas == 2 && personsClause ? name : null;
        }
        return null;
    }

    /**
     * The person a singular common noun is in apposition with: "Co-founder of Google, Sergey Brin, met ...", "The
     * French president, Emmanuel Macron, hosted ..."; null when none. It wins over the noun's own country.
     */
    private IndexedWord personInApposition(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node,
            ActorCountries actors) {
        boolean title = node.tag() != null && node.tag().startsWith("NN") && actors != null && actors.isTitle(node.word());
        if (entities.at(s, node.index() - 1) != null || !"NN".equals(node.tag()) && !title) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord person = appositivePerson(graph, entities, s, e.getDependent(), e.getRelation().toString(), node);
            if (person != null) {
                return person;
            }
            // "criticised by his uncle, the former captain Habibul Islam": the apposition is a title before the name
            IndexedWord titled = e.getRelation().toString().equals("appos") ? nameRightAfter(graph, entities, s, e.getDependent(), actors) : null;
            if (titled != null && entities.at(s, titled.index() - 1).type() == EntityType.PERSON) {
                return titled;
            }
            // "met the president of France, Emmanuel Macron": the parser hangs the name on the title's country (or on a
            // body's name no entity holds: "signed by the president of the Generalitat, Salvador Illa,")
            Entity holder = entities.at(s, e.getDependent().index() - 1);
            boolean unknownBody = holder == null && e.getDependent().tag() != null && e.getDependent().tag().startsWith("NNP");
            if (title && (holder != null && holder.type() != EntityType.PERSON && holder.type() != EntityType.DATE || unknownBody)
                    && e.getRelation().toString().matches("nmod:(of|to|for|at)")) {
                for (SemanticGraphEdge h : graph.outgoingEdgeIterable(e.getDependent())) {
                    person = appositivePerson(graph, entities, s, h.getDependent(), h.getRelation().toString(), e.getDependent());
                    if (person != null) {
                        return person;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The organization a singular common noun with a determiner or possessive stands for when the name follows it in
     * apposition after a comma: "sued its rival, Samsung,", "her record label, Island Records,"; null when none. Not a
     * noun of a list ("the banks, Barclays and HSBC": plural), nor a name before the noun (nameBeforeApposition's).
     */
    private IndexedWord organizationInApposition(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        if (entities.at(s, node.index() - 1) != null || !"NN".equals(node.tag())
                || graph.outgoingEdgeList(node).stream().noneMatch(e -> e.getRelation().toString().equals("det")
                        || e.getRelation().toString().equals("nmod:poss"))) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord name = e.getDependent();
            Entity named = entities.at(s, name.index() - 1);
            if (!e.getRelation().toString().equals("appos") || named == null || named.type() != EntityType.ORGANIZATION
                    || name.index() <= node.index()) {
                continue;
            }
            int start = entities.nameStart(s, name.index() - 1);
            // "Blue Horizon's insurer, the Norwegian firm Nordhav P&I,": an article and a class noun may open the name's phrase
            while (start > node.index() + 1 && classNounPhraseWord(graph, graph.getNodeByIndexSafe(start))) {
                start--;
            }
            IndexedWord comma = graph.getNodeByIndexSafe(start);
            if (comma != null && comma.word().equals(",") && start == phraseEnd(graph, node, name) + 1) {
                return name;
            }
        }
        return null;
    }

    /**
     * An article, an adjective (a nationality's too: "Norwegian"), or a lower-case class noun of organizations
     * (apposition.organizationClassNouns) or a noun before one: "the Norwegian firm", "the conservation charity".
     */
    private boolean classNounPhraseWord(SemanticGraph graph, IndexedWord word) {
        String tag = word == null || word.tag() == null ? "" : word.tag();
        if (tag.equals("DT") || tag.equals("JJ")) {
            return true;
        }
        IndexedWord next = word == null ? null : graph.getNodeByIndexSafe(word.index() + 1);
        return tag.equals("NN") && Character.isLowerCase(word.word().charAt(0))
                && (classNoun(word) || next != null && "NN".equals(next.tag()) && classNoun(next));
    }

    private boolean classNoun(IndexedWord word) {
        return appositionClassNouns.contains(lemma(word));
    }

    /** Where the noun's phrase ends before the name: after a place it is in ("its rival in Europe, Uber,"). */
    private static int phraseEnd(SemanticGraph graph, IndexedWord noun, IndexedWord name) {
        int end = noun.index();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(noun)) {
            int at = e.getDependent().index();
            if (PlacedNounAppositionRepair.PLACE_RELATIONS.contains(e.getRelation().toString()) && at > end && at < name.index()) {
                end = at;
            }
        }
        return end;
    }

    /** The person named right after or in apposition to a title noun ("his chief of staff Claude Gueant"), or null. */
    private IndexedWord titledName(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord title) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(title)) {
            IndexedWord named = appositivePerson(graph, entities, s, e.getDependent(), e.getRelation().toString(), title);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private IndexedWord appositivePerson(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord dependent,
            String relation, IndexedWord head) {
        Entity named = entities.at(s, dependent.index() - 1);
        boolean apposed = relation.equals("appos") || relation.equals("dep") && nameFollowsTitle(graph, head, dependent);
        return named != null && named.type() == EntityType.PERSON && apposed && dependent.index() > head.index() ? dependent : null;
    }

    /**
     * "Biden's chief of staff Jeff Zients met McCarthy": the parser hangs the name loosely ("dep") on a title whose
     * phrase runs on to it. Only common nouns may stand between the title and the name (no comma, no verb, no other
     * name: not "the adviser said Jeff Zients ..."), and "of" only before one of title.of.tails ("chief of staff"; not
     * "the daughter of president Joe Biden", where the name is the president's).
     */
    private boolean nameFollowsTitle(SemanticGraph graph, IndexedWord title, IndexedWord name) {
        int first = graph.outgoingEdgeList(name).stream().filter(e -> e.getRelation().toString().equals("compound"))
                .mapToInt(e -> e.getDependent().index()).min().orElse(name.index());
        for (int i = title.index() + 1; i < first; i++) {
            IndexedWord between = graph.getNodeByIndexSafe(i);
            if (between == null || between.tag() == null) {
                return false;
            }
            if (between.word().equals("of")) {
                IndexedWord tail = graph.getNodeByIndexSafe(i + 1);
                if (tail == null || tail.index() >= first || !titleOfTails.contains(tail.word().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (!between.tag().startsWith("NN") || between.tag().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the noun is the object of "join": "joined NATO allies in condemning Russia" joins no organization. */
    private static boolean joined(SemanticGraph graph, IndexedWord noun) {
        return graph.incomingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("obj")
                && "join".equalsIgnoreCase(e.getGovernor().lemma()));
    }

    /**
     * The name a common noun (or a capitalized title of lexicon/titles.txt) right before it stands for: "the automaker Chrysler", "his Chinese
     * counterpart Wang Yi", "Germany's chancellor Olaf Scholz", "Israel's Prime Minister Benjamin Netanyahu" (the parser
     * hangs the name on the noun as appos or dep); null when none.
     */
    private static IndexedWord nameRightAfter(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node, ActorCountries actors) {
        // a capitalized title is a proper noun to the tagger: "Israel's Prime Minister Benjamin Netanyahu met ..."
        boolean title = node.tag() != null && node.tag().startsWith("NNP") && actors != null && actors.isTitle(node.word());
        if (entities.at(s, node.index() - 1) != null || node.tag() == null || !node.tag().startsWith("NN")
                || node.tag().startsWith("NNP") && !title) {
            return null;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            Entity named = entities.at(s, e.getDependent().index() - 1);
            if (named != null && named.type() != EntityType.DATE && (rel.equals("appos") || rel.equals("dep"))
                    && nameFollows(entities, s, node, e.getDependent(), named)) {
                return e.getDependent();
            }
        }
        return nameReadAsInfinitiveSubject(graph, entities, s, node);
    }

    /**
     * "signed an agreement with the Finnish technology company Arkivo to digitise books": the parser may read the name
     * right after the noun as the subject of the infinitive after it ("Arkivo to digitise"), though it names the noun.
     */
    private static IndexedWord nameReadAsInfinitiveSubject(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        Entity named = entities.at(s, node.index());
        if (named == null || named.type() == EntityType.DATE || !SemanticGraphs.hasDependent(graph, node, "det")) {
            return null;
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            IndexedWord subject = e.getDependent();
            if (e.getRelation().toString().equals("nsubj") && subject.index() > node.index() && nameFollows(entities, s, node, subject, named)
                    && entities.at(s, subject.index() - 1) == named && e.getGovernor().index() > subject.index()
                    && graph.outgoingEdgeList(e.getGovernor()).stream().anyMatch(m -> m.getRelation().toString().equals("mark")
                            && "TO".equals(m.getDependent().tag()))) {
                return subject;
            }
        }
        return null;
    }

    /** Whether the name whose head is {@code head} starts at the token right after {@code noun}. */
    private static boolean nameFollows(DocumentEntities entities, int s, IndexedWord noun, IndexedWord head, Entity named) {
        if (head.index() <= noun.index()) {
            return false;
        }
        for (int token = noun.index(); token < head.index() - 1; token++) {
            if (entities.at(s, token) != named) {
                return false;
            }
        }
        return true;
    }

    /** Puts newsie's entity types on the graph's nodes so that patterns can test {ner:PERSON}, {ner:COUNTRY}, ... */
    private static void markEntities(SemanticGraph graph, DocumentEntities entities, int sentence, Map<IndexedWord, IndexedWord> proxies) {
        for (IndexedWord node : graph.vertexSet()) {
            Entity e = entities.at(sentence, node.index() - 1);
            IndexedWord standsFor = proxies.get(node);
            if (standsFor != null) {
                Entity proxied = entities.at(sentence, standsFor.index() - 1);
                node.setNER(proxied == null ? EntityType.COUNTRY.name() : proxied.type().name());
            } else if (e != null) {
                node.setNER(e.type().name());
            } else if (entities.demonymAt(sentence, node.index() - 1) != null && !entities.demonymAt(sentence, node.index() - 1).standsAlone()) {
                node.setNER(DEMONYM);
            } else if (node.ner() != null && !node.ner().equals("DATE")) {
                node.setNER("O");
            }
        }
    }

    /**
     * Whether the word stands inside the entity's name where it is named ("Party" of "Party for Freedom (PVV)"): no word
     * of a predicate (a rule whose predicate is fixed may anchor on a name's word: "his Liberal Party" gives member of).
     */
    private static boolean insideName(Entity e, int s, IndexedWord word) {
        int t = word.index() - 1;
        return e.mentions().stream().anyMatch(m -> m.sentence() == s && m.kind() == Mention.Kind.NAME && m.firstToken() <= t && t < m.endToken());
    }

    private List<Triple> sentenceTriples(CoreMap sentence, SemanticGraph graph, DocumentEntities entities, int s,
                                         Map<IndexedWord, IndexedWord> proxies, LocalDate docDate) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Triple> out = new ArrayList<>();
        for (RelationRule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord subjNode = proxies.getOrDefault(m.getNode("subj"), m.getNode("subj"));
                IndexedWord objNode = proxies.getOrDefault(m.getNode("obj"), m.getNode("obj"));
                IndexedWord pred = m.getNode("pred");
                Entity subj = entityAt(entities, s, subjNode);
                Entity obj = entityAt(entities, s, objNode);
                if (subj == null || obj == null || subj == obj || bothOfOneCountry(entities, s, m.getNode("subj"), m.getNode("obj"), subjNode, objNode, subj, obj)
                        || subj.type() == EntityType.DATE || obj.type() == EntityType.DATE
                        || inComplexPreposition(graph, tokens, m) || prepositionInsideName(graph, obj, s, m.getNode("obj"))
                        || rule.predicate().contains("{pred") && (insideName(subj, s, pred) || insideName(obj, s, pred))) {
                    continue;
                }
                List<IndexedWord> predicateWords = new ArrayList<>();
                String predicate = render(rule.predicate(), m, graph, entities, s, predicateWords);
                if (predicate.isBlank() || agentsInTheirOwnCountry(entities, s, subjNode, objNode, subj, obj, predicate)) {
                    continue;
                }
                // "Israel's Mossad", "Iran's Hezbollah": a body or group the actor dictionary knows is no company at home
                if (companyRules.contains(rule.name()) && actors != null && actors.isKnownActor(subj.name())) {
                    continue;
                }
                // "the High Court in London": the country a capital stands for is the reader's inference, not the text's;
                // "Lisbon's mayor, Carlos Moedas", "Lisbon's former mayor": a city's office is the city's, not the country's
                // its capital stands for
                if (actors != null && obj.type() == EntityType.COUNTRY && (countryNamedRules.contains(rule.name()) || cityTitle(predicate))
                        && seatOfGovernment(writtenName(entities, tokens, s, m.getNode("obj").index() - 1))) {
                    continue;
                }
                // "von der Leyen's European Union": a union of states is no one's party, nor held in shares ("Poland's stake in NATO")
                if (notIntergovernmentalRules.contains(rule.name()) && actors != null && actors.isIntergovernmental(obj.name())) {
                    continue;
                }
                // "Umerov led Kyiv's delegation": leading a group that acts for a country is no office of that country
                IndexedWord matchedObj = m.getNode("obj");
                if (officeVerbs.contains(predicate) && !matchedObj.equals(objNode) && matchedObj.lemma() != null
                        && groupHeads.contains(matchedObj.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String name : m.getNodeNames()) {
                    if (!name.equals("subj") && !name.equals("obj")) {
                        predicateWords.add(m.getNode(name));
                    }
                }
                // "whose chairman is not Hiroshi Tanabe": the clause's head, not the title, carries "not" and "will"
                IndexedWord clause = rule.qualified() == null ? pred : m.getNode(rule.qualified());
                List<IndexedWord> chain = qualifiers.chain(graph, clause);
                // "asked India to extradite Hasina" states the asking (a triple of its own), not India's act
                if (qualifiers.askedOfSubject(graph, chain, m.getNode("subj"))) {
                    continue;
                }
                List<IndexedWord> controllers = qualifiers.controllers(graph, clause);
                predicateWords.add(pred);
                for (IndexedWord w : controllers) {
                    if (w.index() < pred.index()) {
                        predicateWords.add(w);
                    }
                }
                predicateWords.addAll(qualifiers.functionWords(graph, controllers));
                Modality modality = rule.modalityFor(qualifiers.modality(graph, chain));
                Entity date = dateOf(graph, chain, entities, s, Set.of(subjNode, objNode), dateFits(modality, docDate));
                double confidence = rule.confidence();
                if (isPronoun(subj, s, subjNode) || isPronoun(obj, s, objNode)) {
                    confidence *= 0.85;
                }
                if (tokens.size() > LONG_SENTENCE) {
                    confidence *= 0.9;
                }
                CoreLabel first = tokens.get(0);
                CoreLabel last = tokens.get(tokens.size() - 1);
                out.add(new Triple(activate(entities, s, subjNode, subj), predicate, activate(entities, s, objNode, obj),
                        spanText(sentence, tokens, predicateWords), s, first.beginPosition(), last.endPosition(),
                        qualifiers.negated(graph, controllers), modality, date,
                        Math.round(confidence * 100) / 100.0, rule.symmetric(), rule.name())
                        .withAnchors(anchor(graph, entities, s, proxies, m.getNode("subj")), pred.index() - 1,
                                anchor(graph, entities, s, proxies, m.getNode("obj"))));
            }
        }
        return out;
    }

    /**
     * Whether the object's preposition is a word of the object's own name, whose first word hangs elsewhere: "led the
     * study with Ralf Eberhardt of the Max Planck Institute for Radio Astronomy" parsed with "Institute" on "Eberhardt"
     * and "for Radio Astronomy" on "led" is no study led for the institute.
     */
    private static boolean prepositionInsideName(SemanticGraph graph, Entity obj, int s, IndexedWord objNode) {
        Mention name = obj.mentions().stream().filter(m -> m.sentence() == s && m.kind() == Mention.Kind.NAME
                && m.firstToken() <= objNode.index() - 1 && objNode.index() - 1 < m.endToken()).findFirst().orElse(null);
        if (name == null || graph.incomingEdgeList(objNode).isEmpty()) {
            return false;
        }
        IndexedWord head = graph.incomingEdgeList(objNode).get(0).getGovernor();
        boolean prepositionInside = graph.outgoingEdgeList(objNode).stream().anyMatch(e -> e.getRelation().toString().equals("case")
                && e.getDependent().index() - 1 >= name.firstToken() && e.getDependent().index() - 1 < name.endToken());
        if (!prepositionInside || head.index() - 1 >= name.firstToken() && head.index() - 1 < name.endToken()) {
            return false;
        }
        for (int t = name.firstToken(); t < objNode.index() - 1; t++) {
            IndexedWord word = graph.getNodeByIndexSafe(t + 1);
            if (word == null) {
                continue;
            }
            for (SemanticGraphEdge in : graph.incomingEdgeList(word)) {
                int governor = in.getGovernor().index() - 1;
                if ((governor < name.firstToken() || governor >= name.endToken()) && !in.getGovernor().equals(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the object is the complement of a complex preposition ("in reaction to Mohamed") whose noun the rule
     * did not match: the phrase's last word then is not a preposition of the verb or noun the rule read.
     */
    private boolean inComplexPreposition(SemanticGraph graph, List<CoreLabel> tokens, SemgrexMatcher m) {
        IndexedWord obj = m.getNode("obj");
        Set<Integer> matched = new HashSet<>();
        for (String name : m.getNodeNames()) {
            matched.add(m.getNode(name).index());
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(obj)) {
            if (!e.getRelation().toString().equals("case")) {
                continue;
            }
            int last = e.getDependent().index() - 1;
            for (List<String> phrase : complexPrepositions) {
                int first = last - phrase.size() + 1;
                if (first < 0) {
                    continue;
                }
                boolean same = true;
                for (int i = 0; i < phrase.size() && same; i++) {
                    same = tokens.get(first + i).word().toLowerCase(Locale.ROOT).equals(phrase.get(i))
                            && (i == 0 || i == phrase.size() - 1 || !matched.contains(first + i + 1));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token an end's actor is read from: the matched word, or for a pronoun that stands for its sayer, the sayer. */
    private int anchor(SemanticGraph graph, DocumentEntities entities, int s, Map<IndexedWord, IndexedWord> proxies, IndexedWord node) {
        IndexedWord sayer = proxies.containsKey(node) ? EventActors.sayerOf(actors, graph, entities, s, node) : null;
        if (sayer == null && proxies.get(node) == node) {
            // a coordinated owner acts as the agent noun it modifies: "Egyptian" in "French and Egyptian warships" (MIL)
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                if (proxies.containsKey(e.getGovernor()) && (e.getRelation().toString().equals("amod") || e.getRelation().toString().equals("compound"))) {
                    return e.getGovernor().index() - 1;
                }
            }
        }
        return (sayer == null ? node : sayer).index() - 1;
    }

    /**
     * "French workers blocked the bridge from France", "drone launches towards Israel by the rebels" (hung on "Israeli
     * warplanes"): a country's agents named by its demonym are in or at their own country, which they do nothing to; the
     * predicate ends in one of country.self.placePrepositions. A country's act on its own agents ("Turkey will allow
     * Turkish refugees to return") or their act on it ("Iranian protesters denounced Iran") stays.
     */
    private boolean agentsInTheirOwnCountry(DocumentEntities entities, int s, IndexedWord subjNode, IndexedWord objNode, Entity subj,
                                            Entity obj, String predicate) {
        boolean agentOnNamed = entities.at(s, subjNode.index() - 1) == null && entities.at(s, objNode.index() - 1) != null;
        String last = predicate.substring(predicate.lastIndexOf(' ') + 1);
        return agentOnNamed && selfPlacePrepositions.contains(last) && subj.type() == EntityType.COUNTRY && obj.type() == EntityType.COUNTRY
                && subj.country() != null && obj.country() != null && subj.country().iso3().equals(obj.country().iso3());
    }

    /**
     * "an American tanker, flown by American airmen": two demonyms of one country are one party, no relation (a named
     * country and its own agents stay: "Iranian protesters denounced Iran"; so does a seat of government, the state, and
     * agents acting on each other, "French police arrested French protesters").
     */
    private boolean bothOfOneCountry(DocumentEntities entities, int s, IndexedWord subjMatch, IndexedWord objMatch, IndexedWord subjNode,
                                     IndexedWord objNode, Entity subj, Entity obj) {
        DemonymMatch subjDemonym = entities.demonymAt(s, subjNode.index() - 1);
        DemonymMatch objDemonym = entities.demonymAt(s, objNode.index() - 1);
        // a seat of government is the state acting ("Afghan rebels exploded bombs in Kabul"): a domestic event stays
        boolean seat = actors != null && (subjDemonym != null && actors.isSeatOfGovernment(subjDemonym)
                || objDemonym != null && actors.isSeatOfGovernment(objDemonym));
        // agents of one country act on each other ("French police arrested French protesters"); a thing is no agent
        boolean agents = actors != null && agent(subjMatch) && agent(objMatch);
        return entities.at(s, subjNode.index() - 1) == null && entities.at(s, objNode.index() - 1) == null && !seat && !agents
                && subj.country() != null && obj.country() != null && subj.country().iso3().equals(obj.country().iso3());
    }

    /** Whether a noun names an agent, as its lemma or as written ("protesters"). */
    private boolean agent(IndexedWord node) {
        return actors.isAgentWord(node.word()) || node.lemma() != null && actors.isAgentWord(node.lemma());
    }

    private static Entity entityAt(DocumentEntities entities, int s, IndexedWord node) {
        Entity e = entities.at(s, node.index() - 1);
        if (e != null) {
            return e;
        }
        DemonymMatch d = entities.demonymAt(s, node.index() - 1);
        return d == null ? null : Entity.country(d.country());
    }

    /** A demonym used by a triple becomes a real mention of its country. */
    private static Entity activate(DocumentEntities entities, int s, IndexedWord node, Entity e) {
        if (entities.at(s, node.index() - 1) != null) {
            return e;
        }
        return entities.activate(entities.demonymAt(s, node.index() - 1));
    }

    private static final Pattern TRAILING_PREPOSITION = Pattern.compile(" (of|for|to|in)$");

    /** Whether a predicate names a city's office (country.cityTitles), as a whole or by its last word ("former mayor of"). */
    private boolean cityTitle(String predicate) {
        String title = TRAILING_PREPOSITION.matcher(predicate).replaceFirst("");
        return cityTitles.contains(title) || cityTitles.contains(title.substring(title.lastIndexOf(' ') + 1));
    }

    /** Whether a name as written is a seat of government's, "Hague" of "The Hague" too (the tagger leaves its article out). */
    private boolean seatOfGovernment(String written) {
        return actors.isSeatOfGovernment(written) || actors.isSeatOfGovernment("The " + written);
    }

    /** The words of the name the token at is part of, as written ("Hague" of "The Hague", whose article the tagger leaves out). */
    private static String writtenName(DocumentEntities entities, List<CoreLabel> tokens, int s, int at) {
        Entity named = entities.at(s, at);
        int end = at + 1;
        while (named != null && end < tokens.size() && entities.at(s, end) == named) {
            end++;
        }
        return tokens.subList(named == null ? at : entities.nameStart(s, at), end).stream().map(CoreLabel::word)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static boolean isPronoun(Entity e, int s, IndexedWord node) {
        Mention m = e.mentionAt(s, node.index() - 1);
        return m != null && m.resolved();
    }

    /** Fills the predicate template; collects the words it used, for the triple's text. */
    private String render(String template, SemgrexMatcher m, SemanticGraph graph, DocumentEntities entities, int s,
                                 List<IndexedWord> used) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (slot.find()) {
            String value;
            if (slot.group(1).equals("rel")) {
                String rel = m.getRelnString(slot.group(2));
                value = rel == null || !rel.contains(":") ? "" : rel.substring(rel.indexOf(':') + 1).replace('_', ' ');
                IndexedWord target = m.getNode("obj");
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(target)) {
                    if (e.getRelation().toString().equals("case")) {
                        used.add(e.getDependent());
                    }
                }
            } else {
                IndexedWord node = m.getNode(slot.group(1));
                if (node == null) {
                    throw new IllegalStateException("predicate names a node the pattern does not: " + slot.group(1));
                }
                used.add(node);
                value = "phrase".equals(slot.group(2)) ? phrase(graph, node, entities, s, used)
                        : "lemma".equals(slot.group(2)) && node.lemma() != null ? node.lemma().toLowerCase(Locale.ROOT) // "one of its allies"
                        : "singular".equals(slot.group(2)) ? singularPhrase(graph, node, entities, s, used) // "one of its deputy prime ministers"
                        : word(node) + particle(graph, node, used);
            }
            slot.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        slot.appendTail(sb);
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    /** A phrasal verb's particle: "hand over", "call off", "carry out". */
    private static String particle(SemanticGraph graph, IndexedWord node, List<IndexedWord> used) {
        if (node.tag() == null || !node.tag().startsWith("VB")) {
            return "";
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("compound:prt")) {
                used.add(e.getDependent());
                return " " + e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String word(IndexedWord node) {
        String tag = node.tag() == null ? "" : node.tag();
        String w = tag.startsWith("VB") && node.lemma() != null ? node.lemma() : node.word();
        return w.toLowerCase(Locale.ROOT);
    }

    /** {@link #phrase} with its head noun in its lemma: "deputy prime ministers" -> "deputy prime minister". */
    private String singularPhrase(SemanticGraph graph, IndexedWord head, DocumentEntities entities, int s, List<IndexedWord> used) {
        return phrase(graph, head, entities, s, used, true);
    }

    /** A noun with the compound and adjective words before it that are not themselves entities: "vice foreign minister". */
    private String phrase(SemanticGraph graph, IndexedWord head, DocumentEntities entities, int s, List<IndexedWord> used) {
        return phrase(graph, head, entities, s, used, false);
    }

    private String phrase(SemanticGraph graph, IndexedWord head, DocumentEntities entities, int s, List<IndexedWord> used, boolean singular) {
        List<IndexedWord> words = new ArrayList<>();
        words.add(head);
        addModifiers(graph, head, entities, s, words);
        // "chief of staff", "head of state": the title runs on past "of" to one of title.of.tails
        IndexedWord ofWord = graph.getNodeByIndexSafe(head.index() + 1);
        IndexedWord tail = graph.getNodeByIndexSafe(head.index() + 2);
        if (ofWord != null && tail != null && ofWord.word().equalsIgnoreCase("of") && graph.getEdge(head, tail) != null
                && graph.getEdge(head, tail).getRelation().toString().equals("nmod:of") && entities.at(s, tail.index() - 1) == null
                && titleOfTails.contains(tail.word().toLowerCase(Locale.ROOT))) {
            words.add(ofWord);
            words.add(tail);
        }
        // "secretary-general", "director-general": the tokenizer splits the hyphen off; the word after it is the title's
        IndexedWord hyphen = graph.getNodeByIndexSafe(head.index() + 1);
        IndexedWord afterHyphen = graph.getNodeByIndexSafe(head.index() + 2);
        boolean hyphenated = hyphen != null && afterHyphen != null && "HYPH".equals(hyphen.tag()) && graph.getEdge(head, afterHyphen) != null
                && entities.at(s, afterHyphen.index() - 1) == null;
        if (hyphenated) {
            words.add(afterHyphen);
        }
        words.sort((a, b) -> Integer.compare(a.index(), b.index()));
        used.addAll(words);
        StringBuilder sb = new StringBuilder();
        IndexedWord previous = null;
        for (IndexedWord w : words) {
            String word = singular && w.equals(head) && head.lemma() != null ? head.lemma() : w.word();
            IndexedWord between = previous == null || w.index() != previous.index() + 2 ? null : graph.getNodeByIndexSafe(w.index() - 1);
            String separator = sb.length() == 0 ? "" : between != null && "HYPH".equals(between.tag()) ? "-" : " ";
            sb.append(separator).append(word.toLowerCase(Locale.ROOT));
            previous = w;
        }
        return sb.toString();
    }

    /**
     * The compound and adjective words before {@code word} that are part of the title, and theirs in turn for a compound
     * ("foreign policy chief": "foreign" hangs on "policy").
     */
    private static void addModifiers(SemanticGraph graph, IndexedWord word, DocumentEntities entities, int s, List<IndexedWord> words) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            IndexedWord dep = e.getDependent();
            String rel = e.getRelation().toString();
            // "re-elected president", "31st member", "youngest member": how, when or how notably it came is not the title
            boolean notOfTheTitle = "VBN".equals(dep.tag()) || "VBD".equals(dep.tag()) || "JJS".equals(dep.tag())
                    || ORDINAL.matcher(dep.word()).matches() || HYPHENATED_PARTICIPLE.matcher(dep.word()).matches();
            if ((rel.equals("compound") || rel.equals("amod")) && dep.index() < word.index() && !notOfTheTitle && !words.contains(dep)
                    && entities.at(s, dep.index() - 1) == null && entities.demonymAt(s, dep.index() - 1) == null) {
                words.add(dep);
                if (rel.equals("compound")) {
                    addModifiers(graph, dep, entities, s, words);
                }
            }
        }
    }

    private static String spanText(CoreMap sentence, List<CoreLabel> tokens, List<IndexedWord> words) {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        for (IndexedWord w : words) {
            CoreLabel t = tokens.get(w.index() - 1);
            begin = Math.min(begin, t.beginPosition());
            end = Math.max(end, t.endPosition());
        }
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        int offset = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        return begin > end ? "" : text.substring(begin - offset, end - offset);
    }

    /**
     * The DATE the sentence ties to the predicate: the nearest DATE below the predicate (or the verbs it hangs
     * from) that is not inside another clause or one of the relation's own arguments; failing that, the date of a
     * verb coordinated with it that shares its subject ("visited China on April 24 and met Wang Yi": the meeting is
     * dated too), or of the clause a participle of the same subject hangs from. Only dates
     * that {@code fits} accepts count.
     */
    private Entity dateOf(SemanticGraph graph, List<IndexedWord> verbs, DocumentEntities entities, int s,
                                 Set<IndexedWord> arguments, Predicate<Entity> fits) {
        List<IndexedWord> chain = withoutOthersClauses(graph, verbs, entities, s);
        for (IndexedWord start : chain) {
            Entity own = dateBelow(graph, start, entities, s, arguments, fits);
            if (own != null) {
                return own;
            }
        }
        for (IndexedWord node : chain) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                // a coordinated clause with a subject of its own tells another's act: "Estonia has expelled
                // several diplomats, and both countries downgraded their relations in January 2023"
                if (e.getRelation().getShortName().equals("conj") && !subjects(graph, node).containsAll(subjects(graph, e.getDependent()))) {
                    continue;
                }
                if (e.getRelation().getShortName().equals("conj")) {
                    Entity coordinated = dateBelow(graph, e.getDependent(), entities, s, arguments, fits);
                    if (coordinated != null) {
                        return coordinated;
                    }
                }
            }
        }
        // "Canada on Monday imposed sanctions on ...": wire copy puts the day between the subject and its verb, where the
        // parser hangs it on the subject
        for (IndexedWord node : chain) {
            for (IndexedWord subject : subjects(graph, node)) {
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(subject)) {
                    IndexedWord day = e.getDependent();
                    Entity date = entities.at(s, day.index() - 1);
                    String rel = e.getRelation().toString();
                    if ((rel.startsWith("nmod:") || rel.startsWith("obl:")) && date != null && date.type() == EntityType.DATE
                            && subject.index() < day.index() && day.index() < node.index() && fits.test(date)) {
                        return date;
                    }
                }
            }
        }
        // "will travel to South Korea on Thursday, where he will meet Choi": a "where" or "when" clause happens at the
        // time of the clause it hangs in (the parser hangs it on the date or on the place); a relative clause only
        // when it tells what the same actor did then ("spoke on Monday about the day when Russia invaded", "traveled
        // to Bucha on Monday, where Russia massacred civilians" tell another's act at another time), a "when" clause
        // not as what one recalls or tells (relations.properties, date.when.contentVerbs), and neither what had
        // happened before
        for (IndexedWord node : chain) {
            if (pastPerfect(graph, node)) {
                continue;
            }
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                // "drew criticism last year when he visited Sarkozy": a "when" clause is at its clause's time
                if (e.getRelation().toString().startsWith("advcl") && opensWith(graph, node, "when", true) && SemanticGraphs.isVerb(e.getGovernor())
                        && !whenContentVerbs.contains(e.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
                    Entity outer = dateBelow(graph, e.getGovernor(), entities, s, arguments, fits);
                    if (outer != null) {
                        return outer;
                    }
                }
                if (!e.getRelation().toString().equals("acl:relcl") || !opensWith(graph, node, "where|when", false)) {
                    continue;
                }
                IndexedWord head = e.getGovernor();
                Entity date = entities.at(s, head.index() - 1);
                // "became public this weekend, when Der Spiegel cited ...": a "when" clause on a date the text gives is
                // at that date, whoever acts (not on "the day", "the morning": which one is the clause's to say)
                if (date != null && date.type() == EntityType.DATE && fits.test(date) && opensWith(graph, node, "when", false) && !generic(graph, head)) {
                    return date;
                }
                for (SemanticGraphEdge up : graph.incomingEdgeIterable(head)) {
                    // not the clause itself, which a "where" place repair makes hold the place ("where Russia massacred")
                    if (up.getGovernor().equals(node) || !up.getRelation().toString().startsWith("obl") || !SemanticGraphs.isVerb(up.getGovernor())
                            || !sameSubject(graph, entities, s, node, up.getGovernor())) {
                        continue;
                    }
                    if (date != null && date.type() == EntityType.DATE && fits.test(date)) {
                        return date;
                    }
                    Entity outer = dateBelow(graph, up.getGovernor(), entities, s, arguments, fits);
                    if (outer != null) {
                        return outer;
                    }
                }
            }
        }
        // "Kushner took up his post on Monday, presenting his credentials to Macron": a participle clause of the same
        // subject happens when its clause does; not an act the participle makes another do later ("struck Gaza on
        // Tuesday, forcing Hamas to attack"): the predicate's own subject must be the participle's
        Set<IndexedWord> actors = subjects(graph, chain.get(0));
        for (IndexedWord node : chain) {
            if (node.tag() == null || !node.tag().equals("VBG")) {
                continue;
            }
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                IndexedWord governor = e.getGovernor();
                Set<IndexedWord> own = subjects(graph, node);
                if ((e.getRelation().toString().equals("advcl") || e.getRelation().toString().equals("dep"))
                        && governor.tag() != null && governor.tag().startsWith("VB") && !own.isEmpty()
                        && own.containsAll(actors) && subjects(graph, governor).containsAll(own)) {
                    Entity shared = dateBelow(graph, governor, entities, s, arguments, fits);
                    if (shared != null) {
                        return shared;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The chain up to a clause it is coordinated with whose subject names none of its own: "Sweeney founded the company
     * in 1991, and Epic has since sued Apple" does not date the suit; a shared subject does ("visited China on April 24
     * and met Wang Yi", "Carney spoke with Sheinbaum on Wednesday and the two leaders agreed to ..."), and so does a date
     * that opens both ("On Monday, Apple sued Samsung and Google sued Microsoft").
     */
    private List<IndexedWord> withoutOthersClauses(SemanticGraph graph, List<IndexedWord> chain, DocumentEntities entities, int s) {
        for (int i = 1; i < chain.size(); i++) {
            IndexedWord conjunct = chain.get(i - 1);
            SemanticGraphEdge up = graph.getEdge(chain.get(i), conjunct);
            Set<IndexedWord> own = subjects(graph, conjunct);
            if (up == null || !up.getRelation().getShortName().equals("conj") || subjects(graph, chain.get(i)).containsAll(own)) {
                continue;
            }
            Set<Entity> outer = new HashSet<>();
            subjects(graph, chain.get(i)).forEach(w -> outer.add(entities.at(s, w.index() - 1)));
            outer.remove(null);
            // "In 1991, Sweeney founded Epic, and the company has since sued Apple": the conjunct says it came after
            if (own.stream().noneMatch(w -> outer.contains(entities.at(s, w.index() - 1)))
                    && (!frontedDate(graph, chain.get(i), entities, s) || sequenced(graph, conjunct))) {
                return chain.subList(0, i);
            }
        }
        return chain;
    }

    /** Whether the clause has an adverb of date.sequenceAdverbs ("has since sued", "later hired", "then sold"). */
    private boolean sequenced(SemanticGraph graph, IndexedWord clause) {
        return graph.outgoingEdgeList(clause).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
                && sequenceAdverbs.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    /** "On Monday, Apple sued Samsung and Google sued Microsoft": a date before the clause's subject dates both clauses. */
    private static boolean frontedDate(SemanticGraph graph, IndexedWord clause, DocumentEntities entities, int s) {
        int subjectStart = subjects(graph, clause).stream().mapToInt(IndexedWord::index).min().orElse(Integer.MAX_VALUE);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause)) {
            Entity date = entities.at(s, e.getDependent().index() - 1);
            if (date != null && date.type() == EntityType.DATE && e.getDependent().index() < subjectStart) {
                return true;
            }
        }
        return false;
    }

    /** "where Russia had attacked Poland": a past perfect tells what happened before the clause it hangs in. */
    private static boolean pastPerfect(SemanticGraph graph, IndexedWord verb) {
        return "VBN".equals(verb.tag()) && graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
                && e.getDependent().word().equalsIgnoreCase("had"));
    }

    /**
     * Whether the outer clause's one subject takes part in the inner clause, as its subject or one of its objects
     * ("traveled to Washington, where he met Biden": he; "traveled to Poland on Friday, where Duda welcomed him": him).
     */
    private static boolean sameSubject(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord clause, IndexedWord outer) {
        Set<Entity> outerSubjects = new HashSet<>();
        for (IndexedWord subject : subjects(graph, outer)) {
            outerSubjects.add(entities.at(s, subject.index() - 1));
        }
        if (outerSubjects.size() != 1 || outerSubjects.contains(null)) {
            return false;
        }
        Set<Entity> inner = new HashSet<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl")) {
                inner.add(entities.at(s, e.getDependent().index() - 1));
            }
        }
        return inner.containsAll(outerSubjects);
    }

    /** Whether a clause opens with one of the words (a regex, case ignored) as an adverb, or also as a marker. */
    private static boolean opensWith(SemanticGraph graph, IndexedWord clause, String words, boolean orMarker) {
        return graph.outgoingEdgeList(clause).stream().anyMatch(e -> (e.getRelation().toString().equals("advmod")
                || orMarker && e.getRelation().toString().equals("mark")) && e.getDependent().word().matches("(?i)" + words));
    }

    /** "the day", "a morning": a noun with an article names no day of its own. */
    private static boolean generic(SemanticGraph graph, IndexedWord noun) {
        return graph.outgoingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("det")
                && e.getDependent().word().matches("(?i)the|a|an"));
    }

    private static Set<IndexedWord> subjects(SemanticGraph graph, IndexedWord verb) {
        return new HashSet<>(SemanticGraphs.subjects(graph, verb));
    }

    private static Entity dateBelow(SemanticGraph graph, IndexedWord start, DocumentEntities entities, int s,
                                    Set<IndexedWord> arguments, Predicate<Entity> fits) {
        Deque<IndexedWord> queue = new ArrayDeque<>();
        Map<IndexedWord, Integer> depth = new LinkedHashMap<>();
        queue.add(start);
        depth.put(start, 0);
        while (!queue.isEmpty()) {
            IndexedWord node = queue.removeFirst();
            Entity e = entities.at(s, node.index() - 1);
            if (e != null && e.type() == EntityType.DATE && fits.test(e)) {
                return e;
            }
            if (depth.get(node) >= 3) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                IndexedWord dep = edge.getDependent();
                String rel = edge.getRelation().toString();
                if (depth.containsKey(dep) || arguments.contains(dep) || OTHER_CLAUSE.contains(rel)
                        || OTHER_CLAUSE.contains(edge.getRelation().getShortName())) {
                    continue;
                }
                depth.put(dep, depth.get(node) + 1);
                queue.add(dep);
            }
        }
        return null;
    }

    /**
     * A planned event does not take a date that is over before the document was written: in "will reunite with Kim
     * nine months after their summit last September", last September is the summit's.
     */
    private static Predicate<Entity> dateFits(Modality modality, LocalDate docDate) {
        if (modality != Modality.PLANNED || docDate == null) {
            return date -> true;
        }
        return date -> {
            LocalDate last = DateValues.lastDay(date.value());
            return last == null || !last.isBefore(docDate);
        };
    }

    /**
     * One (subject, predicate, object) per sentence, the most confident; a triple whose predicate is
     * contained in a longer predicate between the same two entities ("meet" in "meet with") is dropped (a triple
     * between an entity and itself is dropped by {@link EventCoder}, which knows the actors).
     */
    static List<Triple> dedupe(List<Triple> triples) {
        Map<TripleKey, Triple> best = new LinkedHashMap<>();
        for (Triple t : triples) {
            TripleKey key = new TripleKey(t.subject(), t.predicate(), t.object());
            Triple old = best.get(key);
            if (old == null || t.confidence() > old.confidence()) {
                best.put(key, t);
            }
        }
        List<Triple> out = new ArrayList<>();
        for (Triple t : best.values()) {
            boolean contained = false;
            for (Triple other : best.values()) {
                if (other != t && sameEnds(t, other) && other.predicate().length() > t.predicate().length()
                        && containsWords(other.predicate(), t.predicate())) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                out.add(t);
            }
        }
        return out;
    }

    /** Entities compare by identity: one entity object per real-world thing in the document. */
    private record TripleKey(Entity subject, String predicate, Entity object) {
    }

    private static boolean sameEnds(Triple a, Triple b) {
        return a.subject() == b.subject() && a.object() == b.object()
                || a.symmetric() && b.symmetric() && a.subject() == b.object() && a.object() == b.subject();
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }
}
