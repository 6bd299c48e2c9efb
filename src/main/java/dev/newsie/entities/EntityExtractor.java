package dev.newsie.entities;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.dates.DateExtractor;
import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds a document's entities from the tagged text, sentence by sentence: PERSON and ORGANIZATION from
 * CoreNLP's NER, tidied here; COUNTRY from the country table ({@link CountryMatcher}); DATE from SUTime
 * ({@link DateExtractor}). Then each person's mentions merge under the fullest name ({@link PersonGrouping}),
 * and pronouns and descriptions are linked to what they stand for ({@link ReferenceResolver}).
 */
public final class EntityExtractor {
    /** A capital letter after the first: "TotalEnergies", "UniCredit". */
    private static final Pattern INNER_CAPITAL = Pattern.compile(".\\p{Lu}");
    /** Auxiliaries before a brand-like word's verb ("has agreed", "was buying"). */
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");
    /** A hyphen, or the en dash a scraped page may join two names with ("GroenLinks–PvdA"). */
    private static final Set<String> HYPHENS = Set.of("-", "\u2013");
    /** Quotes in a tagged organization mean the tagger ran over a headline's quoted phrase. */
    private static final Pattern QUOTES = Pattern.compile("['\"\u2018\u2019\u201c\u201d]");
    /** A Roman numeral: "Appendix II" numbers a list. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");
    /** A capitalized word ending in "s" that may be a team's or a band's plural ("Fighters"; the tagger's plural tag decides). */
    private static final Pattern PLURAL_NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+[^s]s");
    /** A possessive inside a name is no quote: "Kurdistan Workers' Party", "People's Liberation Army". */
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("(?<=\\p{L})['\u2019]s? (?=\\p{Lu})");
    /**
     * An elided article or particle before a capitalized word, no quotation mark: "Vall d'Hebron University Hospital",
     * "the Musée d'Orsay", "L'Équipe", "Ospedale dell'Angelo", "the O'Neill Foundation".
     */
    private static final Pattern ELIDED_PARTICLE = Pattern.compile("(?<!\\p{L})(?:[dDlL]|[Dd]ell|[Dd]all|[Aa]ll|[Ss]ull|[Nn]ell|O)['\u2019](?=\\p{Lu})");
    /** The tagger's tags of a place: a country, a city, a province or any other location. */
    private static final Pattern PLACE_TAGS = Pattern.compile("LOCATION|COUNTRY|CITY|STATE_OR_PROVINCE");

    private final CountryMatcher countries;
    private final DateExtractor dates;
    private final ReferenceResolver references;
    /** A person's country on a date by the dated actor dictionary (name, document date -> country or null). */
    private final BiFunction<String, String, Country> dictionaryCountry;
    private final Set<String> personStopwords;
    private final int maxNameWords;
    private final Set<String> legalSuffixes;
    private final Set<String> organizationStopwords;
    private final Set<String> competitionWords;
    /** organization.conjoined.conjunctions: the words that join two names into a pair ("Ford and Stellantis"). */
    private final Set<String> pairConjunctions;
    /** organization.headline.maxWordsBefore: how many untagged words before a name may complete it. */
    private final int maxWordsBefore;
    /** organization.headWordsBeforePlace: "University Hospital Limerick". */
    private final Set<String> headWordsBeforePlace;
    /** lexicon/ministry-fields.txt: a demonym and one of these before a title name no organization ("Russian Energy Minister"). */
    private final Set<String> ministryFields;
    /** organization.fieldList.innerWords: words of a ministry's listed fields that are no title's field ("Local Government"). */
    private final Set<String> fieldListInnerWords;
    /** lexicon/state-titles.txt: after a country's name and a field, only these make the pair a title's qualifier. */
    private final Set<String> stateTitleHeads;
    /** organization.shortName.regions: continents, oceans and regions, never a company's short name ("Africa Energy ... Africa needs"). */
    private final Set<String> regions;
    /** organization.shortName.widerBodyWords: "World", "European": words before a name that make another body. */
    private final Set<String> widerBodyWords;
    /** organization.spelled.notNameTails: last words of things' names the tagger may take for a body's. */
    private final Set<String> spelledNotNameTails;
    /** organization.untagged.companyTails: of those, the words that make an untagged name a company's ("Foods", "Lab"). */
    private final Set<String> untaggedCompanyTails;
    /** organization.place.companyTails: company words that make a place's name before them a company's. */
    private final Set<String> placeCompanyTails;
    /** organization.untagged.partyPlurals and its notModifiers: "the Liberal Democrats" is a party, "the Senate Republicans" none. */
    private final Set<String> partyPlurals;
    private final Set<String> partyPluralNotModifiers;
    /** organization.untagged.classNounsAfterName: "the Paprec group" names an organization. */
    private final Set<String> classNounsAfterName;
    /** organization.companyWordsBeforeHome: "Kaito Energy of Japan" is Kaito Energy, from Japan. */
    private final Set<String> companyWordsBeforeHome;
    /** organization.oneWordBeforeHome.notNames: "the Bank of England" is no bank from England. */
    private final Set<String> oneWordBeforeHomeNotNames;
    /** organization.newspaper.untaggedTitles: "the Sunday Courier" untagged is a newspaper. */
    private final Set<String> untaggedPressTitles;
    /** organization.shortName.pressTitles: "the Western Courier ... the Courier". */
    private final Set<String> pressTitles;
    /** organization.shortName.partyTails: a party's word after its name ("Labour Party ... Labour's spokesperson"). */
    private final Set<String> partyTails;
    /** organization.shortName.tails: words after a company's first word that only say it is a company ("Games", "Motors"). */
    private final Set<String> shortNameTails;
    /** organization.shortName.tradeTails: a trade's words after a company's name, no short name's end after a company's. */
    private final Set<String> tradeTails;
    /** organization.townBodyTails: the words after a town's name that make its council ("City Council"). */
    private final Set<String> townBodyTails;
    /** organization.shortName.innerTails: words that say a company only before one of shortNameTails ("Music Group"). */
    private final Set<String> shortNameInnerTails;
    private final Pattern productWord;
    private final Pattern listJoins;
    private final Pattern listFillers;
    private final int listReach;
    /** A model number after a maker's name: "Boeing 737", "Airbus A380" name products. */
    private final Pattern modelNumber;
    private final Pattern productCode;
    private final Set<String> stormWords;
    /** Geographic heads that end a place's name, not a person's ("Sabina Shoal"). */
    private final Set<String> placeHeads;
    /** lexicon/ambiguous-country-names.txt: a country's name that names a part of another country too ("Georgia"). */
    private final Predicate<String> ambiguousCountryName;
    /** person.workNouns: "Dushkal, a Marathi-language film": a name in apposition to one names a work. */
    private final Set<String> workNouns;
    /** person.awardHeads: "Harcourt Prize", "Lyman Medal" name awards, no persons. */
    private final Set<String> awardHeads;
    /** person.familyNouns: "the Peeters family" is no person. */
    private final Set<String> familyNouns;
    /** organization.pronoun.expletiveComplements: "it was time" speaks of no organization. */
    private final Set<String> expletiveComplements;
    /** organization.pronoun.expletiveBeforeThat: "it was unlikely that" stands for nothing. */
    private final Set<String> expletiveBeforeThat;
    /** Words that open a surname, never a whole name: "Le" of "Marine Le Pen". */
    private final Set<String> surnameParticles;
    /** person.innerParticles: lower-case words inside a name ("do" of "Maria do Rosário Palma Ramalho"). */
    private final Set<String> innerParticles;
    /** "Mr", "Sheikh": no given name before a surname particle ("Mr Van Rompuy"). */
    private final Set<String> honorifics;
    /** person.churchTitles: "Bishop Leonardo Sarmiento" is Leonardo Sarmiento. */
    private final Set<String> churchTitles;
    /** organization.placeAppositionNouns: "Aguas Calientes, the town below the ruins," is a place. */
    private final Set<String> placeAppositionNouns;
    /** organization.placeAppositionPrepositions: "Residents of Aguas Calientes", a place after them. */
    private final Set<String> placeAppositionPrepositions;
    /** person.placeOfNouns: "the town of Ribe" names a place. */
    private final Set<String> placeOfNouns;
    /** person.placeContext.before: "based in", "born in": a name after them is a place's. */
    private final Set<String> placeContextBefore;
    /** person.placeContext.titles: "the headman of", "the mayor of": a name after them is a place's. */
    private final Set<String> placeTitles;
    /** Given names (CoreNLP's table): a name opening with one is a person's, whatever word ends it. */
    private final PersonGenders genders;
    /** person.pronouns: a name these follow closely is a person's ("Li Ning said he was proud"). */
    private final Set<String> personPronouns;
    /** person.regnalTitles: titles that belong to a royal's name ("King Charles III"). */
    private final Set<String> regnalTitles;
    /** Words that make a country's name before them the country acting ("the United States Government"). */
    private final Set<String> countryBodies;
    private final Pattern brandWord;
    /** "the", "one": a name right after one of these that no noun follows heads a noun phrase, so names no person. */
    private final Set<String> determiners;
    /** Words for a child or parent, and generational suffixes, that make a fuller name a relative's namesake. */
    private final Set<String> namesakeKin;
    private final Set<String> namesakeSuffixes;
    /** Kin words that introduce a relative whose surname another person of the document holds. */
    private final Set<String> relativeKin;
    /** Sentences at a document's start (headline, date line, lead) where a relative may be the story's subject. */
    private final int relativeLeadSentences;
    /** "party", "movement": after a one-word name, "the" and political modifiers before it, the name is a party's. */
    private final Set<String> partyNouns;
    /** "opposition", "ruling", "far", "-", "right": the modifiers that say the name before a party noun is a party's. */
    private final Set<String> partyModifiers;
    /** name.functionTags: tags of words a name may start with that a parser reads as no name ("To" Lam, Theresa "May"). */
    private final Set<String> nameFunctionTags;
    /** name.surnameVerbTags: tags of an agreeing verb that, last in a name set off by a comma, is a surname ("Olaf Lies,"). */
    private final Set<String> nameVerbTags;
    /** name.givenNameVerbTags: tags of a verb's past form that, first in a person's name after an uncapitalized word or a mark, is a given name. */
    private final Set<String> givenNameVerbTags;
    /** name.acronymNounTags: "ING" read as a common noun is a name. */
    private final Set<String> acronymNounTags;
    /** person.titleHolder.closers: punctuation that closes an apposition ("..., António Costa, said"). */
    private final Pattern appositionClosers;
    /** person.titleHolder.reach: the most words of the "of" phrase between a title and the holder's name after it. */
    private final int titleHolderReach;
    /** Role nouns: the tagger runs an organization into the title after it ("State Department Spokesperson"). */
    private final Set<String> titles;
    /** organization.notNameOpeners: "Former" of "Former Labour leader ...", no word of the party's name. */
    private final Set<String> nameOpeningModifiers;
    /** name.hyphenParticles: "al" of "al-Sharaa". */
    private final Set<String> hyphenParticles;
    /** name.surnamePrefixes: "Mc" of "McCarthy" (case-sensitive). */
    private final List<String> surnamePrefixes;
    /** person.countryPossessive.verbs: what "China's Xi" does that "Japan's Nikkei" does not. */
    private final Set<String> countryPossessiveVerbs;
    /** Field words of agencies named after their country ("Environment" of "Environment Canada"). */
    private final Set<String> countryAgencyWords;
    /** "Kyiv" is a capital the tagger takes for a person: such a name is no person. */
    private final Predicate<String> seatOfGovernment;
    /** "Houthis", "Boko Haram": organizations' names the tagger misses or calls people, as word lists. */
    private final List<List<String>> organizationNames;
    /** "EU", "NATO", "Red Cross": names of organizations no country owns, which the tagger at times calls places. */
    private final Predicate<String> nonStateOrganization;
    /** Whether the actor dictionary knows a name as an intergovernmental body (NATO, the EU). */
    private final Predicate<String> intergovernmental;
    /** "in", "across": before a name, make it the place ("banned in the EU"). */
    private final Set<String> placePrepositions;
    /** organization.ownedAfterNouns: "shares in Nordhavn" names no place. */
    private final Set<String> ownedAfterNouns;
    /** organization.companyPossessions: what a company has and no person does ("Ocado's automated warehouse"; lemmas). */
    private final Set<String> companyPossessions;
    /** organization.companyClauseWords: what a "which" clause says only of a company ("Bolt, which is based in Estonia"). */
    private final Set<String> companyClauseWords;
    /** organization.selfAsIt.verbs: "Sacyr said it was studying an appeal": a speaker that reports its own plans as "it". */
    private final Set<String> selfAsItVerbs;
    /** organization.head.foreignLeadingHeads' words: "Parti", "Banco" open a body's name in another language. */
    private final Set<String> foreignLeadingHeads;
    /** organization.foundedPassive.participles: "was founded", "was established": only a body is. */
    private final Set<String> foundedParticiples;
    /** organization.exchange.listings: "listed on" before a stock exchange's name. */
    private final Set<String> exchangeListings;
    /** organization.selfAsIt.actVerbs: what a body reports it does ("studying an appeal", "would cooperate"). */
    private final Set<String> selfAsItActVerbs;
    /** organization.selfAsIt.adverbs: what may stand between "it" (and its auxiliary) and the verb ("not", "also"). */
    private final Set<String> selfAsItAdverbs;
    /** organization.ownerParticiples: "owned by Vingroup" names a company. */
    private final Set<String> ownerParticiples;
    /** organization.companyClauseWords.afterGivenName: those that make a longer name a given name opens a company. */
    private final Set<String> companyClauseWordsAfterGivenName;
    /** organization.stakeNouns: "a stake in Voltaris" makes a company of a one-word "person". */
    private final Set<String> stakeNouns;
    /** "Union", "Council": the last word of a name that is an organization's, whatever the tagger called it. */
    private final Set<String> organizationHeads;
    /** organization.demonym.nameHeads: heads of institutions' names a demonym before them belongs to ("Italian Red Cross"). */
    private final Set<String> demonymNameHeads;
    /** "of", "for": words inside an organization's name ("International Court of Justice"). */
    private final Set<String> nameConnectors;
    /** organization.nameArticles: an article after a connector inside a name ("the Ministry of the Environment"). */
    private final Set<String> nameArticles;
    /** The most words of a name the actor dictionary is asked about ("Economic Community of West African States"). */
    private final int dictionaryNameWords;
    /** Words inside a name the actor dictionary is asked about: "Community of Sahel States", "Union for the Mediterranean". */
    private final Set<String> dictionaryNameConnectors;
    /** Class nouns that say the name beside them is an organization's: "Force Ouvrière, the main Airbus union". */
    private final Set<String> appositiveNouns;
    /** person.apposition.organizationTitles: titles an organization holds too ("owner", "member"). */
    private final Set<String> organizationTitles;
    /** person.asTitle.organizationTitles: titles a firm is hired as ("as its financial adviser"). */
    private final Set<String> firmHiredAsTitles;
    /** organization.appositive.afterGivenNameNouns: class nouns that make a firm of a person's name ("John Lewis, the chain,"). */
    private final Set<String> afterGivenNameNouns;
    /** organization.appositive.personNouns: class nouns a person may be called too ("a major exporter of olive oil"). */
    private final Set<String> personClassNouns;
    /** organization.saidOf.nouns: a name said to be one ("X is a subsidiary of Y") is a firm's. */
    private final Set<String> saidOfNouns;
    /** organization.headWordsBeforeCity: "the Port of Bergen", a body only before "of" and a city's name. */
    private final Set<String> headsBeforeCityOnly;
    /** organization.untagged.possessedTitles: "Kericho Highlands Tea's managing director", a company's titles. */
    private final List<String> possessedTitles;
    /** organization.shortName.itselfReach: how far after a name's verb "it" may say the name is a company's. */
    private final int itselfReach;
    /** organization.untagged.longNameHeads: "the King Hussein Cancer Center", heads of names of three words or more. */
    private final Set<String> longNameHeads;
    /** organization.untagged.facilityModifiers: "the Westgate Shopping Centre" is a building, no body. */
    private final Set<String> facilityModifiers;
    /** organization.untagged.namesakeTitles: "the Queen Elizabeth Hospital", titles that open a body's name. */
    private final Set<String> namesakeTitles;
    /**
     * organization.appositive.tradeNouns, each with its tradeModifiers: "the trading house Sojitz", not "the country house
     * Chequers".
     */
    private final Map<String, Set<String>> tradeModifiers;
    /** organization.appositive.personModifiers: "film maker", "policy maker" are people; "leather goods maker" a firm. */
    private final Set<String> personMakerModifiers;
    /** organization.appositive.nouns less organization.appositive.personNouns: class nouns no person is called. */
    private final Set<String> firmOnlyNouns;
    /** organization.appositive.nouns but organization.repeat.partNouns: after a repeated name, they say it is the organization. */
    private final Set<String> repeatClassNouns;
    /** Of the firm-only class nouns, those that name a whole organization, no part of one ("unit", "division"). */
    private final Set<String> firmOnlyWholeNouns;
    /** organization.conjoinedFounders.heads: last words of names after two people ("the Bill and Melinda Gates Foundation"). */
    private final Set<String> foundersNameHeads;
    /** Words besides punctuation that may follow such a class noun: the apposition ends there ("..., the main union in France"). */
    private final Set<String> appositiveEnds;
    /** Titles of an organization's members and leaders: "CDA leader Henri Bontenbal" makes "CDA" an organization. */
    private final Set<String> ofTitles;
    /** organization.membersOf.nouns: plural nouns of a body's members ("five players of Dong Nai Rangers"). */
    private final Set<String> membersOfNouns;
    /** organization.untagged.atJobs: "a former engineer at Tesla" names the employer. */
    private final Set<String> atJobs;
    /** person.personNouns: "the Dominican boxer Ángel Colón" is a person, whatever the tagger says. */
    private final Set<String> personNouns;
    /** organization.pastRoleMarkers: "former", "ex-". */
    private final Set<String> pastRoleMarkers;
    private final Set<String> memberTitles;
    /** Class nouns that make an untagged acronym before them an organization: "the VVD party". */
    private final Set<String> acronymNouns;
    /** organization.untagged.brandNamingWords: "called", "named": a brand-like word after these names a thing, no company. */
    private final Set<String> brandNamingWords;
    /** organization.untagged.brandWord: how a company's one-word brand name is spelled ("MainOne", "TelevisaUnivision"). */
    private final Pattern companyBrandWord;
    /** organization.untagged.brandActVerbs: verbs after a brand-like word that say it is a company's ("said"). */
    private final Set<String> brandActVerbs;
    /** organization.untagged.brandDealVerbs: verbs of a sale before "to"/"from" and a brand-like word ("sold ... to"). */
    private final Set<String> brandDealVerbs;
    /** organization.untagged.brandCompanyNouns: common nouns after a company's brand ("StreamNova shares"). */
    private final Set<String> brandCompanyNouns;
    /** Verbs whose object, a proper name after an organization's, is a company ("Microsoft acquired LinkedIn"). */
    private final Set<String> buyingVerbs;
    private final Set<String> buyingControlVerbs;
    /** Of acronymNouns and memberTitles, those after or before which an acronym with digits is an organization. */
    private final Set<String> digitAcronymNouns;
    private final Set<String> digitAcronymTitles;
    /** A sentence with more capitalized words than this share is a headline: its capitals say nothing. */
    private final double headlineCapitals;
    /** Besides the head words, words that make a name spelled by its acronym an organization's ("Service", "Foundation"). */
    private final Set<String> spelledNameWords;
    /** organization.spelled.officialNameWords: capitalized words of a name that owns any bracketed acronym after it. */
    private final int officialNameWords;
    /** organization.spelled.notOwnAcronyms: news agencies' and stock exchanges' acronyms, no name's own. */
    private final Set<String> notOwnAcronyms;
    /** Lowercase words that may stand inside a name spelled by its acronym ("of", "to": "Committee to Protect Journalists"). */
    private final Set<String> spelledInnerWords;
    /** Words before which a name spelled by its acronym has its head ("Committee" of "Committee to Protect Journalists"). */
    private final Set<String> spelledHeadBreaks;
    private final Set<String> partnershipJoiners;
    /** Heads of party names translated from another language, whose bracketed acronym spells the original ("PVV"). */
    private final Set<String> translatedHeads;

    public EntityExtractor(CountryTable countries, Settings settings, List<String> titleWords, List<String> stateTitleWords, List<String> institutionWords,
                           DateExtractor dates, Predicate<String> seatOfGovernment, Predicate<String> nonStateOrganization,
                           Predicate<String> intergovernmental, BiFunction<String, String, Country> dictionaryCountry,
                           Predicate<String> ambiguousCountryName, List<String> organizationNames, List<String> ministryFieldLines) {
        this.ambiguousCountryName = ambiguousCountryName;
        this.ministryFields = ModelFiles.lowercaseLines(ministryFieldLines);
        this.fieldListInnerWords = settings.lowercaseWords("organization.fieldList.innerWords");
        this.shortNameTails = settings.lowercaseWords("organization.shortName.tails");
        this.tradeTails = settings.lowercaseWords("organization.shortName.tradeTails");
        this.townBodyTails = settings.words("organization.townBodyTails");
        settings.requireDisjoint("organization.shortName.tradeTails", "organization.shortName.tails");
        this.shortNameInnerTails = settings.lowercaseWords("organization.shortName.innerTails");
        settings.requireDisjoint("organization.shortName.innerTails", "organization.shortName.tails");
        this.untaggedCompanyTails = settings.lowercaseWords("organization.untagged.companyTails");
        this.placeCompanyTails = settings.lowercaseWords("organization.place.companyTails");
        this.partyPlurals = settings.words("organization.untagged.partyPlurals");
        this.partyPluralNotModifiers = settings.words("organization.untagged.partyPlurals.notModifiers");
        this.classNounsAfterName = settings.lowercaseWords("organization.untagged.classNounsAfterName");
        this.companyWordsBeforeHome = settings.lowercaseWords("organization.companyWordsBeforeHome");
        this.oneWordBeforeHomeNotNames = settings.words("organization.oneWordBeforeHome.notNames");
        this.expletiveComplements = settings.lowercaseWords("organization.pronoun.expletiveComplements");
        this.expletiveBeforeThat = settings.lowercaseWords("organization.pronoun.expletiveBeforeThat");
        this.pressTitles = settings.words("organization.shortName.pressTitles");
        settings.requireSubset("organization.newspaper.untaggedTitles", "organization.shortName.pressTitles");
        this.untaggedPressTitles = settings.words("organization.newspaper.untaggedTitles");
        this.partyTails = settings.lowercaseWords("organization.shortName.partyTails");
        settings.requireSubset("organization.untagged.companyTails", "organization.shortName.tails");
        this.regions = settings.words("organization.shortName.regions");
        this.widerBodyWords = settings.words("organization.shortName.widerBodyWords");
        this.stateTitleHeads = ModelFiles.lowercaseLines(stateTitleWords);
        // as the tokenizer splits them: "Al-Shabaab" is "Al", "-", "Shabaab"
        this.organizationNames = ModelFiles.entries(organizationNames)
                .map(n -> List.of(n.replace("-", " - ").strip().split("\\s+"))).toList();
        this.seatOfGovernment = seatOfGovernment;
        this.nonStateOrganization = nonStateOrganization;
        this.placePrepositions = settings.lowercaseWords("organization.placePrepositions");
        this.ownedAfterNouns = settings.lowercaseWords("organization.ownedAfterNouns");
        this.companyPossessions = settings.lowercaseWords("organization.companyPossessions");
        this.companyClauseWords = settings.lowercaseWords("organization.companyClauseWords");
        this.selfAsItVerbs = settings.lowercaseWords("organization.selfAsIt.verbs");
        this.foreignLeadingHeads = settings.lowercasePairs("organization.head.foreignLeadingHeads").keySet();
        this.foundedParticiples = settings.lowercaseWords("organization.foundedPassive.participles");
        this.exchangeListings = settings.lowercaseWords("organization.exchange.listings");
        this.selfAsItActVerbs = settings.lowercaseWords("organization.selfAsIt.actVerbs");
        this.selfAsItAdverbs = settings.lowercaseWords("organization.selfAsIt.adverbs");
        this.ownerParticiples = settings.lowercaseWords("organization.ownerParticiples");
        this.companyClauseWordsAfterGivenName = settings.lowercaseWords("organization.companyClauseWords.afterGivenName");
        settings.requireSubset("organization.companyClauseWords.afterGivenName", "organization.companyClauseWords");
        settings.requireSubset("organization.stakeNouns", "organization.ownedAfterNouns");
        this.stakeNouns = settings.lowercaseWords("organization.stakeNouns");
        this.countries = new CountryMatcher(countries, institutionWords, settings.words("organization.demonym.regionAdjectives"));
        this.dates = dates;
        this.genders = new PersonGenders(settings);
        this.personPronouns = settings.lowercaseWords("person.pronouns");
        this.intergovernmental = intergovernmental;
        this.references = new ReferenceResolver(settings, titleWords, stateTitleWords, intergovernmental, dictionaryCountry, genders);
        this.dictionaryCountry = dictionaryCountry;
        this.titles = ModelFiles.lowercaseLines(titleWords);
        this.hyphenParticles = settings.lowercaseWords("name.hyphenParticles");
        this.titleHolderReach = settings.number("person.titleHolder.reach", 0, 20);
        this.appositionClosers = settings.pattern("person.titleHolder.closers");
        this.nameFunctionTags = settings.words("name.functionTags");
        this.nameVerbTags = settings.words("name.surnameVerbTags");
        this.givenNameVerbTags = settings.words("name.givenNameVerbTags");
        this.acronymNounTags = settings.words("name.acronymNounTags");
        this.nameOpeningModifiers = settings.lowercaseWords("organization.notNameOpeners");
        this.surnamePrefixes = settings.words("name.surnamePrefixes").stream().sorted().toList();
        this.countryPossessiveVerbs = settings.lowercaseWords("person.countryPossessive.verbs");
        this.personStopwords = settings.lowercaseWords("person.stopwords");
        this.maxNameWords = settings.number("name.maxWords", 1, 100);
        this.legalSuffixes = settings.words("organization.legalSuffixes");
        this.organizationStopwords = settings.lowercaseWords("organization.stopwords");
        this.competitionWords = settings.words("organization.competitionWords");
        this.headWordsBeforePlace = settings.words("organization.headWordsBeforePlace");
        this.pairConjunctions = settings.lowercaseWords("organization.conjoined.conjunctions");
        this.maxWordsBefore = settings.number("organization.headline.maxWordsBefore", 1, 5);
        settings.requireSubset("organization.headWordsBeforePlace", "organization.headWords");
        this.productWord = settings.pattern("person.productWord");
        this.listJoins = settings.pattern("person.list.joins");
        this.listFillers = settings.pattern("person.list.fillers");
        this.listReach = settings.number("person.list.reach", 0, 12);
        this.productCode = settings.pattern("person.productCode");
        this.modelNumber = settings.pattern("organization.modelNumber");
        this.brandWord = settings.pattern("person.brandWord");
        this.stormWords = settings.words("person.stormWords");
        this.placeHeads = settings.words("person.placeHeads");
        this.awardHeads = settings.words("person.awardHeads");
        this.workNouns = settings.lowercaseWords("person.workNouns");
        this.familyNouns = settings.words("person.familyNouns");
        this.surnameParticles = settings.words("person.surnameParticles");
        this.innerParticles = settings.words("person.innerParticles");
        this.honorifics = settings.lowercaseWords("person.honorifics");
        this.placeOfNouns = settings.lowercaseWords("person.placeOfNouns");
        this.placeAppositionNouns = settings.lowercaseWords("organization.placeAppositionNouns");
        this.placeAppositionPrepositions = settings.lowercaseWords("organization.placeAppositionPrepositions");
        this.placeContextBefore = settings.lowercaseWords("person.placeContext.before");
        this.placeTitles = settings.lowercaseWords("person.placeContext.titles");
        this.churchTitles = settings.lowercaseWords("person.churchTitles");
        this.regnalTitles = settings.lowercaseWords("person.regnalTitles");
        settings.requireKnown("person.regnalTitles", regnalTitles, titles, "lexicon/titles.txt");
        this.countryBodies = settings.lowercaseWords("organization.countryBodies");
        this.determiners = settings.lowercaseWords("person.determiners");
        this.namesakeKin = settings.lowercaseWords("person.namesake.kin");
        this.namesakeSuffixes = settings.words("person.namesake.suffixes");
        this.relativeKin = settings.lowercaseWords("person.relative.kin");
        this.relativeLeadSentences = settings.number("person.relative.leadSentences", 0, 20);
        this.partyNouns = settings.words("organization.untagged.partyNouns");
        this.partyModifiers = settings.lowercaseWords("organization.untagged.partyModifiers");
        this.countryAgencyWords = settings.words("organization.countryAgencyWords");
        this.organizationHeads = settings.words("organization.headWords");
        this.headsBeforeCityOnly = settings.words("organization.headWordsBeforeCity");
        this.possessedTitles = List.copyOf(settings.words("organization.untagged.possessedTitles"));
        this.itselfReach = settings.number("organization.shortName.itselfReach", 1, 12);
        this.longNameHeads = settings.words("organization.untagged.longNameHeads");
        this.namesakeTitles = settings.words("organization.untagged.namesakeTitles");
        this.facilityModifiers = settings.lowercaseWords("organization.untagged.facilityModifiers");
        this.demonymNameHeads = settings.words("organization.demonym.nameHeads");
        this.nameConnectors = settings.words("organization.nameConnectors");
        this.nameArticles = settings.words("organization.nameArticles");
        this.dictionaryNameWords = settings.number("organization.dictionary.maxWords", 2, 20);
        this.dictionaryNameConnectors = settings.words("organization.dictionary.nameWords");
        this.appositiveNouns = settings.lowercaseWords("organization.appositive.nouns");
        this.organizationTitles = settings.lowercaseWords("person.apposition.organizationTitles");
        this.firmHiredAsTitles = settings.lowercaseWords("person.asTitle.organizationTitles");
        settings.requireKnown("person.asTitle.organizationTitles", firmHiredAsTitles, titles, "lexicon/titles.txt");
        settings.requireSubset("organization.appositive.personNouns", "organization.appositive.nouns");
        this.personClassNouns = settings.lowercaseWords("organization.appositive.personNouns");
        this.saidOfNouns = settings.lowercaseWords("organization.saidOf.nouns");
        Map<String, Set<String>> tradesOfNouns = new HashMap<>();
        for (String noun : settings.lowercaseWords("organization.appositive.tradeNouns")) {
            tradesOfNouns.put(noun, settings.lowercaseWords("organization.appositive.tradeModifiers." + noun));
        }
        this.tradeModifiers = Map.copyOf(tradesOfNouns);
        settings.requireSubset("organization.appositive.afterGivenNameNouns", "organization.appositive.nouns");
        this.afterGivenNameNouns = settings.lowercaseWords("organization.appositive.afterGivenNameNouns");
        this.personMakerModifiers = settings.lowercaseWords("organization.appositive.personModifiers");
        this.firmOnlyNouns = appositiveNouns.stream().filter(n -> !personClassNouns.contains(n)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.appositiveEnds = settings.lowercaseWords("organization.appositive.ends");
        this.memberTitles = settings.lowercaseWords("organization.untagged.memberTitles");
        this.ofTitles = settings.lowercaseWords("organization.untagged.ofTitles");
        this.membersOfNouns = settings.lowercaseWords("organization.membersOf.nouns");
        this.atJobs = settings.lowercaseWords("organization.untagged.atJobs");
        this.personNouns = settings.lowercaseWords("person.personNouns");
        this.pastRoleMarkers = settings.lowercaseWords("organization.pastRoleMarkers");
        this.buyingVerbs = settings.lowercaseWords("organization.boughtBy.verbs");
        this.buyingControlVerbs = settings.lowercaseWords("organization.boughtBy.intentVerbs");
        this.digitAcronymNouns = settings.lowercaseWords("organization.untagged.digitAcronymNouns");
        this.digitAcronymTitles = settings.lowercaseWords("organization.untagged.digitAcronymTitles");
        this.acronymNouns = settings.lowercaseWords("organization.untagged.acronymNouns");
        this.brandNamingWords = settings.lowercaseWords("organization.untagged.brandNamingWords");
        this.companyBrandWord = settings.pattern("organization.untagged.brandWord");
        this.brandActVerbs = settings.lowercaseWords("organization.untagged.brandActVerbs");
        this.brandDealVerbs = settings.lowercaseWords("organization.untagged.brandDealVerbs");
        this.brandCompanyNouns = settings.lowercaseWords("organization.untagged.brandCompanyNouns");
        this.headlineCapitals = settings.decimal("organization.untagged.maxCapitalShare", 0, 1);
        this.spelledNameWords = settings.words("organization.spelled.nameWords");
        this.officialNameWords = settings.number("organization.spelled.officialNameWords", 2, 20);
        this.notOwnAcronyms = settings.words("organization.spelled.notOwnAcronyms");
        this.spelledNotNameTails = settings.lowercaseWords("organization.spelled.notNameTails");
        this.foundersNameHeads = settings.words("organization.conjoinedFounders.heads");
        Set<String> partNouns = settings.lowercaseWords("organization.repeat.partNouns");
        this.repeatClassNouns = appositiveNouns.stream().filter(n -> !partNouns.contains(n)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.firmOnlyWholeNouns = firmOnlyNouns.stream().filter(repeatClassNouns::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.spelledInnerWords = settings.words("organization.spelled.innerWords");
        this.spelledHeadBreaks = settings.words("organization.spelled.headBreaks");
        this.partnershipJoiners = settings.words("organization.partnershipJoiners");
        this.translatedHeads = settings.words("organization.spelled.translatedHeads");
    }

    public DocumentEntities extract(Annotation doc, String docDate, Set<EntityType> types) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Integer> lengths = sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).toList();
        DocumentEntities result = new DocumentEntities(lengths);
        List<Mention> persons = new ArrayList<>();
        Map<String, Entity> organizations = new LinkedHashMap<>();
        Map<String, Entity> datesByValue = new HashMap<>();
        TaggedNameWords nameWords = TaggedNameWords.of(sentences);
        List<List<String>> personNames = taggedPersonNames(sentences);
        // names the text uses as the head of a noun phrase somewhere ("the Rohingya"): a people, no person, anywhere
        Set<String> notPersons = new HashSet<>();
        Set<String> storms = stormNames(sentences); // "Ian" anywhere in a story that names "Hurricane Ian"
        // acronyms the text has spelled out in brackets ("the Nigerian Union of Teachers (NUT)"): organizations' names
        Set<String> spelledAcronyms = new HashSet<>();
        // the acronym of a translated name ("PVV") and the name it stands for ("Party for Freedom")
        Map<String, String> translatedAcronyms = new HashMap<>();
        // organizations named with a country's name ("Air India"), wherever the text names them
        List<List<String>> knownNames = new ArrayList<>(organizationNames);
        knownNames.addAll(organizationsNamingACountry(sentences));
        knownNames.addAll(acronymsOfArmedGroupsAndParties(sentences));
        Set<List<String>> taggedOrganizationNames = taggedOrganizationNames(sentences);
        // "a plant near Tewkesbury ... the MP for Tewkesbury"
        Set<String> placesNamed = personNamesOfPlaces(sentences, personNames, taggedOrganizationNames);
        Set<String> onePlacesNamed = oneWordPlacesNamed(sentences);
        Set<String> loneNames = loneNameWords(sentences);
        Set<List<String>> setOffAsPlaces = namesSetOffAsPlaces(sentences);

        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> nerMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            List<Mention> sentencePersons = new ArrayList<>();
            List<Mention> sentenceOrgs = new ArrayList<>();
            List<CoreMap> taggedDates = new ArrayList<>();
            int joinedUntil = 0; // 1-based index of the last word of a partnership's name already taken ("Marlow & Finch")
            for (TaggedSpan span : withParticlesJoined(atPartOfBody(atOwnersPossessive(taggedSpans(nerMentions))), tokens)) {
                String tag = span.tag();
                List<CoreLabel> mentionTokens = span.tokens();
                if ("DATE".equals(tag)) {
                    taggedDates.add(span.mention());
                    continue;
                }
                if (mentionTokens.get(0).index() <= joinedUntil) {
                    continue;
                }
                List<CoreLabel> partnership = ("PERSON".equals(tag) || "ORGANIZATION".equals(tag)) ? partnershipName(tokens, mentionTokens) : mentionTokens;
                if (partnership != mentionTokens) {
                    mentionTokens = partnership;
                    tag = "ORGANIZATION"; // "Marlow & Finch", "Simon & Schuster": the tagger's two persons are one firm
                    joinedUntil = partnership.get(partnership.size() - 1).index();
                }
                List<CoreLabel> withHead = ("LOCATION".equals(tag) || "MISC".equals(tag)) ? withUntaggedHeadAfter(tokens, mentionTokens) : mentionTokens;
                if (withHead == mentionTokens && ("LOCATION".equals(tag) || "MISC".equals(tag))) {
                    withHead = withCompanyTailAfter(tokens, mentionTokens); // "Pakistan Railways"
                }
                if (withHead != mentionTokens) {
                    mentionTokens = withHead;
                    tag = "ORGANIZATION"; // "the Pacific Islands Forum leaders' meeting": the tagger's place and an untagged head
                } else if (("LOCATION".equals(tag) || "MISC".equals(tag)) && mentionTokens.size() > 1
                        && (organizationHeads.contains(mentionTokens.get(mentionTokens.size() - 1).word())
                                || headBeforePlace(mentionTokens) || longNamedCentre(mentionTokens))) {
                    // "The African Union criticized France", "University Hospital Limerick", "the Leibniz Supercomputing Centre
                    // in Germany": the tagger's LOCATION
                    tag = "ORGANIZATION";
                } else if (("LOCATION".equals(tag) || "MISC".equals(tag)) && mentionTokens.size() > 1
                        && endsAPlacesCompany(tokens, mentionTokens, mentionTokens.get(mentionTokens.size() - 1))) {
                    tag = "ORGANIZATION"; // "Sri Lanka Railways has begun": a place's company the tagger took for the place
                } else if (("LOCATION".equals(tag) || "MISC".equals(tag)) && !afterPlacePrepositionOrItsThe(tokens, mentionTokens)
                        && nonStateOrganization.test(Mention.named(doc, s, mentionTokens).text())) {
                    tag = "ORGANIZATION"; // "The EU embargo on Russian oil": the tagger's LOCATION
                } else if (("LOCATION".equals(tag) || "MISC".equals(tag))
                        && (classNounBeside(tokens, mentionTokens.get(0).index() - 1, mentionTokens.get(mentionTokens.size() - 1).index(), firmOnlyNouns, true)
                                || classNounAndCommaBefore(tokens, mentionTokens.get(0).index() - 1, mentionTokens.get(mentionTokens.size() - 1).index(), firmOnlyNouns))) {
                    // "the payments start-up Paylane", "Italy's state rail operator, Trenitalia,": a class noun says what the
                    // tagger's place is
                    tag = "ORGANIZATION";
                } else if (("LOCATION".equals(tag) || "MISC".equals(tag)) && afterJobAt(tokens, mentionTokens.get(0).index() - 1, mentionTokens.get(mentionTokens.size() - 1).index())
                        && mentionTokens.stream().noneMatch(t -> countries.namesOrQualifiesACountry(t.word()) || seatOfGovernment.test(t.word())
                                || onePlacesNamed.contains(t.word()))) {
                    tag = "ORGANIZATION"; // "a former engineer at Tesla": a job's employer, unless the story has the place ("in Chernobyl")
                }
                if (("ORGANIZATION".equals(tag) || "PERSON".equals(tag)) && setOffAsPlaces.contains(mentionTokens.stream().map(CoreLabel::word).toList())
                        && (afterPlaceWord(tokens, mentionTokens) || apposedPlaceNounAfter(tokens, mentionTokens.get(mentionTokens.size() - 1).index()))) {
                    tag = "LOCATION"; // "in Aguas Calientes, the town below the ruins ... Residents of Aguas Calientes": a place
                }
                if ("ORGANIZATION".equals(tag) && (personTakenForOrganization(tokens, mentionTokens, personNames)
                        || surnameTakenForOrganization(tokens, mentionTokens, personNames, taggedOrganizationNames)
                        || capitalizedParticleSurname(mentionTokens, personNames))) {
                    tag = "PERSON"; // "appointed Nadia Okafor as its artistic director": the tagger's organization
                }
                List<CoreLabel> acronymAfter = null;
                int headBefore = mentionTokens.get(0).index() - 2; // 0-based position of the word before the name
                if ("PERSON".equals(tag) && headBefore >= 0 && untaggedCapitalizedWord(tokens.get(headBefore))
                        && foreignLeadingHeads.contains(tokens.get(headBefore).word().toLowerCase(Locale.ROOT))) {
                    // "a member of Parti Sarawak Bersatu": a body's leading head in another language the tagger left out
                    mentionTokens = tokens.subList(headBefore, mentionTokens.get(mentionTokens.size() - 1).index());
                    tag = "ORGANIZATION";
                }
                if ("PERSON".equals(tag) && (mentionTokens.size() > 1 || !genders.isGivenName(mentionTokens.get(0).word()))
                        && mentionTokens.stream().allMatch(t -> tagged(t, "NNP") || capitalizedNounInside(t))
                        && (classNounBeside(tokens, mentionTokens.get(0).index() - 1, mentionTokens.get(mentionTokens.size() - 1).index(), firmOnlyNouns,
                                mentionTokens.size() == 1 || !genders.isGivenName(mentionTokens.get(0).word()))
                                || !genders.isGivenName(mentionTokens.get(0).word())
                                        && classNounAndCommaBefore(tokens, mentionTokens.get(0).index() - 1, mentionTokens.get(mentionTokens.size() - 1).index(), firmOnlyNouns))) {
                    // "DB Regio, the regional subsidiary of Deutsche Bahn,", "the climber's insurer, Alpenschutz Versicherung,":
                    // the class noun says what it is ("Its publisher, Claire Whitmore," may name the person who publishes)
                    tag = "ORGANIZATION";
                } else if ("PERSON".equals(tag) && mentionTokens.size() > 1 && endsWithCompanyWord(tokens, mentionTokens, personNames)) {
                    tag = "ORGANIZATION"; // "Calder Foods", "Nordhavn Bio": no person's name ends in a company's word
                } else if ("PERSON".equals(tag) && classNounSaidOf(tokens, mentionTokens) && noPersonsName(tokens, mentionTokens, personNames)) {
                    tag = "ORGANIZATION"; // "Sava Hidro is a subsidiary of Holding Slovenske elektrarne": what it is, said of it
                } else if ("PERSON".equals(tag) && mentionTokens.size() > 1 && afterMembersOf(tokens, mentionTokens)) {
                    tag = "ORGANIZATION"; // "five players of Dong Nai Rangers": a team has players, a company shareholders; a person neither
                }
                if ("PERSON".equals(tag)) {
                    mentionTokens = withHyphenatedTail(tokens, mentionTokens);
                    mentionTokens = withGivenNameBeforeParticle(tokens, mentionTokens);
                    mentionTokens = withCapitalizedVerbBefore(tokens, mentionTokens);
                    mentionTokens = withoutLeadingTitle(mentionTokens);
                }
                if ("PERSON".equals(tag) || "ORGANIZATION".equals(tag)) {
                    mentionTokens = beforeComma(mentionTokens);
                }
                // "Former Labour leader Jeremy Corbyn": a sentence's capitalized first word the tagger took into the name
                while ("ORGANIZATION".equals(tag) && mentionTokens.size() > 1
                        && nameOpeningModifiers.contains(mentionTokens.get(0).word().toLowerCase(Locale.ROOT))) {
                    mentionTokens = mentionTokens.subList(1, mentionTokens.size());
                }
                if ("ORGANIZATION".equals(tag)) {
                    mentionTokens = withoutCountryPossessive(mentionTokens);
                    mentionTokens = beforeOpenBracket(mentionTokens);
                }
                if ("ORGANIZATION".equals(tag) && mentionTokens.size() > 1 && mentionTokens.get(0).word().equals("the")) {
                    // "according to the Directorate of Health": the tagger may take the article into the name (it tags the
                    // head "Directorate" a common noun), and a name opening in lower case is no name
                    mentionTokens = mentionTokens.subList(1, mentionTokens.size());
                }
                if ("ORGANIZATION".equals(tag)) {
                    mentionTokens = withHyphenatedHead(tokens, mentionTokens);
                    mentionTokens = withHyphenatedCountry(tokens, mentionTokens);
                    mentionTokens = withNameWordsBefore(tokens, mentionTokens, taggedOrganizationNames);
                    mentionTokens = withProperNounsBefore(tokens, mentionTokens);
                    mentionTokens = withNameAfterConnector(tokens, mentionTokens);
                    mentionTokens = withConjoinedWordsBeforeAcronym(tokens, mentionTokens);
                    mentionTokens = withConjoinedPlaceBefore(tokens, mentionTokens);
                    List<CoreLabel> withJoinedHead = withConjoinedWordsAndHead(tokens, mentionTokens);
                    if (withJoinedHead != mentionTokens) {
                        mentionTokens = withJoinedHead;
                        joinedUntil = withJoinedHead.get(withJoinedHead.size() - 1).index(); // "Dentists Council" is no name of its own
                    }
                    mentionTokens = withConjoinedWordsBefore(tokens, mentionTokens);
                    List<CoreLabel> withFields = withListOfFields(tokens, mentionTokens);
                    if (withFields != mentionTokens) {
                        mentionTokens = withFields;
                        joinedUntil = withFields.get(withFields.size() - 1).index(); // "Forestry and Fisheries" is no name of its own
                    }
                    List<CoreLabel> withLastWord = withConjoinedLastWord(tokens, mentionTokens);
                    if (withLastWord != mentionTokens) {
                        mentionTokens = withLastWord;
                        joinedUntil = withLastWord.get(withLastWord.size() - 1).index(); // the tagger's "Justice" is no name of its own
                    }
                    mentionTokens = withoutTitlesFieldAfterAnd(tokens, mentionTokens);
                    mentionTokens = withCountryAfterHead(tokens, mentionTokens);
                    mentionTokens = withConjoinedFirstWord(tokens, mentionTokens, sentencePersons);
                    mentionTokens = withoutCommonWordsAfterConnector(mentionTokens);
                    mentionTokens = withoutTrailingTitle(mentionTokens);
                    mentionTokens = withoutHomeAfterCompanyWord(mentionTokens, loneNames);
                    mentionTokens = withoutPlaceAfterHead(mentionTokens);
                    mentionTokens = withoutTrailingCommonNoun(mentionTokens);
                    mentionTokens = withDemonymBefore(tokens, mentionTokens);
                    if (organizationHeads.contains(mentionTokens.get(mentionTokens.size() - 1).word())) {
                        // of the tagger's names only a body's ("the Royal Norwegian Air Force"; not "the Formula One Red Bull team")
                        mentionTokens = withCapitalizedWordsAfterThe(tokens, mentionTokens);
                    }
                    mentionTokens = withWordTheAcronymSpells(tokens, mentionTokens);
                    mentionTokens = withListTheAcronymSpells(tokens, mentionTokens);
                    if (spelledByLastWord(mentionTokens)) {
                        // "the Canadian Auto Workers CAW" (brackets lost in scraping): the name, then its acronym
                        acronymAfter = mentionTokens.subList(mentionTokens.size() - 1, mentionTokens.size());
                        mentionTokens = mentionTokens.subList(0, mentionTokens.size() - 1);
                    }
                    int suffix = legalSuffixBeforeName(mentionTokens);
                    if (suffix < 0) {
                        suffix = personAtEnd(mentionTokens, nameWords.alone());
                    }
                    if (suffix > 0) {
                        Mention person = Mention.named(doc, s, mentionTokens.subList(suffix, mentionTokens.size()));
                        if (isName(person.text())) {
                            sentencePersons.add(person);
                        }
                        mentionTokens = mentionTokens.subList(0, suffix);
                    }
                }
                Mention mention = Mention.named(doc, s, mentionTokens);
                if ("ORGANIZATION".equals(tag) && namesTheTitleHolder(tokens, mentionTokens)) {
                    tag = "PERSON"; // "the President of the European Council, António Costa,": the tagger ran the body on
                }
                if ("PERSON".equals(tag) && headsNounPhrase(tokens, mentionTokens)) {
                    notPersons.add(mention.text());
                } else if ("PERSON".equals(tag) && isName(mention.text()) && !references.isPersonPronoun(mention.text())
                        && !looksLikeProduct(tokens, mentionTokens) && !namesAStorm(mentionTokens, storms)
                        && !endsWithPlaceOrAwardHead(mentionTokens) && !namesAFamily(tokens, mentionTokens) && !placesNamed.contains(mention.text())
                        && !seatOfGovernment.test(mention.text())) {
                    sentencePersons.add(mention);
                } else if ("ORGANIZATION".equals(tag) && isName(mention.text()) && !QUOTES.matcher(ELIDED_PARTICLE.matcher(INNER_POSSESSIVE.matcher(mention.text()).replaceAll(" ")).replaceAll("")).find()
                        && !beforeModelNumber(tokens, mentionTokens)
                        && !organizationStopwords.contains(mention.text().toLowerCase(Locale.ROOT))
                        && !competitionWords.contains(spelledHead(mentionTokens))
                        && !namesACountryActing(mentionTokens) && !qualifiesATitle(tokens, mentionTokens)
                        && !titleBeforeItsHolder(tokens, mentionTokens) && !fieldOfATitle(tokens, mentionTokens)
                        // "a former mayor of the town of Novo Progresso": a place, however the tagger tags it
                        && !afterPlaceNounOf(tokens, mentionTokens.get(0).index() - 1)) {
                    // a name taken back over the tagger's earlier name ("Medicines and Healthcare products Regulatory
                    // Agency (MHRA)") holds it
                    sentenceOrgs.removeIf(m -> m.firstToken() >= mention.firstToken() && m.endToken() <= mention.endToken());
                    sentencePersons.removeIf(m -> m.firstToken() >= mention.firstToken() && m.endToken() <= mention.endToken());
                    sentenceOrgs.add(mention);
                    if (acronymAfter != null) {
                        sentenceOrgs.add(Mention.named(doc, s, acronymAfter));
                    }
                }
            }
            if (types.contains(EntityType.DATE)) {
                for (DateExtractor.FoundDate date : dates.find(doc, sentence, taggedDates, docDate)) {
                    linkDate(result, datesByValue, Mention.named(doc, s, date.tokens()), date.value());
                }
            }
            spelledOrganizations(doc, s, tokens, sentencePersons, sentenceOrgs, spelledAcronyms, translatedAcronyms);
            sentenceOrgs.addAll(knownOrganizations(doc, s, tokens, sentencePersons, sentenceOrgs, knownNames));
            sentenceOrgs.addAll(dictionaryOrganizations(doc, s, tokens, sentencePersons, sentenceOrgs));
            sentenceOrgs.addAll(countryAgencies(doc, s, tokens, sentencePersons, sentenceOrgs));
            sentenceOrgs.addAll(newspaperNames(doc, s, tokens, sentencePersons, sentenceOrgs));
            sentenceOrgs.addAll(untaggedOrganizations(doc, s, tokens, sentencePersons, sentenceOrgs));
            sentenceOrgs.addAll(namedParties(doc, s, tokens, sentencePersons, sentenceOrgs));
            List<Mention> countryMentions = countries.match(doc, result, tokens, s, sentencePersons, sentenceOrgs, nameWords.inLongerNames());
            if (types.contains(EntityType.COUNTRY)) {
                countries.link(result, countryMentions);
            }
            if (types.contains(EntityType.ORGANIZATION)) {
                linkOrganizations(result, organizations, sentenceOrgs, translatedAcronyms);
            }
            sentencePersons.addAll(namesListedWithPeople(doc, s, tokens, sentencePersons));
            sentencePersons.addAll(namesBeforeTitledApposition(doc, s, tokens, sentencePersons, sentenceOrgs));
            sentencePersons.addAll(namesOwnedByCountries(doc, s, tokens, countryMentions, sentencePersons, sentenceOrgs));
            persons.addAll(sentencePersons);
        }
        Set<Integer> headlines = headlines(sentences);
        if (types.contains(EntityType.PERSON)) {
            notPersons.addAll(namesHeadingNounPhrases(sentences, persons));
            notPersons.addAll(namesOfWorks(sentences, persons));
            notPersons.addAll(organizationWordsAsModifiers(sentences, persons, organizations.keySet()));
            notPersons.addAll(townsOfTheirBodies(persons, organizations.keySet()));
            Set<String> companies = types.contains(EntityType.ORGANIZATION) ? companiesTakenForPersons(result, sentences, persons, organizations)
                    : Set.of();
            organizationsTakenForPersons(result, persons, organizations, companies);
            persons.removeIf(m -> notPersons.contains(m.text()));
            joinHyphenatedNames(doc, sentences, persons);
            Map<String, Integer> relatives = PersonGrouping.relatives(sentences, persons, relativeKin, relativeLeadSentences);
            PersonGrouping.link(result, persons, PersonGrouping.namesakes(sentences, persons, namesakeKin, namesakeSuffixes), namesakeSuffixes,
                    relatives, sharedSurnames(sentences, persons));
            PersonGrouping.linkMissedNames(doc, result, sentences, relatives);
            surnamesTaggedAsOrganizations(result, docDate, relatives);
            NameRepeats.link(doc, result, sentences, EntityType.PERSON, repeatClassNouns, placePrepositions, ownedAfterNouns, headlines);
        }
        if (types.contains(EntityType.ORGANIZATION)) {
            acronymsBeforeTheirNames(result);
            conjoinedOrganizations(doc, sentences, result);
            shortNamesOfOrganizations(result, sentences);
            shortNamesLeftUntagged(doc, sentences, result);
            pluralLastWordsLeftUntagged(doc, sentences, result);
            pressTitlesAlone(doc, sentences, result);
            NameRepeats.link(doc, result, sentences, EntityType.ORGANIZATION, repeatClassNouns, placePrepositions, ownedAfterNouns, headlines);
        }
        references.resolve(result, sentences, types, docDate);
        // asked once the pronouns are final (resolveParsed relinks "him" and "her" after the parse)
        result.tellGenders(person -> {
            PersonGenders.Gender gender = person.type() == EntityType.PERSON ? genders.told(person, sentences) : null;
            return gender == null ? null : gender == PersonGenders.Gender.FEMALE;
        });
        return result;
    }

    /**
     * "Prime Minister Donald Tusk ... Tusk's government", "Trump's trade policy": the tagger at times calls a
     * politician's surname an organization. A one-word organization that is the surname of exactly one person named in
     * full in the document (not counting relatives named after a kin word, see PersonGrouping.relatives), whom the dated
     * actor dictionary knows on the document's date, is that person ("Ford" stays the company beside a Bill Ford the
     * dictionary does not know).
     */
    private void surnamesTaggedAsOrganizations(DocumentEntities result, String docDate, Map<String, Integer> relatives) {
        for (Entity org : List.copyOf(result.entities())) {
            if (org.type() != EntityType.ORGANIZATION || org.name().contains(" ") || org.mentions().isEmpty()) {
                continue;
            }
            List<Entity> bearers = result.entities().stream().filter(p -> p.type() == EntityType.PERSON && p.name().contains(" ")
                    && p.name().substring(p.name().lastIndexOf(' ') + 1).equals(org.name())).toList();
            if (bearers.size() > 1) {
                // "Trump" with "Trump's daughter Tiffany Trump" named too: the relative goes by her given name
                bearers = bearers.stream().filter(p -> relatives.getOrDefault(p.name(), -1) != Integer.MAX_VALUE).toList();
            }
            if (bearers.size() != 1 || dictionaryCountry.apply(bearers.get(0).name(), docDate) == null) {
                continue;
            }
            result.moveMentions(org, bearers.get(0));
        }
    }

    /**
     * "Hartley Press and Wren & Moss, two of Britain's oldest publishers, agreed to merge": the tagger may run two
     * organizations joined by "and" into one name. A name that an "and" splits into two names the story gives two other
     * organizations is those two ("the Bill and Melinda Gates Foundation" stays whole: no other organization is "Bill").
     */
    private void conjoinedOrganizations(Annotation doc, List<CoreMap> sentences, DocumentEntities result) {
        Map<String, Entity> byName = new HashMap<>();
        for (Entity org : result.entities()) {
            if (org.type() == EntityType.ORGANIZATION) {
                org.mentions().stream().filter(m -> m.kind() == Mention.Kind.NAME).forEach(m -> byName.putIfAbsent(m.text(), org));
            }
        }
        for (Entity joined : List.copyOf(result.entities())) {
            if (joined.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : List.copyOf(joined.mentions())) {
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                for (int i = m.firstToken() + 1; m.kind() == Mention.Kind.NAME && i < m.endToken() - 1; i++) {
                    if (!tokens.get(i).word().equals("and")) {
                        continue;
                    }
                    Mention left = Mention.named(doc, m.sentence(), tokens.subList(m.firstToken(), i));
                    Mention right = Mention.named(doc, m.sentence(), tokens.subList(i + 1, m.endToken()));
                    Entity first = byName.get(left.text());
                    Entity second = byName.get(right.text());
                    if (first != null && second != null && first != joined && second != joined && first != second) {
                        result.unlink(joined, m);
                        result.link(first, left);
                        result.link(second, right);
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the Western Courier ... bought the Courier", "The Washington Post ... the Post reported": a newspaper's name ending
     * in a word of organization.shortName.pressTitles is that word alone after "the", after the full name and where no
     * entity holds it and no capitalized word follows; only when exactly one organization's name ends so.
     */
    private void pressTitlesAlone(Annotation doc, List<CoreMap> sentences, DocumentEntities result) {
        Map<String, List<Entity>> byTitle = new HashMap<>();
        for (Entity org : result.entities()) {
            String[] words = org.name().split(" ");
            if (org.type() == EntityType.ORGANIZATION && words.length >= 2 && pressTitles.contains(words[words.length - 1]) && !org.mentions().isEmpty()) {
                byTitle.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(org);
            }
        }
        byTitle.values().removeIf(orgs -> orgs.size() != 1);
        for (int s = 0; s < sentences.size() && !byTitle.isEmpty(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 1; t < tokens.size(); t++) {
                List<Entity> paper = byTitle.get(tokens.get(t).word());
                if (paper == null || result.at(s, t) != null || !tokens.get(t - 1).word().equalsIgnoreCase("the")
                        || t + 1 < tokens.size() && capitalizedName(tokens.get(t + 1))) {
                    continue;
                }
                Mention mention = Mention.named(doc, s, tokens.subList(t, t + 1));
                if (before(paper.get(0).mentions().get(0), mention)) {
                    result.link(paper.get(0), mention);
                }
            }
        }
    }

    /**
     * "Epic Games ... Epic", "Aston Villa ... Villa", "the Hallé Orchestra ... the Hallé": the words of an organization's
     * name before words that only say it is a company or such a body ({@link #companyTail}), or its last word, used
     * alone after the full name, are that organization, whatever the tagger called them (a one-word person, "Villa"),
     * when exactly one organization of the document has them so and no person's full name ends with them ("Bill Ford ...
     * Ford"). Several words only when the tagger called them an organization ("the Wellington Philharmonic Orchestra
     * ... the Wellington Philharmonic") or a person no given name opens who owns a title ("Sao Mai Group ... Sao Mai's
     * chairman"; not "Li Ning Company ... Li Ning said"), or that a company named before opens with nothing but a
     * company's words after ({@link #shortNameOfCompanyNamedBefore}: "Al Wusta Freight ... Al Wusta had"). A one-word person that opens exactly one organization's name
     * and owns a title somewhere, or speaks of itself as "it" ({@link #speaksOfItself}: "Nordhavn Retail ... Nordhavn said
     * it would comply"), is it, whatever the words after, where no company's words fit ({@link #namedAfterNoOne}:
     * "Savanna Mobile ... Savanna's chief executive"; not "Trump Tower ... Trump said"). Not words
     * named before the full name: "Microsoft ... Microsoft Gaming" are a company and its division; a headline's short
     * name is no such word ("Drinks group Nordvik to buy brewery" over "Nordvik Drinks, the Danish beverages group,").
     */
    private void shortNamesOfOrganizations(DocumentEntities result, List<CoreMap> sentences) {
        for (Entity alone : List.copyOf(result.entities())) {
            if (alone.type() != EntityType.ORGANIZATION && alone.type() != EntityType.PERSON
                    || alone.name().contains(" ") && alone.type() == EntityType.PERSON
                            && (genders.isGivenName(alone.name().split(" ")[0]) || !ownsATitle(alone, sentences))
                            && !shortNameOfCompanyNamedBefore(result, alone, sentences)
                    || alone.mentions().isEmpty() || alone.mentions().stream().anyMatch(m -> m.kind() != Mention.Kind.NAME)) {
                continue;
            }
            String words = alone.name();
            boolean oneWord = !words.contains(" ");
            // a trade's words say a company only after words the tagger took for a person's ("Al Wusta Freight")
            boolean personsWords = alone.type() == EntityType.PERSON;
            List<Entity> full = fullNames(result, alone, rest -> companyTail(rest) || personsWords && tradeTail(rest), this::leadingClassWords);
            if (full.isEmpty() && oneWord && alone.type() == EntityType.PERSON && (ownsATitle(alone, sentences) || speaksOfItself(alone, sentences))) {
                full = fullNames(result, alone, this::namedAfterNoOne, this::leadingClassWords);
            }
            boolean personsName = result.entities().stream().anyMatch(p -> p.type() == EntityType.PERSON && p.name().endsWith(" " + words));
            // a headline may give the short name before the body's full one ("Drinks group Nordvik to buy brewery")
            Mention firstInProse = alone.mentions().stream().filter(m -> !withoutFinalStop(sentences.get(m.sentence()))).findFirst().orElse(null);
            if (full.size() != 1 || personsName || firstInProse != null && !before(full.get(0).mentions().get(0), firstInProse)) {
                continue;
            }
            result.moveMentions(alone, full.get(0));
        }
    }

    /**
     * "Epic Games sued Microsoft ... Microsoft blocked Epic from opening its store", "Aegean Crest Maritime ... Aegean
     * Crest said": the words of a company's name before words that only say it is a company ({@link #companyTail}),
     * used alone after the full name where the tagger tagged nothing of ours, are that company. Only capitalized words
     * standing alone (no capitalized word beside them: "Epic Records"), not a nationality word ("American Airlines ...
     * American officials") nor a place ("Alaska Airlines ... Biden visited Alaska"; "Hong Kong Airlines ... Hong Kong":
     * a country), and only when exactly one organization the document has named so far, and no person's name, has those
     * words. Words the tagger took for a place are the place after a place's preposition (organization.placePrepositions)
     * or a determiner ("startups in Silicon Valley", "villages along Bantry Bay", "the Rocky Mountain passes"); elsewhere
     * several are the company's ("Aegean Crest said", "a partner at Beacon Ridge"), and one such word only where a company
     * acts or owns ({@link #actorsPosition}) if the story never uses it as a place ({@link #oneWordPlacesNamed}:
     * "Greenvale Markets ... Greenvale's founder"). Words opening a sentence, where any word is capitalized, are the
     * company's only where it acts or owns too ("World Bank ... World leaders will meet").
     */
    private void shortNamesLeftUntagged(Annotation doc, List<CoreMap> sentences, DocumentEntities result) {
        Map<List<String>, List<Entity>> byLeadingWords = new HashMap<>();
        Set<List<String>> partyLeadingWords = new HashSet<>(); // "Labour" of "Labour Party": only as an actor
        for (Entity org : result.entities()) {
            List<String> words = Arrays.asList(org.name().split(" "));
            if (org.type() != EntityType.ORGANIZATION || org.mentions().isEmpty()) {
                continue;
            }
            for (int end = 1; end < words.size(); end++) {
                String last = words.get(end - 1);
                String rest = String.join(" ", words.subList(end, words.size()));
                boolean company = !nameConnectors.contains(last) && companyTail(rest);
                boolean party = !company && partyTails.contains(rest.toLowerCase(Locale.ROOT));
                if (Character.isUpperCase(last.charAt(0)) && (company || party)) {
                    List<String> leading = List.copyOf(words.subList(0, end));
                    if (party) {
                        partyLeadingWords.add(leading);
                    }
                    byLeadingWords.computeIfAbsent(leading, w -> new ArrayList<>()).add(org);
                }
            }
        }
        byLeadingWords.entrySet().removeIf(e -> !Character.isUpperCase(e.getKey().get(0).charAt(0))
                || result.entities().stream().anyMatch(p -> p.type() == EntityType.PERSON
                        && !Collections.disjoint(Arrays.asList(p.name().split(" ")), e.getKey())));
        if (byLeadingWords.isEmpty()) {
            return;
        }
        int longest = byLeadingWords.keySet().stream().mapToInt(List::size).max().orElse(1);
        Set<String> placesNamed = oneWordPlacesNamed(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                if (t > 0 && capitalizedName(tokens.get(t - 1))) {
                    continue;
                }
                for (int end = Math.min(tokens.size(), t + longest); end > t; end--) {
                    List<CoreLabel> span = tokens.subList(t, end);
                    List<Entity> named = byLeadingWords.get(span.stream().map(CoreLabel::word).toList());
                    boolean place = span.stream().anyMatch(w -> "LOCATION".equals(w.ner()));
                    // "startups in Silicon Valley", "villages along Bantry Bay", "the Rocky Mountain passes": no place
                    // after a place's preposition or a determiner is the company, and a one-word one only where a
                    // company acts or owns, if never a place in the story; "World leaders" opening a sentence beside
                    // "World Bank" is capitalized as its opening
                    // ("into the Thames" beside "Thames Water": after a determiner, no company's short name unless it owns
                    // or modifies something, and is no place: "the Harbourside's chairman", "the Saturn brand")
                    // "Solheim, a Conservative, said": a party's leading word in apposition to a person names the party
                    boolean partyWords = partyLeadingWords.contains(span.stream().map(CoreLabel::word).toList());
                    boolean member = named != null && partyWords && memberApposition(result, tokens, s, t, end);
                    if (named == null || end < tokens.size() && capitalizedName(tokens.get(end)) || regions.contains(joinedWords(span))
                            || !member && t > 0 && ("DT".equals(tokens.get(t - 1).tag()) || "PRP$".equals(tokens.get(t - 1).tag())) && (place || !ownsOrModifies(tokens, end))
                            || place && (span.size() == 1 && (placesNamed.contains(span.get(0).word()) || !actorsPosition(tokens, t, end))
                                    || afterPlacePrepositionOrItsThe(tokens, span))
                            || opensSentence(tokens, t) && !actorsPosition(tokens, t, end)
                            || partyWords && !partyActsAt(tokens, t, end) && !member) {
                        continue;
                    }
                    // a word of ours there (a country, a person) or a nationality word is not the company
                    boolean free = true;
                    for (int i = t; i < end; i++) {
                        // (the tagger may call a member's party word a common noun: "a Conservative")
                        free &= result.at(s, i) == null && result.demonymAt(s, i) == null
                                && (capitalizedName(tokens.get(i)) || member && Character.isUpperCase(tokens.get(i).word().charAt(0)));
                    }
                    Mention mention = Mention.named(doc, s, span);
                    // the one company of those words the story has named so far ("Epic Games ... Epic ... Epic Records")
                    List<Entity> namedBefore = named.stream().filter(o -> before(o.mentions().get(0), mention)).toList();
                    if (free && namedBefore.size() == 1) {
                        result.link(namedBefore.get(0), mention);
                    }
                    break;
                }
            }
        }
    }

    /**
     * "the Hokkaido Nippon-Ham Fighters ... posted by the Fighters", "the Chicago Cubs ... the Cubs' manager": a name of
     * two or more words ending in a capitalized plural (a team's, a band's) goes by that plural alone after "the", which
     * the tagger, calling it a common noun, leaves untagged. Only a plural no other entity's name has, that is no body's
     * head (organization.headWords: "the Forces") nor a party's plural (organization.untagged.partyPlurals), tagged a
     * plural and alone (no capitalized word beside it: "the Fighters Cup").
     */
    private void pluralLastWordsLeftUntagged(Annotation doc, List<CoreMap> sentences, DocumentEntities result) {
        Map<String, Entity> byLastWord = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity e : result.entities()) {
            if (e.mentions().isEmpty()) {
                continue; // a name moved onto another's ("Nippon-Ham Fighters" onto "Hokkaido Nippon-Ham Fighters")
            }
            String[] words = e.name().split(" ");
            for (int i = 0; i < words.length; i++) {
                boolean last = i == words.length - 1;
                // not a party's plural, which names the party alone ("Log Cabin Republicans ... the Republicans")
                if (e.type() == EntityType.ORGANIZATION && last && words.length >= 2 && PLURAL_NAME_WORD.matcher(words[i]).matches()
                        && !organizationHeads.contains(words[i]) && !partyPlurals.contains(words[i])) {
                    if (byLastWord.putIfAbsent(words[i], e) != null) {
                        shared.add(words[i]);
                    }
                } else {
                    shared.add(words[i]);
                }
            }
        }
        shared.forEach(byLastWord::remove);
        if (byLastWord.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 1; t < tokens.size(); t++) {
                Entity named = byLastWord.get(tokens.get(t).word());
                // a plural the tagger reads as a common noun and no name ("Paris", "Williams" are no plurals)
                if (named == null || !tokens.get(t - 1).word().equalsIgnoreCase("the") || result.at(s, t) != null
                        || result.demonymAt(s, t) != null || !"O".equals(tokens.get(t).ner())
                        || !"NNS".equals(tokens.get(t).tag()) && !"NNPS".equals(tokens.get(t).tag())
                        || t + 1 < tokens.size() && capitalizedName(tokens.get(t + 1))) {
                    continue;
                }
                Mention mention = Mention.named(doc, s, tokens.subList(t, t + 1));
                if (before(named.mentions().get(0), mention)) {
                    result.link(named, mention);
                }
            }
        }
    }

    /**
     * ", a Conservative," right after a person's name: "a" or "an", the words and a closing comma or full stop, set off
     * after a name the story holds as a person's.
     */
    private static boolean memberApposition(DocumentEntities result, List<CoreLabel> tokens, int s, int t, int end) {
        if (t < 3 || end >= tokens.size() || !tokens.get(end).word().equals(",") && !tokens.get(end).word().equals(".")) {
            return false;
        }
        String article = tokens.get(t - 1).word().toLowerCase(Locale.ROOT);
        Entity before = result.at(s, t - 3);
        return (article.equals("a") || article.equals("an")) && tokens.get(t - 2).word().equals(",")
                && before != null && before.type() == EntityType.PERSON;
    }

    /**
     * A party's leading word ("Labour" of "Labour Party") stands for it only as an actor, and not before a form of "be":
     * "Unity is what the country needs", "Justice must be done" name no Unity Party or Justice Party.
     */
    private static boolean partyActsAt(List<CoreLabel> tokens, int first, int end) {
        int verb = end;
        while (verb < tokens.size() && tokens.get(verb).tag() != null && (tokens.get(verb).tag().equals("RB") || tokens.get(verb).tag().equals("MD"))) {
            verb++;
        }
        boolean copula = verb < tokens.size() && "be".equals(tokens.get(verb).lemma());
        return actorsPosition(tokens, first, end) && !copula;
    }

    /**
     * Whether the words stand where a company acts or owns, not where a place is gone to: before "'s" or a verb, maybe
     * after adverbs ("Greenvale's founder", "Greenvale said", "Epic also urged"), before a relative clause ("Beacon
     * Ridge, which is based"), or after "by" ("bought by Greenvale"); not "visited Alaska".
     */
    private static boolean actorsPosition(List<CoreLabel> tokens, int first, int end) {
        while (end < tokens.size() && "RB".equals(tokens.get(end).tag())) {
            end++; // "Epic also urged"
        }
        CoreLabel after = end < tokens.size() ? tokens.get(end) : null;
        boolean possessor = after != null && "POS".equals(after.tag());
        boolean subject = after != null && after.tag() != null && (after.tag().startsWith("VB") || "MD".equals(after.tag()));
        boolean agent = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("by");
        // "Beacon Ridge, which is based in ...": the subject of a relative clause on it
        boolean relative = after != null && after.word().equals(",") && end + 1 < tokens.size()
                && tokens.get(end + 1).tag() != null && tokens.get(end + 1).tag().startsWith("W");
        return possessor || subject || agent || relative;
    }

    private static String joinedWords(List<CoreLabel> span) {
        return String.join(" ", span.stream().map(CoreLabel::word).toList());
    }

    /** Whether the word at {@code at} opens its sentence, where any word is capitalized, or a quotation in it. */
    private static boolean opensSentence(List<CoreLabel> tokens, int at) {
        return at == 0 || "``".equals(tokens.get(at - 1).tag()) || "-LRB-".equals(tokens.get(at - 1).tag())
                || at == 1 && !Character.isLetterOrDigit(tokens.get(0).word().charAt(0));
    }

    /**
     * One-word names the tagger calls places that the story uses as places somewhere: after a place preposition ("in
     * Alaska") or before a comma and another place ("Hamilton, New Zealand"). Such a word alone is never a company's
     * short name; one the story never uses so ("Greenvale Markets ... Greenvale's founder") may be.
     */
    private Set<String> oneWordPlacesNamed(List<CoreMap> sentences) {
        Set<String> places = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                if (!"LOCATION".equals(tokens.get(t).ner()) && !"CITY".equals(tokens.get(t).ner()) && !"STATE_OR_PROVINCE".equals(tokens.get(t).ner())) {
                    continue;
                }
                boolean afterPreposition = afterPlacePrepositionOrItsThe(tokens, tokens.subList(t, t + 1));
                boolean beforePlace = t + 2 < tokens.size() && tokens.get(t + 1).word().equals(",")
                        && (placeTagged(tokens.get(t + 2))
                        || countries.namesOrQualifiesACountry(tokens.get(t + 2).word()));
                if (afterPreposition || beforePlace) {
                    places.add(tokens.get(t).word());
                }
            }
        }
        return places;
    }

    /**
     * "Nordhavn Bio", "Calder Foods": a company's word ends the name, and it is no person's: no given name opens it
     * ("Julius Maada Bio"), no title stands before it ("President Maada Bio") and it is not the end of a longer name the
     * tagger gave a person in the story ("Julius Maada Bio ... Maada Bio said").
     */
    private boolean endsWithCompanyWord(List<CoreLabel> tokens, List<CoreLabel> name, List<List<String>> personNames) {
        String last = name.get(name.size() - 1).word();
        return Character.isUpperCase(last.charAt(0)) && tagged(name.get(name.size() - 1), "NNP") && companyTail(last)
                && noPersonsName(tokens, name, personNames);
    }

    /**
     * Whether nothing says the tagger's person is one: no given name opens it, no title stands before it, and it is not
     * the tail of a longer person's name the document gives ("Bair" of "Sheila Bair").
     */
    private boolean noPersonsName(List<CoreLabel> tokens, List<CoreLabel> name, List<List<String>> personNames) {
        int before = name.get(0).index() - 2;
        List<String> words = name.stream().map(CoreLabel::word).toList();
        return !genders.isGivenName(name.get(0).word())
                && !(before >= 0 && titles.contains(tokens.get(before).word().toLowerCase(Locale.ROOT)))
                && personNames.stream().noneMatch(p -> p.size() > words.size() && p.subList(p.size() - words.size(), p.size()).equals(words));
    }

    /**
     * "Sava Hidro is a subsidiary of HSE", "Nordvik was a family-owned shipping company": the name opens its clause (the
     * sentence, or after a comma or a conjunction) as the subject of "is" or "was" whose predicate is a noun phrase (an
     * article, modifiers) headed by one of organization.saidOf.nouns, which only a firm is called; not "is a union leader",
     * whose head is a person's, nor "is the company's director", nor "The company that employed Kowalski was a subsidiary".
     */
    private boolean classNounSaidOf(List<CoreLabel> tokens, List<CoreLabel> name) {
        int k = name.get(name.size() - 1).index(); // 0-based position after the name
        int start = name.get(0).index() - 1;
        boolean opensClause = start == 0 || ",".equals(tokens.get(start - 1).word()) || tagged(tokens.get(start - 1), "CC");
        if (!opensClause || k + 2 >= tokens.size() || !"be".equals(lemma(tokens.get(k))) || !tagged(tokens.get(k), "VBZ") && !tagged(tokens.get(k), "VBD")) {
            return false;
        }
        k++;
        if (!tagged(tokens.get(k), "DT")) {
            return false;
        }
        CoreLabel head = null;
        for (k++; k < tokens.size(); k++) {
            CoreLabel t = tokens.get(k);
            if ("NN".equals(t.tag()) || "NNS".equals(t.tag())) {
                head = t;
            } else if (!tagged(t, "JJ") && !tagged(t, "HYPH") && !tagged(t, "VBN") && !tagged(t, "RB")) {
                break;
            }
        }
        boolean possessive = k < tokens.size() && "POS".equals(tokens.get(k).tag());
        return head != null && !possessive && saidOfNouns.contains(lemma(head).toLowerCase(Locale.ROOT));
    }

    /**
     * "five players of Dong Nai Rangers", "shareholders of Kericho Highlands": right after one of
     * organization.membersOf.nouns (no noun before it: "family members of George Floyd") and "of", and no possessor
     * ("the players of Paul Kelly's band").
     */
    private boolean afterMembersOf(List<CoreLabel> tokens, List<CoreLabel> name) {
        int of = name.get(0).index() - 2;
        int after = name.get(name.size() - 1).index();
        // "family members of George Floyd": a noun before the plural makes its members a person's
        boolean modified = of >= 2 && tagged(tokens.get(of - 2), "NN");
        return of >= 1 && tokens.get(of).word().equals("of") && membersOfNouns.contains(tokens.get(of - 1).word().toLowerCase(Locale.ROOT))
                && !modified && (after >= tokens.size() || !"POS".equals(tokens.get(after).tag()));
    }

    /**
     * "appointed Nadia Okafor as its artistic director": a name the tagger calls an organization is a person's when a
     * given name opens it, no company's word ends it, and either the tagger calls the same words a person elsewhere in
     * the story or "as" and a title follow it ("as its artistic director", "as chairman") or a title and a comma come
     * right before it ("the company's founder, Ernst Holzmann,") or a noun only people are (person.personNouns: "the
     * Dominican boxer Ángel Colón"). An organization is not appointed "as" a title, and a
     * firm named after its founder keeps its company word ("Nadia Okafor Associates").
     */
    private boolean personTakenForOrganization(List<CoreLabel> tokens, List<CoreLabel> name, List<List<String>> personNames) {
        if (name.size() < 2 || name.size() > 3 || !genders.isGivenName(name.get(0).word())
                || !name.stream().allMatch(t -> tagged(t, "NNP") && Character.isUpperCase(t.word().charAt(0)))
                || companyTail(name.get(name.size() - 1).word())) {
            return false;
        }
        List<String> words = name.stream().map(CoreLabel::word).toList();
        int first = name.get(0).index() - 1;
        return personNames.contains(words) || asTitleAfter(tokens, name.get(name.size() - 1).index())
                || titleAndCommaBefore(tokens, first)
                || first > 0 && tagged(tokens.get(first - 1), "NN") && personNouns.contains(tokens.get(first - 1).word()); // "the boxer Ángel Colón"
    }

    /** "the company's founder, Ernst Holzmann,": a title noun and a comma right before the name. */
    private boolean titleAndCommaBefore(List<CoreLabel> tokens, int first) {
        return first >= 2 && tokens.get(first - 1).word().equals(",") && tokens.get(first - 2).tag().startsWith("NN")
                && titles.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
    }

    /** "as its artistic director", "as chief executive", "as a special adviser": "as", then modifiers, then a title. */
    private boolean asTitleAfter(List<CoreLabel> tokens, int end) {
        if (end >= tokens.size() || !"as".equalsIgnoreCase(tokens.get(end).word())) {
            return false;
        }
        for (int i = end + 1; i < tokens.size() && i <= end + 5; i++) {
            String tag = tokens.get(i).tag();
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (titles.contains(word) && tag.startsWith("NN")) {
                return !firmHiredAsTitles.contains(word);
            }
            if (!(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("DT") || tag.equals("PRP$") || tag.equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Anna Whitehorse ... In her speech, Whitehorse said she": one word the tagger calls an organization is a person's
     * surname when the tagger calls a person's name of two or more words ending in it so elsewhere in the story, no
     * organization's name of its has that word ("Ford Motor ... Ford said"), it is no acronym, and its sentence does not
     * speak of an organization alone (organization.pronouns, no person.pronouns: "Bill Ford chairs the board. Ford said
     * it would cut jobs" is the company; "Whitehorse said it was time" is the person); a kin noun in apposition after it
     * makes it the person's whatever organization's name has the word ("Holzmann, a granddaughter of the founder").
     */
    private boolean surnameTakenForOrganization(List<CoreLabel> sentence, List<CoreLabel> name, List<List<String>> personNames,
                                                Set<List<String>> organizationNames) {
        if (name.size() != 1 || !tagged(name.get(0), "NNP") || ACRONYM.matcher(name.get(0).word()).matches()) {
            return false;
        }
        String word = name.get(0).word();
        if (personNames.stream().noneMatch(p -> p.size() >= 2 && p.get(p.size() - 1).equals(word))) {
            return false; // no person's surname
        }
        // "Holzmann, a granddaughter of the founder,": a kin noun in apposition says a person, whatever firm has the name
        if (kinApposedAfter(sentence, name.get(0).index())) {
            return true;
        }
        boolean personPronoun = sentence.stream().anyMatch(t -> references.isPersonPronoun(t.word()));
        boolean organizationPronoun = java.util.stream.IntStream.range(0, sentence.size())
                .anyMatch(i -> references.isOrganizationPronoun(sentence.get(i).word()) && !expletive(sentence, i));
        return (personPronoun || !organizationPronoun) && organizationNames.stream().noneMatch(o -> o.size() >= 2 && o.contains(word));
    }

    /**
     * "Marieke de Groot ... De Groot, its chief executive,": a surname that opens with a particle (person.surnameParticles),
     * capitalized where it opens a sentence or a phrase, is the person's whom the tagger named in full with the particle
     * in lower case.
     */
    private boolean capitalizedParticleSurname(List<CoreLabel> name, List<List<String>> personNames) {
        if (name.size() < 2 || !surnameParticles.contains(name.get(0).word())) {
            return false;
        }
        List<String> words = name.stream().map(CoreLabel::word).toList();
        String particle = words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.subList(1, words.size());
        return personNames.stream().anyMatch(p -> p.size() > words.size() && p.get(p.size() - words.size()).equals(particle)
                && p.subList(p.size() - rest.size(), p.size()).equals(rest));
    }

    /** ", a granddaughter of", ", his brother,": a comma, a determiner or possessive, and a kin noun right after the name. */
    private boolean kinApposedAfter(List<CoreLabel> sentence, int end) {
        return end + 2 < sentence.size() && sentence.get(end).word().equals(",")
                && ("DT".equals(sentence.get(end + 1).tag()) || "PRP$".equals(sentence.get(end + 1).tag()))
                && relativeKin.contains(sentence.get(end + 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "it was time", "it is clear that", "it was too early to say", "it was unlikely that": an organization's pronoun
     * before a form of "be" and one of organization.pronoun.expletiveComplements (after "too" or "so" too), or one of
     * expletiveBeforeThat before "that", stands for nothing ("Ford said it was confident", "it was likely to cut jobs"
     * are Ford's).
     */
    private boolean expletive(List<CoreLabel> sentence, int at) {
        if (at + 2 >= sentence.size() || !"be".equals(sentence.get(at + 1).lemma())) {
            return false;
        }
        int complement = at + 2;
        // "it was too early to say", "it is so important that"
        if (complement + 1 < sentence.size() && sentence.get(complement).word().toLowerCase(Locale.ROOT).matches("too|so")) {
            complement++;
        }
        String word = sentence.get(complement).word().toLowerCase(Locale.ROOT);
        // "it was unlikely that members would strike"; "it was likely to cut jobs" is the company's
        boolean beforeThat = complement + 1 < sentence.size() && sentence.get(complement + 1).word().equalsIgnoreCase("that");
        return expletiveComplements.contains(word) || beforeThat && expletiveBeforeThat.contains(word);
    }

    /**
     * Whether a name ending before {@code end} owns or modifies a noun: "the Harbourside's chairman", "the Saturn brand",
     * and the first of two names that do ("the Marlowe and Kestrel brands").
     */
    private static boolean ownsOrModifies(List<CoreLabel> tokens, int end) {
        int next = end;
        if (next + 1 < tokens.size() && "CC".equals(tokens.get(next).tag()) && capitalizedName(tokens.get(next + 1))) {
            next += 2;
        }
        String tag = next < tokens.size() ? tokens.get(next).tag() : "";
        return "POS".equals(tag) || "NN".equals(tag) || "NNS".equals(tag);
    }

    /** The words of every name the tagger gave a person in the story, as it tagged them. */
    private static List<List<String>> taggedPersonNames(List<CoreMap> sentences) {
        List<List<String>> names = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            for (CoreMap m : Optional.ofNullable(sentence.get(CoreAnnotations.MentionsAnnotation.class)).orElse(List.of())) {
                if ("PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                    names.add(m.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList());
                }
            }
        }
        return names;
    }

    /**
     * Whether the words after a company's first word only say it is a company (organization.shortName.tails, legal
     * suffixes: "Games", "Motor Company", "Group SpA"), so that the first word alone is the same company; not a
     * division, a foundation or a family's firm ("Amazon Web Services", "Ford Foundation", "Trump Organization").
     */
    private boolean companyTail(String rest) {
        String[] words = rest.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            boolean inner = i < words.length - 1 && shortNameInnerTails.contains(word);
            if (!shortNameTails.contains(word) && !legalSuffixes.contains(words[i]) && !inner) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a mention of the name owns a title ("Savanna's chief executive", "Vestfjord's managing director"), as a
     * company does; not a person named like a building or a resort ("Trump Tower ... Trump said").
     */
    private boolean ownsATitle(Entity alone, List<CoreMap> sentences) {
        for (Mention m : alone.mentions()) {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            if (m.endToken() >= tokens.size() || !"POS".equals(tokens.get(m.endToken()).tag())) {
                continue;
            }
            for (int k = m.endToken() + 1; k < Math.min(tokens.size(), m.endToken() + 4); k++) {
                if (titles.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a mention of the name says something of itself as "it", as a company does and a person does not: "Nordhavn
     * said it would comply", "Kitsune said on Wednesday that it had no buyer" (a verb right after the name, then "its", or
     * "it" before a modal or a verb other than "be" ({@link #actsAfter}: not "Mercer said it was time"), within
     * organization.shortName.itselfReach words, with no pronoun, verb or noun but a date between).
     */
    private boolean speaksOfItself(Entity alone, List<CoreMap> sentences) {
        for (Mention m : alone.mentions()) {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            int verb = m.endToken();
            if (verb >= tokens.size() || !tagged(tokens.get(verb), "VB")) {
                continue;
            }
            for (int k = verb + 1; k < tokens.size() && k <= verb + itselfReach; k++) {
                String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
                String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
                if (word.equals("its") && tag.equals("PRP$") || word.equals("it") && tag.equals("PRP") && actsAfter(tokens, k + 1)) {
                    return true;
                }
                if (tag.startsWith("PRP") || tag.startsWith("NN") && !"DATE".equals(tokens.get(k).ner()) || tag.startsWith("VB")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether "it" before word k is an actor's subject: past modals, "have" and "not", a verb other than "be" follows
     * ("it would appeal", "it had asked"), not the empty "it" of "it was time to step back", "it has been a hard year".
     */
    private static boolean actsAfter(List<CoreLabel> tokens, int k) {
        int verb = k;
        // past modals, "have" and "not" to the main verb: "it would appeal", not "it has been a hard year", "it would be time"
        while (verb < tokens.size() && ("MD".equals(tokens.get(verb).tag()) || "RB".equals(tokens.get(verb).tag())
                || tagged(tokens.get(verb), "VB") && lemma(tokens.get(verb)).equals("have") && verb + 1 < tokens.size()
                        && tagged(tokens.get(verb + 1), "VB"))) {
            verb++;
        }
        return verb < tokens.size() && tagged(tokens.get(verb), "VB") && !lemma(tokens.get(verb)).equals("be");
    }

    /**
     * "Al Wusta Freight ... Al Wusta had only 11 percent Omani staff", "Pharma Sahel Distribution ... Pharma Sahel had
     * been deceived": words the tagger took for a person's name that a company's name named earlier opens, followed by
     * nothing but words that say it is a company (organization.shortName.tails and .tradeTails), are that company's
     * short name. Not a name a given name opens, unless after a surname particle ("Al Wusta"; "Ralph Lauren Corporation
     * ... Ralph Lauren, 84, watched" is the man), nor where a personal pronoun follows the name closely ("Li Ning
     * Company opened a store. Li Ning said he was proud").
     */
    private boolean shortNameOfCompanyNamedBefore(DocumentEntities result, Entity alone, List<CoreMap> sentences) {
        String words = alone.name();
        String[] parts = words.split(" ");
        boolean givenNameFirst = genders.isGivenName(parts[0])
                && !(surnameParticles.contains(parts[0]) && parts.length > 1 && !genders.isGivenName(parts[1]));
        if (alone.mentions().isEmpty() || givenNameFirst) {
            return false;
        }
        boolean pronounAfter = alone.mentions().stream().anyMatch(m -> {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            return tokens.subList(m.endToken(), Math.min(tokens.size(), m.endToken() + 3)).stream()
                    .anyMatch(t -> personPronouns.contains(t.word().toLowerCase(Locale.ROOT)));
        });
        return !pronounAfter && fullNames(result, alone, rest -> companyTail(rest) || tradeTail(rest), this::leadingClassWords).stream()
                .anyMatch(o -> before(o.mentions().get(0), alone.mentions().get(0)));
    }

    /** Whether the words are one of organization.shortName.tradeTails ("Freight"). */
    private boolean tradeTail(String words) {
        return tradeTails.contains(words.toLowerCase(Locale.ROOT));
    }

    /**
     * The document's organizations whose name is the one-word name alone's last word, or its words and words rest accepts;
     * for an organization of several words, also those whose name ends with them after words leadingClassWords accepts
     * ("Frigorífico Boa Vista ... 2 percent of Boa Vista": a leading class word in another language).
     */
    private static List<Entity> fullNames(DocumentEntities result, Entity alone, Predicate<String> rest, Predicate<String> leadingClassWords) {
        String words = alone.name();
        boolean oneWord = !words.contains(" ");
        return result.entities().stream().filter(o -> o.type() == EntityType.ORGANIZATION && o != alone && !o.mentions().isEmpty()
                && o.name().contains(" ") && (o.name().startsWith(words + " ") && rest.test(o.name().substring(words.length() + 1))
                || oneWord && o.name().endsWith(" " + words)
                || alone.type() == EntityType.ORGANIZATION && o.name().endsWith(" " + words)
                        && leadingClassWords.test(o.name().substring(0, o.name().length() - words.length() - 1))))
                .toList();
    }

    /**
     * Whether the words before an organization's name in a longer one leave it the same body: its country ("US State
     * Department ... State Department", "British Antarctic Survey ... Antarctic Survey"), or what kind of body it is in
     * its own language ("Frigorífico Boa Vista", "Sindicato Minero El Alba"): capitalized words, none a region's word nor
     * one of organization.shortName.widerBodyWords, which name another body ("Scottish Football Association", "European
     * People's Party", "World Boxing Council"), and no connector the longer name goes on from ("Court of Justice of the
     * European Union").
     */
    private boolean leadingClassWords(String words) {
        return countries.namesOrQualifiesACountry(words) || Arrays.stream(words.split("\\s+")).allMatch(w -> !w.isEmpty()
                && Character.isUpperCase(w.charAt(0)) && !countries.namesOrQualifiesACountry(w) && !regions.contains(w) && !widerBodyWords.contains(w));
    }

    /**
     * Whether the words after a company's first word are capitalized words none of which is an organization's head
     * (organization.headWords), so that the first word, where the tagger took it alone for a person, is the company's:
     * "Savanna Mobile ... Savanna's chief executive", "Vestfjord Verft ... Vestfjord's managing director"; not a body
     * named after someone ("the Lula Institute ... Lula said", "the Trump Organization") nor a unit named for a place
     * ("Sunvale Europe").
     */
    private boolean namedAfterNoOne(String rest) {
        return !countries.namesACountry(rest) && !regions.contains(rest)
                && Arrays.stream(rest.split("\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)) && !organizationHeads.contains(w));
    }

    private static boolean before(Mention a, Mention b) {
        return a.sentence() < b.sentence() || a.sentence() == b.sentence() && a.firstToken() < b.firstToken();
    }

    /**
     * Sentences the parse can tell more about: one entity and an object pronoun ("Putin thanked him"), or an
     * organization and a description linked to it after it ("Ofwat fined the utility"), where the pronoun or the
     * description may be linked to the subject it cannot stand for. Sentences with two entities are parsed anyway.
     */
    public Set<Integer> sentencesWithObjectReference(Annotation doc, DocumentEntities found, Set<EntityType> types) {
        Set<Integer> out = new TreeSet<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (Entity e : found.entities()) {
            for (Mention m : e.mentions()) {
                // a personal pronoun (PRP), not the possessive "her" (PRP$), which is no verb's object
                boolean objectPronoun = e.type() == EntityType.PERSON && types.contains(EntityType.PERSON) && m.kind() == Mention.Kind.PRONOUN
                        && references.isObjectPronoun(m.text())
                        && "PRP".equals(sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class).get(m.firstToken()).tag());
                boolean descriptionAfterName = e.type() == EntityType.ORGANIZATION && types.contains(EntityType.ORGANIZATION) && m.kind() == Mention.Kind.DESCRIPTION
                        && e.mentions().stream().anyMatch(o -> o != m && o.sentence() == m.sentence() && o.firstToken() < m.firstToken());
                if (objectPronoun || descriptionAfterName) {
                    out.add(m.sentence());
                }
            }
        }
        return out;
    }

    /**
     * Before the parse: a capitalized word of a person's or an organization's name the tagger read as a function word
     * or a verb's base form is a proper noun ("meet To Lam, the general secretary": "To" is no preposition; "Theresa May
     * said": "May" no modal; "the reinsurer Swiss Re, with which"; an organization's acronym read as a common noun: "its
     * lender, ING, declined"), so the parser reads the name as one. Not a verb that
     * agrees ("Putin Warns West": a headline's verb), unless it ends a person's name of two or more words set off by a
     * comma ("Olaf Lies, the Social Democratic Party politician"); nor a verb's past form, unless it opens a person's
     * name of two or more words after a word that is not capitalized ("his own son, Made Kuti"; not at a sentence's
     * start, where a headline's verb may stand: "Said Trump ...").
     */
    public void tagNamesAsProperNouns(Annotation doc, DocumentEntities found) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (Entity named : found.entities()) {
            if (named.type() != EntityType.PERSON && named.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : named.mentions()) {
                if (m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                // "Olaf Lies, the ... politician": a surname that reads as an agreeing verb ends a name set off by a comma
                boolean setOff = named.type() == EntityType.PERSON && m.endToken() - m.firstToken() >= 2 && m.endToken() < tokens.size()
                        && tokens.get(m.endToken()).word().equals(",");
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    CoreLabel t = tokens.get(i);
                    boolean surnameVerb = setOff && i == m.endToken() - 1 && nameVerbTags.contains(t.tag());
                    // "his son, Made Kuti": a verb's past form opening a name after a word no name runs on from
                    boolean givenNameVerb = named.type() == EntityType.PERSON && i == m.firstToken() && i > 0 && m.endToken() - m.firstToken() >= 2
                            && givenNameVerbTags.contains(t.tag()) && !Character.isUpperCase(tokens.get(i - 1).word().charAt(0));
                    boolean acronym = named.type() == EntityType.ORGANIZATION && acronymNounTags.contains(t.tag()) && ACRONYM.matcher(t.word()).matches();
                    if ((nameFunctionTags.contains(t.tag()) || surnameVerb || givenNameVerb || acronym) && Character.isUpperCase(t.word().charAt(0))
                            && t.word().chars().allMatch(Character::isLetter)) {
                        t.setTag("NNP");
                    }
                }
            }
        }
    }

    /**
     * The references only a parse settles, once the sentences are parsed ({@link ReferenceResolver#resolveObjectPronouns},
     * {@link ReferenceResolver#resolveObjectDescriptions}).
     */
    public void resolveParsed(Annotation doc, DocumentEntities found, Set<EntityType> types) {
        if (types.contains(EntityType.PERSON)) {
            references.resolveObjectPronouns(found, doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
        if (types.contains(EntityType.ORGANIZATION)) {
            references.resolveObjectDescriptions(found, doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
    }

    /**
     * The names of lexicon/organization-names.txt where no organization is found: an organization's, whether the
     * tagger left them untagged ("the Houthis") or called them a person ("Boko Haram") or a place.
     */
    private List<Mention> knownOrganizations(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs,
                                             List<List<String>> names) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = -1;
            for (List<String> name : names) {
                if (i + name.size() <= tokens.size() && i + name.size() > end && matchesAt(tokens, i, name)) {
                    end = i + name.size();
                }
            }
            if (end < 0) {
                continue;
            }
            int first = i;
            int last = end;
            if (orgs.stream().noneMatch(o -> o.firstToken() < last && first < o.endToken())) {
                persons.removeIf(p -> p.firstToken() < last && first < p.endToken());
                found.add(Mention.named(doc, s, tokens.subList(first, last)));
            }
            i = end - 1;
        }
        return found;
    }

    /**
     * "The East African Community, of which Kenya and Uganda are members": an intergovernmental or non-state body the
     * tagger leaves untagged is one when the actor dictionary names it (two or more capitalized words, "of", "for",
     * "and" or "the" between them, the first maybe a common noun to the tagger: "Friends of the Earth"; the longest such
     * name, with a country's name right after it: "Friends of the Earth Norway"; never over a name the tagger found).
     */
    private List<Mention> dictionaryOrganizations(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
            // "Friends of the Earth": the tagger may read a name's first word as a capitalized common noun
            boolean capitalizedNoun = !tokens.get(i).word().isEmpty() && Character.isUpperCase(tokens.get(i).word().charAt(0))
                    && tokens.get(i).tag() != null && tokens.get(i).tag().matches("NNS?");
            if (!capitalizedName(tokens.get(i)) && !capitalizedNoun || covered(orgs, i) || covered(persons, i)) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < Math.min(tokens.size(), i + dictionaryNameWords); j++) {
                CoreLabel word = tokens.get(j);
                if (covered(orgs, j) || covered(persons, j)) {
                    break;
                }
                if (!capitalizedName(word)) {
                    if (dictionaryNameConnectors.contains(word.word())) {
                        continue;
                    }
                    break;
                }
                if (nonStateOrganization.test(text.substring(tokens.get(i).beginPosition(), word.endPosition()))) {
                    end = j + 1;
                }
            }
            // "Friends of the Earth Norway": a country's name right after it names the body's national branch; a body of
            // states has none ("a summit of the East African Community Kenya hosted")
            int countryEnd = end > 0 ? countryNameEnd(tokens, end) : end;
            if (countryEnd > end && !intergovernmental.test(joinedWords(tokens.subList(i, end)))) {
                end = countryEnd;
            }
            // a headline capitalizes every word (the name's own words aside: "The East African Community met" is none)
            if (end > 0 && !runsOn(tokens, end)
                    && capitalShare(concat(tokens.subList(0, i), tokens.subList(end, tokens.size()))) < headlineCapitals) {
                found.add(Mention.named(doc, s, tokens.subList(i, end)));
                i = end - 1;
            }
        }
        return found;
    }

    /** A capitalized proper noun or adjective ("Bolt", "Estonian"): a word a name may have. */
    static boolean capitalizedName(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0)) && (tag.startsWith("NNP") || tag.equals("JJ"));
    }

    /**
     * "Boeing won an order from Air India ... Air India ordered 20 jets": the tagger may take an organization named with
     * a country's name for the country in one sentence and find it in another. The names of two or more capitalized
     * words, one of them a country's name or demonym, that the tagger calls an organization anywhere in the text; they
     * are the organization's wherever they stand (one name, one sense in one story). Never a country's own name (the
     * tagger may call "United States" a team) nor country words alone ("Russia Ukraine" in a headline).
     */
    private List<List<String>> organizationsNamingACountry(List<CoreMap> sentences) {
        Set<List<String>> names = new LinkedHashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
                List<CoreLabel> mentionTokens = m.get(CoreAnnotations.TokensAnnotation.class);
                List<String> words = mentionTokens.stream().map(CoreLabel::word).toList();
                if ("ORGANIZATION".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) && words.size() >= 2
                        && !qualifiesATitle(tokens, mentionTokens)
                        && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))
                        && words.stream().anyMatch(countries::namesOrQualifiesACountry)
                        && !words.stream().allMatch(countries::namesOrQualifiesACountry) && !countries.namesACountry(String.join(" ", words))) {
                    names.add(words);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The organizations' names of two or more words the tagger finds in the document, word by word. */
    private static Set<List<String>> taggedOrganizationNames(List<CoreMap> sentences) {
        Set<List<String>> names = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
                List<CoreLabel> mentionTokens = m.get(CoreAnnotations.TokensAnnotation.class);
                if ("ORGANIZATION".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) && mentionTokens.size() >= 2) {
                    names.add(mentionTokens.stream().map(CoreLabel::word).toList());
                }
            }
        }
        return names;
    }

    /**
     * "Football Kenya Federation sacks national coach": the tagger leaves a headline's first words out of a name it
     * finds whole elsewhere in the story ("The Football Kenya Federation (FKF) dismissed"). The untagged capitalized
     * words right before the mention that complete such a name belong to it.
     */
    private List<CoreLabel> withNameWordsBefore(List<CoreLabel> sentence, List<CoreLabel> mention, Set<List<String>> fullNames) {
        int first = mention.get(0).index() - 1;
        List<String> words = new ArrayList<>(mention.stream().map(CoreLabel::word).toList());
        for (int k = first - 1; k >= 0 && k >= first - maxWordsBefore; k--) {
            CoreLabel before = sentence.get(k);
            if (!untaggedCapitalizedWord(before)) {
                break;
            }
            words.add(0, before.word());
            if (fullNames.contains(words)) {
                List<CoreLabel> extended = new ArrayList<>(sentence.subList(k, first));
                extended.addAll(mention);
                return extended;
            }
        }
        return mention;
    }

    /**
     * "led by Fair Play Lahti": the tagger may tag only a name's last word (a place's name a campaign or club is named
     * after). One to three untagged proper nouns right before it, after a preposition, a determiner, a comma or a verb
     * (not opening the sentence, where any word is capitalized, nor after its opening preposition: "During Prime Day
     * Amazon sold"; not in a headline's capitals), none a title, an honorific, a party's modifier ("Islamist"), a
     * former-holder word or a country's word (a weekday or month is the tagger's DATE), are the name's first words.
     */
    private List<CoreLabel> withProperNounsBefore(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1;
        int k = first;
        while (k > 0 && first - k < 3 && "NNP".equals(sentence.get(k - 1).tag()) && freeNameWord(sentence.get(k - 1))
                && !honorifics.contains(sentence.get(k - 1).word().toLowerCase(Locale.ROOT))
                && !partyModifiers.contains(sentence.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k == first || k == 0) {
            return mention;
        }
        String tag = sentence.get(k - 1).tag() == null ? "" : sentence.get(k - 1).tag();
        // a sentence's opening preposition heads a phrase of its own ("During Prime Day Amazon sold ...")
        if (!tag.equals("IN") && !tag.equals("DT") && !tag.equals(",") && !tag.startsWith("VB") || tag.equals("IN") && k - 1 == 0
                || capitalShare(sentence) >= headlineCapitals) { // "Shares Of Chipmaker Nvidia Soar"
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>(sentence.subList(k, first));
        extended.addAll(mention);
        return extended;
    }

    /**
     * Acronyms with digits the text names as a party's or armed group's somewhere ("the M23 rebel group", "his D66
     * party"): that organization's name wherever else the text uses it ("M23, which seized Goma, was represented by ...").
     */
    private List<List<String>> acronymsOfArmedGroupsAndParties(List<CoreMap> sentences) {
        Set<List<String>> names = new LinkedHashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (capitalShare(tokens) >= headlineCapitals) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (acronymName(t) && t.word().chars().anyMatch(Character::isDigit) && classNounAfter(tokens, i, digitAcronymNouns)) {
                    names.add(List.of(t.word()));
                }
            }
        }
        return List.copyOf(names);
    }

    /** An untagged acronym that may name an organization: no country's ("US") and none of organization.stopwords ("CEO"). */
    private boolean acronymName(CoreLabel token) {
        return untaggedAcronym(token) && !countries.namesOrQualifiesACountry(token.word())
                && !organizationStopwords.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean matchesAt(List<CoreLabel> tokens, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Agencies named by their field and their country, which the tagger leaves untagged or takes for the country:
     * "Environment Canada spokesperson Julie Hahn", "figures from Statistics Canada".
     */
    private List<Mention> countryAgencies(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel field = tokens.get(i);
            // a sentence's first word the tagger may read as a common noun ("Horticulture New Zealand, which represents")
            boolean properNoun = "NNP".equals(field.tag()) || i == 0 && "NN".equals(field.tag());
            if (!countryAgencyWords.contains(field.word()) || !properNoun || covered(persons, i) || covered(orgs, i)) {
                continue;
            }
            for (int end = Math.min(tokens.size(), i + 4); end > i + 1; end--) {
                String name = tokens.subList(i + 1, end).stream().map(CoreLabel::word).collect(java.util.stream.Collectors.joining(" "));
                if (countries.namesACountry(name)) {
                    found.add(Mention.named(doc, s, tokens.subList(i, end)));
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * "the Sunday Courier had libelled him", "The Irish Times reported": after "the", one to three capitalized words, no
     * title among them (a weekday's name the tagger calls a date may be), and a newspaper's last word that names nothing
     * else (organization.newspaper.untaggedTitles: not "the Golden Globe", "the Last Post"), that no capitalized word
     * follows, where the tagger found no name, are a newspaper's name.
     */
    private List<Mention> newspaperNames(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        for (int i = 2; i < tokens.size(); i++) {
            CoreLabel title = tokens.get(i);
            if (!untaggedPressTitles.contains(title.word()) || !"NNP".equals(title.tag()) || covered(persons, i) || covered(orgs, i)
                    || i + 1 < tokens.size() && capitalizedName(tokens.get(i + 1))) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 3 && capitalizedName(tokens.get(start - 1)) && !covered(persons, start - 1) && !covered(orgs, start - 1)
                    && !titles.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                start--;
            }
            if (start < i && start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("the")) {
                found.add(Mention.named(doc, s, tokens.subList(start, i + 1)));
            }
        }
        return found;
    }

    /**
     * Names the tagger leaves untagged that say they are an organization's: by their last word ("the Kurdistan
     * Workers' Party", "the Homeland Security Department": organization.headWords; or the one before a place's name:
     * "University Hospital Limerick"; "Rocket Lab", "Calder Foods": a word of
     * organization.untagged.companyTails after no given name) or their word before "of" ("the
     * Greek Ministry of Culture"), or by a class noun in apposition
     * ("Force Ouvrière, the main Airbus union in France"; "the union Force Ouvrière"). Not in a headline, where every
     * word is capitalized, and not a name made only of country words ("Indian Army" is the country's, see
     * CountryMatcher).
     */
    private List<Mention> untaggedOrganizations(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        if (capitalShare(tokens) >= headlineCapitals) {
            return found;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            // "the ruling Morena party": the modifiers say it is a party's name, whatever one-word person the tagger saw;
            // "the carmaker Stellantis": a class noun beside it says it is an organization's
            // (a one-word name the person filters dropped, "BlackQuill" by its brand-like capitals, counts too)
            boolean alonePerson = "PERSON".equals(tokens.get(i).ner()) && (i == 0 || !"PERSON".equals(tokens.get(i - 1).ner()))
                    && (i + 1 == tokens.size() || !"PERSON".equals(tokens.get(i + 1).ner()));
            if (!covered(orgs, i) && alonePerson
                    && (partyNounAfterModifiers(tokens, i) || tagged(tokens.get(i), "NNP") && classNounBeside(tokens, i, i + 1, firmOnlyNouns, true))
                    && (persons.removeIf(m -> m.firstToken() == at && m.endToken() == at + 1) || !covered(persons, i))) {
                found.add(Mention.named(doc, s, tokens.subList(i, i + 1)));
                continue;
            }

            int partyEnd = pluralPartyEnd(tokens, i, persons, orgs);
            if (partyEnd > i) {
                found.add(Mention.named(doc, s, tokens.subList(i, partyEnd))); // "the Liberal Democrats, who run the council"
                i = partyEnd - 1;
                continue;
            }
            int teamEnd = countryNamedTeamEnd(tokens, i, persons, orgs);
            if (teamEnd > i + 1) {
                found.add(Mention.named(doc, s, tokens.subList(i, teamEnd))); // "João Almeida of UAE Team Emirates"
                i = teamEnd - 1;
                continue;
            }
            if (covered(persons, i) || covered(orgs, i) || (i > 0 && tagged(tokens.get(i - 1), "NNP"))) {
                continue;
            }
            boolean digits = tokens.get(i).word().chars().anyMatch(Character::isDigit);
            if (acronymName(tokens.get(i)) && (classNounAfter(tokens, i, digits ? digitAcronymNouns : acronymNouns)
                    || memberTitleBeforePerson(tokens, i + 1, persons, digits ? digitAcronymTitles : memberTitles))) {
                found.add(Mention.named(doc, s, tokens.subList(i, i + 1))); // "CDA leader Henri Bontenbal", "his D66 party"
                continue;
            }
            // the tagger often calls such a name a place ("Tisza" is a river): the modifiers say it is a party's
            if (partyName(tokens.get(i)) && partyNounAfterModifiers(tokens, i)
                    && !countries.namesOrQualifiesACountry(tokens.get(i).word())
                    && !organizationStopwords.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                found.add(Mention.named(doc, s, tokens.subList(i, i + 1))); // "the opposition Tisza party"
                continue;
            }
            // "Bolt, the ride-hailing company based in Estonia, said": a sentence's first word, which the tagger may read
            // as a common noun, is a name when a class noun in apposition says what it is (a whole organization: not
            // "Insurance, the bank's fastest-growing unit,")
            if (i == 0 && "NN".equals(tokens.get(0).tag()) && untaggedCapitalizedWord(tokens.get(0)) && tokens.size() > 2
                    && ",".equals(tokens.get(1).word()) && classNounBeside(tokens, 0, 1, firmOnlyWholeNouns, false)
                    && !organizationStopwords.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
                found.add(Mention.named(doc, s, tokens.subList(0, 1)));
                continue;
            }
            // "ADHD New Zealand, a charity,": the tagger may read an acronym before a country's name as a common noun
            boolean acronymBeforeCountry = acronymName(tokens.get(i)) && countryNameEnd(tokens, i + 1) > i + 1;
            // "the Dutch national rail operator NS": an acronym (two letters too) the tagger reads as a common noun, right
            // after a trade noun after its trade (organization.appositive.tradeNouns; not "the company HQ")
            CoreLabel acronym = tokens.get(i);
            String nounBefore = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            // (or in apposition before a class noun: "Inspectors from the ICQRF, the anti-fraud agency of Italy's ...")
            if ("NN".equals(acronym.tag()) && untagged(acronym) && ACRONYM_WORD.matcher(acronym.word()).matches()
                    && (tradeModifiers.containsKey(nounBefore) && isClassNoun(Set.of(), tokens, i - 1, nounBefore, acronym.word())
                            || i + 1 < tokens.size() && tokens.get(i + 1).word().equals(",") && classNounBeside(tokens, i, i + 1, firmOnlyNouns, true))
                    && !countries.namesOrQualifiesACountry(acronym.word()) && !titles.contains(acronym.word().toLowerCase(Locale.ROOT))
                    && !organizationStopwords.contains(acronym.word().toLowerCase(Locale.ROOT))
                    && (i + 1 == tokens.size() || !capitalizedName(tokens.get(i + 1)) && !tagged(tokens.get(i + 1), "NN"))) {
                found.add(Mention.named(doc, s, tokens.subList(i, i + 1)));
                continue;
            }
            if (brandName(doc, tokens, i)) {
                found.add(Mention.named(doc, s, tokens.subList(i, i + 1))); // "sold the rights to TelevisaUnivision"
                continue;
            }
            // "Jamaica Light and Power, the island's only grid operator,": after "and" and a proper noun the tagger left
            // untagged and no name holds, the word ends a longer name, no name of its own
            boolean nameTail = i >= 2 && tokens.get(i - 1).word().equals("and") && untaggedProperNoun(tokens.get(i - 2))
                    && !covered(persons, i - 2) && !covered(orgs, i - 2);
            if (!untaggedProperNoun(tokens.get(i)) && !acronymBeforeCountry || nameTail) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !covered(persons, end) && !covered(orgs, end)
                    && (untaggedProperNoun(tokens.get(end)) || innerNameWord(tokens, end))) {
                end++;
            }
            while (end > i + 1 && !untaggedProperNoun(tokens.get(end - 1))) {
                end--; // "the Workers' ..." or "... of" never ends a name
            }
            // "the National Library of Poland": the tagger calls the country a place and leaves the head untagged
            List<CoreLabel> name = withConjoinedWordsBeforeAcronym(tokens, withCountryAfterHead(tokens, tokens.subList(i, end)));
            boolean exchange = name.size() == 1 && listedOn(tokens, i);
            int after = i + name.size();
            if (exchange && after < tokens.size() && tagged(tokens.get(after), "NNP") && !covered(persons, after) && !covered(orgs, after)
                    && ("LOCATION".equals(tokens.get(after).ner()) || countries.namesACountry(tokens.get(after).word()))) {
                name = tokens.subList(i, after + 1); // "Nasdaq Copenhagen": the market's place is a word of its name
            }
            end = i + name.size();
            boolean cityBody = name.size() == 1 && headsBeforeCityOnly.contains(name.get(0).word()) && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
            int placeEnd = name.size() == 1 && organizationHeads.contains(name.get(0).word()) ? placeNameAfterOf(tokens, end)
                    : cityBody ? cityNameAfterOf(tokens, end) : end;
            cityBody &= placeEnd > end;
            if (placeEnd > end) {
                // "the Diocese of Tagbilaran", "the Council of Europe": a head word alone, "of" and the name of a place it serves
                int from = end;
                orgs.removeIf(m -> m.firstToken() > from && m.endToken() <= placeEnd);
                name = tokens.subList(i, placeEnd);
                end = placeEnd;
            }
            Mention mention = Mention.named(doc, s, name);
            // "the Homeland Security Department", and "the Greek Ministry of Culture", "the Paris Court of Appeal": the head
            // before the first "of" when a capitalized word follows it
            boolean headed = cityBody
                    || name.size() >= 2 && organizationHeads.contains(name.get(name.size() - 1).word())
                    || longNamedCentre(name)
                    // "University Hospital Limerick", "University College Dublin": the head before its place's name
                    || headBeforePlace(name)
                    || name.size() >= 3 && organizationHeads.contains(spelledHead(name)) && !countries.namesACountry(mention.text())
                    // "Rocket Lab launched", "Calder Foods said": a company's word ends it and no given name opens it
                    || name.size() >= 2 && untaggedCompanyTails.contains(name.get(name.size() - 1).word().toLowerCase(Locale.ROOT))
                            && !genders.isGivenName(name.get(0).word())
                    // "RCA Records": after an acronym any company's word will do
                    || name.size() == 2 && acronymName(name.get(0)) && companyTail(name.get(1).word());
            // "A fans' group, Ticket Justice Ireland, has": a country's name may end the name a class noun beside it says
            // is a body's (a national branch or a body of that country)
            int countryEnd = countryNameEnd(tokens, end);
            if (countryEnd > end && !headed
                    && (classNounBeside(tokens, i, countryEnd, appositiveNouns, true) || classNounAndCommaBefore(tokens, i, countryEnd, appositiveNouns))
                    && !onlyCountryWords(name) && isName(mention.text())) {
                found.add(Mention.named(doc, s, tokens.subList(i, countryEnd)));
                i = countryEnd - 1;
                continue;
            }
            if ((headed || classNounBeside(tokens, i, end, appositiveNouns, true) || classNounAndCommaBefore(tokens, i, end, appositiveNouns)
                    || exchange || classNounAfterName(tokens, i, end) || boughtByOrganization(tokens, i, end, orgs) || afterTitleOf(tokens, i, end)
                    || ownsACompanysTitle(tokens, i, end) || afterJobAt(tokens, i, end) || conjoinedWithOrganization(tokens, i, end, orgs))
                    && !onlyCountryWords(name) && isName(mention.text())
                    && (name.stream().noneMatch(t -> titles.contains(t.word().toLowerCase(Locale.ROOT))) || headed && namedAfterTitledPerson(name))) {
                List<CoreLabel> whole = withCapitalizedWordsAfterThe(tokens, name);
                // "the Finnish Olympic Committee": the demonym the tagger left out opens an institution's name here too
                found.add(Mention.named(doc, s, headed && whole == name ? withDemonymBefore(tokens, name) : whole));
            }
            i = end - 1;
        }
        return found;
    }

    /**
     * "the King Hussein Cancer Center", "the Leibniz Supercomputing Centre": a centre's name of three words or more, not a
     * facility's ("the Barclays Center" is an arena; organization.untagged.facilityModifiers: "the Westfield Shopping Centre").
     */
    private boolean longNamedCentre(List<CoreLabel> name) {
        return name.size() >= 3 && longNameHeads.contains(name.get(name.size() - 1).word())
                && !facilityModifiers.contains(name.get(name.size() - 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "the King Hussein Cancer Center", "the Queen Elizabeth Hospital": a body's name of three words or more that opens with
     * the title of the person it is named after (organization.untagged.namesakeTitles) and holds no other title.
     */
    private boolean namedAfterTitledPerson(List<CoreLabel> name) {
        return name.size() >= 3 && namesakeTitles.contains(name.get(0).word())
                && name.subList(1, name.size()).stream().noneMatch(t -> titles.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "owned by the Paprec group of France": "the", the name and one of organization.untagged.classNounsAfterName ending
     * the noun phrase (its end, a possessive's mark or anything but a noun after it); no country's words.
     */
    private boolean classNounAfterName(List<CoreLabel> tokens, int start, int end) {
        if (start == 0 || end + 1 > tokens.size() || !tokens.get(start - 1).word().equalsIgnoreCase("the")
                || !"NN".equals(tokens.get(end).tag()) || !classNounsAfterName.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
                || tokens.subList(start, end).stream().anyMatch(t -> countries.namesOrQualifiesACountry(t.word()))) {
            return false;
        }
        return end + 1 == tokens.size() || !tagged(tokens.get(end + 1), "NN");
    }

    /**
     * The end of a plural party name starting at {@code start} right after "the": one or two capitalized words the
     * tagger left untagged, no demonym nor one of organization.untagged.partyPlurals.notModifiers, and one of
     * partyPlurals ("the Liberal Democrats", "the Christian Democrats"); {@code start} when there is none.
     */
    private int pluralPartyEnd(List<CoreLabel> tokens, int start, List<Mention> persons, List<Mention> orgs) {
        if (start == 0 || !tokens.get(start - 1).word().equalsIgnoreCase("the")) {
            return start;
        }
        for (int end = start + 1; end <= start + 2 && end < tokens.size(); end++) {
            CoreLabel modifier = tokens.get(end - 1);
            if (!untaggedCapitalizedWord(modifier) || covered(persons, end - 1) || covered(orgs, end - 1)
                    || partyPluralNotModifiers.contains(modifier.word())
                    // "the British Conservatives" are a country's; "the Sweden Democrats" a party
                    || countries.namesOrQualifiesACountry(modifier.word()) && !countries.namesACountry(modifier.word())
                    || partyPlurals.contains(modifier.word())) {
                return start;
            }
            CoreLabel plural = tokens.get(end);
            if (partyPlurals.contains(plural.word()) && untagged(plural) && !covered(persons, end) && !covered(orgs, end)) {
                return end + 1;
            }
        }
        return start;
    }

    /**
     * The end of a place's name after "of" at {@code of}: one to three proper nouns the tagger calls a place or an
     * organization, with no proper noun or possessive after them; {@code of} itself when there is none.
     */
    private static int placeNameAfterOf(List<CoreLabel> tokens, int of) {
        if (of + 1 >= tokens.size() || !tokens.get(of).word().equals("of")) {
            return of;
        }
        int end = properNounsEnd(tokens, of + 1, t -> "LOCATION".equals(t.ner()) || "ORGANIZATION".equals(t.ner()) || "CITY".equals(t.ner()));
        return end == of + 1 || nameGoesOn(tokens, end) ? of : end;
    }

    /** {@link #placeNameAfterOf}, for a place that is no country ("the Port of Bergen"; "Port of Spain" is a city). */
    private int cityNameAfterOf(List<CoreLabel> tokens, int of) {
        int end = placeNameAfterOf(tokens, of);
        // "the Port of Antwerp-Bruges": two cities joined by a hyphen
        int joined = end > of + 1 ? PersonGrouping.hyphenatedEnd(tokens, end - 1) : end;
        if (joined > end && (untaggedProperNoun(tokens.get(joined - 1)) || "LOCATION".equals(tokens.get(joined - 1).ner()))) {
            end = joined;
        }
        return end > of + 1 && !countries.namesACountry(joinedWords(tokens.subList(of + 1, end))) ? end : of;
    }

    /** The end of the run of at most three proper nouns from {@code start} that all pass {@code fits}. */
    private static int properNounsEnd(List<CoreLabel> tokens, int start, Predicate<CoreLabel> fits) {
        int end = start;
        while (end < tokens.size() && end - start < 3 && tagged(tokens.get(end), "NNP") && fits.test(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /**
     * The end of a country's name (one to three proper nouns, no name going on after them) that starts at {@code start},
     * or {@code start} when none does: "Friends of the Earth Norway", "Ticket Justice Ireland".
     */
    private int countryNameEnd(List<CoreLabel> tokens, int start) {
        int end = properNounsEnd(tokens, start, t -> true);
        return end > start && !nameGoesOn(tokens, end) && countries.namesACountry(joinedWords(tokens.subList(start, end))) ? end : start;
    }

    /** Whether a proper noun or a possessive comes at {@code end}: the name there goes on past it. */
    private static boolean nameGoesOn(List<CoreLabel> tokens, int end) {
        return end < tokens.size() && (tagged(tokens.get(end), "NNP") || tagged(tokens.get(end), "POS"));
    }

    /**
     * "Delmont supplies sensors to Ford and Stellantis": a name joined by "and" or "or" to an organization the tagger
     * found, with nothing else in the list, names one too ("Ford and Stellantis", "Stellantis or Ford"); not a given
     * name's ("Ford and Maria"), which may be a person's the tagger missed.
     */
    private boolean conjoinedWithOrganization(List<CoreLabel> tokens, int start, int end, List<Mention> orgs) {
        if (genders.isGivenName(tokens.get(start).word())) {
            return false;
        }
        Mention first = orgs.stream().filter(m -> m.endToken() == start - 1).findFirst().orElse(null);
        Mention second = orgs.stream().filter(m -> m.firstToken() == end + 1).findFirst().orElse(null);
        boolean after = first != null && pairConjunctions.contains(tokens.get(start - 1).word());
        // a sentence's first word is capitalized anyway ("Environment and Climate Change Canada")
        boolean before = second != null && start > 0 && pairConjunctions.contains(tokens.get(end).word());
        int pairStart = after ? first.firstToken() : start;
        int pairEnd = after ? end : before ? second.endToken() : end;
        // not one of a longer list, nor a pair of makes or models ("the Sky and Astra", "Falcon and Territory vehicles")
        boolean listed = pairStart > 0 && (tokens.get(pairStart - 1).word().equals(",") || determiner(tokens.get(pairStart - 1)));
        boolean modifier = pairEnd < tokens.size() && (tokens.get(pairEnd).tag().matches("NNS?|CD|HYPH") || tokens.get(pairEnd).word().equals("-"));
        return (after || before) && !listed && !modifier;
    }

    /**
     * "listed on Nasdaq", "which is listed on Bursa Malaysia": a name right after one of organization.exchange.listings
     * (participle and preposition) is the stock exchange's.
     */
    private boolean listedOn(List<CoreLabel> tokens, int name) {
        // "listed on Appendix II", "listed on Schedule 1": a numbered list of a law or a convention
        boolean numbered = name + 1 < tokens.size() && (tagged(tokens.get(name + 1), "CD") || ROMAN_NUMERAL.matcher(tokens.get(name + 1).word()).matches());
        return name >= 2 && !numbered && exchangeListings.contains(tokens.get(name - 2).word().toLowerCase(Locale.ROOT) + " "
                + tokens.get(name - 1).word().toLowerCase(Locale.ROOT));
    }

    /** "the leader of Fianna Fáil,": right after "the"/"a", one of organization.untagged.ofTitles and "of", and ending its phrase. */
    private boolean afterTitleOf(List<CoreLabel> tokens, int name, int end) {
        return afterRoleAndPreposition(tokens, name, end, "of", ofTitles);
    }

    /**
     * "Kericho Highlands Tea's managing director, Caroline Wambui,": a name of two words or more, no given name first, before
     * its possessive's mark and one of organization.untagged.possessedTitles, which a company has and a person does not.
     */
    private boolean ownsACompanysTitle(List<CoreLabel> tokens, int name, int end) {
        return end - name >= 2 && !genders.isGivenName(tokens.get(name).word()) && possessedTitleAfter(tokens, end);
    }

    /** Whether a possessive's mark stands at {@code possessive} and one of organization.untagged.possessedTitles follows it. */
    private boolean possessedTitleAfter(List<CoreLabel> tokens, int possessive) {
        if (possessive + 1 >= tokens.size() || !"POS".equals(tokens.get(possessive).tag())) {
            return false;
        }
        return possessedTitles.stream().map(title -> title.split(" ")).anyMatch(words -> possessive + words.length < tokens.size()
                && IntStream.range(0, words.length).allMatch(k -> tokens.get(possessive + 1 + k).word().equalsIgnoreCase(words[k])));
    }

    /** "a former engineer at Tesla,": right after "the"/"a", one of organization.untagged.atJobs and "at", and ending its phrase. */
    private boolean afterJobAt(List<CoreLabel> tokens, int name, int end) {
        return afterRoleAndPreposition(tokens, name, end, "at", atJobs);
    }

    private boolean afterRoleAndPreposition(List<CoreLabel> tokens, int name, int end, String preposition, Set<String> roles) {
        if (name < 3 || !tokens.get(name - 1).word().equals(preposition) || !roles.contains(tokens.get(name - 2).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "a former captain of Gor Mahia": a past holder's word may stand between the article and the title
        int article = name - 3;
        if (article > 0 && pastRoleMarkers.contains(tokens.get(article).word().toLowerCase(Locale.ROOT))) {
            article--;
        }
        if (!tokens.get(article).word().matches("(?i)the|a|an")) {
            return false;
        }
        return end == tokens.size() || tokens.get(end).word().matches("[,.;]|and");
    }

    /**
     * "Lenny Martinez of Bahrain Victorious", "João Almeida of UAE Team Emirates": a country's one-word name the tagger
     * calls a place, right after "of" and before untagged proper nouns that end the name (none a title, a demonym or a
     * country's word), opens a team's or company's name. The end of that name, or -1.
     */
    private int countryNamedTeamEnd(List<CoreLabel> tokens, int i, List<Mention> persons, List<Mention> orgs) {
        CoreLabel country = tokens.get(i);
        // the tagger may call the country's word alone an organization ("UAE")
        boolean aloneAsOrganization = orgs.stream().anyMatch(m -> m.firstToken() == i && m.endToken() == i + 1);
        if (i == 0 || !tokens.get(i - 1).word().equals("of") || !("LOCATION".equals(country.ner()) || aloneAsOrganization)
                || !tagged(country, "NNP") || !countries.namesACountry(country.word()) || covered(orgs, i) && !aloneAsOrganization
                || covered(persons, i)) {
            return -1;
        }
        int end = i + 1;
        while (end < tokens.size() && untaggedProperNoun(tokens.get(end)) && !titles.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
                && !countries.namesOrQualifiesACountry(tokens.get(end).word())) {
            end++;
        }
        if (end == i + 1 || end < tokens.size() && tagged(tokens.get(end), "NN")) {
            return -1;
        }
        orgs.removeIf(m -> m.firstToken() == i && m.endToken() == i + 1);
        return end;
    }

    /**
     * "Microsoft acquired LinkedIn", "Facebook has bought Instagram": what an organization buys by a proper name is a
     * company (organization.boughtBy.verbs), right after the verb, with the buyer named right before it (or before
     * "has", "will", "would", or before a verb of intent and "to": "Microsoft agreed to acquire LinkedIn").
     */
    private boolean boughtByOrganization(List<CoreLabel> tokens, int name, int end, List<Mention> orgs) {
        // the name ends its noun phrase: "will buy Patriot interceptors" buys a product
        if (name < 2 || end < tokens.size() && tagged(tokens.get(end), "NN") || !tagged(tokens.get(name - 1), "VB") || tokens.get(name - 1).lemma() == null
                || !buyingVerbs.contains(tokens.get(name - 1).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int buyer = name - 2;
        // "Microsoft agreed to acquire LinkedIn", "Microsoft is to buy LinkedIn": the one who means to buy it
        if (buyer >= 2 && "to".equalsIgnoreCase(tokens.get(buyer).word()) && tagged(tokens.get(buyer - 1), "VB")
                && tokens.get(buyer - 1).lemma() != null && buyingControlVerbs.contains(tokens.get(buyer - 1).lemma().toLowerCase(Locale.ROOT))) {
            buyer -= 2;
        }
        if (buyer >= 1 && (tagged(tokens.get(buyer), "MD") || "have".equals(tokens.get(buyer).lemma()))) {
            buyer--;
        }
        return covered(orgs, buyer);
    }

    /**
     * "Kassym-Jomart Tokayev", "Wladyslaw Kosiniak-Kamysz": the tagger may leave the first part of a hyphenated name out
     * of the name, or cut the name at the hyphen. A capitalized word joined by a hyphen, without spaces, right before a
     * proper name is part of it: an untagged word (not a country's name or demonym: "Russia-Ukraine", "Franco-German";
     * nor an organization's), or the end of a person's name of two or more words. A one-word name before the hyphen is
     * another person's ("the Netanyahu-Gantz government"). Replaces the mentions in place.
     */
    private void joinHyphenatedNames(Annotation doc, List<CoreMap> sentences, List<Mention> persons) {
        for (Mention m : List.copyOf(persons)) {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            int first = m.firstToken();
            if (first < 2 || PersonGrouping.hyphenatedEnd(tokens, first - 2) != first + 1
                    || !tokens.subList(first, m.endToken()).stream().allMatch(t -> tagged(t, "NNP"))) {
                continue;
            }
            CoreLabel part = tokens.get(first - 2);
            boolean capitalized = !part.word().isEmpty() && Character.isUpperCase(part.word().charAt(0))
                    && part.word().chars().allMatch(Character::isLetter) && tagged(part, "NNP");
            if (!capitalized) {
                continue;
            }
            Mention before = persons.stream().filter(p -> p.sentence() == m.sentence() && p.endToken() == first - 1).findFirst().orElse(null);
            if (before != null && before.endToken() - before.firstToken() >= 2) {
                persons.remove(before); // "Wladyslaw Kosiniak" | "-" | "Kamysz"
                persons.set(persons.indexOf(m), Mention.named(doc, m.sentence(), tokens.subList(before.firstToken(), m.endToken())));
            } else if (before == null && !"ORGANIZATION".equals(part.ner()) && !countries.namesOrQualifiesACountry(part.word())) {
                persons.set(persons.indexOf(m), Mention.named(doc, m.sentence(), tokens.subList(first - 2, m.endToken())));
            }
        }
    }

    /**
     * "The Nigerian Union of Teachers (NUT)", "the Fund for Peace (FFP)": a name the bracketed acronym after it spells is
     * an organization's when one of its words says so (organization.headWords, organization.spelled.nameWords), whatever
     * the tagger made of its words; organizations the tagger found inside it give way to it. The acronym is then the
     * organization's name too, in the brackets and later in the document (spelled). Adds to orgs.
     */
    private void spelledOrganizations(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs,
                                      Set<String> spelled, Map<String, String> translated) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            // the tagger may call the bare acronym a place or a miscellaneous name ("ICARDA, a member of the CGIAR
            // partnership"): the brackets said whose it is
            boolean untaggedPlaceOrMisc = untagged(token) || "LOCATION".equals(token.ner()) || "MISC".equals(token.ner());
            // "... (INBAL) ... INBAL's director": nor a person, when the tagger calls the acronym alone one
            boolean acronymPerson = "PERSON".equals(token.ner()) && lonePersonInCapitals(persons, i);
            if (spelled.contains(token.word()) && token.word().length() >= 3 && (untaggedPlaceOrMisc || acronymPerson) && tagged(token, "NN")
                    && !covered(orgs, i) && (acronymPerson || !covered(persons, i)) && (i == 0 || !tokens.get(i - 1).word().matches("(?i)an?"))) {
                takeAcronym(doc, s, tokens, persons, orgs, i); // "... (NUT) ... The NUT said"; not "an APC"
                continue;
            }
            if (!"(".equals(token.word()) || i + 2 >= tokens.size() || !")".equals(tokens.get(i + 2).word())
                    || !bracketedAcronym(tokens.get(i + 1).word()) || covered(persons, i + 1) && !loneCapitalsAfterName(persons, orgs, i)) {
                continue;
            }
            String written = tokens.get(i + 1).word();
            // "South African National Parks (SANParks)", "(GDDKiA)": the capitals spell the name
            String acronym = written.replaceAll("[^A-Z]", "");
            int start = spelledNameStart(tokens, i, acronym, persons);
            boolean translation = start < 0;
            if (translation) {
                start = translatedNameStart(tokens, i, persons); // "the Party for Freedom (PVV)"
            }
            Mention taggedBefore = taggedOrganizationEndingAt(orgs, i);
            boolean official = false;
            if (start < 0 && taggedBefore == null) {
                start = officialNameStart(tokens, i, persons, written); // "the Institute of Environment and ... (IBAMA)"
                official = start >= 0;
            }
            // the tagger's name where the spelled one starts needs no head word ("Caspian Drilling Services (CDS)"), but no
            // thing's name the tagger took for a body ("Liquefied Natural Gas (LNG)") nor a country's long name
            boolean taggedFromStart = taggedBefore != null && taggedBefore.firstToken() == start
                    && !spelledNotNameTails.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && !countries.namesACountry(taggedBefore.text()) && !notOwnAcronyms.contains(written);
            if (taggedBefore != null && (start < 0 || taggedBefore.firstToken() < start || taggedFromStart)
                    && !organizationStopwords.contains(written.toLowerCase(Locale.ROOT))
                    && !organizationStopwords.contains(acronym.toLowerCase(Locale.ROOT))
                    && !countries.namesOrQualifiesACountry(written) && !countries.namesOrQualifiesACountry(acronym)
                    && (looselySpells(taggedBefore.text(), acronym) || looselySpells(withoutCountryWord(taggedBefore.text()), acronym)
                            || translatedHeads.contains(spelledHead(tokens.subList(taggedBefore.firstToken(), i))) || sharesInitials(taggedBefore.text(), acronym)
                            || officialName(tokens, taggedBefore.firstToken(), taggedBefore.endToken(), written))) {
                // "the Association of Southeast Asian Nations (ASEAN)", "the People's Party for Freedom and Democracy
                // (VVD)": the tagger found the name; its bracketed acronym is its name too
                takeAcronym(doc, s, tokens, persons, orgs, i + 1);
                spelled.add(written);
                translated.putIfAbsent(written, organizationKey(taggedBefore));
                i += 2;
                continue;
            }
            if (start < 0 || organizationStopwords.contains(written.toLowerCase(Locale.ROOT))
                    || organizationStopwords.contains(acronym.toLowerCase(Locale.ROOT))
                    || countries.namesOrQualifiesACountry(written) || countries.namesOrQualifiesACountry(acronym)) {
                continue;
            }
            // an official name in its own language's order opens with its demonym ("the Brazilian Institute of ... (IBAMA)")
            List<CoreLabel> name = official ? withDemonymBefore(tokens, tokens.subList(start, i)) : tokens.subList(start, i);
            int from = name.get(0).index() - 1;
            int bracket = i;
            // an organization the tagger found across the name's edge or the brackets: not sure where the name is
            boolean crossed = orgs.stream().anyMatch(m -> m.firstToken() < bracket + 2 && m.endToken() > from
                    && !(m.firstToken() >= from && m.endToken() <= bracket) && !(m.firstToken() == bracket + 1 && m.endToken() == bracket + 2));
            String head = spelledHead(name);
            if (crossed || onlyCountryWords(name) || !organizationHeads.contains(head) && !spelledNameWords.contains(head)) {
                continue;
            }
            boolean whole = orgs.stream().anyMatch(m -> m.firstToken() == from && m.endToken() == bracket);
            if (!whole) {
                orgs.removeIf(m -> m.firstToken() >= from && m.endToken() <= bracket);
                // before the tagger's acronym, so that the acronym links to the name's entity
                int after = (int) orgs.stream().takeWhile(m -> m.firstToken() < bracket).count();
                orgs.add(after, Mention.named(doc, s, name));
            }
            takeAcronym(doc, s, tokens, persons, orgs, i + 1);
            spelled.add(written);
            if (translation || !written.equals(acronym)) { // "SANParks" spells by its capitals only: name it its name's
                translated.putIfAbsent(written, organizationKey(Mention.named(doc, s, name)));
            }
            i += 2;
        }
    }

    /**
     * Whether the person the tagger found in the brackets opening at {@code bracket} is one word in capitals only, right
     * after an organization's name: a body's acronym ("the National Institute of Fine Arts and Literature (INBAL)").
     */
    private static boolean loneCapitalsAfterName(List<Mention> persons, List<Mention> orgs, int bracket) {
        return lonePersonInCapitals(persons, bracket + 1) && orgs.stream().anyMatch(m -> m.endToken() == bracket);
    }

    /** Whether the tagger's person at word {@code at} is that word alone, in capitals ("INBAL"): an acronym's reading. */
    private static boolean lonePersonInCapitals(List<Mention> persons, int at) {
        return persons.stream().anyMatch(m -> m.firstToken() == at && m.endToken() == at + 1 && m.text().chars().allMatch(Character::isUpperCase));
    }

    /** Adds the acronym at word {@code at} as an organization's name, in place of the tagger's person there. */
    private static void takeAcronym(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs, int at) {
        persons.removeIf(m -> m.firstToken() == at && m.endToken() == at + 1);
        if (!covered(orgs, at)) {
            orgs.add(Mention.named(doc, s, tokens.subList(at, at + 1)));
        }
    }

    /**
     * The first token of the longest name right before the bracket at {@code bracket} that the acronym spells, or -1:
     * capitalized words and organization.spelled.innerWords, starting with a capitalized word, none of a person's name,
     * and no capitalized noun or verb right before it ("Rebels Attack Federal Police (AFP)" is a headline's capitals
     * before its agency).
     */
    private int spelledNameStart(List<CoreLabel> tokens, int bracket, String acronym, List<Mention> persons) {
        for (int k = nameReach(tokens, bracket, persons); k < bracket - 1; k++) {
            if (Character.isUpperCase(tokens.get(k).word().charAt(0)) && spells(tokens.subList(k, bracket), acronym) && !headlineBefore(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first token of a party's name translated from another language, right before the bracket of an acronym that
     * spells the original ("the Party for Freedom (PVV)", "the Justice and Development Party (AKP)"), or -1: two or more
     * capitalized words and organization.spelled.innerWords whose head is one of organization.spelled.translatedHeads.
     */
    private int translatedNameStart(List<CoreLabel> tokens, int bracket, List<Mention> persons) {
        int k = properNameStart(tokens, bracket, persons);
        return k < 0 || headlineBefore(tokens, k) || !translatedHeads.contains(spelledHead(tokens.subList(k, bracket))) ? -1 : k;
    }

    /**
     * The first proper noun within a name's reach before the bracket ({@link #nameReach}), where an untagged name before
     * a bracketed acronym starts: not at a sentence's "The", "On Sunday", "In Turkey" or "Supporters of"; or -1.
     */
    private int properNameStart(List<CoreLabel> tokens, int bracket, List<Mention> persons) {
        for (int k = nameReach(tokens, bracket, persons); k < bracket - 1; k++) {
            CoreLabel first = tokens.get(k);
            if (Character.isUpperCase(first.word().charAt(0)) && tagged(first, "NNP") && !first.word().equals("The")
                    && !"DATE".equals(first.ner()) && !countries.namesOrQualifiesACountry(first.word())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first token of a body's official name the tagger left untagged, right before the bracket of an acronym that
     * spells it in its own language ("the Brazilian Institute of Environment and Renewable Natural Resources (IBAMA)"), or
     * -1: a proper noun opening capitalized words and organization.spelled.innerWords, {@link #officialName} by their count,
     * whose head is one of organization.headWords.
     */
    private int officialNameStart(List<CoreLabel> tokens, int bracket, List<Mention> persons, String acronym) {
        int k = properNameStart(tokens, bracket, persons);
        // one name: no "the" inside ("the Institute of Statistics and the Central Bank (BCB)" are two)
        boolean one = k >= 0 && tokens.subList(k, bracket).stream().noneMatch(t -> t.word().equals("the"));
        return one && organizationHeads.contains(spelledHead(tokens.subList(k, bracket))) && officialName(tokens, k, bracket, acronym) ? k : -1;
    }

    /** How far back from the bracket a name may reach: capitalized words and spelled.innerWords, none of a person's name. */
    private int nameReach(List<CoreLabel> tokens, int bracket, List<Mention> persons) {
        int reach = bracket;
        while (reach > 0 && !covered(persons, reach - 1)) {
            String w = tokens.get(reach - 1).word();
            boolean capitalized = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
            if (!capitalized && !spelledInnerWords.contains(w)) {
                break;
            }
            reach--;
        }
        return reach;
    }

    /** A capitalized noun or verb right before token k (not a date: "Yesterday"; nor a demonym: "Sudanese"): a headline's capitals. */
    private static boolean headlineBefore(List<CoreLabel> tokens, int k) {
        CoreLabel before = k == 0 ? null : tokens.get(k - 1);
        return before != null && Character.isUpperCase(before.word().charAt(0))
                && (tagged(before, "NN") || tagged(before, "VB")) && !"DATE".equals(before.ner());
    }

    /** "University Hospital Limerick": a name of three words or more whose word before the last is a head before a place. */
    private boolean headBeforePlace(List<CoreLabel> name) {
        return name.size() >= 3 && headWordsBeforePlace.contains(name.get(name.size() - 2).word());
    }

    /** A spelled name's head: its last word before the first of spelled.headBreaks after its first word, else its last word. */
    private String spelledHead(List<CoreLabel> name) {
        for (int k = 1; k < name.size(); k++) {
            if (spelledHeadBreaks.contains(name.get(k).word())) {
                return name.get(k - 1).word();
            }
        }
        return name.get(name.size() - 1).word();
    }

    private static boolean spells(List<CoreLabel> words, String acronym) {
        return spells(String.join(" ", words.stream().map(CoreLabel::word).toList()), acronym);
    }

    /** The name without a first word that names or qualifies a country ("People's Liberation Army" of "Chinese ..."), else "". */
    private String withoutCountryWord(String name) {
        String[] words = name.split("\\s+", 2);
        return words.length == 2 && countries.namesOrQualifiesACountry(words[0]) ? words[1] : "";
    }

    /** The organization mention in orgs that ends right before token end, or null. */
    private static Mention taggedOrganizationEndingAt(List<Mention> orgs, int end) {
        return orgs.stream().filter(m -> m.endToken() == end && end > 0).findFirst().orElse(null);
    }

    /**
     * Whether the acronym's letters stand in the name in order, the first being the initial of its first word (a leading
     * "The" aside): "ASEAN" of "Association of Southeast Asian Nations" takes its "E" from inside a word, which the
     * stricter {@link #spells} refuses.
     */
    static boolean looselySpells(String name, String acronym) {
        String letters = name.replaceFirst("^(?i)the\\s+", "").toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty() || letters.charAt(0) != acronym.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : acronym.toCharArray()) {
            at = letters.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the acronym opens with the initial of one of the name's capitalized words and more than half its letters
     * are such initials: an acronym of the name in its own language, bracketed after a translation or a plural spelling
     * ("the General Union of Workers (UGT)", "Comisiones Obreras (CCOO)"; not "(AFP)" after "the Interior Ministry", nor
     * "(AP)" after "the Agriculture Ministry").
     */
    static boolean sharesInitials(String name, String acronym) {
        Set<Character> initials = new HashSet<>();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.add(word.charAt(0));
            }
        }
        Set<Character> letters = new HashSet<>();
        acronym.chars().filter(Character::isLetter).forEach(c -> letters.add((char) c));
        long shared = letters.stream().filter(initials::contains).count();
        return !letters.isEmpty() && initials.contains(acronym.charAt(0)) && shared * 2 > letters.size();
    }

    /** Whether the acronym gives the initials of the name's capitalized words ("CPJ"), or of all of them ("FFP"). */
    private static boolean spells(String name, String acronym) {
        return acronym.equals(initials(name, false)) || acronym.equals(initials(name, true));
    }

    /**
     * An untagged acronym, digits allowed after its first letter: "CDA", "VVD", "D66", "EVG" (which the tagger may call a
     * common noun when it has digits or three or more letters).
     */
    private static boolean untaggedAcronym(CoreLabel token) {
        return untagged(token) && (tagged(token, "NNP") || tagged(token, "NN") && (token.word().chars().anyMatch(Character::isDigit)
                || token.word().length() >= 3)) && ACRONYM_WORD.matcher(token.word()).matches();
    }

    /**
     * "the VVD party", "his D66 party", "Jetten's D66 party", "the SDF militia", "the EVG rail union": after "the" or a
     * possessive (not "an EV startup"), one of organization.untagged.acronymNouns that ends the noun phrase, or is
     * followed by another that does ("the M23 rebel group").
     */
    private static boolean classNounAfter(List<CoreLabel> tokens, int acronym, Set<String> classNouns) {
        int at = acronym + 1;
        if (acronym == 0 || at >= tokens.size()) {
            return false;
        }
        // "the EVG rail union": one lower-case noun may say what the class noun after it is of
        if (at + 1 < tokens.size() && "NN".equals(tokens.get(at).tag()) && !classNouns.contains(tokens.get(at).word())
                && Character.isLowerCase(tokens.get(at).word().charAt(0)) && classNouns.contains(tokens.get(at + 1).word())) {
            at++;
        }
        CoreLabel before = tokens.get(acronym - 1);
        boolean determined = before.word().equalsIgnoreCase("the") || tagged(before, "PRP$") || tagged(before, "POS");
        // "the M23 rebel group": a second class noun may end the phrase
        boolean ends = at + 1 == tokens.size() || !tagged(tokens.get(at + 1), "NN")
                || classNouns.contains(tokens.get(at + 1).word()) && (at + 2 == tokens.size() || !tagged(tokens.get(at + 2), "NN"));
        return determined && classNouns.contains(tokens.get(at).word()) && tagged(tokens.get(at), "NN") && ends;
    }

    /**
     * "the opposition Tisza party", "his ruling Fidesz party", "the far-right AfD party": one capitalized word between
     * "the" or a possessive pronoun and one of organization.untagged.partyNouns that ends the noun phrase, with one to
     * three of organization.untagged.partyModifiers between ("the annual Elysee party" is none); after a possessive
     * ("whose Semilla party") none need stand between.
     */
    private boolean partyNounAfterModifiers(List<CoreLabel> tokens, int name) {
        int at = name + 1;
        if (at >= tokens.size() || !partyNouns.contains(tokens.get(at).word()) || !tagged(tokens.get(at), "NN")
                || at + 1 < tokens.size() && tagged(tokens.get(at + 1), "NN")) {
            return false;
        }
        boolean modified = false;
        for (int k = name - 1; k >= 0 && k >= name - 4; k--) {
            CoreLabel before = tokens.get(k);
            if (tagged(before, "PRP$") || tagged(before, "WP$")) {
                // a person's party needs no modifier ("whose Semilla party", "his Likud party"); a place then names a
                // party held there ("his Texas party")
                return modified || !"LOCATION".equals(tokens.get(name).ner());
            }
            if (before.word().equalsIgnoreCase("the")) {
                return modified;
            }
            if (!partyModifiers.contains(before.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            modified = true;
        }
        return false;
    }

    /**
     * Parties named by two or three capitalized words the tagger calls no person or organization (a country's words
     * may be among them), beside a lower-case party noun (organization.untagged.partyNouns): before it after "the", a
     * possessive or "whose", with party modifiers between ("who leads the New Zealand First party", "Kobakhidze's
     * Georgian Dream party", "whose Civil Contract party", "the ruling Georgian Dream party"), or after it and "the"
     * with party modifiers between, ending the noun phrase ("the opposition party Latvia First"). Not country words only
     * ("the New Zealand party"), and not a name whose last word is a party modifier ("the Chinese Communist party": a
     * description).
     */
    private List<Mention> namedParties(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> persons, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        if (capitalShare(tokens) >= headlineCapitals) {
            return found;
        }
        for (int at = 0; at < tokens.size(); at++) {
            if (!partyNouns.contains(tokens.get(at).word()) || !tagged(tokens.get(at), "NN")) {
                continue;
            }
            // before the noun: "the New Zealand First party"
            int start = at;
            while (start > 0 && at - start < 3 && partyNameWord(tokens.get(start - 1))) {
                start--;
            }
            int opener = beforeModifiers(tokens, start - 1); // "the ruling Georgian Dream party"
            boolean opened = opener >= 0 && (tokens.get(opener).word().equalsIgnoreCase("the") || tagged(tokens.get(opener), "PRP$")
                    || tagged(tokens.get(opener), "WP$") || tagged(tokens.get(opener), "POS"));
            boolean endsPhrase = at + 1 >= tokens.size() || !tagged(tokens.get(at + 1), "NN");
            if (at - start >= 2 && opened && endsPhrase) {
                addParty(doc, s, tokens, start, at, persons, orgs, found);
            }
            // after the noun: "the opposition party Latvia First"
            int end = at + 1;
            while (end < tokens.size() && end - at <= 3 && partyNameWord(tokens.get(end))) {
                end++;
            }
            int k = beforeModifiers(tokens, at - 1);
            boolean afterThe = k >= 0 && tokens.get(k).word().equalsIgnoreCase("the");
            boolean closed = end >= tokens.size() || !tagged(tokens.get(end), "NN") && !tagged(tokens.get(end), "POS");
            if (end - at >= 2 && afterThe && closed) {
                addParty(doc, s, tokens, at + 1, end, persons, orgs, found);
            }
        }
        return found;
    }

    /** The position of the first word at or before {@code from}, going back, that is no party modifier (-1: none). */
    private int beforeModifiers(List<CoreLabel> tokens, int from) {
        int k = from;
        while (k >= 0 && partyModifiers.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k;
    }

    private void addParty(Annotation doc, int s, List<CoreLabel> tokens, int start, int end, List<Mention> persons, List<Mention> orgs,
                          List<Mention> found) {
        // "the German Social Democratic party": the country's demonym before a name of two words is no part of it
        if (end - start >= 3 && countries.namesOrQualifiesACountry(tokens.get(start).word()) && !countries.namesOrQualifiesACountry(tokens.get(start + 1).word())) {
            start++;
        }
        List<CoreLabel> name = tokens.subList(start, end);
        for (int i = start; i < end; i++) {
            if (covered(persons, i) || covered(orgs, i) || covered(found, i)) {
                return;
            }
        }
        boolean countryWordsOnly = name.stream().allMatch(t -> countries.namesOrQualifiesACountry(t.word()) || t.word().equals("of"));
        boolean modifierLast = partyModifiers.contains(name.get(name.size() - 1).word().toLowerCase(Locale.ROOT));
        if (!countryWordsOnly && !modifierLast && isName(Mention.named(doc, s, name).text())) {
            found.add(Mention.named(doc, s, name));
        }
    }

    /**
     * A capitalized word a party's name may have, not opening the sentence: a proper noun, or a noun or adjective the
     * tagger took for a common word ("Georgian/JJ Dream/NN", "Civil/JJ Contract/NN"), or a country's word.
     */
    private static boolean partyNameWord(CoreLabel token) {
        String w = token.word();
        return token.index() > 1 && token.tag() != null && token.tag().matches("NNP?S?|JJ") && !"PERSON".equals(token.ner())
                && !"ORGANIZATION".equals(token.ner()) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private static boolean partyName(CoreLabel token) {
        String w = token.word();
        return ("NNP".equals(token.tag()) || "NNPS".equals(token.tag())) && (untagged(token) || "LOCATION".equals(token.ner()) || "MISC".equals(token.ner()))
                && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** "CDA leader Henri Bontenbal", "SNP MP Stephen Flynn": a member's title (organization.untagged.memberTitles), then a person's name. */
    private static boolean memberTitleBeforePerson(List<CoreLabel> tokens, int at, List<Mention> persons, Set<String> titles) {
        return at + 1 < tokens.size() && titles.contains(tokens.get(at).word().toLowerCase(Locale.ROOT)) && covered(persons, at + 1);
    }

    /** The sentences whose words are capitalized as a headline's (organization.untagged.maxCapitalShare or more). */
    private Set<Integer> headlines(List<CoreMap> sentences) {
        Set<Integer> out = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (capitalShare(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) >= headlineCapitals) {
                out.add(s);
            }
        }
        return out;
    }

    /** A headline's or a caption's line: no full stop, question or exclamation mark ends it. */
    private static boolean withoutFinalStop(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        String last = tokens.isEmpty() ? "." : tokens.get(tokens.size() - 1).word();
        return !last.equals(".") && !last.equals("?") && !last.equals("!") && !last.equals("''") && !last.equals("\"");
    }

    /** Whether the tagger calls the token a place's: a country, a city, a province or any other location. */
    private static boolean placeTagged(CoreLabel token) {
        return token.ner() != null && PLACE_TAGS.matcher(token.ner()).matches();
    }

    /** A capitalized word the tagger read as a common noun inside its sentence: a name it did not know ("Fjordgutane"). */
    private static boolean capitalizedNounInside(CoreLabel token) {
        return "NN".equals(token.tag()) && token.index() > 1 && Character.isUpperCase(token.word().charAt(0));
    }

    /** An article or a possessive that opens a noun phrase: "the", "'s", "whose", "his". */
    private static boolean determiner(CoreLabel token) {
        return "DT".equals(token.tag()) || "POS".equals(token.tag()) || "WP$".equals(token.tag()) || "PRP$".equals(token.tag());
    }

    /** Whether the token's part-of-speech tag starts with the prefix (false when it has none). */
    private static boolean tagged(CoreLabel token, String prefix) {
        return token.tag() != null && token.tag().startsWith(prefix);
    }

    /** A possessive mark or a connector inside a name ("Kurdistan Workers' Party", "Council on American Relations"). */
    private boolean innerNameWord(List<CoreLabel> tokens, int at) {
        CoreLabel t = tokens.get(at);
        // "the Ministry of the Environment": a connector and an article before a capitalized word go on with the name
        boolean connectorAndArticle = nameConnectors.contains(t.word()) && at + 2 < tokens.size()
                && nameArticles.contains(tokens.get(at + 1).word()) && untaggedProperNoun(tokens.get(at + 2));
        boolean articleAfterConnector = nameArticles.contains(t.word()) && at >= 1 && nameConnectors.contains(tokens.get(at - 1).word());
        return connectorAndArticle || at + 1 < tokens.size() && untaggedProperNoun(tokens.get(at + 1))
                && ("POS".equals(t.tag()) || nameConnectors.contains(t.word()) || articleAfterConnector);
    }

    /**
     * ", the main Airbus union[,.]" right after the name, or "the union" right before it, also after common words that
     * modify the noun ("the Czech taxi app Liftago", "the state-owned oil company Pemex", "the ride-hailing company Bolt"),
     * or the plural right before the first of a list ("the retail chains Spielhaus and ToyWorld Europe"). For a person the
     * tagger found whose name opens with a given name ({@code oneOfAfter} false), no ", one of" and a plural after the
     * name ("Rupert Murdoch, one of the world's biggest publishers") and only a noun of
     * organization.appositive.afterGivenNameNouns in apposition ("John Lewis, the department store chain,"; not "Sheila
     * Bair, a former bank regulator,").
     */
    private boolean classNounBeside(List<CoreLabel> tokens, int start, int end, Set<String> classNouns, boolean oneOfAfter) {
        // "the payments start-up Paylane": the tokenizer splits a hyphenated class noun into three words
        boolean hyphenated = hyphenatedWithPrevious(tokens, start - 1);
        int nounStart = hyphenated ? start - 3 : start - 1;
        // "the retail chains Spielhaus and ToyWorld Europe": a plural class noun before a list of names, by its singular
        boolean listed = !hyphenated && start >= 1 && "NNS".equals(tokens.get(start - 1).tag()) && end < tokens.size()
                && ("CC".equals(tokens.get(end).tag()) || ",".equals(tokens.get(end).word()));
        String classNoun = nounStart < 0 ? "" : hyphenated ? tokens.get(start - 3).word() + "-" + tokens.get(start - 1).word()
                : listed ? lemma(tokens.get(start - 1)) : tokens.get(start - 1).word();
        int det = nounStart - 1;
        // a place's name modifies the noun too ("the Milan label Corvina", "the Innsbruck climbing school Alpinschule")
        while (det >= 0 && det >= nounStart - 4 && !determiner(tokens.get(det))
                && (tagged(tokens.get(det), "JJ") || "NN".equals(tokens.get(det).tag()) || "NNS".equals(tokens.get(det).tag()) || tagged(tokens.get(det), "HYPH")
                || tagged(tokens.get(det), "VBN") || tagged(tokens.get(det), "VBG")
                || tagged(tokens.get(det), "NNP") && "LOCATION".equals(tokens.get(det).ner()))) {
            det--;
        }
        // "Battery maker Voltaris raises €1bn", "Carmaker Stellantis said": news drops the article of a sentence's (or a
        // headline's) opening phrase; a common noun, not a capitalized name word ("Union Minister Amit Shah")
        boolean opensWithoutArticle = nounStart >= 0 && det < 0 && "NN".equals(tokens.get(start - 1).tag());
        // "the publisher Pearson": a noun a person may be called too, right after the article, before a name no given
        // name opens ("the publisher Rupert Murdoch" is the man)
        boolean bareTradeNoun = det == nounStart - 1 && !hyphenated && personClassNouns.contains(classNoun.toLowerCase(Locale.ROOT))
                && !genders.isGivenName(tokens.get(start).word());
        if ((nounStart >= 1 && det >= 0 && determiner(tokens.get(det)) || opensWithoutArticle)
                && (isClassNoun(classNouns, tokens, nounStart, classNoun, tokens.get(start).word()) || bareTradeNoun)) {
            // a verb after the name: the phrase is a clause's subject ("The carmaker Stellantis said"), not the subject of
            // a clause with its "that" left out ("Tesla, the company Musk runs", "told the network Putin was"); after a
            // possessive the name is the noun's ("Ada Solomon's company microFILM", "whose company Ferrer Levante won")
            boolean verbAfter = end < tokens.size() && (tagged(tokens.get(end), "VB") || tagged(tokens.get(end), "MD"))
                    && (opensWithoutArticle || "DT".equals(tokens.get(det).tag()));
            // with modifiers before the class noun only a sentence's opening phrase may go on with its verb ("the private
            // equity firm Stephen Schwarzman co-founded" is a clause without its "that")
            boolean modified = det < nounStart - 1;
            boolean opensPhrase = det <= 0 || !modified && (tagged(tokens.get(det - 1), "IN") || tagged(tokens.get(det - 1), "CC")
                    || tagged(tokens.get(det - 1), "TO"));
            if (end == tokens.size() || !tagged(tokens.get(end), "NN") && (!verbAfter || opensPhrase)) {
                return true;
            }
        }
        if (oneOfAfter && oneOfClassNouns(tokens, start, end, classNouns)) {
            return true;
        }
        // ", the ...", or a place's possessive: "CONICET, Argentina's national science agency,"
        boolean placesOwn = end + 3 < tokens.size() && placeTagged(tokens.get(end + 1)) && "POS".equals(tokens.get(end + 2).tag());
        if (end + 2 >= tokens.size() || !",".equals(tokens.get(end).word()) || !"DT".equals(tokens.get(end + 1).tag()) && !placesOwn) {
            return false;
        }
        // a possessive inside ("Unia, the country's largest trade union,") and a hyphen ("second-largest") go on with it
        for (int k = end + 2; k < Math.min(tokens.size(), end + 8); k++) {
            CoreLabel t = tokens.get(k);
            // "Sunvale Europe, the company's subsidiary in Amsterdam,": a class noun owning the head goes on to the head
            boolean possessor = k + 1 < tokens.size() && tagged(tokens.get(k + 1), "POS");
            // "Vellmark, the largest supermarket chain in the Netherlands,": a compound's last noun is its head
            boolean modifier = k + 1 < tokens.size() && "NN".equals(tokens.get(k + 1).tag());
            // after a person's name the tagger found, only a noun no person is called ("John Lewis, the department store
            // chain,"; not "Sheila Bair, a former bank regulator,")
            // "Elvira Aero, a start-up based in Norway,": the tokenizer splits a hyphenated class noun into three words
            String noun = hyphenatedWithPrevious(tokens, k) ? tokens.get(k - 2).word() + "-" + t.word() : t.word();
            boolean fitsName = oneOfAfter || afterGivenNameNouns.contains(noun.toLowerCase(Locale.ROOT));
            if (isClassNoun(classNouns, tokens, k, noun, tokens.get(start).word()) && tagged(t, "NN") && !possessor && !modifier
                    && fitsName) {
                if (k + 1 == tokens.size()) {
                    return true;
                }
                CoreLabel next = tokens.get(k + 1);
                // "the Model Y, the company's best-selling car": the noun is the possessor, not the apposition; a
                // participle may go on with it ("Valve, the company co-founded by Gabe Newell", which the tagger may
                // call a past tense before "by")
                // ("Vratka, a non-profit company set up by drinks producers": a particle may come before "by")
                int by = k + 2 < tokens.size() && "RP".equals(tokens.get(k + 2).tag()) ? k + 3 : k + 2;
                boolean participle = "VBN".equals(next.tag()) || "VBD".equals(next.tag()) && by < tokens.size()
                        && tokens.get(by).word().equalsIgnoreCase("by");
                // a relative clause without "that" whose subject is a name ("Casa Lumbre, the production company Tomás
                // Ibarra founded in 2015,")
                int afterName = k + 1;
                while (afterName < tokens.size() && tagged(tokens.get(afterName), "NNP")) {
                    afterName++;
                }
                // the clause closes with a comma before the sentence goes on ("In a letter to Maria Garcia, the company
                // Nordwind said it would appeal" is the sentence's own verb)
                boolean closed = false;
                for (int c = afterName + 1; c < tokens.size() && !closed; c++) {
                    closed = tokens.get(c).word().equals(",");
                }
                boolean clause = afterName > k + 1 && afterName < tokens.size() && closed
                        && (tagged(tokens.get(afterName), "VBD") || tagged(tokens.get(afterName), "VBZ") || tagged(tokens.get(afterName), "VBP"));
                return !next.word().isEmpty()
                        && (!Character.isLetterOrDigit(next.word().charAt(0)) || appositiveEnds.contains(next.word().toLowerCase(Locale.ROOT))
                        || participle || clause);
            }
            // "the ride-hailing and delivery company": a gerund and a conjunction among the modifiers
            if (!tagged(t, "NN") && !tagged(t, "JJ") && !tagged(t, "VBN") && !tagged(t, "POS") && !tagged(t, "HYPH")
                    && !tagged(t, "VBG") && !tagged(t, "CC")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word at {@code k} ends a hyphenated word written without spaces ("start-up": "start", "-", "up"). */
    private static boolean hyphenatedWithPrevious(List<CoreLabel> tokens, int k) {
        return k >= 2 && PersonGrouping.hyphenatedEnd(tokens, k - 2) == k + 1;
    }

    /**
     * ", one of Australia's oldest newspapers", ", one of the largest unions in France": "one of" after the name's comma,
     * then a determiner or a place's possessive and modifiers, then the plural of a class noun (or, for a name the
     * tagger calls no person's, of a noun a person may be called too after a noun that says what is made: "one of
     * Switzerland's oldest chocolate makers"; "Aliko Dangote, one of Africa's biggest cement makers," is the man).
     */
    private boolean oneOfClassNouns(List<CoreLabel> tokens, int start, int end, Set<String> classNouns) {
        if (end + 4 >= tokens.size() || !",".equals(tokens.get(end).word()) || !tokens.get(end + 1).word().equalsIgnoreCase("one")
                || !tokens.get(end + 2).word().equals("of")) {
            return false;
        }
        for (int k = end + 3; k < Math.min(tokens.size(), end + 10); k++) {
            CoreLabel t = tokens.get(k);
            if ("NNS".equals(t.tag())) {
                return classNouns.contains(lemma(t))
                        || !"PERSON".equals(tokens.get(start).ner()) && isClassNoun(classNouns, tokens, k, lemma(t), tokens.get(start).word());
            }
            boolean place = tagged(t, "NNP") && "LOCATION".equals(t.ner());
            if (!place && !tagged(t, "DT") && !tagged(t, "POS") && !tagged(t, "JJ") && !"NN".equals(t.tag()) && !tagged(t, "HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} is one of the class nouns, or a trade noun after its trade ("the trading house"); where
     * those leave out the nouns a person may be called too, also such a noun after a common noun that says what is made or
     * moved ("the leather goods maker Bellandi", "a freight carrier"), not one that says a person's trade
     * (organization.appositive.personModifiers: "film maker"), and only for a name that opens with no given name ("the
     * Kenyan flower exporter Joseph Kamau" is a person).
     */
    private boolean isClassNoun(Set<String> classNouns, List<CoreLabel> tokens, int at, String word, String nameFirstWord) {
        String noun = word.toLowerCase(Locale.ROOT);
        if (classNouns.contains(noun)) {
            return true;
        }
        CoreLabel before = at > 0 ? tokens.get(at - 1) : null;
        if (tradeModifiers.containsKey(noun)) {
            return before != null && tradeModifiers.get(noun).contains(before.word().toLowerCase(Locale.ROOT)) && !genders.isGivenName(nameFirstWord);
        }
        return personClassNouns.contains(noun) && before != null && ("NN".equals(before.tag()) || "NNS".equals(before.tag()))
                && !personMakerModifiers.contains(before.word().toLowerCase(Locale.ROOT)) && !genders.isGivenName(nameFirstWord);
    }

    /**
     * "The Netherlands' largest consumer organisation, Consumentenwacht, has sued", "Britain's biggest union, Unite,
     * said", "Lithuania's parliament, the Seimas,": a name (with its article or not) set off by commas right after a class
     * noun whose phrase opens with a determiner or a possessive (modifiers between) is that noun's name, for a name the
     * tagger left untagged. A comma must close the name too ("the group, Amnesty said" is a clause), and the phrase is an
     * owner's or opens the sentence ("a spokesman for the company, Jan Kowalski, said" may name the spokesman).
     */
    private boolean classNounAndCommaBefore(List<CoreLabel> tokens, int start, int end, Set<String> classNouns) {
        // "Lithuania's parliament, the Seimas,": the name may keep its article
        int comma = start >= 2 && tokens.get(start - 1).word().equals("the") ? start - 2 : start - 1;
        if (comma < 2 || end >= tokens.size() || !",".equals(tokens.get(comma).word()) || !",".equals(tokens.get(end).word())) {
            return false;
        }
        // a trade noun after its trade too ("Italy's state rail operator, Trenitalia,"), but no noun a person may be
        // called ("the region's main water supplier, the Colorado River,")
        CoreLabel noun = tokens.get(comma - 1);
        String lower = noun.word().toLowerCase(Locale.ROOT);
        if (!"NN".equals(noun.tag()) || !classNouns.contains(lower)
                && !(tradeModifiers.containsKey(lower) && isClassNoun(classNouns, tokens, comma - 1, lower, tokens.get(start).word()))) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 6; k--) {
            CoreLabel w = tokens.get(k);
            if (determiner(w)) {
                // an owner's phrase or a clause's subject, opening the sentence or after "where", "when" or a
                // conjunction ("where the provincial conservation agency, Ezemvelo KZN Wildlife, dehorned"), not a
                // preposition's object ("a spokesman for the company, Jan Kowalski, said")
                CoreLabel before = k == 0 ? null : tokens.get(k - 1);
                return "POS".equals(w.tag()) || before == null || tagged(before, "WRB") || tagged(before, "CC");
            }
            if (!tagged(w, "JJ") && !"NN".equals(w.tag()) && !tagged(w, "HYPH") && !tagged(w, "VBN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The tagger's place or MISC name with the untagged capitalized head word of organization.headWords right after it
     * (or after one more untagged capitalized word: "New York City Police Department"), which ends the noun phrase
     * ("the Pacific Islands Forum leaders' meeting"), or the name itself when there is none or the name is of country
     * words only ("the Indian Army" is the country's).
     */
    private List<CoreLabel> withUntaggedHeadAfter(List<CoreLabel> tokens, List<CoreLabel> name) {
        int next = name.get(name.size() - 1).index(); // 0-based position of the token after the name
        // the head may come after one more untagged word ("New York City Police Department")
        int end = next;
        while (end < tokens.size() && end < next + 2 && "NNP".equals(tokens.get(end).tag()) && untaggedCapitalizedWord(tokens.get(end))
                && !organizationHeads.contains(tokens.get(end).word())) {
            end++;
        }
        if (end >= tokens.size() || !"NNP".equals(tokens.get(end).tag()) || !untaggedCapitalizedWord(tokens.get(end))
                || !organizationHeads.contains(tokens.get(end).word())) {
            return name;
        }
        // one head may follow another ("Police Department")
        while (end + 1 < tokens.size() && "NNP".equals(tokens.get(end + 1).tag()) && untaggedCapitalizedWord(tokens.get(end + 1))
                && organizationHeads.contains(tokens.get(end + 1).word())) {
            end++;
        }
        if (end + 1 < tokens.size() && untaggedProperNoun(tokens.get(end + 1))) {
            return name;
        }
        List<CoreLabel> headed = tokens.subList(name.get(0).index() - 1, end + 1);
        return onlyCountryWords(headed) ? name : headed;
    }

    /**
     * "the Federation of Neighbourhood Councils of Cochabamba (Fejuve),": the tagger may run a name on into the bracket
     * after it; a bracket the name does not close ends it.
     */
    private static List<CoreLabel> beforeOpenBracket(List<CoreLabel> mention) {
        for (int k = 1; k < mention.size(); k++) {
            String word = mention.get(k).word();
            if (word.equals("(") || word.equals("-LRB-")) {
                boolean closed = mention.subList(k + 1, mention.size()).stream().anyMatch(t -> t.word().equals(")") || t.word().equals("-RRB-"));
                return closed ? mention : mention.subList(0, k);
            }
        }
        return mention;
    }

    /**
     * The tagger's place with an untagged capitalized company's word right after it (organization.place.companyTails),
     * ending the noun phrase: "Pakistan Railways raised fares" names a company (a national one); not before another
     * capitalized word ("Pakistan Railways Police", a headline's "India Telecom Shares Fall"), nor after a place's
     * preposition ("in Rutland Water").
     */
    private List<CoreLabel> withCompanyTailAfter(List<CoreLabel> tokens, List<CoreLabel> name) {
        int next = name.get(name.size() - 1).index(); // 0-based position of the token after the name
        if (next >= tokens.size() || !untaggedCapitalizedWord(tokens.get(next)) || !endsAPlacesCompany(tokens, name, tokens.get(next))) {
            return name;
        }
        return tokens.subList(name.get(0).index() - 1, next + 1);
    }

    /**
     * "Pakistan Railways raised fares": the company's word (organization.place.companyTails) ends the name, with no
     * capitalized word after it, and the place is not after a place's preposition ("in Rutland Water").
     */
    private boolean endsAPlacesCompany(List<CoreLabel> tokens, List<CoreLabel> place, CoreLabel tail) {
        return placeCompanyTail(tail) && !capitalizedAt(tokens, tail.index()) && !afterPlacePrepositionOrItsThe(tokens, place);
    }

    /** A capitalized noun of organization.place.companyTails ("Railways", "Airways"). */
    private boolean placeCompanyTail(CoreLabel token) {
        String word = token.word();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && tagged(token, "NN")
                && placeCompanyTails.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalized word (no possessive's mark) at the position: the name runs on, or a headline's capitals. */
    private static boolean capitalizedAt(List<CoreLabel> tokens, int position) {
        return position < tokens.size() && !tokens.get(position).word().isEmpty()
                && Character.isUpperCase(tokens.get(position).word().charAt(0)) && !"POS".equals(tokens.get(position).tag());
    }

    /**
     * "Kenya's Cabinet Secretary for Health, Joseph Mwangi,": the tagger's organization headed by a state's title (its
     * last word before a name connector), with ministry fields (lexicon/ministry-fields.txt) only before it, set off
     * before a person's name, is the person's title.
     */
    private boolean titleBeforeItsHolder(List<CoreLabel> tokens, List<CoreLabel> name) {
        int next = name.get(name.size() - 1).index(); // 0-based position of the token after the name
        if (next + 1 >= tokens.size() || !tokens.get(next).word().equals(",") || !"PERSON".equals(tokens.get(next + 1).ner())) {
            return false;
        }
        int head = 0;
        while (head + 1 < name.size() && !nameConnectors.contains(name.get(head + 1).word())) {
            head++;
        }
        return stateTitleHeads.contains(name.get(head).word().toLowerCase(Locale.ROOT))
                && name.subList(0, head).stream().allMatch(t -> ministryFields.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Russian Energy Minister Sergei Tsivilev", "Israel Defense Minister Yoav Gallant": the tagger's organization of a
     * demonym or a country's name and a ministry's field (lexicon/ministry-fields.txt), right before a capitalized
     * title, is the title's country and field (not "Georgia State Senator": "state" is no ministry's field).
     */
    private boolean qualifiesATitle(List<CoreLabel> tokens, List<CoreLabel> name) {
        int next = name.get(name.size() - 1).index(); // 0-based position of the token after the name
        if (next >= tokens.size() || !Character.isUpperCase(tokens.get(next).word().charAt(0))
                || !titles.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "Education Cabinet Secretary Julius Ogamba", "Irish Heritage Minister Colm Brady": a ministry's field (the
        // cabinet is one) before a state's title
        if (stateTitleHeads.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))
                && name.stream().allMatch(t -> ministryFields.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (name.size() < 2 || !countries.namesOrQualifiesACountry(name.get(0).word())) {
            return false;
        }
        // a country's name (not its demonym) and a field before a company's title is the company's name ("Qatar Energy CEO")
        if (countries.namesACountry(name.get(0).word()) && !stateTitleHeads.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return name.subList(1, name.size()).stream().allMatch(t -> ministryFields.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Marlow & Finch", "Simon & Schuster", "Procter & Gamble": capitalized proper nouns on both sides of a joiner
     * (organization.partnershipJoiners) are one firm's name, whatever the tagger made of each side; not when a side is a
     * person's full name ("Donald Trump & Vladimir Putin", "Prince Harry & Meghan Markle"). Returns the mention with the
     * other side and the joiner, or the mention itself.
     */
    private List<CoreLabel> partnershipName(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1; // 0-based positions
        int end = mention.get(mention.size() - 1).index();
        if (end + 1 < sentence.size() && partnershipJoiners.contains(sentence.get(end).word()) && capitalizedProperNoun(sentence.get(end + 1))) {
            int last = end + 1;
            while (last + 1 < sentence.size() && capitalizedProperNoun(sentence.get(last + 1))) {
                last++;
            }
            List<CoreLabel> joined = new ArrayList<>(mention);
            joined.addAll(sentence.subList(end, last + 1));
            return personsFullName(mention) || personsFullName(sentence.subList(end + 1, last + 1)) ? mention : joined;
        }
        if (first >= 2 && partnershipJoiners.contains(sentence.get(first - 1).word()) && untaggedProperNoun(sentence.get(first - 2))) {
            int start = first - 2;
            while (start > 0 && untaggedProperNoun(sentence.get(start - 1))) {
                start--;
            }
            List<CoreLabel> joined = new ArrayList<>(sentence.subList(start, first));
            joined.addAll(mention);
            return personsFullName(mention) || personsFullName(sentence.subList(start, first - 1)) ? mention : joined;
        }
        return mention;
    }

    /** A given name and a surname ("Meghan Markle"): a side of a joiner that makes two people, not a firm of surnames. */
    private boolean personsFullName(List<CoreLabel> side) {
        return side.size() >= 2 && genders.isGivenName(side.get(0).word());
    }

    private static boolean capitalizedProperNoun(CoreLabel token) {
        return ("NNP".equals(token.tag()) || "NNPS".equals(token.tag())) && Character.isUpperCase(token.word().charAt(0));
    }

    /**
     * "sold the rights to TelevisaUnivision", "Nigeria's MainOne", "the FijiFirst party": one word the tagger leaves
     * untagged, spelled like a brand (organization.untagged.brandWord: "MainOne", not "PhD", "MoU" or "McKinnon"), is a
     * company's name where the story says so somewhere: a country's possessive before it, a verb of a company's after it
     * (organization.untagged.brandActVerbs: "TotalEnergies said"), its possessive and a company's title
     * (organization.untagged.possessedTitles), a party's noun after it (organization.untagged.acronymNouns), a company's
     * class noun beside it, or "to" or "from" after a verb of a sale (organization.untagged.brandDealVerbs: "sold the rights
     * to X", "bought capacity from X"); most such words are products, programs or events ("using ChatGPT", "win
     * EuroBasket"). And nowhere a thing: after a word that names one ("the tool, called StrokeSight":
     * organization.untagged.brandNamingWords), before a common noun it modifies ("the MeerKAT telescope"; not one of
     * organization.untagged.brandCompanyNouns: "StreamNova shares"), or as a word of a longer or hyphenated name.
     */
    private boolean brandName(Annotation doc, List<CoreLabel> tokens, int i) {
        CoreLabel word = tokens.get(i);
        if (!"NNP".equals(word.tag()) || !untagged(word) || !companyBrandWord.matcher(word.word()).matches()
                || countries.namesOrQualifiesACountry(word.word()) || organizationStopwords.contains(word.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean said = false;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int at = 0; at < words.size(); at++) {
                if (!words.get(at).word().equals(word.word())) {
                    continue;
                }
                if (namedThing(words, at)) {
                    return false;
                }
                said |= companySaid(words, at);
            }
        }
        return said;
    }

    /** Whether the text says the brand-like word at {@code at} is a company's (brandName). */
    private boolean companySaid(List<CoreLabel> words, int at) {
        CoreLabel before = at > 0 ? words.get(at - 1) : null;
        boolean countrysOwn = at >= 2 && "POS".equals(before.tag()) && countries.namesOrQualifiesACountry(words.get(at - 2).word());
        // "TotalEnergies said", "MainOne will sign", "StreamNova has agreed": a modal or an auxiliary may come first
        boolean auxiliary = at + 2 < words.size() && (tagged(words.get(at + 1), "MD")
                || AUXILIARIES.contains(lemma(words.get(at + 1))) && tagged(words.get(at + 2), "VB"));
        int verb = auxiliary ? at + 2 : at + 1;
        boolean acts = verb < words.size() && tagged(words.get(verb), "VB") && brandActVerbs.contains(lemma(words.get(verb)));
        boolean title = possessedTitleAfter(words, at + 1);
        boolean party = at + 1 < words.size() && acronymNouns.contains(words.get(at + 1).word().toLowerCase(Locale.ROOT));
        boolean dealt = false;
        if (before != null && (before.word().equalsIgnoreCase("to") || before.word().equalsIgnoreCase("from"))) {
            for (int k = at - 2; k >= 0 && k >= at - 15 && !dealt; k--) {
                dealt = tagged(words.get(k), "VB") && brandDealVerbs.contains(lemma(words.get(k)));
            }
        }
        return countrysOwn || acts || title || party || dealt || classNounBeside(words, at, at + 1, firmOnlyNouns, true);
    }

    /** Whether the word at {@code at} is named as a thing, or is a word of a longer or hyphenated name (brandName). */
    private boolean namedThing(List<CoreLabel> words, int at) {
        if (at > 0) {
            CoreLabel before = words.get(at - 1);
            if (HYPHENS.contains(before.word()) || brandNamingWords.contains(before.word().toLowerCase(Locale.ROOT))
                    || before.tag() != null && before.tag().startsWith("NNP")) {
                return true;
            }
        }
        if (at + 1 < words.size()) {
            CoreLabel after = words.get(at + 1);
            String tag = after.tag() == null ? "" : after.tag();
            return HYPHENS.contains(after.word()) || tag.startsWith("NNP")
                    || tag.startsWith("NN") && !brandCompanyNouns.contains(after.word().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** An untagged capitalized proper noun, singular or plural ("Workers"). */
    private static boolean untaggedProperNoun(CoreLabel token) {
        return ("NNP".equals(token.tag()) || "NNPS".equals(token.tag())) && untaggedCapitalizedWord(token);
    }

    /** A name of country words but for an organization's last word ("Indian Army", "Ukraine"). */
    private boolean onlyCountryWords(List<CoreLabel> name) {
        return name.stream().filter(t -> !organizationHeads.contains(t.word())).allMatch(t -> countries.namesOrQualifiesACountry(t.word()));
    }

    /**
     * Whether an untagged capitalized word that is no title follows: the name goes on ("Peace Action Plan"); not a title
     * ("East African Community Secretary General ..."), a day or a person the tagger found.
     */
    private boolean runsOn(List<CoreLabel> tokens, int end) {
        return end < tokens.size() && capitalizedName(tokens.get(end)) && untagged(tokens.get(end))
                && !titles.contains(tokens.get(end).word().toLowerCase(Locale.ROOT));
    }

    private static List<CoreLabel> concat(List<CoreLabel> a, List<CoreLabel> b) {
        List<CoreLabel> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The share of a sentence's untagged words, after its first, that start with a capital letter: high in a headline
     * ("Why the Opposition Party Lost the Vote"), low in prose however many names it holds.
     */
    private static double capitalShare(List<CoreLabel> tokens) {
        List<CoreLabel> words = tokens.stream().skip(1)
                .filter(t -> !t.word().isEmpty() && Character.isLetter(t.word().charAt(0)) && untagged(t)).toList();
        long capitals = words.stream().filter(t -> Character.isUpperCase(t.word().charAt(0))).count();
        return words.isEmpty() ? 0 : (double) capitals / words.size();
    }

    /** Whether a mention of the list holds the sentence's token at index i (0-based). */
    private static boolean covered(List<Mention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.firstToken() <= i && i < m.endToken());
    }

    /** One DATE entity per value, named by its first mention. */
    private static void linkDate(DocumentEntities result, Map<String, Entity> datesByValue, Mention mention, String value) {
        Entity e = datesByValue.computeIfAbsent(value, v -> {
            Entity created = Entity.date(mention.text(), v);
            result.add(created);
            return created;
        });
        result.link(e, mention);
    }

    /** An untagged acronym: capitals, digits after the first ("CDA", "D66"). */
    private static final Pattern ACRONYM_WORD = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    /** A bracketed acronym: two to six capitals ("NUT"), or a word of capitals and some small letters ("SANParks", "GDDKiA"). */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("[A-Z]{2,6}|[A-Z][A-Za-z]{2,9}");
    /** A plural of capitals ("MPs", "NGOs"): no acronym of a name. */
    private static final Pattern CAPITALS_PLURAL = Pattern.compile("[A-Z]+s");
    /** An organization's acronym: two to six capitals, with or without dots ("EU", "U.N.", "IAEA"). */
    private static final Pattern ACRONYM = Pattern.compile("(?:[A-Z]\\.?){2,6}");

    /**
     * Whether a bracketed word is an acronym: all capitals, or two to six capitals that make at least half of it, so
     * that its capitals spell ("SANParks": S, A, N, P); not a plural of capitals ("MPs").
     */
    static boolean bracketedAcronym(String word) {
        if (!BRACKETED_ACRONYM.matcher(word).matches() || CAPITALS_PLURAL.matcher(word).matches()) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && capitals <= 6 && capitals * 2 >= word.length();
    }

    /**
     * An official name the tagger found, of organization.spelled.officialNameWords capitalized words or more, owns the
     * acronym in brackets right after it whatever it spells, often its original language's ("the General Directorate for
     * National Roads and Motorways (GDDKiA)", "the Federal Criminal Police Office (BKA)"); not a headline's name before
     * its agency ("Hackers Target Bank of New York Mellon (AP)"), nor an acronym of organization.spelled.notOwnAcronyms,
     * a news agency's or a stock exchange's ("Johnson & Johnson Inc. (NYSE)").
     */
    private boolean officialName(List<CoreLabel> tokens, int first, int end, String acronym) {
        long words = tokens.subList(first, end).stream()
                .filter(t -> Character.isUpperCase(t.word().charAt(0)) && t.word().chars().allMatch(Character::isLetter)
                        && !t.word().equalsIgnoreCase("the"))
                .count();
        return words >= officialNameWords && !headlineBefore(tokens, first) && !notOwnAcronyms.contains(acronym);
    }

    /** An organization's name without "the": the key of its entity. */
    private static String organizationKey(Mention m) {
        return m.text().replaceFirst("^(?i)the\\s+", "");
    }

    /** One ORGANIZATION entity per name, with or without "the"; a name the country table knows is a country's. */
    private void linkOrganizations(DocumentEntities result, Map<String, Entity> organizations, List<Mention> sentenceOrgs,
                                   Map<String, String> translatedAcronyms) {
        for (Mention o : sentenceOrgs) {
            if (countries.namesACountry(o.text())) {
                continue;
            }
            String key = organizationKey(o);
            Entity sameBody = organizations.containsKey(key) ? null : withOrWithoutCountry(organizations, key);
            if (sameBody != null) {
                result.link(sameBody, o); // "the State Affairs Commission ... the State Affairs Commission of North Korea"
                continue;
            }
            Entity spelledOut = organizations.containsKey(key) ? null
                    : translatedAcronyms.containsKey(key) ? organizations.get(translatedAcronyms.get(key)) : spelledOut(organizations, key);
            if (spelledOut != null) {
                result.link(spelledOut, o); // "the European Union ... the EU": one organization
                continue;
            }
            Entity e = organizations.computeIfAbsent(key, k -> {
                Entity created = Entity.named(EntityType.ORGANIZATION, k);
                result.add(created);
                return created;
            });
            result.link(e, o);
        }
    }

    /** The organization named before by this name without "of" and a country's name after it, or with them; else null. */
    private Entity withOrWithoutCountry(Map<String, Entity> organizations, String key) {
        String shorter = withoutCountryTail(key);
        if (shorter != null && organizations.containsKey(shorter)) {
            return organizations.get(shorter);
        }
        return organizations.entrySet().stream().filter(e -> key.equals(withoutCountryTail(e.getKey()))).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** "State Affairs Commission" of "State Affairs Commission of North Korea"; null for a name without such a tail. */
    private String withoutCountryTail(String name) {
        int of = name.lastIndexOf(" of ");
        return of > 0 && countries.namesACountry(name.substring(of + 4)) ? name.substring(0, of) : null;
    }

    /**
     * "UN Secretary-General Antonio Guterres ... the United Nations", a headline's "EU" before the body's "European
     * Union": an acronym used before its organization is named in full is that organization too, when exactly one
     * organization of the document spells it (after the text, where {@link #spelledOut} sees only names before it).
     */
    private void acronymsBeforeTheirNames(DocumentEntities result) {
        Map<String, Entity> organizations = new java.util.LinkedHashMap<>();
        for (Entity e : result.entities()) {
            if (e.type() == EntityType.ORGANIZATION && !e.mentions().isEmpty()) {
                organizations.putIfAbsent(e.name(), e);
            }
        }
        for (Entity acronym : List.copyOf(organizations.values())) {
            Entity named = spelledOut(organizations, acronym.name());
            if (named == null || named == acronym) {
                continue;
            }
            result.moveMentions(acronym, named);
        }
    }

    /**
     * The organization named earlier in full whose initials an acronym spells ("EU", "U.N." after "the European Union",
     * "the United Nations"; small words such as "of" are skipped: "IAEA"); null when the key is no acronym, or when no
     * name or two names fit. A name that starts with a country or demonym ("Ukrainian Navy") spells no two-letter
     * acronym ("UN"); it does spell a longer one ("IDF", "ISRO").
     */
    private Entity spelledOut(Map<String, Entity> organizations, String key) {
        if (!ACRONYM.matcher(key).matches()) {
            return null;
        }
        String letters = key.replace(".", "");
        Entity found = null;
        for (Map.Entry<String, Entity> named : organizations.entrySet()) {
            // a two-letter acronym is no country's body ("UN" is not the Ukrainian Navy); a longer one may be ("IDF")
            String first = named.getKey().split("\\s+")[0];
            if (letters.length() < 3 && countries.namesOrQualifiesACountry(first)) {
                continue;
            }
            if (spells(named.getKey(), letters) && !named.getValue().equals(found)) {
                if (found != null) {
                    return null;
                }
                found = named.getValue();
            }
        }
        return found;
    }

    /** Whether a model number follows the name ("Boeing 737s", "Airbus A380"): a product's name, not the maker's mention. */
    private boolean beforeModelNumber(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index();
        return next < sentence.size() && modelNumber.matcher(sentence.get(next).word()).matches();
    }

    /** Whether an organization's last word is an acronym that the words before it spell ("Canadian Auto Workers CAW"). */
    private static boolean spelledByLastWord(List<CoreLabel> name) {
        String last = name.get(name.size() - 1).word();
        return name.size() >= 3 && ACRONYM_WORD.matcher(last).matches() && last.chars().noneMatch(Character::isDigit)
                && spells(name.subList(0, name.size() - 1), last);
    }

    /**
     * The initials of the name's capitalized words ("International Atomic Energy Agency": "IAEA"), or, with
     * {@code everyWord}, of all its words, capitalized ("Fund for Peace": "FFP"); "" for fewer than two.
     */
    private static String initials(String name, boolean everyWord) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && (everyWord ? Character.isLetter(word.charAt(0)) : Character.isUpperCase(word.charAt(0)))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /** The tagger sometimes stops inside a hyphenated given name ("Kim Jong" of "Kim Jong-un"): take the rest. */
    private static List<CoreLabel> withHyphenatedTail(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index();
        if (next + 1 < sentence.size() && sentence.get(next).word().equals("-")
                && sentence.get(next).beginPosition() == sentence.get(next - 1).endPosition()
                && sentence.get(next + 1).beginPosition() == sentence.get(next).endPosition()
                && Character.isLetter(sentence.get(next + 1).word().charAt(0))) {
            List<CoreLabel> extended = new ArrayList<>(mention);
            extended.add(sentence.get(next));
            extended.add(sentence.get(next + 1));
            return extended;
        }
        return mention;
    }

    /**
     * "Marine Le Pen", "Charles De Gaulle": a name that starts with a surname particle (person.surnameParticles) after a
     * capitalized proper noun the tagger left out takes that word as its given name; not a title ("President Le Pen"),
     * a country's word or "The".
     */
    private List<CoreLabel> withGivenNameBeforeParticle(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1;
        if (first < 1 || mention.size() < 2 || !surnameParticles.contains(mention.get(0).word())) {
            return mention;
        }
        CoreLabel before = sentence.get(first - 1);
        String w = before.word();
        if (!"NNP".equals(before.tag()) || !untagged(before) || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                || !w.chars().allMatch(Character::isLetter) || titles.contains(w.toLowerCase(Locale.ROOT))
                || honorifics.contains(w.toLowerCase(Locale.ROOT))
                || determiners.contains(w.toLowerCase(Locale.ROOT)) || countries.namesOrQualifiesACountry(w)) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>();
        extended.add(before);
        extended.addAll(mention);
        return extended;
    }

    /**
     * "the minister, Do Duc Duy, said", "Minister Do Duc Duy": a capitalized word the tagger reads as a verb's base form
     * ("Do") after an apposition's comma or a title is no verb there but a name's first word (a surname that spells an
     * English verb) when a person's name follows it; not a gerund or participle ("directed Being John Malkovich", "the
     * drama Killing Eve"), nor in a headline's capitals.
     */
    private List<CoreLabel> withCapitalizedVerbBefore(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1;
        if (first < 2) {
            return mention;
        }
        CoreLabel before = sentence.get(first - 1);
        String w = before.word();
        String opener = sentence.get(first - 2).word();
        boolean baseForm = "VB".equals(before.tag()) || "VBP".equals(before.tag());
        if (!baseForm || !untagged(before) || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                || !w.chars().allMatch(Character::isLetter) || !opener.equals(",") && !titles.contains(opener.toLowerCase(Locale.ROOT))
                || capitalShare(sentence) >= headlineCapitals) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>();
        extended.add(before);
        extended.addAll(mention);
        return extended;
    }

    /**
     * "Export-Import Bank", "Rolls-Royce Holdings": the tagger may start an organization's name after a hyphen; the
     * capitalized word joined to it by the hyphen (no spaces) is part of the name, unless either names a country or the
     * pair modifies a noun ("the Israel-Hamas war", "Hamas-Fatah talks", "the Korea-China Dialogue": two parties).
     */
    private List<CoreLabel> withHyphenatedHead(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1;
        int next = mention.get(mention.size() - 1).index();
        // "the Israel-Hamas war", "Hamas-Fatah talks": two parties joined to modify a noun, no name
        boolean modifiesNoun = next < sentence.size() && sentence.get(next).tag() != null && sentence.get(next).tag().matches("NNS?");
        if (first >= 2 && !modifiesNoun && sentence.get(first - 1).word().equals("-")
                && sentence.get(first - 1).beginPosition() == sentence.get(first - 2).endPosition()
                && sentence.get(first).beginPosition() == sentence.get(first - 1).endPosition()
                && Character.isUpperCase(sentence.get(first - 2).word().charAt(0))
                && !countries.namesOrQualifiesACountry(sentence.get(first - 2).word())
                && !countries.namesOrQualifiesACountry(sentence.get(first).word())) {
            List<CoreLabel> extended = new ArrayList<>(sentence.subList(first - 2, first));
            extended.addAll(mention);
            return extended;
        }
        return mention;
    }

    /**
     * "WWF-Australia", "Transparency International-Kenya": a country's name joined to an organization's by a hyphen
     * (no spaces) names the organization's national branch, unless the pair modifies a noun ("the EU-China summit",
     * "Hamas-Israel indirect talks": two parties), a name goes on after it, or the body is one of states ("NATO-Russia").
     */
    private List<CoreLabel> withHyphenatedCountry(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int hyphen = mention.get(mention.size() - 1).index(); // 0-based position of the word after the name
        String name = mention.stream().map(CoreLabel::word).collect(java.util.stream.Collectors.joining(" "));
        if (hyphen + 1 >= sentence.size() || !sentence.get(hyphen).word().equals("-") || intergovernmental.test(name)
                || sentence.get(hyphen).beginPosition() != sentence.get(hyphen - 1).endPosition()
                || sentence.get(hyphen + 1).beginPosition() != sentence.get(hyphen).endPosition()
                || !countries.namesACountry(sentence.get(hyphen + 1).word())) {
            return mention;
        }
        int after = hyphen + 2;
        boolean goesOn = after < sentence.size() && sentence.get(after).tag() != null
                && sentence.get(after).tag().matches("NNS?|NNPS?|HYPH|JJ.*|VBG|CD");
        if (goesOn) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>(mention);
        extended.addAll(sentence.subList(hyphen, hyphen + 2));
        return extended;
    }

    /**
     * The tagger sometimes stops an organization's name at "of" ("International Court of" of "International Court of
     * Justice"): take the proper nouns that follow, or drop the dangling word when none follow.
     */
    private List<CoreLabel> withNameAfterConnector(List<CoreLabel> sentence, List<CoreLabel> mention) {
        if (mention.size() < 2 || !nameConnectors.contains(mention.get(mention.size() - 1).word())) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>(mention);
        for (int next = mention.get(mention.size() - 1).index(); next < sentence.size()
                && sentence.get(next).tag() != null && sentence.get(next).tag().startsWith("NNP"); next++) {
            extended.add(sentence.get(next));
        }
        return extended.size() > mention.size() ? extended : mention.subList(0, mention.size() - 1);
    }

    /**
     * "the Bill and Melinda Gates Foundation", "the Knut and Alice Wallenberg Foundation": the tagger starts a name after
     * the "and" of its first words. One capitalized proper noun (untagged, or a given name the tagger took for a person;
     * no title) and "and" between "the" and a name ending in organization.conjoinedFounders.heads are its start.
     */
    private List<CoreLabel> withConjoinedFirstWord(List<CoreLabel> sentence, List<CoreLabel> mention, List<Mention> persons) {
        int first = mention.get(0).index() - 1; // 0-based position of the name's first word
        CoreLabel word = first >= 2 ? sentence.get(first - 2) : null;
        if (mention.size() < 2 || first < 3 || !foundersNameHeads.contains(mention.get(mention.size() - 1).word())
                || !sentence.get(first - 1).word().equals("and") || !tagged(word, "NNP") || titles.contains(word.word().toLowerCase(Locale.ROOT))
                || !untaggedProperNoun(word) && !"PERSON".equals(word.ner()) || !sentence.get(first - 3).word().equalsIgnoreCase("the")
                || "PERSON".equals(sentence.get(first - 3).ner())) {
            return mention;
        }
        persons.removeIf(m -> m.firstToken() == first - 2 && m.endToken() == first - 1);
        List<CoreLabel> extended = new ArrayList<>(sentence.subList(first - 2, first));
        extended.addAll(mention);
        return extended;
    }

    /**
     * "The Mineworkers Union of Zambia", "the Football Association of Wales": the tagger stops a name at "of" before a
     * country's name it tags as a place. A name whose last word is one of organization.headWords takes "of" and the
     * country's name (one to three proper nouns, maybe after "the", no proper noun or possessive after them) into it, unless the actor
     * dictionary knows the name as an organization no country owns ("the European Union of Kosovo" is no name). A name
     * whose head is its word before "of", or a town's or region's name after "of", is taken so only before the whole
     * name's acronym in brackets.
     */
    private List<CoreLabel> withCountryAfterHead(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index(); // 0-based position of the word after the name
        boolean headed = organizationHeads.contains(mention.get(mention.size() - 1).word());
        if (!(headed || mention.size() >= 3 && organizationHeads.contains(spelledHead(mention))) || next + 1 >= sentence.size()
                || !sentence.get(next).word().equals("of")) {
            return mention;
        }
        // "the National Library of the Czech Republic": a country's name may open with "the"
        int start = next + 2 < sentence.size() && sentence.get(next + 1).word().equals("the") ? next + 2 : next + 1;
        int end = properNounsEnd(sentence, start, t -> true);
        String country = sentence.subList(start, end).stream().map(CoreLabel::word).collect(java.util.stream.Collectors.joining(" "));
        // not a country's possessive after "of" ("an investigation by the European Commission of Ireland's tax deal"),
        // nor a body the actor dictionary knows by its own name ("the recognition by the European Union of Kosovo")
        String name = mention.stream().map(CoreLabel::word).collect(java.util.stream.Collectors.joining(" "));
        // "the Federation of Neighbourhood Councils of El Alto (Fejuve)": a town's or region's name too, when the acronym
        // of the whole name follows it in brackets
        // (not a place's or a body's own name in the brackets: "(Bolivia)", "(Reuters)")
        CoreLabel bracketed = bracketedWordAt(sentence, end) ? sentence.get(end + 1) : null;
        boolean acronymOfWhole = bracketed != null && BRACKETED_ACRONYM.matcher(bracketed.word()).matches()
                && !"LOCATION".equals(bracketed.ner()) && !"ORGANIZATION".equals(bracketed.ner())
                && !countries.namesOrQualifiesACountry(bracketed.word())
                && sentence.subList(start, end).stream().allMatch(t -> "LOCATION".equals(t.ner()));
        if (end == start || nameGoesOn(sentence, end)
                || !(countries.namesACountry(country) && headed || acronymOfWhole) || nonStateOrganization.test(name)) {
            return mention;
        }
        // "the Intergovernmental Committee of the Paraguay-Paraná Waterway": a country's name may open a compound of
        // proper nouns joined to it by a hyphen (no spaces), which names the thing the body is of; the compound is the name's
        int compoundEnd = end;
        while (PersonGrouping.hyphenatedEnd(sentence, compoundEnd - 1) == compoundEnd + 2 && Character.isUpperCase(sentence.get(compoundEnd + 1).word().charAt(0))) {
            int tail = properNounsEnd(sentence, compoundEnd + 1, t -> true);
            if (tail == compoundEnd + 1) {
                break;
            }
            compoundEnd = tail;
        }
        if (compoundEnd > end && nameGoesOn(sentence, compoundEnd)) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>(mention);
        extended.addAll(sentence.subList(next, compoundEnd));
        return extended;
    }

    /**
     * "talks between the Irish Medical Organisation and Health Minister Jennifer Carroll MacNeill": the tagger may run a
     * name on through "and" into the field of a title right after it; the name ends before "and".
     */
    private List<CoreLabel> withoutTitlesFieldAfterAnd(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index(); // 0-based position of the word after the name
        if (mention.size() < 4 || !mention.get(mention.size() - 2).word().equals("and") || next >= sentence.size()
                || !Character.isUpperCase(sentence.get(next).word().charAt(0))
                || !titles.contains(sentence.get(next).word().toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return mention.subList(0, mention.size() - 2);
    }

    /**
     * "the National Commission for Museums and Monuments", "the Ministry of Trade and Industry": the tagger may stop a
     * name with a connector ("of", "for") at the "and" of its last words. One untagged proper noun after "and" that ends
     * the noun phrase is the name's last word; so is a field the tagger tags as a name of its own ("the High Court of
     * Cassation and Justice").
     */
    private List<CoreLabel> withConjoinedLastWord(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index(); // 0-based position of the word after the name
        // "the High Court of Cassation and Justice,": the tagger may tag the last word a name of its own, when it is a
        // field of a body's name ({@link #fieldWord}), no other body's ("the Bank of England and Barclays"), and ends the
        // phrase (not "the Bank of England and Labour have agreed")
        CoreLabel last = next + 1 < sentence.size() ? sentence.get(next + 1) : null;
        boolean taggedAlone = last != null && "NNP".equals(last.tag()) && "ORGANIZATION".equals(last.ner()) && fieldWord(last)
                && (next + 2 >= sentence.size() || !Character.isLetterOrDigit(sentence.get(next + 2).word().charAt(0)));
        if (!connectorBeforeAnd(sentence, mention) || !untaggedProperNoun(last) && !taggedAlone
                || next + 2 < sentence.size() && tagged(sentence.get(next + 2), "NN")) {
            return mention;
        }
        List<CoreLabel> extended = new ArrayList<>(mention);
        extended.add(sentence.get(next));
        extended.add(sentence.get(next + 1));
        return extended;
    }

    /**
     * "the Brazilian Institute of Environment and Renewable Natural Resources (IBAMA)": as {@link #withConjoinedLastWord},
     * two or three untagged capitalized words after "and", the last a proper noun and none a title or a country's word,
     * right before a bracketed acronym (which names the whole).
     */
    private List<CoreLabel> withConjoinedWordsBeforeAcronym(List<CoreLabel> sentence, List<CoreLabel> mention) {
        if (!connectorBeforeAnd(sentence, mention)) {
            return mention;
        }
        int next = mention.get(mention.size() - 1).index();
        int end = next + 1;
        while (end < sentence.size() && end <= next + 3 && untaggedCapitalizedWord(sentence.get(end))
                && (untaggedProperNoun(sentence.get(end)) || tagged(sentence.get(end), "JJ"))
                && !titles.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))
                && !countries.namesOrQualifiesACountry(sentence.get(end).word())) {
            end++;
        }
        boolean acronymAfter = bracketedWordAt(sentence, end) && ACRONYM_WORD.matcher(sentence.get(end + 1).word()).matches();
        return end > next + 2 && acronymAfter && untaggedProperNoun(sentence.get(end - 1))
                ? sentence.subList(mention.get(0).index() - 1, end) : mention;
    }

    /**
     * "the England and Wales Cricket Board (ECB)", "the Trinidad and Tobago Football Association (TTFA)": the tagger may
     * start a name named after two places at the second; a capitalized word and "and" right before it open the name when
     * the bracketed acronym after it starts with that word's initial, not with the name's own.
     */
    private List<CoreLabel> withConjoinedPlaceBefore(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int start = mention.get(0).index() - 1;
        int next = mention.get(mention.size() - 1).index();
        if (start < 2 || !sentence.get(start - 1).word().equals("and") || !bracketedWordAt(sentence, next)) {
            return mention;
        }
        CoreLabel first = sentence.get(start - 2);
        String acronym = sentence.get(next + 1).word();
        boolean spelledFromFirst = ACRONYM_WORD.matcher(acronym).matches() && acronym.charAt(0) == first.word().charAt(0)
                && acronym.charAt(0) != mention.get(0).word().charAt(0);
        return capitalizedProperNoun(first) && spelledFromFirst && (start < 3 || !tagged(sentence.get(start - 3), "NNP"))
                ? sentence.subList(start - 2, next) : mention;
    }

    /**
     * "the Kenya Medical Practitioners and Dentists Council": the tagger may stop a body's name named for two groups at
     * the "and"; after "the" and a name with no body's head word of its own (organization.headWords) that ends in a plural
     * (a group: not "the Pentagon and State Department"), "and" and one to three capitalized words the tagger left
     * untagged, the last a head word that ends the name, are the name's.
     */
    private List<CoreLabel> withConjoinedWordsAndHead(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.get(0).index() - 1;
        int next = mention.get(mention.size() - 1).index();
        String lastTag = mention.get(mention.size() - 1).tag();
        if (first < 1 || !sentence.get(first - 1).word().equalsIgnoreCase("the") || next + 1 >= sentence.size()
                || !sentence.get(next).word().equals("and") || mention.stream().anyMatch(t -> organizationHeads.contains(t.word()))
                || !"NNPS".equals(lastTag) && !"NNS".equals(lastTag)) {
            return mention;
        }
        int end = next + 1;
        while (end < sentence.size() && end - next <= 3 && untaggedCapitalizedWord(sentence.get(end))
                && sentence.get(end).tag() != null && sentence.get(end).tag().matches("NNP?S?")) {
            end++;
        }
        boolean headLast = end > next + 1 && organizationHeads.contains(sentence.get(end - 1).word());
        boolean ends = end >= sentence.size() || !Character.isUpperCase(sentence.get(end).word().charAt(0))
                && !sentence.get(end).word().equals("of");
        return headLast && ends ? sentence.subList(first, end) : mention;
    }

    /**
     * "the Royal Australian and New Zealand College of Psychiatrists": likewise the tagger may start such a name after
     * the "and"; one to three capitalized words between "the" and "and" that the tagger called no name of a person, body
     * or place, nor a country's or demonyms only ("the British and European Union negotiators"), open a name with a
     * body's head word of its own that ends the noun phrase ("the Israeli and Palestinian Authority delegations").
     */
    private List<CoreLabel> withConjoinedWordsBefore(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int and = mention.get(0).index() - 2; // 0-based position of the word before the name
        if (and < 2 || !sentence.get(and).word().equals("and") || mention.stream().noneMatch(t -> organizationHeads.contains(t.word()))) {
            return mention;
        }
        int start = and;
        while (start > 0 && and - start < 3 && capitalizedNoName(sentence.get(start - 1))) {
            start--;
        }
        int after = mention.get(mention.size() - 1).index(); // 0-based position of the word after the name
        boolean demonymsOnly = sentence.subList(start, and).stream().allMatch(t -> countries.namesOrQualifiesACountry(t.word()));
        if (start == and || start < 1 || !sentence.get(start - 1).word().equalsIgnoreCase("the") || demonymsOnly
                || countries.namesACountry(joinedWords(sentence.subList(start, and)))
                || after < sentence.size() && sentence.get(after).tag() != null && sentence.get(after).tag().matches("NNS?")) {
            return mention;
        }
        return sentence.subList(start, mention.get(mention.size() - 1).index());
    }

    /** A capitalized word the tagger calls no person's, body's or place's name (a demonym it calls MISC may be one). */
    private static boolean capitalizedNoName(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && (untagged(token) || "MISC".equals(token.ner()) || "NATIONALITY".equals(token.ner()));
    }

    /**
     * "the Ministry of Health, Labour and Welfare", "the Ministry of Education, Culture, Sports, Science and Technology":
     * a body's name (its head, before "of" or "for", one of organization.headWords) may list its fields, and the tagger
     * stops at the first comma. Capitalized fields ({@link #fieldWord}), one or two words between commas, and "and"
     * before the last, with no capitalized word after them, are the name's.
     */
    private List<CoreLabel> withListOfFields(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int connector = 1;
        while (connector < mention.size() && !nameConnectors.contains(mention.get(connector).word())) {
            connector++;
        }
        int next = mention.get(mention.size() - 1).index();
        if (connector >= mention.size() - 1 || !organizationHeads.contains(mention.get(connector - 1).word())
                || next >= sentence.size() || !sentence.get(next).word().equals(",")) {
            return mention;
        }
        int k = next;
        boolean and = false;
        while (!and && k < sentence.size() && (sentence.get(k).word().equals(",") || sentence.get(k).word().equals("and"))) {
            and = sentence.get(k).word().equals("and");
            k++;
            if (!and && k < sentence.size() && sentence.get(k).word().equals("and")) {
                and = true; // a serial comma: ", and"
                k++;
            }
            int words = 0;
            while (k < sentence.size() && words < 2 && fieldWord(sentence.get(k))) {
                k++;
                words++;
            }
            if (words == 0) {
                return mention;
            }
        }
        boolean ends = k >= sentence.size() || !Character.isUpperCase(sentence.get(k).word().charAt(0)) || sentence.get(k).word().equals("(");
        return and && ends ? sentence.subList(mention.get(0).index() - 1, k) : mention;
    }

    /**
     * A capitalized field of a ministry (lexicon/ministry-fields.txt), which the tagger may take for a party's or a
     * body's name ("Labour", "Forestry and Fisheries"), not a person's or a place's; or a word of
     * organization.fieldList.innerWords, which may stand among a ministry's listed fields though it is no field of a
     * title ("Local Government" of "the Ministry of Housing, Communities and Local Government"; not "local secretary",
     * "government spokesman").
     */
    private boolean fieldWord(CoreLabel token) {
        String w = token.word();
        String lower = w.toLowerCase(Locale.ROOT);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (ministryFields.contains(lower) || fieldListInnerWords.contains(lower))
                && (untagged(token) || "ORGANIZATION".equals(token.ner()) || "MISC".equals(token.ner()));
    }

    /**
     * "India's Minister of Information and Broadcasting, Rajiv Menon": a portfolio right after a title and "of" or "for";
     * "Ghana's Minister for Communication, Digital Technology and Innovations", "the Secretary of State for Science,
     * Innovation and Technology": words of the list of fields after a title (or "Secretary of State") and "for" or "of"
     * are no body the tagger may take them for. Every word of the name but "and" and every word of the list before it
     * is a ministry's field (lexicon/ministry-fields.txt, singular or plural): not "the chief executive of LG Chem and LG
     * Energy Solution", "chairman of Siemens and Siemens Energy".
     */
    private boolean fieldOfATitle(List<CoreLabel> tokens, List<CoreLabel> mention) {
        int k = mention.get(0).index() - 2; // 0-based position of the word before the name
        // "India's Minister of Information and Broadcasting, Rajiv Menon", "the Minister of State for Health": the
        // portfolio right after a state's title (lexicon/state-titles.txt; not "chief executive of Enterprise"), maybe
        // after "State for"
        // (the tagger may take the title and its country in: "British Minister of State for Health")
        int inner = 0;
        while (inner < mention.size() - 2 && countries.namesOrQualifiesACountry(mention.get(inner).word())) {
            inner++;
        }
        boolean titleInside = mention.size() > inner + 2 && stateTitleHeads.contains(mention.get(inner).word().toLowerCase(Locale.ROOT))
                && (mention.get(inner + 1).word().equals("of") || mention.get(inner + 1).word().equals("for"));
        List<CoreLabel> portfolio = titleInside ? mention.subList(inner + 2, mention.size()) : mention;
        if (portfolio.size() > 2 && portfolio.get(0).word().equals("State") && portfolio.get(1).word().equals("for")) {
            portfolio = portfolio.subList(2, portfolio.size());
        }
        boolean titleBefore = k >= 1 && (tokens.get(k).word().equals("of") || tokens.get(k).word().equals("for"))
                && stateTitleHeads.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
        if ((titleInside || titleBefore) && listedField(portfolio.get(0).word())
                && portfolio.stream().allMatch(t -> t.word().equals("and") || listedField(t.word()))) {
            return true;
        }
        if (k < 3 || !tokens.get(k).word().equals(",") && !tokens.get(k).word().equals("and")
                || !mention.stream().allMatch(t -> t.word().equals("and") || listedField(t.word()))) {
            return false;
        }
        boolean field = false;
        for (; k > 0 && mention.get(0).index() - 2 - k < 8; k--) {
            String w = tokens.get(k).word();
            if (w.equals(",") || w.equals("and")) {
                continue;
            }
            if (!listedField(w) || !untagged(tokens.get(k)) && !"ORGANIZATION".equals(tokens.get(k).ner())) {
                break;
            }
            field = true;
        }
        if (!field || k < 1 || !tokens.get(k).word().equals("for") && !tokens.get(k).word().equals("of")) {
            return false;
        }
        String title = tokens.get(k - 1).word().toLowerCase(Locale.ROOT);
        boolean ofState = title.equals("state") && k >= 3 && tokens.get(k - 2).word().equals("of")
                && titles.contains(tokens.get(k - 3).word().toLowerCase(Locale.ROOT));
        return titles.contains(title) || ofState;
    }

    /** A capitalized word that is a ministry's field (lexicon/ministry-fields.txt), singular or plural ("Communication"). */
    private boolean listedField(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return ministryFields.contains(w) || ministryFields.contains(w + "s") || w.endsWith("s") && ministryFields.contains(w.substring(0, w.length() - 1));
    }

    /** A name with a connector after its first word ("of", "for"), ending in a proper noun right before "and" and a word. */
    private boolean connectorBeforeAnd(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index();
        return mention.stream().skip(1).anyMatch(t -> nameConnectors.contains(t.word())) && tagged(mention.get(mention.size() - 1), "NNP")
                && next + 1 < sentence.size() && sentence.get(next).word().equals("and");
    }

    /**
     * The tagger sometimes runs an organization's name on through a connector into plain words ("who managed [Liverpool
     * for nine years]"): a name goes on after "of" or "for" only in words with a capital, numbers and short words
     * ("Organisation for Economic Co-operation and Development", "Democratic Party of Côte d'Ivoire", "Empresa
     * Propietaria de la Red", "Group of 20"); the connector and what follows are dropped otherwise.
     */
    private List<CoreLabel> withoutCommonWordsAfterConnector(List<CoreLabel> mention) {
        for (int i = 1; i < mention.size() - 1; i++) {
            if (!nameConnectors.contains(mention.get(i).word())) {
                continue;
            }
            for (CoreLabel t : mention.subList(i + 1, mention.size())) {
                String w = t.word();
                // short words are a name's articles and particles ("the", "de la Red", "al-"), a capital inside one
                // a name's word ("Côte d'Ivoire", "McDonald's")
                boolean nameWord = w.length() <= 3 || !w.equals(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0));
                if (!nameWord) {
                    return mention.subList(0, i);
                }
            }
        }
        return mention;
    }

    /**
     * "Ainārs Šlesers, the leader of the opposition party Latvia First,": a name the tagger missed (as it may miss names
     * with rare letters) that opens its sentence with an apposition on a person's title. A run of two or three capitalized
     * proper nouns no entity holds, at the sentence's start, then a comma, an article, at most four adjectives or nouns
     * and a title (lexicon/titles.txt) followed by "of", "at", "for" or a comma: a person. Not words that name a country
     * or say a company ("Nordhavn Bio"), nor before a possessive ("X, the company's chief": the company's name), nor a
     * title an organization may hold too (person.apposition.organizationTitles: "Sea Shepherd, the owner of the ship,").
     */
    private List<Mention> namesBeforeTitledApposition(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> people, List<Mention> orgs) {
        int start = tokens.isEmpty() || !"``".equals(tokens.get(0).tag()) ? 0 : 1;
        int end = start;
        while (end < tokens.size() && end - start < 3 && untaggedCapitalized(tokens.get(end))) {
            end++;
        }
        if (end - start < 2 || end + 3 >= tokens.size() || !",".equals(tokens.get(end).word()) || !"DT".equals(tokens.get(end + 1).tag())
                || covered(people, start) || covered(orgs, start)) {
            return List.of();
        }
        List<CoreLabel> name = tokens.subList(start, end);
        if (name.stream().anyMatch(t -> countries.namesOrQualifiesACountry(t.word()) || titles.contains(t.word().toLowerCase(Locale.ROOT)))
                || companyTail(name.get(name.size() - 1).word())) {
            return List.of();
        }
        for (int k = end + 2; k < tokens.size() - 1 && k <= end + 6; k++) {
            CoreLabel w = tokens.get(k);
            String next = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
            if (titles.contains(w.word().toLowerCase(Locale.ROOT)) && w.tag().startsWith("NN")
                    && (next.equals("of") || next.equals("at") || next.equals("for") || next.equals(","))) {
                if (organizationTitles.contains(w.word().toLowerCase(Locale.ROOT))) {
                    return List.of(); // "Sea Shepherd, the owner of the ship,": a body may own, head or join
                }
                Mention m = Mention.named(doc, s, name);
                return isName(m.text()) ? List.of(m) : List.of();
            }
            if (!w.tag().startsWith("JJ") && !w.tag().startsWith("NN") && !"HYPH".equals(w.tag()) || "POS".equals(next)) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Names the tagger missed in a list of people: "Gary Chan of DAB and Eunice Yung of New People's Party", "Ho,
     * Chan and Eunice Yung". A run of two or three capitalized proper nouns that no entity holds, joined by "and", "or"
     * or a comma to a person's name (with at most an "of/from the Party" phrase between), is a person too.
     */
    private List<Mention> namesListedWithPeople(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> people) {
        List<Mention> found = new ArrayList<>();
        if (people.isEmpty()) {
            return found;
        }
        boolean[] person = new boolean[tokens.size()];
        for (Mention m : people) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                person[t] = true;
            }
        }
        for (int start = 1; start < tokens.size(); start++) {
            int end = start;
            while (end < tokens.size() && end - start < 3 && untaggedCapitalized(tokens.get(end))) {
                end++;
            }
            if (end - start < 2 || end < tokens.size() && untaggedCapitalized(tokens.get(end)) || untaggedCapitalized(tokens.get(start - 1))) {
                continue;
            }
            boolean titled = tokens.subList(start, end).stream().anyMatch(t -> titles.contains(t.word().toLowerCase(Locale.ROOT)));
            if (!titled && (listedAfterPerson(tokens, person, start) || listedBeforePerson(tokens, person, end))) {
                Mention m = Mention.named(doc, s, tokens.subList(start, end));
                if (isName(m.text())) {
                    found.add(m);
                }
                start = end;
            }
        }
        return found;
    }

    /**
     * "China's Xi met Russia's Putin", "Syria's al-Sharaa visits Riyadh": news shorthand names a leader by the country's
     * possessive and a surname, which the tagger may leave untagged. One capitalized proper noun (or a lower-case
     * particle of name.hyphenParticles, a hyphen and one: "al-Sharaa") right after a country and "'s", that no entity
     * holds, no title, country or seat of government, no acronym or brand, and followed by a verb a person does
     * (person.countryPossessive.verbs, after a modal or not; not "Japan's Nikkei fell"): a person. Right before a person
     * the tagger found, such a word is that person's given name ("Turkey's Recep Tayyip Erdogan"); the list of people is
     * changed in place.
     */
    private List<Mention> namesOwnedByCountries(Annotation doc, int s, List<CoreLabel> tokens, List<Mention> countryMentions,
                                                List<Mention> people, List<Mention> orgs) {
        List<Mention> found = new ArrayList<>();
        for (Mention country : countryMentions) {
            int start = country.endToken() + 1;
            if (start >= tokens.size() || !"POS".equals(tokens.get(start - 1).tag())) {
                continue;
            }
            int name = start;
            CoreLabel first = tokens.get(start);
            if (hyphenParticles.contains(first.word()) && start + 2 < tokens.size() && tokens.get(start + 1).word().equals("-")) {
                name = start + 2; // "al-Sharaa"
            }
            if (name >= tokens.size() || !untaggedCapitalized(tokens.get(name)) || covered(people, name) || covered(orgs, name)) {
                continue;
            }
            String word = tokens.get(name).word();
            String lower = word.toLowerCase(Locale.ROOT);
            // "France's TotalEnergies": a capital inside the word is a brand's, unless a surname's prefix ends there ("McCarthy")
            boolean brand = INNER_CAPITAL.matcher(word).find() && surnamePrefixes.stream().noneMatch(p -> word.startsWith(p)
                    && word.length() > p.length() && Character.isUpperCase(word.charAt(p.length())) && !INNER_CAPITAL.matcher(word.substring(p.length())).find());
            // "Israel's Mr Netanyahu", "Britain's Lord Cameron": an honorific is no given name
            if (brand || word.equals(word.toUpperCase(Locale.ROOT)) || titles.contains(lower) || honorifics.contains(lower)
                    || countries.namesACountry(word) || seatOfGovernment.test(word) || organizationStopwords.contains(lower)) {
                continue;
            }
            int end = name + 1;
            // "Turkey's Recep Tayyip Erdogan": a given name the tagger left out before the person it found
            Mention after = people.stream().filter(p -> p.firstToken() == end && p.sentence() == s).findFirst().orElse(null);
            if (name == start && after != null && isName(word)) {
                people.set(people.indexOf(after), Mention.named(doc, s, tokens.subList(name, after.endToken())));
                continue;
            }
            int verb = end < tokens.size() && "MD".equals(tokens.get(end).tag()) ? end + 1 : end;
            if (verb >= tokens.size() || tokens.get(verb).tag() == null || !tokens.get(verb).tag().startsWith("VB")
                    || !countryPossessiveVerbs.contains(lemma(tokens.get(verb)))) {
                continue;
            }
            // "al-Sharaa": the particle is the name's, in lower case as written
            if (isName(word)) {
                found.add(Mention.named(doc, s, tokens.subList(start, end)));
            }
        }
        return found;
    }

    private boolean untaggedCapitalized(CoreLabel token) {
        return "NNP".equals(token.tag()) && untaggedCapitalizedWord(token);
    }

    /**
     * An untagged capitalized word that may open a name the tagger began later: no country's word, title or
     * organization.notNameOpeners word ("the Royal Norwegian Air Force", "led by Fair Play Lahti").
     */
    private boolean freeNameWord(CoreLabel token) {
        String lower = token.word().toLowerCase(Locale.ROOT);
        return untaggedCapitalizedWord(token) && !countries.namesOrQualifiesACountry(token.word()) && !titles.contains(lower)
                && !nameOpeningModifiers.contains(lower);
    }

    private static boolean untaggedCapitalizedWord(CoreLabel token) {
        String w = token.word();
        return untagged(token) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    private static boolean untagged(CoreLabel token) {
        return token.ner() == null || "O".equals(token.ner());
    }

    /** "Gary Chan of DAB and |Eunice Yung": a joining word right before, and a person within a few words before it. */
    private boolean listedAfterPerson(List<CoreLabel> tokens, boolean[] person, int start) {
        if (!listJoins.matcher(tokens.get(start - 1).word()).matches()) {
            return false;
        }
        for (int t = start - 2; t >= Math.max(0, start - 2 - listReach); t--) {
            if (person[t]) {
                return true;
            }
            if (!listFiller(tokens.get(t))) {
                return false;
            }
        }
        return false;
    }

    /** "Eunice Yung| and Gary Chan": a joining word right after, then a person. */
    private boolean listedBeforePerson(List<CoreLabel> tokens, boolean[] person, int end) {
        if (end + 1 >= tokens.size() || !listJoins.matcher(tokens.get(end).word()).matches()) {
            return false;
        }
        return person[end + 1];
    }

    /** What may stand between two listed names: an affiliation ("of the Civic Party"), a comma. */
    private boolean listFiller(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.startsWith("NNP") || tag.equals("POS") || listFillers.matcher(token.word()).matches();
    }

    /** Whether a name follows "in" or "in the" (a preposition of place): "banned in the EU" names a place. */
    private boolean afterPlacePrepositionOrItsThe(List<CoreLabel> sentence, List<CoreLabel> mention) {
        return afterOneOfOrItsThe(sentence, mention, placePrepositions);
    }

    /** Whether the name comes right after one of the words (lower case), maybe and "the". */
    private static boolean afterOneOfOrItsThe(List<CoreLabel> sentence, List<CoreLabel> mention, Set<String> words) {
        int before = mention.get(0).index() - 2;
        if (before >= 0 && sentence.get(before).word().equalsIgnoreCase("the")) {
            before--;
        }
        return before >= 0 && words.contains(sentence.get(before).word().toLowerCase(Locale.ROOT));
    }

    /** One-word names of the tagger's people that the text also uses after a determiner, untagged ("the Rohingya"). */
    private Set<String> namesHeadingNounPhrases(List<CoreMap> sentences, List<Mention> persons) {
        Set<String> oneWord = new HashSet<>();
        for (Mention m : persons) {
            if (m.endToken() - m.firstToken() == 1) {
                oneWord.add(m.text());
            }
        }
        Set<String> found = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel token : tokens) {
                if (oneWord.contains(token.word()) && headsNounPhrase(tokens, List.of(token))) {
                    found.add(token.word());
                }
            }
        }
        return found;
    }

    /**
     * "the ruling Morena party ... the Morena delegation": a one-word name the story has named as an organization is that
     * organization where the tagger calls it a person, unless a person named in full bears it as a surname; so is a name
     * of two words or more that no given name opens ("the German retailer Brenner Markt ... Brenner Markt said it"), and
     * any name {@link #companiesTakenForPersons} found a company ({@code companies}). Moves such mentions from persons to
     * the organization.
     */
    private void organizationsTakenForPersons(DocumentEntities result, List<Mention> persons, Map<String, Entity> organizations,
                                              Set<String> companies) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : persons) {
            String[] words = m.text().split("\\s+");
            if (words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        persons.removeIf(m -> {
            boolean oneWord = m.endToken() - m.firstToken() == 1;
            Entity organization = oneWord && !surnames.contains(m.text()) || companies.contains(m.text())
                    || !oneWord && !genders.isGivenName(m.text().split("\\s+")[0]) ? organizations.get(m.text()) : null;
            if (organization == null) {
                return false;
            }
            result.link(organization, m);
            return true;
        });
    }

    /**
     * "Workers at Ocado's automated warehouse ... Ocado had urged employees", "Shell bought a stake in Voltaris": a
     * one-word name the tagger calls a person is a company when one of its mentions owns what only a company has
     * (organization.companyPossessions: a warehouse, shareholders, a chief executive), follows a stake noun and "in"
     * (organization.stakeNouns: "shares in", "a stake in"), follows such a possession and "of" ("chief executive of
     * Vitória de Guimarães") or takes a "which" clause that says what only a company is
     * ("Bolt, which is based in Estonia"), reports what it does as "it" ("Sacyr said it was studying an appeal") or is
     * the subject of "was founded" ("Lanna Botanica was founded in 2020 by");
     * not a given name ("Maria's factory"), nor a word of the name of a person named
     * in full in the story ("Ford's chief executive" beside Bill Ford stays ambiguous, and the
     * story's person). A longer name with no word of another person's name counts too, by the "which" clause alone when
     * a given name opens it ("Royal Tokaji, which was founded in 1990"). Adds the organization, or takes the one
     * organization whose longer name the word opens; {@link #organizationsTakenForPersons} then moves every mention to
     * it. Returns the names found.
     */
    private Set<String> companiesTakenForPersons(DocumentEntities result, List<CoreMap> sentences, List<Mention> persons,
                                                 Map<String, Entity> organizations) {
        Set<String> found = new TreeSet<>();
        // the full names of persons each word is a word of ("Prabowo Subianto ... Prabowo's share of the vote")
        Map<String, Set<String>> fullNamesByWord = new HashMap<>();
        for (Mention m : persons) {
            String[] words = m.text().split("\\s+");
            if (words.length > 1) {
                for (String word : words) {
                    fullNamesByWord.computeIfAbsent(word, w -> new HashSet<>()).add(m.text());
                }
            }
        }
        Set<String> candidates = new TreeSet<>();
        // a longer name, none of whose words is another person's, only by the "which" clause no person takes ("Royal
        // Tokaji, which was founded in 1990") or, when no given name opens it, after a company's possession and "of"
        // ("chief executive of Vitória de Guimarães"); not by its own possessive, which a person's name takes as well
        // ("Elon Musk's takeover")
        Set<String> longer = new HashSet<>();
        Set<String> givenNameOpened = new HashSet<>();
        for (Mention m : persons) {
            String name = m.text();
            List<String> words = Arrays.asList(name.split("\\s+"));
            if (organizations.containsKey(name)) {
                continue;
            }
            if (m.endToken() - m.firstToken() == 1 && !fullNamesByWord.containsKey(name) && !genders.isGivenName(name)) {
                candidates.add(name);
            }
            boolean sharesAWord = words.stream().anyMatch(w -> fullNamesByWord.getOrDefault(w, Set.of()).stream()
                    .anyMatch(other -> !other.equals(name) && other.contains(" ")));
            if (words.size() > 1 && !sharesAWord) {
                candidates.add(name);
                longer.add(name);
                if (genders.isGivenName(words.get(0))) {
                    givenNameOpened.add(name);
                }
            }
        }
        if (candidates.isEmpty()) {
            return found;
        }
        // the name wherever it stands, whatever the tagger called it there ("Workers at Ocado's warehouse": a place)
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                int end = t + 1;
                String word = tokens.get(t).word();
                while (!candidates.contains(word) && end < tokens.size() && end - t < 5) {
                    word = word + " " + tokens.get(end++).word();
                }
                boolean byOwnership = !longer.contains(word) && (ownedIn(tokens, t) || ownsWhatACompanyHas(tokens, end) || ownerAfter(tokens, t))
                        || !givenNameOpened.contains(word) && companysOwnBefore(tokens, t);
                boolean byClause = companyClauseAfter(tokens, end, givenNameOpened.contains(word) ? companyClauseWordsAfterGivenName : companyClauseWords)
                        || !givenNameOpened.contains(word) && reportsItselfAsIt(tokens, t, end) || foundedAsSubject(tokens, t, end);
                if (candidates.contains(word) && tagged(tokens.get(t), "NNP") && (byOwnership || byClause)) {
                    // the first word of exactly one organization's longer name is that organization ("Vestfjord Verft ...
                    // Vestfjord's managing director")
                    String name = word;
                    List<Entity> opened = organizations.entrySet().stream().filter(e -> e.getKey().startsWith(name + " "))
                            .map(Map.Entry::getValue).distinct().toList();
                    Entity company = opened.size() == 1 ? opened.get(0) : Entity.named(EntityType.ORGANIZATION, name);
                    if (opened.size() != 1) {
                        result.add(company);
                    }
                    organizations.put(name, company);
                    candidates.remove(name);
                    found.add(name);
                }
            }
        }
        return found;
    }

    /**
     * "the brothers Cian and Rory Doyle", "Bill and Melinda Gates": a given name alone right before "and" and a name of
     * two or more words that opens with a given name shares that name's surname; the full names of such mentions. Not
     * a word another person's name ends in ("Kamala Harris ... Harris and Joe Biden"), nor after a capitalized word.
     */
    private Map<Mention, String> sharedSurnames(List<CoreMap> sentences, List<Mention> persons) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : persons) {
            String[] words = m.text().split("\\s+");
            if (words.length >= 2) {
                surnames.add(words[words.length - 1]);
            }
        }
        Map<Mention, String> full = new HashMap<>();
        for (Mention m : persons) {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            int and = m.endToken();
            if (m.endToken() - m.firstToken() != 1 || and + 2 >= tokens.size() || !tokens.get(and).word().equals("and")
                    || !genders.isGivenName(m.text()) || surnames.contains(m.text())
                    || m.firstToken() > 0 && capitalizedName(tokens.get(m.firstToken() - 1))) {
                continue;
            }
            for (Mention other : persons) {
                String[] words = other.text().split("\\s+");
                if (other.sentence() == m.sentence() && other.firstToken() == and + 1 && words.length >= 2 && genders.isGivenName(words[0])) {
                    full.put(m, m.text() + " " + String.join(" ", Arrays.asList(words).subList(1, words.length)));
                }
            }
        }
        return full;
    }

    /**
     * Whether a name at {@code start} opens its clause: the sentence, or after a punctuation mark, a possessive's "'s", a
     * conjunction or a determiner ("Spain's Sacyr said", "and Sacyr said"); not after a verb or a preposition.
     */
    private static boolean opensItsClause(List<CoreLabel> tokens, int start) {
        return start == 0 || !Character.isLetterOrDigit(tokens.get(start - 1).word().charAt(0))
                || tagged(tokens.get(start - 1), "CC") || tagged(tokens.get(start - 1), "DT");
    }

    /**
     * "Lanna Botanica was founded in 2020 by Pornthip Srisuk": the name, opening its clause, is the subject of a form
     * of "be" and one of organization.foundedPassive.participles: only a body is founded, established or incorporated.
     */
    private boolean foundedAsSubject(List<CoreLabel> tokens, int start, int end) {
        return opensItsClause(tokens, start) && end + 1 < tokens.size() && "be".equals(lemma(tokens.get(end)))
                && foundedParticiples.contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Sacyr said it was studying whether to appeal", "Brenner Markt said that it had played no part": the name opens
     * its clause (the sentence, or after a punctuation mark, a possessive's "'s", a conjunction or a determiner: "Spain's
     * Sacyr said") and is the subject of one of organization.selfAsIt.verbs, whose reported clause opens with "it" and
     * one of organization.selfAsIt.actVerbs, what a body does, after at most a modal or an auxiliary and "not", "also"
     * or "never". A person reports the same with "he" or "she"; "it" said of an event or a plan takes other verbs ("Lula
     * said it would take years", "it could happen again", "it was going to be a long war").
     */
    private boolean reportsItselfAsIt(List<CoreLabel> tokens, int start, int end) {
        if (!opensItsClause(tokens, start) || end + 2 >= tokens.size() || !selfAsItVerbs.contains(lemma(tokens.get(end)))
                || !(tagged(tokens.get(end), "VBD") || tagged(tokens.get(end), "VBZ") || tagged(tokens.get(end), "VBP"))) {
            return false;
        }
        int it = tokens.get(end + 1).word().equalsIgnoreCase("that") ? end + 2 : end + 1;
        if (it + 1 >= tokens.size() || !tokens.get(it).word().equals("it")) {
            return false;
        }
        int verb = it + 1;
        // "it would", "it had", "it was" before the verb, then "not", "also", "never"
        if (verb + 1 < tokens.size() && (tagged(tokens.get(verb), "MD") || "have".equals(lemma(tokens.get(verb))) || "be".equals(lemma(tokens.get(verb))))) {
            verb++;
        }
        while (verb + 1 < tokens.size() && selfAsItAdverbs.contains(tokens.get(verb).word().toLowerCase(Locale.ROOT))) {
            verb++;
        }
        return tagged(tokens.get(verb), "VB") && selfAsItActVerbs.contains(lemma(tokens.get(verb)));
    }

    /**
     * ", which is based in Estonia", ", which is owned by": a relative clause with "which", no person's pronoun, saying
     * within four words what only a company is (one of the clause words) right after the 0-based {@code end}.
     */
    private static boolean companyClauseAfter(List<CoreLabel> tokens, int end, Set<String> clauseWords) {
        if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",") || !tokens.get(end + 1).word().equalsIgnoreCase("which")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(tokens.size(), end + 6); k++) {
            if (clauseWords.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ten years as chief executive of Vitória de Guimarães", "a subsidiary of Altice": what only a company has
     * (organization.companyPossessions) and "of" right before the 0-based token {@code first}.
     */
    private boolean companysOwnBefore(List<CoreLabel> tokens, int first) {
        return wordAndPrepositionBefore(tokens, first, "of", companyPossessions, true);
    }

    /** "owned by", "controlled by" (organization.ownerParticiples) right before the 0-based token {@code first}. */
    private boolean ownerAfter(List<CoreLabel> tokens, int first) {
        return wordAndPrepositionBefore(tokens, first, "by", ownerParticiples, false);
    }

    /** Whether one of the words (as written, or by lemma) and then the preposition stand right before token {@code first}. */
    private static boolean wordAndPrepositionBefore(List<CoreLabel> tokens, int first, String preposition, Set<String> words, boolean byLemma) {
        return first >= 2 && tokens.get(first - 1).word().equals(preposition)
                && words.contains(byLemma ? lemma(tokens.get(first - 2)) : tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
    }

    /** "shares in", "a 10 percent stake in" (organization.stakeNouns) right before the 0-based token {@code first}. */
    private boolean ownedIn(List<CoreLabel> tokens, int first) {
        return wordAndPrepositionBefore(tokens, first, "in", stakeNouns, true);
    }

    /** "'s", then at most three modifiers, then the head noun of a thing only a company has: "Ocado's automated warehouse". */
    private boolean ownsWhatACompanyHas(List<CoreLabel> tokens, int end) {
        if (end >= tokens.size() || !"POS".equals(tokens.get(end).tag())) {
            return false;
        }
        CoreLabel head = headNounAfter(tokens, end);
        return head != null && companyPossessions.contains(lemma(head));
    }

    /**
     * The head noun of the noun phrase right after the 0-based token {@code at}, past at most three modifiers (adjectives,
     * nouns, participles, hyphens: "'s automated warehouse", "its chief executive"), or null where something else comes.
     */
    static CoreLabel headNounAfter(List<CoreLabel> tokens, int at) {
        for (int k = at + 1; k < Math.min(tokens.size(), at + 5); k++) {
            CoreLabel t = tokens.get(k);
            if (tagged(t, "NN") && (k + 1 == tokens.size() || !tagged(tokens.get(k + 1), "NN"))) {
                return t;
            }
            if (!tagged(t, "JJ") && !tagged(t, "NN") && !tagged(t, "VBN") && !tagged(t, "HYPH")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Rosario City Council ... the mayor of Rosario", "Calderbridge Borough Council ... Calderbridge": a one-word name the
     * tagger took for a person's that a town's body named in the story opens, before one of
     * organization.townBodyTails, is the town, no person; not the surname of a person named in full ("Warren City
     * Council ... Councilwoman Angela Warren ... Warren said").
     */
    private Set<String> townsOfTheirBodies(List<Mention> persons, Set<String> organizationNames) {
        Set<String> surnames = new HashSet<>(); // "Councilwoman Angela Warren": the words after a full name's last space
        for (Mention p : persons) {
            if (p.text().contains(" ")) {
                surnames.add(p.text().substring(p.text().lastIndexOf(' ') + 1));
            }
        }
        Set<String> towns = new HashSet<>();
        for (Mention m : persons) {
            if (!m.text().contains(" ") && !surnames.contains(m.text())
                    && townBodyTails.stream().anyMatch(tail -> organizationNames.contains(m.text() + " " + tail))) {
                towns.add(m.text());
            }
        }
        return towns;
    }

    /**
     * "ending Douglas era" in a story about "McDonnell Douglas" and "Douglas Aircraft": a one-word name the tagger calls
     * a person, used only before a common noun, that is a word of an organization's name in the document and the
     * surname of no person named in full there, is the organization's word, no person ("Lula said" beside the "Lula
     * Institute" stays a person; so does "the Trump era" beside Donald Trump).
     */
    private static Set<String> organizationWordsAsModifiers(List<CoreMap> sentences, List<Mention> persons, Set<String> organizationNames) {
        Set<String> surnames = new HashSet<>();
        Map<String, Boolean> onlyModifier = new HashMap<>();
        for (Mention m : persons) {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            if (m.endToken() - m.firstToken() > 1) {
                surnames.add(tokens.get(m.endToken() - 1).word());
                continue;
            }
            CoreLabel next = m.endToken() < tokens.size() ? tokens.get(m.endToken()) : null;
            boolean modifier = next != null && next.tag() != null && next.tag().matches("NNS?");
            onlyModifier.merge(m.text(), modifier, Boolean::logicalAnd);
        }
        Set<String> found = new HashSet<>();
        onlyModifier.forEach((word, modifier) -> {
            if (modifier && !surnames.contains(word) && organizationNames.stream()
                    .anyMatch(name -> name.contains(" ") && Arrays.asList(name.split("\\s+")).contains(word))) {
                found.add(word);
            }
        });
        return found;
    }

    /**
     * A name of two or three proper nouns, none an organization's head, suffix or a country, set off by commas after a
     * title and the "of" phrase that follows it, where the tagger ran the body's tag on past the comma: "met the
     * President of the European Council, António Costa," names the holder. Not a name alone after a title ("its
     * adviser, Goldman Sachs,"), one in a list, nor an organization the dictionary knows.
     */
    private boolean namesTheTitleHolder(List<CoreLabel> tokens, List<CoreLabel> mention) {
        if (mention.size() < 2 || mention.size() > 3) {
            return false;
        }
        for (CoreLabel t : mention) {
            String w = t.word();
            if (!t.tag().equals("NNP") || !Character.isUpperCase(w.charAt(0)) || organizationHeads.contains(w)
                    || legalSuffixes.contains(w) || nameConnectors.contains(w) || countries.namesOrQualifiesACountry(w)
                    || titles.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        int first = mention.get(0).index() - 1;
        int after = mention.get(mention.size() - 1).index();
        // the body's name before the comma, as the tagger tagged it: the tag ran on past the comma ("the European Council,
        // António Costa"); not a list ("the President of Kenya, Deutsche Bank, and several charities")
        if (first < 3 || !tokens.get(first - 1).word().equals(",") || !"ORGANIZATION".equals(tokens.get(first - 2).ner())
                || after < tokens.size() && !appositionClosers.matcher(tokens.get(after).word()).matches()
                || after + 1 < tokens.size() && tokens.get(after).word().equals(",") && "CC".equals(tokens.get(after + 1).tag())
                || nonStateOrganization.test(String.join(" ", mention.stream().map(CoreLabel::word).toList()))) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 2 - titleHolderReach; k--) {
            CoreLabel t = tokens.get(k);
            if (titles.contains(t.word().toLowerCase(Locale.ROOT))) {
                // the title and its "of" phrase: not a title inside a name ("Council President")
                return nameConnectors.contains(tokens.get(k + 1).word());
            }
            if (!t.tag().startsWith("NNP") && !t.tag().equals("DT") && !nameConnectors.contains(t.word())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "to certify Dushkal, a Marathi-language film about farmer suicides ... Dushkal was produced by": a name (proper
     * nouns) with an apposition that says it is a work (person.workNouns, the noun ending the phrase after the article
     * and modifiers) names the work, no person, anywhere in the story ("Tom Hanks, a film star", "Ava Duvernay, a
     * documentary maker": the work noun only modifies).
     */
    private Set<String> namesOfWorks(List<CoreMap> sentences, List<Mention> persons) {
        // a biopic named after its subject leaves the person ("Oppenheimer, the film about J. Robert Oppenheimer")
        Set<String> surnames = new HashSet<>();
        for (Mention m : persons) {
            String[] words = m.text().split("\\s+");
            if (words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        Set<String> works = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int k = 1; k + 2 < tokens.size(); k++) {
                if (!tokens.get(k).word().equals(",") || !tagged(tokens.get(k - 1), "NNP") || !"DT".equals(tokens.get(k + 1).tag())
                        || !workInApposition(tokens, k + 2)) {
                    continue;
                }
                int start = k - 1;
                while (start > 0 && tagged(tokens.get(start - 1), "NNP")) {
                    start--;
                }
                // "Directed by Martin Scorsese, the film premiered", "For Taylor Swift, the album was": an opening phrase's
                // name before the sentence's subject, no apposition
                boolean afterPreposition = start > 0 && (tagged(tokens.get(start - 1), "IN") || tagged(tokens.get(start - 1), "TO"));
                String name = joinedWords(tokens.subList(start, k));
                if (!afterPreposition && !surnames.contains(name)) {
                    works.add(name);
                }
            }
        }
        return works;
    }

    /** Whether the noun phrase from {@code from} (after its article) ends in a work noun: modifiers, then the noun. */
    private boolean workInApposition(List<CoreLabel> sentence, int from) {
        for (int i = from; i < Math.min(sentence.size(), from + 6); i++) {
            CoreLabel t = sentence.get(i);
            boolean phraseEnds = i + 1 == sentence.size() || !tagged(sentence.get(i + 1), "NN") && !tagged(sentence.get(i + 1), "HYPH")
                    && !"POS".equals(sentence.get(i + 1).tag());
            // ("..., the film premiered in Cannes": the noun is a clause's subject, no apposition)
            boolean verbAfter = i + 1 < sentence.size() && (tagged(sentence.get(i + 1), "VB") || tagged(sentence.get(i + 1), "MD"));
            if ("NN".equals(t.tag()) && workNouns.contains(t.word().toLowerCase(Locale.ROOT)) && phraseEnds) {
                return !verbAfter;
            }
            if (!tagged(t, "JJ") && !tagged(t, "NN") && !tagged(t, "HYPH") && !tagged(t, "VBN") && !tagged(t, "CD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the Rohingya", "One Rohingya,": the tagger's one-word PERSON right after a determiner, with no noun after it
     * (a longer name may be a title used as a name: "the Dalai Lama").
     */
    private boolean headsNounPhrase(List<CoreLabel> sentence, List<CoreLabel> mention) {
        if (mention.size() != 1) {
            return false;
        }
        int first = mention.get(0).index() - 1;
        int next = mention.get(mention.size() - 1).index();
        CoreLabel before = first == 0 ? null : sentence.get(first - 1);
        if (before == null || !determiners.contains(before.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String after = next < sentence.size() ? sentence.get(next).tag() : null;
        // a number is a determiner only before an apposition ("One Rohingya, Muhammad Amin,"; not "Number one Djokovic")
        if (!"DT".equals(before.tag()) && (next >= sentence.size() || !sentence.get(next).word().equals(","))) {
            return false;
        }
        return after == null || !(after.startsWith("NN") || after.equals("POS"));
    }

    /**
     * "Hurricane Ian", "Typhoon Haiyan": a storm's name is the one capitalized proper noun after a capitalized storm
     * word, and that name alone is the storm's anywhere in the story ("Ian then hit Florida", also
     * before the storm word is first used). The verb is no storm word: "Protesters storm Pelosi's office" (lower
     * case), "Protesters Storm Pelosi's Office" (a title-case headline: the word after a plural noun or pronoun).
     */
    private Set<String> stormNames(List<CoreMap> sentences) {
        Set<String> names = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String before = i > 0 ? String.valueOf(tokens.get(i - 1).tag()) : "";
                String after = i + 2 < tokens.size() ? String.valueOf(tokens.get(i + 2).tag()) : "";
                if (isStormWord(tokens.get(i)) && isCapitalizedProperNoun(tokens.get(i + 1)) && !after.startsWith("NNP")
                        && !before.equals("NNS") && !before.equals("NNPS") && !before.equals("PRP")) {
                    names.add(tokens.get(i + 1).word());
                }
            }
        }
        return names;
    }

    /** "Hurricane", "Typhoon" (the tagger may call it a common noun), capitalized, never a verb. */
    private boolean isStormWord(CoreLabel token) {
        return Character.isUpperCase(token.word().charAt(0)) && (token.tag() == null || !token.tag().startsWith("VB"))
                && stormWords.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalizedProperNoun(CoreLabel token) {
        return token.tag() != null && token.tag().startsWith("NNP") && Character.isUpperCase(token.word().charAt(0));
    }

    /** A mention that is a storm: "Hurricane Ian" (the tagger took in the storm word), or a storm's name. */
    /** "the United States Government": a country's name and one of organization.countryBodies is the country acting. */
    private boolean namesACountryActing(List<CoreLabel> mention) {
        if (mention.size() < 2 || !countryBodies.contains(mention.get(mention.size() - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String country = String.join(" ", mention.subList(0, mention.size() - 1).stream().map(CoreLabel::word).toList());
        return countries.namesOrQualifiesACountry(country);
    }

    /**
     * "a failing treatment plant near Tewkesbury ... the MP for Tewkesbury": a name the tagger calls a place's, or a
     * one-word person's, right after a place's preposition (organization.placePrepositions; not "in" after a noun of
     * ownership) is a place's everywhere in the story, where the tagger calls it a person's; not a person's name before a
     * possessive ("Biden ... in Biden's view"), nor a name opening with a given name, nor one a longer person's name ends with ("Keir Starmer ... confidence in Starmer", "Jack London ...
     * in London"), nor a word of an organization's name ("Aston Villa ... play in Villa's"), nor one written after an
     * honorific or a title anywhere ("Mr Selby, a farmer near Selby").
     */
    private Set<String> personNamesOfPlaces(List<CoreMap> sentences, List<List<String>> personNames, Set<List<String>> organizationNames) {
        Set<String> places = new HashSet<>();
        Set<String> titled = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreMap m : Optional.ofNullable(sentence.get(CoreAnnotations.MentionsAnnotation.class)).orElse(List.of())) {
                List<CoreLabel> name = m.get(CoreAnnotations.TokensAnnotation.class);
                int first = name.get(0).index() - 1;
                List<String> words = name.stream().map(CoreLabel::word).toList();
                String before = first > 0 ? tokens.get(first - 1).word().replace(".", "").toLowerCase(Locale.ROOT) : "";
                if (honorifics.contains(before) || titles.contains(before)) {
                    titled.add(String.join(" ", words));
                }
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                int end = name.get(name.size() - 1).index();
                // a person's possessive after "in" is the person's ("in Biden's view"), a place's the place's ("in Leeds's centre")
                boolean personsPossessive = "PERSON".equals(tag) && end < tokens.size() && "POS".equals(tokens.get(end).tag());
                boolean placeAfter = NameRepeats.afterPlacePreposition(tokens, first, placePrepositions, ownedAfterNouns)
                        || namedAsAPlace(tokens, first);
                // "a grower based in Chiang Mai", "Sarawak's Baram district", "the headman of Long Siang": only a place
                boolean onlyAPlace = placeByItsContext(tokens, first, end);
                if (("LOCATION".equals(tag) || "PERSON".equals(tag) && (words.size() == 1 || onlyAPlace)) && !personsPossessive
                        && (placeAfter || onlyAPlace) && (onlyAPlace || !genders.isGivenName(words.get(0)))
                        && personNames.stream().noneMatch(p -> p.size() > words.size() && p.subList(p.size() - words.size(), p.size()).equals(words))
                        && organizationNames.stream().noneMatch(o -> words.size() == 1 && o.contains(words.get(0)))) {
                    places.add(String.join(" ", words));
                }
            }
        }
        places.removeAll(titled);
        return places;
    }

    /**
     * "the town of Ribe", "the Mexican state of Querétaro" (after "the", maybe an adjective, and one of
     * person.placeOfNouns, then "of"), "between Copenhagen and Malmö" (after a place the tagger found and "and"): the
     * name at {@code first} (0-based) is a place's.
     */
    private boolean namedAsAPlace(List<CoreLabel> tokens, int first) {
        if (first >= 2 && tokens.get(first - 1).word().equals("and")) {
            return placeTagged(tokens.get(first - 2));
        }
        return afterPlaceNounOf(tokens, first);
    }

    /**
     * "a grower based in Chiang Mai" (after one of person.placeContext.before), "Sarawak's Baram district" (before one of
     * person.placeOfNouns that ends its phrase), "the headman of Long Siang" (after "the", one of
     * person.placeContext.titles and "of"): the name from {@code first} to {@code end} (0-based) can only be a place's.
     */
    private boolean placeByItsContext(List<CoreLabel> tokens, int first, int end) {
        String before = first >= 2 ? tokens.get(first - 2).word().toLowerCase(Locale.ROOT) + " " + tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean nounAfter = end < tokens.size() && "NN".equals(tokens.get(end).tag()) && placeOfNouns.contains(tokens.get(end).word())
                && (end + 1 == tokens.size() || !tokens.get(end + 1).tag().startsWith("NN"));
        boolean titleOf = first >= 3 && tokens.get(first - 1).word().equals("of") && tokens.get(first - 3).word().equalsIgnoreCase("the")
                && placeTitles.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
        return placeContextBefore.contains(before) || nounAfter || titleOf;
    }

    /**
     * The names the story sets off with a place's noun (organization.placeAppositionNouns) as the head of their
     * apposition: "in Aguas Calientes, the town below the ruins", "Kibera, a district of Nairobi," (not "Cornwall
     * Council, the county's local authority"). Such a name is a place there and after a preposition of place
     * ({@link #afterPlaceWord}: "Residents of Aguas Calientes"), wherever the tagger calls it an organization's or a
     * person's; elsewhere it may be a club or a company named after it ("Liverpool, the city where the Beatles formed
     * ... Liverpool beat Arsenal").
     */
    private Set<List<String>> namesSetOffAsPlaces(List<CoreMap> sentences) {
        Set<List<String>> places = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreMap m : Optional.ofNullable(sentence.get(CoreAnnotations.MentionsAnnotation.class)).orElse(List.of())) {
                List<CoreLabel> name = m.get(CoreAnnotations.TokensAnnotation.class);
                if (apposedPlaceNounAfter(tokens, name.get(name.size() - 1).index())) {
                    places.add(name.stream().map(CoreLabel::word).toList());
                }
            }
        }
        return places;
    }

    /** Whether a comma at word k (0-based) opens an apposition headed by one of organization.placeAppositionNouns. */
    private boolean apposedPlaceNounAfter(List<CoreLabel> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).word().equals(",") || !tokens.get(k + 1).word().matches("(?i)the|a|an")) {
            return false;
        }
        int noun = k + 2;
        while (noun < tokens.size() - 1 && tagged(tokens.get(noun), "JJ")) {
            noun++;
        }
        boolean endsPhrase = noun + 1 == tokens.size() || !tagged(tokens.get(noun + 1), "NN") && !"POS".equals(tokens.get(noun + 1).tag());
        return "NN".equals(tokens.get(noun).tag()) && placeAppositionNouns.contains(tokens.get(noun).word()) && endsPhrase;
    }

    /**
     * Whether the name comes after one of organization.placeAppositionPrepositions (maybe and "the"): "Residents of Aguas
     * Calientes blocked" (not "that Liverpool beat Arsenal", "because Liverpool lost").
     */
    private boolean afterPlaceWord(List<CoreLabel> sentence, List<CoreLabel> mention) {
        return afterOneOfOrItsThe(sentence, mention, placeAppositionPrepositions);
    }

    /** "the town of Ribe", "the Mexican state of Querétaro": the name at {@code first} (0-based) is a place's. */
    private boolean afterPlaceNounOf(List<CoreLabel> tokens, int first) {
        if (first < 3 || !tokens.get(first - 1).word().equals("of") || !placeOfNouns.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int det = first - 3;
        while (det > 0 && tagged(tokens.get(det), "JJ")) {
            det--;
        }
        return "DT".equals(tokens.get(det).tag());
    }

    /** "the founding Peeters family", "the Kennedy clan": a surname before one of person.familyNouns names a family, no person. */
    private boolean namesAFamily(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int next = mention.get(mention.size() - 1).index();
        return next < sentence.size() && familyNouns.contains(sentence.get(next).word());
    }

    /** Whether a name of two words or more ends in a place's head ("Sabina Shoal") or an award's ("Harcourt Prize"). */
    private boolean endsWithPlaceOrAwardHead(List<CoreLabel> mention) {
        String last = mention.get(mention.size() - 1).word();
        return mention.size() >= 2 && Character.isUpperCase(last.charAt(0))
                && (placeHeads.contains(last.toLowerCase(Locale.ROOT)) || awardHeads.contains(last.toLowerCase(Locale.ROOT)));
    }

    private boolean namesAStorm(List<CoreLabel> mention, Set<String> storms) {
        return mention.size() == 2 && isStormWord(mention.get(0)) && storms.contains(mention.get(1).word())
                || storms.contains(mention.stream().map(CoreLabel::word).collect(Collectors.joining(" ")));
    }

    /**
     * Product names the tagger takes for people: "iPod Nano" (a word like "iPod" or "eBay" in or right before the
     * name), "Mac OS X Tiger" (a code in capitals inside a name that is not all capitals, but for initials opening it).
     */
    private boolean looksLikeProduct(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int before = mention.get(0).index() - 2;
        if (before >= 0 && productWord.matcher(sentence.get(before).word()).matches()) {
            return true;
        }
        if (mention.size() == 1 && brandWord.matcher(mention.get(0).word()).matches()) {
            return true;
        }
        boolean allCapitals = mention.stream().allMatch(t -> t.word().equals(t.word().toUpperCase(Locale.ROOT)));
        for (CoreLabel t : mention) {
            // "KP Sharma Oli", "JK Rowling", "MK Stalin": given names' initials without stops open a person's name; a
            // product's code follows its brand ("Mac OS X")
            boolean initials = t == mention.get(0) && mention.size() > 1 && t.word().length() == 2
                    && !countries.namesOrQualifiesACountry(t.word());
            if (productWord.matcher(t.word()).matches() || !allCapitals && !initials && productCode.matcher(t.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Taoiseach Micheál Martin" -> "Micheál Martin", "Taoiseach Martin" -> "Martin": a title the tagger took into a
     * person's name is no word of it; a royal's (person.regnalTitles: "King Charles III") and an honorific ("Sheikh")
     * are, and so is a title word that is also a given name opening a name of two words ("Major Taylor", "Judge Reinhold").
     */
    private List<CoreLabel> withoutLeadingTitle(List<CoreLabel> name) {
        String first = name.get(0).word().toLowerCase(Locale.ROOT);
        boolean title = titles.contains(first) && !regnalTitles.contains(first) && !honorifics.contains(first);
        if (churchTitles.contains(first) && name.size() >= 3) {
            return name.subList(1, name.size()); // "Bishop Leonardo Sarmiento"
        }
        return title && (name.size() >= 3 || name.size() == 2 && !genders.isGivenName(first)) ? name.subList(1, name.size()) : name;
    }

    /**
     * "Kaito Energy of Japan", "Meridian Holdings of Canada": a company's name, ending in one of
     * organization.companyWordsBeforeHome, then "of" and a country's name, says where the company is from; the name
     * ends before "of" (a body's head keeps its country: "the Bank of Japan", "the Football Association of Wales").
     */
    private List<CoreLabel> withoutHomeAfterCompanyWord(List<CoreLabel> mention, Set<String> loneNames) {
        for (int of = 1; of < mention.size() - 1; of++) {
            String before = mention.get(of - 1).word();
            boolean companyWord = of >= 2 && companyWordsBeforeHome.contains(before.toLowerCase(Locale.ROOT));
            // "Yili of China ... Yili declined": a one-word name the story writes alone
            boolean loneName = of == 1 && loneNames.contains(before) && !organizationHeads.contains(before)
                    && !oneWordBeforeHomeNotNames.contains(before);
            if (mention.get(of).word().equals("of") && (companyWord || loneName)
                    && countries.namesACountry(String.join(" ", mention.subList(of + 1, mention.size()).stream().map(CoreLabel::word).toList()))) {
                return mention.subList(0, of);
            }
        }
        return mention;
    }

    /**
     * Capitalized proper nouns the story writes alone somewhere, as a company's bare name: no proper noun on either side,
     * no "of" after and no "the" before ("Yili declined to comment"; not "the Order said" after "the Order of Malta").
     */
    private static Set<String> loneNameWords(List<CoreMap> sentences) {
        Set<String> lone = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                boolean nameOrArticleBefore = i > 0 && (tagged(tokens.get(i - 1), "NNP") || tokens.get(i - 1).word().equalsIgnoreCase("the"));
                boolean after = i + 1 < tokens.size() && (tagged(tokens.get(i + 1), "NNP") || tokens.get(i + 1).word().equals("of"));
                if (capitalizedProperNoun(tokens.get(i)) && !nameOrArticleBefore && !after) {
                    lone.add(tokens.get(i).word());
                }
            }
        }
        return lone;
    }

    /**
     * "Tasman University in Hobart" -> "Tasman University": the head of a body sited in a place
     * (organization.headWordsBeforePlace) and then "in" a place tells where the body is; its name ended at the head (a
     * movement's "in" is its name's: "the Islamic Movement in Nigeria").
     */
    private List<CoreLabel> withoutPlaceAfterHead(List<CoreLabel> mention) {
        for (int in = 2; in < mention.size() - 1; in++) {
            if (mention.get(in).word().equals("in") && headWordsBeforePlace.contains(mention.get(in - 1).word())
                    && mention.subList(in + 1, mention.size()).stream().allMatch(t -> tagged(t, "NNP"))) {
                return mention.subList(0, in);
            }
        }
        return mention;
    }

    /**
     * "State Department Spokesperson" -> "State Department": the title is the person's, not the organization's name;
     * but after "of" it is the name's ("International Court of Justice").
     */
    private List<CoreLabel> withoutTrailingTitle(List<CoreLabel> tokens) {
        int end = tokens.size();
        while (end > 1 && titles.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT))
                && !nameConnectors.contains(tokens.get(end - 2).word()) && !bodysLastWord(tokens, end - 1)) {
            end--;
        }
        return tokens.subList(0, end);
    }

    /**
     * "the Health Service Executive", "the Scottish Executive": a title word that names a body (organization.spelled.
     * nameWords, capitalized) ends the name after a word that is no title ("Apple Chief Executive" loses both).
     */
    private boolean bodysLastWord(List<CoreLabel> tokens, int at) {
        return spelledNameWords.contains(tokens.get(at).word()) && at > 0 && !titles.contains(tokens.get(at - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "the La Libertad Avanza party", "the New Democratic Party government": a common noun in lower case after the
     * capitalized words says what the organization is, and is no word of its name (a name of one word stays: "noyb"; so
     * does a legal form: "Barclays plc").
     */
    private List<CoreLabel> withoutTrailingCommonNoun(List<CoreLabel> tokens) {
        int end = tokens.size();
        while (end > 1 && tagged(tokens.get(end - 1), "NN") && tokens.get(end - 1).word().chars().allMatch(Character::isLowerCase)
                && !legalSuffixes.contains(tokens.get(end - 1).word())
                && Character.isUpperCase(tokens.get(end - 2).word().charAt(0))) {
            end--;
        }
        return tokens.subList(0, end);
    }

    /** Index just past a legal-form word ("LLC") followed by 2-3 capitalized words, or -1. */
    private int legalSuffixBeforeName(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            int rest = tokens.size() - i - 1;
            if (legalSuffixes.contains(tokens.get(i).word()) && rest >= 2 && rest <= 3
                    && tokens.subList(i + 1, tokens.size()).stream().allMatch(t -> Character.isUpperCase(t.word().charAt(0)))) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * "a ruling by Colombia's Constitutional Court": the tagger may take a country's possessive into the name of a body
     * of two or more words after it; the body's name starts after "'s" (not "the Women's Tennis Association", whose
     * possessive is no country's, nor "Georgia's Department of Public Health", a state's).
     */
    private List<CoreLabel> withoutCountryPossessive(List<CoreLabel> mention) {
        int from = mention.get(0).word().equalsIgnoreCase("the") ? 1 : 0; // "the Philippines' Supreme Court"
        for (int pos = from + 1; pos + 2 < mention.size(); pos++) {
            if ("POS".equals(mention.get(pos).tag())) {
                List<CoreLabel> rest = mention.subList(pos + 1, mention.size());
                String country = joinedWords(mention.subList(from, pos));
                boolean capitalized = Character.isUpperCase(rest.get(0).word().charAt(0)) && Character.isUpperCase(rest.get(rest.size() - 1).word().charAt(0));
                // not a name that names a part of another country too ("Georgia's Department of Public Health")
                return capitalized && countries.namesACountry(country) && !ambiguousCountryName.test(country) ? rest : mention;
            }
        }
        return mention;
    }

    /** A span the tagger tagged, with its tag and the tagger's mention it comes from. */
    private record TaggedSpan(String tag, List<CoreLabel> tokens, CoreMap mention) {
    }

    /**
     * The tagger's mentions, with an organization's span that runs over a lower-case verb split there ("Officials from
     * the Home Office met Amnesty International": "Home Office" and "Amnesty International"); no name has a verb inside.
     */
    private static List<TaggedSpan> taggedSpans(List<CoreMap> mentions) {
        List<TaggedSpan> spans = new ArrayList<>();
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
            int verb = -1;
            for (int i = 1; "ORGANIZATION".equals(tag) && i < tokens.size() - 1 && verb < 0; i++) {
                String word = tokens.get(i).word();
                if (tagged(tokens.get(i), "VB") && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    verb = i;
                }
            }
            if (verb < 0) {
                spans.add(new TaggedSpan(tag, tokens, m));
            } else {
                spans.add(new TaggedSpan(tag, tokens.subList(0, verb), m));
                spans.add(new TaggedSpan(tag, tokens.subList(verb + 1, tokens.size()), m));
            }
        }
        return spans;
    }

    /**
     * "the Institute of Bioorganic Chemistry of the Polish Academy of Sciences", "the Institute of Physics of the University
     * of Tartu": the tagger may run a unit's name on into the body it is part of; at "of the" after a whole body's name (a
     * head word and its own "of" phrase) and before words whose head is a body's too, they are two names (not "the
     * Ministry of the Environment", which has no "of" phrase before it, nor "the Court of Justice of the European Union",
     * an organization of states whose organs' names hold it, nor "the Ministry of Defence of the Russian Federation", a
     * state).
     */
    private List<TaggedSpan> atPartOfBody(List<TaggedSpan> spans) {
        List<TaggedSpan> split = new ArrayList<>();
        for (TaggedSpan span : spans) {
            List<CoreLabel> tokens = span.tokens();
            int of = -1;
            for (int i = 3; "ORGANIZATION".equals(span.tag()) && i < tokens.size() - 2 && of < 0; i++) {
                List<CoreLabel> unit = tokens.subList(0, i);
                List<CoreLabel> body = tokens.subList(i + 2, tokens.size());
                if (tokens.get(i).word().equals("of") && nameArticles.contains(tokens.get(i + 1).word())
                        && unit.stream().skip(1).anyMatch(t -> nameConnectors.contains(t.word())) && organizationHeads.contains(spelledHead(unit))
                        && (organizationHeads.contains(spelledHead(body)) || organizationHeads.contains(body.get(body.size() - 1).word()))) {
                    String bodyName = joinedWords(body);
                    of = intergovernmental.test(bodyName) || countries.namesACountry(bodyName) ? -1 : i;
                }
            }
            if (of < 0) {
                split.add(span);
                continue;
            }
            split.add(new TaggedSpan(span.tag(), tokens.subList(0, of), span.mention()));
            split.add(new TaggedSpan(span.tag(), tokens.subList(of + 2, tokens.size()), span.mention()));
        }
        return split;
    }

    /**
     * "the Czech Academy of Sciences' Astronomical Institute", "Harvard University's Kennedy School": the tagger may take
     * a body's possessive into the name of a unit it owns; a name of two words or more whose head is a body's
     * (organization.headWords: its last word, or the one before its first "of") before the possessive's mark, and words
     * after it whose last is a body's head too, are two names (not "the Kurdistan Workers' Party", "St Mary's Hospital").
     */
    private List<TaggedSpan> atOwnersPossessive(List<TaggedSpan> spans) {
        List<TaggedSpan> split = new ArrayList<>();
        for (TaggedSpan span : spans) {
            List<CoreLabel> tokens = span.tokens();
            int mark = -1;
            for (int i = 2; "ORGANIZATION".equals(span.tag()) && i < tokens.size() - 1 && mark < 0; i++) {
                if ("POS".equals(tokens.get(i).tag())) {
                    mark = i;
                }
            }
            List<CoreLabel> owner = mark < 0 ? List.of() : tokens.subList(0, mark);
            if (mark < 0 || !organizationHeads.contains(spelledHead(owner)) && !organizationHeads.contains(owner.get(owner.size() - 1).word())
                    || !organizationHeads.contains(tokens.get(tokens.size() - 1).word())) {
                split.add(span);
                continue;
            }
            split.add(new TaggedSpan(span.tag(), owner, span.mention()));
            split.add(new TaggedSpan(span.tag(), tokens.subList(mark + 1, tokens.size()), span.mention()));
        }
        return split;
    }

    /**
     * "Maria do Rosário Palma Ramalho": the tagger may split a name at a lower-case particle inside it (one or two of
     * person.innerParticles, as written); two person names with only such particles between them are one (after a full
     * name, only particles the tagger reads as no verb or article).
     */
    private List<TaggedSpan> withParticlesJoined(List<TaggedSpan> spans, List<CoreLabel> tokens) {
        List<TaggedSpan> joined = new ArrayList<>();
        for (TaggedSpan span : spans) {
            TaggedSpan last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && "PERSON".equals(last.tag()) && "PERSON".equals(span.tag())) {
                int from = last.tokens().get(last.tokens().size() - 1).index(); // 0-based position after the first name
                int to = span.tokens().get(0).index() - 1;
                // after a given name alone ("Maria do Rosário", whose "do" the tagger may call a verb); after a full name a
                // particle that is a verb or an article here joins two people ("Did Biden do Trump a favour?")
                boolean givenNameAlone = last.tokens().size() == 1 && genders.isGivenName(last.tokens().get(0).word());
                boolean particles = to > from && to - from <= 2
                        && tokens.subList(from, to).stream().allMatch(t -> innerParticles.contains(t.word()) && (givenNameAlone
                                || !tagged(t, "VB") && !tagged(t, "MD") && !tagged(t, "TO") && !tagged(t, "DT")))
                        && tagged(tokens.get(from - 1), "NNP") && tagged(tokens.get(to), "NNP");
                if (particles) {
                    joined.set(joined.size() - 1, new TaggedSpan("PERSON", tokens.subList(last.tokens().get(0).index() - 1, to + span.tokens().size()),
                            last.mention()));
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    /**
     * The words of the tagger's PERSON mentions anywhere in the document: of one-word mentions ("Karimi" of "Karimi
     * said", a surname used alone) and of longer ones ("Michael", "Jordan").
     */
    private record TaggedNameWords(Set<String> alone, Set<String> inLongerNames) {
        static TaggedNameWords of(List<CoreMap> sentences) {
            TaggedNameWords words = new TaggedNameWords(new HashSet<>(), new HashSet<>());
            for (CoreMap sentence : sentences) {
                List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
                for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
                    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
                    if ("PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) && !tokens.isEmpty()) {
                        tokens.forEach(t -> (tokens.size() == 1 ? words.alone() : words.inLongerNames()).add(t.word()));
                    }
                }
            }
            return words;
        }
    }

    /**
     * Where a person's given name and surname start at the end of the tagger's organization, or -1: "Psychology major
     * at University of Texas Arlington Amneh Jafari heard ..." (a headline-style title before the name, no comma),
     * when the text names the person by that surname elsewhere ("Jafari said"). The name is two capitalized words,
     * neither an organization's word, after at least two words of the organization.
     */
    private int personAtEnd(List<CoreLabel> tokens, Set<String> surnames) {
        int n = tokens.size();
        if (n < 4 || !surnames.contains(tokens.get(n - 1).word())) {
            return -1;
        }
        for (CoreLabel t : tokens.subList(n - 2, n)) {
            String w = t.word();
            if (!t.tag().startsWith("NNP") || !Character.isUpperCase(w.charAt(0)) || organizationHeads.contains(w)
                    || nameConnectors.contains(w) || legalSuffixes.contains(w) || countries.namesACountry(w)) {
                return -1;
            }
        }
        return n - 2;
    }

    /**
     * "the Russian Foreign Ministry": the tagger leaves the demonym out of a state institution's name, and the
     * fullest form names it (two countries' foreign ministries are two organizations); so too "the Italian Red Cross".
     */
    private List<CoreLabel> withDemonymBefore(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.isEmpty() ? 0 : mention.get(0).index() - 1;
        if (first < 1) {
            return mention;
        }
        CoreLabel demonym = sentence.get(first - 1);
        CoreLabel opener = first < 2 ? null : sentence.get(first - 2);
        if (!countries.demonymOfInstitution(demonym, mention) && !countries.demonymOpeningName(opener, demonym, mention, demonymNameHeads)) {
            return mention;
        }
        return sentence.subList(first - 1, first + mention.size());
    }

    /**
     * "the Royal Norwegian Air Force", "the Finnish Work Environment Fund", "the Western Courier": one or two capitalized
     * words the tagger left out (or called an adjective) between "the" (a demonym may follow it) and a name are the
     * name's; not a country's word ("the French Senate"), a title or one of organization.notNameOpeners, nor before an
     * acronym ("the Kurdish PKK").
     */
    private List<CoreLabel> withCapitalizedWordsAfterThe(List<CoreLabel> sentence, List<CoreLabel> mention) {
        String opening = mention.isEmpty() ? "" : mention.get(0).word();
        if (opening.length() < 2 || opening.equals(opening.toUpperCase(Locale.ROOT))) {
            return mention;
        }
        int first = mention.get(0).index() - 1;
        int k = first - 1;
        while (k >= 0 && first - k <= 2 && freeNameWord(sentence.get(k)) && sentence.get(k).tag() != null
                && sentence.get(k).tag().matches("NNPS?|NN|JJ")) {
            k--;
        }
        if (k == first - 1 || k < 0) {
            return mention;
        }
        int start = k + 1;
        if (k >= 1 && Character.isUpperCase(sentence.get(k).word().charAt(0)) && countries.namesOrQualifiesACountry(sentence.get(k).word())) {
            start = k--;
        }
        return k >= 0 && sentence.get(k).word().equalsIgnoreCase("the") ? sentence.subList(start, first + mention.size()) : mention;
    }

    /**
     * "The Australian Energy Market Operator (AEMO)", "the Medicines and Healthcare products Regulatory Agency (MHRA)",
     * "the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)": the words before the
     * tagger's name are the name's when the acronym in brackets right after the name spells them with the name's
     * capitalized words.
     */
    private static List<CoreLabel> withWordTheAcronymSpells(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int first = mention.isEmpty() ? 0 : mention.get(0).index() - 1;
        int after = first + mention.size();
        if (first < 1 || !bracketedWordAt(sentence, after)) {
            return mention;
        }
        String acronym = sentence.get(after + 1).word();
        if (acronym.length() < 3 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
            return mention;
        }
        // "the Medicines and Healthcare products Regulatory Agency (MHRA)": back over capitalized words, "and" and lower-case
        // nouns the acronym skips, to the capitalized word that makes the acronym spell the whole
        List<CoreLabel> spelled = mention;
        for (int start = first - 1; start >= 0 && start >= first - 6; start--) {
            CoreLabel word = sentence.get(start);
            boolean nameWord = Character.isUpperCase(word.word().charAt(0)) && (tagged(word, "NNP") || tagged(word, "JJ"));
            // "the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)": a comma between
            // two of the name's listed words
            boolean listComma = word.word().equals(",") && start >= 1 && Character.isUpperCase(sentence.get(start - 1).word().charAt(0))
                    && Character.isUpperCase(sentence.get(start + 1).word().charAt(0));
            if (!nameWord && !listComma && !"CC".equals(word.tag()) && !"NN".equals(word.tag()) && !"NNS".equals(word.tag())) {
                break;
            }
            List<CoreLabel> longer = sentence.subList(start, after);
            if (nameWord && acronym.equals(initials(String.join(" ", longer.stream().map(CoreLabel::word).toList()), false))) {
                spelled = longer;
            }
        }
        return spelled;
    }

    /**
     * "the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name that lists its members goes on past
     * a comma and "and" to the acronym in brackets, when the acronym spells the capitalized words up to it, maybe but one
     * inner word (the tagger stops at the comma).
     */
    private static List<CoreLabel> withListTheAcronymSpells(List<CoreLabel> sentence, List<CoreLabel> mention) {
        int after = mention.get(mention.size() - 1).index(); // 0-based position of the token after the name
        int bracket = after;
        while (bracket < sentence.size() && bracket < after + 8 && (sentence.get(bracket).word().equals(",")
                || "CC".equals(sentence.get(bracket).tag()) || Character.isUpperCase(sentence.get(bracket).word().charAt(0))
                && !"(".equals(sentence.get(bracket).word()))) {
            bracket++;
        }
        if (bracket == after || !sentence.get(after).word().equals(",") || !bracketedWordAt(sentence, bracket)) {
            return mention;
        }
        List<CoreLabel> listed = sentence.subList(mention.get(0).index() - 1, bracket);
        String acronym = sentence.get(bracket + 1).word();
        String words = initials(String.join(" ", listed.stream().map(CoreLabel::word).toList()), false);
        boolean spelled = acronym.length() >= 4 && acronym.equals(acronym.toUpperCase(Locale.ROOT)) && spellsSkippingOne(acronym, words);
        return spelled && !sentence.get(bracket - 1).word().equals(",") ? listed : mention;
    }

    /** Whether one word in brackets stands at the 0-based {@code open}: "(", the word, ")". */
    static boolean bracketedWordAt(List<CoreLabel> sentence, int open) {
        return open + 2 < sentence.size() && ("(".equals(sentence.get(open).word()) || "-LRB-".equals(sentence.get(open).word()))
                && (")".equals(sentence.get(open + 2).word()) || "-RRB-".equals(sentence.get(open + 2).word()));
    }

    /** Whether the acronym is the initials, or the initials without one word that is neither the first nor the last (KMPDU). */
    private static boolean spellsSkippingOne(String acronym, String initials) {
        if (acronym.equals(initials)) {
            return true;
        }
        for (int skip = 1; skip + 1 < initials.length(); skip++) {
            if (acronym.equals(initials.substring(0, skip) + initials.substring(skip + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The tagger sometimes runs one name into the next across a comma ("Lockheed Martin, Lockheed"). */
    private static List<CoreLabel> beforeComma(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",")) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /** A name starts with a capital, has no digits, is not page furniture, and is not a whole headline. */
    private boolean isName(String text) {
        // "al-Sharaa", "el-Sisi": a lower-case particle (name.hyphenParticles) joined by a hyphen to a capitalized surname opens a name
        int hyphen = text.indexOf('-');
        boolean particle = hyphen > 0 && hyphen + 1 < text.length() && hyphenParticles.contains(text.substring(0, hyphen))
                && Character.isUpperCase(text.charAt(hyphen + 1));
        if (text.isEmpty() || !particle && !Character.isUpperCase(text.codePointAt(0)) || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return !personStopwords.contains(text.toLowerCase(Locale.ROOT)) && text.split("\\s+").length <= maxNameWords;
    }
}
