package dev.newsie.entities;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Links pronouns ("he", "it") and descriptions ("the company", "the Prime Minister") to the entity they
 * stand for, once a document's names are all linked: only where one entity is plainly meant.
 */
final class ReferenceResolver {
    /** The marks that end a sentence, not a headline. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!");
    /** Lemmas of auxiliary verbs, which stand between a clause's subject and its verb ("Apple had sued it"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    /** Role nouns ("president", "minister"): "the Prime Minister" can stand for the one person named with that title. */
    private final Set<String> titles;
    /** person.relative.kin: "her mother, Lola Openiyi" names the pronoun's kin. */
    private final Set<String> relativeKin;
    private final Set<String> personPronouns;
    private final int pronounWindow;
    /** person.age.window: how many sentences back "the 52-year-old" looks for the one person named. */
    private final int ageWindow;
    /** Part-of-speech tags of a sentence's first word that open a phrase before the main clause ("On", "When", "Speaking"). */
    private final Set<String> cataphoraOpeners;
    /** Words that join a second subject to the first ("and"): then a pronoun ahead of them may stand for either. */
    private final Set<String> conjunctions;
    /** "him", "her": pronouns that, as a verb's object, never stand for that verb's subject. */
    private final Set<String> objectPronouns;
    /** The relations to its verb in which such a pronoun is an object ("thanked him", "gave her", "wrote to him"). */
    private final Set<String> disjointRelations;
    private final Set<String> pairPersonNouns;
    private final Set<String> pairCountryNouns;
    private final Set<String> pairEitherNouns;
    private final Set<String> pairOrganizationNouns;
    private final int pairWindow;
    /** "both": a word that, like "the two", makes a plural noun after it the pair named before. */
    private final Set<String> pairDeterminers;
    private final Set<String> orgPronouns;
    /** organization.bareServiceNouns: "Police arrested him" for the one police force the story names. */
    private final Set<String> bareServiceNouns;
    /** organization.pronoun.companyOnlyNouns: what a company has and no state does ("its chairman" past a country). */
    private final Set<String> companyOnlyNouns;
    /** organization.bareServiceNotHeads: last words of a body that is no service ("Police Federation", not "Police Scotland"). */
    private final Set<String> bareServiceNotHeads;
    /** organization.head.foreignLeadingHeads: a name's leading head in another language, by its English noun ("Museo"). */
    private final Map<String, String> foreignLeadingHeads;
    /** organization.it.partyVerbs: "accused it of ...": an object "it" of one is a party. */
    private final Set<String> partyVerbs;
    /** organization.pronoun.expletiveComplements: "it was time", "it is the second time" speak of no organization. */
    private final Set<String> expletiveComplements;
    /** reference.sourcePhraseOpeners: the words that open a sentence's source phrase ("according to"). */
    private final List<List<String>> sourcePhraseOpeners;
    /** The heads of a state's titles ("minister", "president"; not "founder"): "its" before one may be a country's. */
    private final Set<String> stateTitles;
    /** pronoun.its.placePrepositions: "to", "in": a place after one is no title holder "its" might stand for. */
    private final Set<String> placePrepositions;
    /** pronoun.its.sentenceOpeners: "the" before the country that opens a sentence ("The Maldives, which ..."). */
    private final Set<String> sentenceOpeners;
    /** relative.openers: "which", "who", "whose" after a comma open a relative clause ("Rwanda, which denies ..."). */
    private final Set<String> relativeOpeners;
    /** organization.possessivePronoun: "its", which before a state title stands for a country too. */
    private final String possessivePronoun;
    /** organization.pronoun.clauseOpeners: words after which a name opens its clause ("and Benfica shows its ..."). */
    private final Set<String> clauseOpeners;
    /** pronoun.sayer.verbs: "X said he would": the pronoun after one is the sentence's subject's. */
    private final Set<String> sayerVerbs;
    /** description.client.nouns: "his client" stands for whom the sentence's lawyer acts for. */
    private final Set<String> clientNouns;
    /** description.client.counselNouns: "lawyer", "attorney": who acts for a client. */
    private final Set<String> counselNouns;
    /** organization.predicateNominal.verbs: "X became the first hospital" classes X as a hospital. */
    private final Set<String> predicateNominalVerbs;
    /** organization.classDescriptions: "the union" stands for the one organization the text classed as a union. */
    private final Set<String> classDescriptions;
    private final Set<String> orgDescriptions;
    /** "the country", "the kingdom": a country, only as the possessor of a title (country.descriptions). */
    private final Set<String> countryDescriptions;
    /** country.stateDescriptions: "the government", the state of a country in reach; .modifiers: "federal". */
    private final Set<String> stateDescriptions;
    private final Set<String> stateModifiers;
    /** country.stateDescriptions.window: sentences back (besides its own) where a nearer country makes "the government" unsure. */
    private final int stateWindow;
    private final int orgWindow;
    /** Titles that name whoever leads the holder ("the Chilean leader", "the U.N. chief"), whatever the person's title. */
    private final Set<String> leaderTitles;
    /** Titles that lead their holder ("president", "prime minister", "secretary-general"): what a leader word means. */
    private final Set<String> leadingTitles;
    /** description.subordinateModifiers: words that make a title a lower office ("vice", "deputy"). */
    private final Set<String> subordinateModifiers;
    /** description.ofGerundVerbs: "accused the mayor of wasting money": the "of" and its gerund are the verb's. */
    private final Set<String> ofGerundVerbs;
    /** Title phrases that name the same office ("premier" = "prime minister"), to the one they stand for. */
    private final Map<String, String> titleSynonyms;
    /** "the alliance", "the bloc": the one intergovernmental organization in reach. */
    private final Set<String> internationalDescriptions;
    private final Predicate<String> intergovernmental;
    /** "the court", "the union": the one organization in reach with that head noun. */
    private final Set<String> headDescriptions;
    /** "the central bank": modifiers between "the" and a head description. */
    private final Set<String> headDescriptionModifiers;
    /** organization.head.countedNouns: "the 27-nation bloc", "the 12-member council". */
    private final Set<String> countedNouns;
    /** "of", "for": the words after an organization name's head noun ("Court of Justice"). */
    private final Set<String> nameConnectors;
    /** organization.spelled.headBreaks: the connectors a name's head word comes before ("of", not "and"). */
    private final Set<String> headBreaks;
    /** organization.spelled.postpositiveWords: words after a name's head noun ("Directorate General"). */
    private final Set<String> postpositiveWords;
    /** person.titleHolder.reach: the most words of a title's "of" phrase before the holder's name in apposition. */
    private final int appositionReach;

    /** "the company", "the firm": descriptions of a business, never of a body whose name ends in one of notCompanyHeads. */
    private final Set<String> companyDescriptions;
    /** organization.kindDescriptions and kindSynonyms: a kind of business, the word for its kind. */
    private final Set<String> kindDescriptions;
    private final Map<String, String> kindSynonyms;
    private final Set<String> kindNeutral;
    /** organization.kindModifiers: a noun before a neutral word, the kind it says. */
    private final Map<String, String> kindModifiers;
    /** organization.head.destinationNouns and destinationVerbs: "taken to the hospital". */
    private final Set<String> destinationNouns;
    private final Set<String> destinationVerbs;
    /** organization.head.takenPeople: "took the victims to the hospital" takes people, not a thing, there. */
    private final Set<String> takenPeople;
    private final Set<String> notCompanyHeads;
    /** organization.companyDescriptions.notLeadingHeads: the same heads in languages that put them first ("Fundación"). */
    private final Set<String> notCompanyLeadingHeads;
    /** Of notCompanyHeads, the head descriptions: a body named with one ("Unia, the country's largest trade union"). */
    private final Set<String> bodyHeadDescriptions;
    /** How many sentences back the one organization of a head description's head is found out of reach. */
    private final int headFallbackWindow;
    /** organization.head.regulatorDescriptions: "the regulator", "the watchdog", for a body of regulatorHeads too. */
    private final Set<String> regulatorDescriptions;
    /** organization.head.regulatorHeads: the heads of regulating bodies' names ("Authority", "Commission"). */
    private final Set<String> regulatorHeads;
    /** organization.untagged.companyTails: words that end only a company's name ("Capital", "Motors"). */
    private final Set<String> companyTails;
    /** organization.head.regulatorNotWords: words of a name that make it no regulator ("News", "Investment"). */
    private final Set<String> regulatorNotWords;
    /** organization.head.leadDescriptions: "the agency", "the club" may stand for the story's lead organization. */
    private final Set<String> leadDescriptions;
    /** Words after a head description that make it the noun's own sense ("the trust between", "the foundation for"). */
    private final Set<String> headPostModifiers;
    /** Head descriptions that are abstract nouns too, and the words after which they are ("the trust of patients"). */
    private final Set<String> abstractHeads;
    private final Set<String> abstractPostModifiers;
    /** organization.head.notReasonVerbs: "laid the foundation for building" is no reason, "criticised the trust for announcing" is. */
    private final Set<String> notReasonVerbs;
    /** organization.head.verbObjectPrepositions: "charged the bank with fraud": the verb's preposition after its object. */
    private final Set<String> verbObjectPrepositions;
    /** "former", "ex": a person's apposition opening with one names a past role. */
    private final Set<String> pastRoleMarkers;

    /** Whose gender a "he" or "she" fits, among persons in reach. */
    private final PersonGenders genders;

    /** A person's country on a date by the dated actor dictionary (name, document date -> country or null). */
    private final BiFunction<String, String, Country> dictionaryCountry;

    ReferenceResolver(Settings settings, List<String> titleWords, List<String> stateTitleWords, Predicate<String> intergovernmental,
                      BiFunction<String, String, Country> dictionaryCountry, PersonGenders genders) {
        this.intergovernmental = intergovernmental;
        this.dictionaryCountry = dictionaryCountry;
        this.internationalDescriptions = settings.lowercaseWords("organization.international.descriptions");
        this.headDescriptions = settings.lowercaseWords("organization.head.descriptions");
        this.headFallbackWindow = settings.number("organization.head.fallbackWindow", 0, 100);
        this.leadDescriptions = settings.lowercaseWords("organization.head.leadDescriptions");
        this.regulatorDescriptions = settings.lowercaseWords("organization.head.regulatorDescriptions");
        settings.requireSubset("organization.head.regulatorDescriptions", "organization.head.descriptions");
        this.regulatorHeads = settings.lowercaseWords("organization.head.regulatorHeads");
        this.regulatorNotWords = settings.words("organization.head.regulatorNotWords");
        this.companyTails = settings.lowercaseWords("organization.untagged.companyTails");
        settings.requireSubset("organization.head.leadDescriptions", "organization.head.descriptions");
        this.headPostModifiers = settings.lowercaseWords("organization.head.postModifiers");
        this.abstractHeads = settings.lowercaseWords("organization.head.abstractNouns");
        this.abstractPostModifiers = settings.lowercaseWords("organization.head.abstractPostModifiers");
        this.notReasonVerbs = settings.lowercaseWords("organization.head.notReasonVerbs");
        this.verbObjectPrepositions = settings.lowercaseWords("organization.head.verbObjectPrepositions");
        Set<String> describing = new java.util.HashSet<>(settings.lowercaseWords("organization.head.descriptions"));
        describing.addAll(settings.lowercaseWords("organization.descriptions"));
        settings.requireKnown("organization.head.abstractNouns", abstractHeads, describing,
                "'organization.head.descriptions' or 'organization.descriptions'");
        this.headDescriptionModifiers = settings.lowercaseWords("organization.head.descriptionModifiers");
        this.countedNouns = settings.lowercaseWords("organization.head.countedNouns");
        this.nameConnectors = settings.words("organization.nameConnectors");
        this.headBreaks = settings.words("organization.spelled.headBreaks");
        this.postpositiveWords = settings.words("organization.spelled.postpositiveWords");
        this.appositionReach = settings.number("person.titleHolder.reach", 0, 20);
        this.titles = ModelFiles.lowercaseLines(titleWords);
        this.relativeKin = settings.lowercaseWords("person.relative.kin");
        this.stateTitles = ModelFiles.lowercaseLines(stateTitleWords);
        this.personPronouns = settings.lowercaseWords("person.pronouns");
        this.pronounWindow = settings.number("pronoun.window", 0, 10);
        this.ageWindow = settings.number("person.age.window", 0, 10);
        this.cataphoraOpeners = settings.words("pronoun.cataphora.openerTags");
        this.conjunctions = settings.lowercaseWords("pronoun.cataphora.conjunctions");
        this.objectPronouns = settings.lowercaseWords("pronoun.object.words");
        this.disjointRelations = settings.words("pronoun.disjoint.relations");
        this.pairPersonNouns = settings.lowercaseWords("pair.person.nouns");
        this.pairCountryNouns = settings.lowercaseWords("pair.country.nouns");
        this.pairEitherNouns = settings.lowercaseWords("pair.either.nouns");
        this.pairOrganizationNouns = settings.lowercaseWords("pair.organization.nouns");
        List<String> pairLists = List.of("pair.person.nouns", "pair.country.nouns", "pair.organization.nouns", "pair.either.nouns");
        for (int a = 0; a < pairLists.size(); a++) {
            for (int b = a + 1; b < pairLists.size(); b++) {
                settings.requireDisjoint(pairLists.get(a), pairLists.get(b)); // a noun of two kinds would be the first's
            }
        }
        this.pairWindow = settings.number("pair.window", 0, 10);
        this.pairDeterminers = settings.lowercaseWords("pair.determiners");
        this.orgPronouns = settings.lowercaseWords("organization.pronouns");
        this.bareServiceNouns = settings.lowercaseWords("organization.bareServiceNouns");
        this.companyOnlyNouns = settings.lowercaseWords("organization.pronoun.companyOnlyNouns");
        this.bareServiceNotHeads = settings.lowercaseWords("organization.bareServiceNotHeads");
        this.foreignLeadingHeads = settings.lowercasePairs("organization.head.foreignLeadingHeads");
        settings.requireKnown("organization.head.foreignLeadingHeads", foreignLeadingHeads.values(), headDescriptions,
                "'organization.head.descriptions'");
        this.partyVerbs = settings.lowercaseWords("organization.it.partyVerbs");
        this.expletiveComplements = settings.lowercaseWords("organization.pronoun.expletiveComplements");
        this.sourcePhraseOpeners = settings.lowercaseWords("reference.sourcePhraseOpeners").stream()
                .map(phrase -> List.of(phrase.split("\\s+"))).toList();
        this.relativeOpeners = settings.lowercaseWords("relative.openers");
        this.placePrepositions = settings.lowercaseWords("pronoun.its.placePrepositions");
        this.sentenceOpeners = settings.lowercaseWords("pronoun.its.sentenceOpeners");
        this.possessivePronoun = settings.text("organization.possessivePronoun").toLowerCase(Locale.ROOT);
        this.clauseOpeners = settings.lowercaseWords("organization.pronoun.clauseOpeners");
        this.sayerVerbs = settings.lowercaseWords("pronoun.sayer.verbs");
        this.classDescriptions = settings.lowercaseWords("organization.classDescriptions");
        this.predicateNominalVerbs = settings.lowercaseWords("organization.predicateNominal.verbs");
        this.clientNouns = settings.lowercaseWords("description.client.nouns");
        this.counselNouns = settings.lowercaseWords("description.client.counselNouns");
        this.orgDescriptions = settings.lowercaseWords("organization.descriptions");
        this.countryDescriptions = settings.lowercaseWords("country.descriptions");
        this.stateDescriptions = settings.lowercaseWords("country.stateDescriptions");
        this.stateModifiers = settings.lowercaseWords("country.stateDescriptions.modifiers");
        this.stateWindow = settings.number("country.stateDescriptions.window", 0, 10);
        this.orgWindow = settings.number("organization.window", 0, 10);
        this.leaderTitles = settings.lowercaseWords("description.leader.titles");
        this.leadingTitles = settings.lowercaseWords("description.leading.titles");
        this.subordinateModifiers = settings.lowercaseWords("description.subordinateModifiers");
        this.ofGerundVerbs = settings.lowercaseWords("description.ofGerundVerbs");
        this.titleSynonyms = settings.lowercasePairs("description.title.synonyms");
        this.genders = genders;
        this.pastRoleMarkers = settings.lowercaseWords("organization.pastRoleMarkers");
        this.companyDescriptions = settings.lowercaseWords("organization.companyDescriptions");
        this.notCompanyHeads = settings.lowercaseWords("organization.companyDescriptions.notHeads");
        this.notCompanyLeadingHeads = settings.lowercaseWords("organization.companyDescriptions.notLeadingHeads");
        Set<String> bodyHeads = new HashSet<>(notCompanyHeads);
        Set<String> bodyDescriptions = new HashSet<>(headDescriptions);
        bodyDescriptions.addAll(internationalDescriptions); // "the consumer organisation Stiftung Warentest" is no company
        bodyHeads.retainAll(bodyDescriptions);
        this.bodyHeadDescriptions = Set.copyOf(bodyHeads);
        settings.requireSubset("organization.companyDescriptions", "organization.descriptions");
        this.kindDescriptions = settings.lowercaseWords("organization.kindDescriptions");
        settings.requireSubset("organization.kindDescriptions", "organization.descriptions");
        this.kindSynonyms = settings.lowercasePairs("organization.kindSynonyms");
        this.kindNeutral = settings.lowercaseWords("organization.kindNeutral");
        settings.requireSubset("organization.kindNeutral", "organization.descriptions");
        this.kindModifiers = settings.lowercasePairs("organization.kindModifiers");
        Set<String> synonymWords = new HashSet<>(kindSynonyms.keySet());
        synonymWords.addAll(kindSynonyms.values());
        settings.requireKnown("organization.kindSynonyms", synonymWords, kindDescriptions, "'organization.kindDescriptions'");
        settings.requireKnown("organization.kindModifiers", kindModifiers.values(), kindDescriptions, "'organization.kindDescriptions'");
        this.destinationNouns = settings.lowercaseWords("organization.head.destinationNouns");
        this.destinationVerbs = settings.lowercaseWords("organization.head.destinationVerbs");
        this.takenPeople = settings.lowercaseWords("organization.head.takenPeople");
        settings.requireSubset("organization.head.destinationNouns", "organization.head.descriptions");
    }

    /** The tagger sometimes tags a pronoun as a PERSON: it is a reference, not a name. */
    boolean isPersonPronoun(String text) {
        return personPronouns.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Marks each sentence that opens with one of reference.sourcePhraseOpeners ("According to the sports newspaper
     * L'Equipe, the club has approached ...") up to the phrase's comma: the source it names is no antecedent of a
     * description or pronoun after it in that sentence.
     */
    private void markSourcePhrases(DocumentEntities result, List<CoreMap> sentences) {
        for (int s = 0; s < sentences.size(); s++) {
            int comma = sourceComma(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), sourcePhraseOpeners);
            if (comma > 0) {
                result.markSourcePhrase(s, comma);
            }
        }
    }

    /** The comma that closes the source phrase the sentence opens with ("According to Reuters,"), or -1. */
    private static int sourceComma(List<CoreLabel> tokens, List<List<String>> openers) {
        boolean opens = openers.stream().anyMatch(opener -> tokens.size() > opener.size() && java.util.stream.IntStream.range(0, opener.size())
                .allMatch(i -> tokens.get(i).word().equalsIgnoreCase(opener.get(i))));
        for (int k = 1; opens && k < tokens.size(); k++) {
            if (tokens.get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "It is the second time that the bank ...", "it was too early to say": "it" before a form of "be", then at most
     * three determiners, adjectives, adverbs or numbers, then one of organization.pronoun.expletiveComplements stands
     * for nothing, and no organization named before it.
     */
    private boolean expletiveIt(List<CoreLabel> tokens, int t) {
        if (!tokens.get(t).word().equalsIgnoreCase("it") || t + 2 >= tokens.size() || !"be".equals(lemma(tokens.get(t + 1)))) {
            return false;
        }
        int k = t + 2;
        while (k < tokens.size() && k < t + 5 && tokens.get(k).tag() != null
                && tokens.get(k).tag().matches("DT|JJ.*|RB.*|CD") && !expletiveComplements.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        // "It is a crucial supplier to Airbus": a complement before a noun modifies it, and "it" is a thing's
        return k < tokens.size() && expletiveComplements.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                && (k + 1 >= tokens.size() || tokens.get(k + 1).tag() == null || !tokens.get(k + 1).tag().startsWith("NN"));
    }

    /**
     * "banks' IT suppliers": a word of two letters or more written in capitals where the sentence has letters in lower
     * case is an acronym, no pronoun (an all-capital headline writes "IT" and "HE" for the pronouns).
     */
    private static boolean writtenAsAcronym(List<CoreLabel> tokens, int t) {
        String word = tokens.get(t).word();
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))
                && tokens.stream().anyMatch(k -> k.word().chars().anyMatch(Character::isLowerCase));
    }

    /** One of organization.pronouns ("it", "its"). */
    boolean isOrganizationPronoun(String text) {
        return orgPronouns.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * References resolved where it is cheap and safe. "he"/"she" stand for the one person in reach (with two or
     * more, nothing is guessed). "it"/"its" and "the company"-style descriptions stand for the first organization
     * named earlier in their sentence, or else in the nearest sentence before that names one: the subject of a
     * news sentence comes first, and it is what the next sentence goes on about. When a country comes first,
     * "it" is left alone. "the Prime Minister" stands for the one person named right after that title.
     */
    void resolve(DocumentEntities result, List<CoreMap> sentences, Set<EntityType> types, String docDate) {
        TitledPersons titled = types.contains(EntityType.PERSON) ? titledPersons(result, sentences) : TitledPersons.NONE;
        Map<Integer, Map<Entity, Integer>> ages = types.contains(EntityType.PERSON) ? statedAges(result, sentences) : Map.of();
        Set<Country> headlineCountries = headlineCountries(result, sentences);
        markSourcePhrases(result, sentences);
        linkClients(result, sentences);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                String word = token.word().toLowerCase(Locale.ROOT);
                if (result.at(s, t) != null || writtenAsAcronym(tokens, t)) {
                    continue;
                }
                int ageEnd = word.equals("the") ? ageAfter(tokens, t + 1) : -1;
                Integer years = ageEnd < 0 ? null : ageOf(tokens, t + 1);
                Entity aged = personOfAge(ages, years, token.beginPosition());
                if (years != null && aged == null && ages.values().stream().noneMatch(stated -> stated.containsValue(years))) {
                    aged = personOfSentenceBefore(result, sentences, s, ages);
                }
                if (aged != null) {
                    // "the 48-year-old director said": a common noun right after the age is the description's head
                    int end = ageEnd < tokens.size() && result.at(s, ageEnd) == null && "NN".equals(tokens.get(ageEnd).tag()) ? ageEnd + 1 : ageEnd;
                    result.link(aged, new Mention(text(sentences, s, token, tokens.get(end - 1)), token.beginPosition(),
                            tokens.get(end - 1).endPosition(), s, t, end, Mention.Kind.DESCRIPTION));
                    t = end - 1;
                    continue;
                }
                if (word.equals("the") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("two")
                        && linkPair(result, sentences, tokens, s, t + 1, titled)) {
                    t += 2;
                    continue;
                }
                if (pairDeterminers.contains(word) && linkPair(result, sentences, tokens, s, t, titled)) {
                    t += 1; // "both countries": "both" and "countries" stand for the two
                    continue;
                }
                int titleEnd = word.equals("the") ? titleAfter(tokens, t) : -1;
                Entity person = titleEnd > 0 && result.at(s, titleEnd - 1) == null && !holderNamedAfter(result, tokens, s, titleEnd)
                        ? describedPerson(result, tokens, s, t, titleEnd, titled, docDate) : null;
                if (person != null) {
                    result.link(person, new Mention(text(sentences, s, token, tokens.get(titleEnd - 1)), token.beginPosition(),
                            tokens.get(titleEnd - 1).endPosition(), s, t, titleEnd, Mention.Kind.DESCRIPTION));
                } else if (types.contains(EntityType.PERSON) && personPronouns.contains(word)) {
                    Set<Entity> inReach = fitting(spokenOf(result, sentences, s, t, personsInReach(result, s, t, Set.of())), word, sentences);
                    Set<Entity> otherGender = otherGender(inReach, word, sentences);
                    if (!otherGender.isEmpty() && otherGender.equals(inReach)) {
                        // '"Nadia is the best director of her generation," he said': he is no Nadia, but the man named
                        // before her is; with no one of the pronoun's gender further back, the given name may mislead
                        // ("Prime Minister Kristen Michal said he ...")
                        Set<Entity> further = fitting(personsInReach(result, s, t, otherGender), word, sentences);
                        if (!further.isEmpty() && otherGender(further, word, sentences).isEmpty()) {
                            inReach = further;
                        }
                    }
                    Entity sayer = inReach.size() > 1 ? sayer(result, tokens, s, t) : null;
                    if (sayer != null && inReach.contains(sayer)) {
                        inReach = Set.of(sayer);
                    }
                    Entity chain = inReach.size() > 1 ? pronounOfGenderBefore(result, tokens, s, t, word) : null;
                    if (chain != null && inReach.contains(chain)) {
                        inReach = Set.of(chain); // "he was disappointed but wished his opponent well": the same man
                    }
                    Entity continued = inReach.size() > 1 && t == 0 ? subjectOverObliques(result, sentences, s, inReach) : null;
                    if (continued != null) {
                        inReach = Set.of(continued);
                    }
                    if (unresolvedPronounBefore(result, sentences, s, t, word)) {
                        inReach = Set.of(); // "She thanked her mother, Lola. She also thanked Sarz": the same unknown she
                    }
                    // an object pronoun never looks ahead ("After meeting him, Zelensky flew ..."); one that may stand for
                    // another person before it and the one after is left alone ("Netanyahu spoke. In response to his remarks,
                    // Blinken met Gallant")
                    boolean object = objectPronouns.contains(word) && "PRP".equals(token.tag());
                    Entity ahead = object ? null : cataphoricPerson(result, tokens, s, t);
                    if (ahead != null) {
                        inReach = inReach.isEmpty() || inReach.equals(Set.of(ahead)) ? Set.of(ahead) : Set.of();
                    }
                    if (inReach.size() == 1) {
                        result.link(inReach.iterator().next(), new Mention(token.originalText(), token.beginPosition(),
                                token.endPosition(), s, t, t + 1, Mention.Kind.PRONOUN));
                    }
                } else if (types.contains(EntityType.ORGANIZATION) && orgPronouns.contains(word) && !expletiveIt(tokens, t)) {
                    // "it" is as often a country as a company: "Russia continues its confrontation"
                    boolean partyObject = word.equals("it") && t > 0 && partyVerbs.contains(lemma(tokens.get(t - 1)));
                    Entity chained = partyObject ? null : pronounBefore(result, tokens, s, t);
                    Entity subject = partyObject || chained != null ? null : subjectOfVerbsBefore(result, tokens, s, t);
                    boolean describedBefore = !partyObject && chained == null && subject == null
                            && describedSubjectGoesOn(result, sentences, s, t);
                    Entity org = partyObject ? objectInReach(result, tokens, s, t) : chained != null ? chained : subject != null ? subject
                            : describedBefore ? null
                            : firstInReach(result, sentences, s, t, EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY), e -> true);
                    // "discussed it with Silina": an object "it" is a thing as often as not (not "said it would", "said it
                    // also plans": a subject), but not after a verb whose object is a party ("accused it of")
                    boolean object = word.equals("it") && t > 0 && tokens.get(t - 1).tag().startsWith("VB") && !verbFollows(tokens, t)
                            && !partyObject;
                    boolean countryTitle = org != null && org.type() == EntityType.COUNTRY && word.equals(possessivePronoun)
                            && titleAndNameAfter(tokens, t)
                            && onlyHolderBefore(result, sentences, s, t, org);
                    // "Veritron, a chipmaker based in Taiwan, will build a factory, its chairman said": what only a
                    // company has is no country's between
                    boolean companys = word.equals(possessivePronoun) && org != null && org.type() == EntityType.ORGANIZATION
                            && companyPossessionAfter(tokens, t);
                    boolean attribution = word.equals(possessivePronoun) && org != null && trailingAttribution(result, tokens, s, t, org);
                    if (org != null && org.type() == EntityType.COUNTRY && !countryTitle || saidByCountry(result, tokens, s, t)
                            || org != null && !companys && !attribution && countryBetween(result, tokens, s, t, org) || object) {
                        continue;
                    }
                    if (org != null) {
                        result.link(org, new Mention(token.originalText(), token.beginPosition(), token.endPosition(),
                                s, t, t + 1, Mention.Kind.PRONOUN));
                    }
                } else if (word.equals("the")) {
                    Entity named = null;
                    int tailEnd = -1;
                    for (int end : types.contains(EntityType.ORGANIZATION) ? nameTailEnds(tokens, t) : List.<Integer>of()) {
                        named = organizationNamedWithTail(result, text(sentences, s, tokens.get(t + 1), tokens.get(end - 1)), s, t);
                        if (named != null) {
                            tailEnd = end;
                            break;
                        }
                    }
                    if (named == null && types.contains(EntityType.ORGANIZATION)) {
                        named = classedOrganization(result, sentences, tokens, s, t);
                        tailEnd = named == null ? -1 : t + 2;
                    }
                    if (named != null) {
                        result.link(named, new Mention(text(sentences, s, token, tokens.get(tailEnd - 1)), token.beginPosition(),
                                tokens.get(tailEnd - 1).endPosition(), s, t, tailEnd, Mention.Kind.DESCRIPTION));
                        t = tailEnd - 1;
                        continue;
                    }
                    int n = afterBasedIn(tokens, t + 1); // "the Luxembourg-based court": the noun after the place
                    n = n == t + 1 ? afterCountedModifier(tokens, n) : n; // "the 27-nation bloc": the noun after the count
                    if (n == t + 1 && n + 1 < tokens.size() && headDescriptionModifiers.contains(tokens.get(n).word())
                            && headDescriptions.contains(tokens.get(n + 1).word())) {
                        n++; // "the central bank": the head noun after its modifier
                    } else if (n == t + 1 && n + 1 < tokens.size() && "NN".equals(tokens.get(n).tag())
                            && headDescriptions.contains(tokens.get(n + 1).word())
                            && namedAfterPhrase(result, sentences, tokens.get(n).word(), tokens.get(n + 1).word())) {
                        n++; // "the exam board Pearson ... the exam board": the phrase the story named it with
                    }
                    // "the council-controlled agency": a noun joined by a hyphen to the next word modifies the noun after them
                    if (n + 1 > tokens.size() || result.at(s, n) != null || n + 1 < tokens.size() && (tokens.get(n + 1).tag().startsWith("NNP")
                            || "HYPH".equals(tokens.get(n + 1).tag()))) {
                        continue;
                    }
                    String noun = tokens.get(n).word();
                    boolean beforeTitle = titleAfterPossessive(tokens, n + 1);
                    // "the government", "the federal government" (one of country.stateDescriptions.modifiers before the noun)
                    int state = n == t + 1 && n + 1 < tokens.size() && stateModifiers.contains(noun.toLowerCase(Locale.ROOT)) ? n + 1 : n;
                    String afterState = state + 1 < tokens.size() ? tokens.get(state + 1).word().toLowerCase(Locale.ROOT) : "";
                    if (n == t + 1 && types.contains(EntityType.COUNTRY) && stateDescriptions.contains(tokens.get(state).word().toLowerCase(Locale.ROOT))
                            && !afterState.equals("of") && (state + 1 >= tokens.size() || !tokens.get(state + 1).tag().startsWith("NN"))) {
                        // only the story's own country: a nearer one may be its foe ("Ukraine's grid was hit by Russia, and the
                        // government asked Germany for air defence")
                        Entity country = storysCountry(result, headlineCountries);
                        Entity nearest = nearestCountryBefore(result, s, t);
                        if (nearest != null && nearest != country) {
                            country = null; // "Russia said ... Ukraine's government asked Germany, and the government": unsure
                        }
                        if (country != null) { // "urged the government to pay teachers before the children pay the price"
                            result.link(country, new Mention(text(sentences, s, token, tokens.get(state)), token.beginPosition(),
                                    tokens.get(state).endPosition(), s, t, state + 1, Mention.Kind.DESCRIPTION));
                        }
                        continue;
                    }
                    if (n == t + 1 && types.contains(EntityType.COUNTRY) && countryDescriptions.contains(noun.toLowerCase(Locale.ROOT))
                            && (beforeTitle || organizationNounInApposition(result, tokens, s, t, n + 1))) {
                        // the story's own country only for a company's or body's home, not a title's holder in a story
                        // of several states ("the kingdom's de facto ruler" in a story about Syria)
                        Entity country = describedCountry(result, s, t, !beforeTitle, headlineCountries);
                        if (country != null) { // "signed an agreement with the country's interim leader, Muhammad Yunus"
                            result.link(country, new Mention(text(sentences, s, token, tokens.get(n)), token.beginPosition(),
                                    tokens.get(n).endPosition(), s, t, n + 1, Mention.Kind.DESCRIPTION));
                        }
                        continue;
                    }
                    // "the court": only a noun that heads its phrase ("the state news agency" is no state)
                    boolean heads = n + 1 >= tokens.size() || !tokens.get(n + 1).tag().startsWith("NN");
                    // "the trust between voters and politicians", "the foundation for a vaccine programme", "the society
                    // we live in": a noun a phrase or clause after it says more of is the word's own sense, no body's
                    String after = n + 1 < tokens.size() ? tokens.get(n + 1).word().toLowerCase(Locale.ROOT) : "";
                    // ("criticised the trust for announcing the suspension": "for" and a gerund is the verb's reason)
                    String verbBefore = t > 0 && tokens.get(t - 1).tag().startsWith("VB") ? lemma(tokens.get(t - 1)) : null;
                    boolean reason = verbBefore != null && !notReasonVerbs.contains(verbBefore) && abstractPostModifiers.contains(after)
                            && n + 2 < tokens.size() && "VBG".equals(tokens.get(n + 2).tag());
                    // ("the national federation with which the alliance is affiliated": a relative clause says no more of it)
                    boolean relativeAfter = n + 2 < tokens.size() && tokens.get(n + 2).tag().startsWith("W");
                    // ("charged the bank with fraud": the verb's own preposition)
                    boolean verbsPreposition = verbBefore != null && verbObjectPrepositions.contains(verbBefore + " " + after);
                    boolean abstractSense = abstractHeads.contains(noun.toLowerCase(Locale.ROOT)) && abstractPostModifiers.contains(after) && !reason;
                    boolean postModified = n + 1 < tokens.size() && ("PRP".equals(tokens.get(n + 1).tag())
                            || headPostModifiers.contains(after) && !relativeAfter && !verbsPreposition || abstractSense);
                    // "the California-based company" need not be the company in reach: a placed noun only by its head
                    boolean placed = n != t + 1;
                    // "the bank" where the document names a bank by that head ("the Bank of Canada ... the bank's independence")
                    // is that bank, not the first organization in reach
                    boolean generic = orgDescriptions.contains(noun.toLowerCase(Locale.ROOT)) && !abstractSense
                            && !(headDescriptions.contains(noun) && namedByHead(result, sentences, noun, s, t));
                    Entity apposed = apposedTo(result, tokens, s, t, n);
                    int sentenceIndex = s;
                    int at = t;
                    boolean business = companyDescriptions.contains(noun.toLowerCase(Locale.ROOT));
                    boolean kind = kindDescriptions.contains(noun.toLowerCase(Locale.ROOT));
                    Predicate<Entity> inReach = e -> e != apposed && !inPastRoleApposition(result, tokens, sentenceIndex, at, e)
                            && !(business && noBusiness(result, sentences, e))
                            && !(kind && namedAsAnotherKind(sentences, e, noun.toLowerCase(Locale.ROOT)))
                            && !onlyAsSource(result, e, sentenceIndex, at);
                    // "two men were taken to the hospital": where someone is taken, no body named before
                    boolean destination = t > 1 && tokens.get(t - 1).word().equalsIgnoreCase("to") && destinationNouns.contains(noun)
                            && takenThere(tokens, t - 1);
                    Entity described = !placed && types.contains(EntityType.ORGANIZATION) && generic
                            ? firstInReach(result, sentences, s, t, EnumSet.of(EntityType.ORGANIZATION), inReach)
                            : heads && !postModified && !destination && noun.equals(noun.toLowerCase(Locale.ROOT))
                                    ? describedByHeadNoun(result, sentences, s, t, noun, types) : null;
                    if (described != null) {
                        // a place that is an entity itself ("the Luxembourg-based court") keeps its mention
                        CoreLabel first = placed && result.at(s, t + 1) != null ? tokens.get(n) : token;
                        CoreLabel last = tokens.get(n);
                        result.link(described, new Mention(text(sentences, s, first, last), first.beginPosition(), last.endPosition(),
                                s, first == token ? t : n, n + 1, Mention.Kind.DESCRIPTION));
                    }
                }
            }
        }
        if (types.contains(EntityType.ORGANIZATION)) {
            bareServiceNouns(result, sentences);
        }
    }

    /**
     * Whether a possessive mark at {@code at} is followed, within person.titleHolder.reach words of nouns and adjectives,
     * by a title ("the country's interim leader", "the kingdom's de facto ruler"; not "the country's largest bank").
     */
    private boolean titleAfterPossessive(List<CoreLabel> tokens, int at) {
        if (at >= tokens.size() || !"POS".equals(tokens.get(at).tag())) {
            return false;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + appositionReach; k++) {
            CoreLabel w = tokens.get(k);
            if (titles.contains(w.word().toLowerCase(Locale.ROOT)) && w.tag().startsWith("NN")) {
                return true;
            }
            if (!w.tag().startsWith("NN") && !w.tag().startsWith("JJ") && !w.tag().equals("FW")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Unia, the country's largest trade union,", "Toronto-Dominion Bank, the country's second-largest lender,": a
     * description in apposition to an organization, "the country's" and modifiers before an organization noun
     * (organization.descriptions, organization.head.descriptions) that ends the apposition. Not in other places: "a
     * deal with the country's largest bank" would make the country a party.
     */
    private boolean organizationNounInApposition(DocumentEntities result, List<CoreLabel> tokens, int s, int the, int at) {
        Entity before = the >= 2 && tokens.get(the - 1).word().equals(",") ? result.at(s, the - 2) : null;
        if (before == null || before.type() != EntityType.ORGANIZATION || at >= tokens.size() || !"POS".equals(tokens.get(at).tag())) {
            return false;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + appositionReach; k++) {
            CoreLabel w = tokens.get(k);
            String lower = w.word().toLowerCase(Locale.ROOT);
            boolean last = k + 1 >= tokens.size() || !tokens.get(k + 1).tag().startsWith("NN");
            if (w.tag().startsWith("NN") && last) {
                return (orgDescriptions.contains(lower) || headDescriptions.contains(lower))
                        && (k + 1 >= tokens.size() || tokens.get(k + 1).word().equals(",") || tokens.get(k + 1).tag().equals("."));
            }
            if (!w.tag().startsWith("NN") && !w.tag().startsWith("JJ") && !w.tag().equals("RBS") && !w.tag().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The country "the country" before a title stands for: the nearest country named before it in its sentence, or else
     * the nearest demonym there ("The Emirati delegation was led by ..., the country's foreign minister"), or else the
     * one country the sentence before names, or else, when {@code storysOwn}, the story's own country: the one named in
     * the most sentences (two or more, more than any other: "Air Canada, the country's largest airline" in a story about
     * Canada); null when none.
     */
    private Entity describedCountry(DocumentEntities result, int s, int t, boolean storysOwn, Set<Country> headlineCountries) {
        for (int k = t - 1; k >= 0; k--) {
            Entity e = result.at(s, k);
            if (e != null && e.type() == EntityType.COUNTRY) {
                return e;
            }
        }
        for (int k = t - 1; k >= 0; k--) {
            DemonymMatch demonym = result.demonymAt(s, k);
            if (demonym != null) {
                return result.activate(demonym);
            }
        }
        if (s > 0) {
            Set<Entity> before = entitiesBefore(result, s - 1, Integer.MAX_VALUE, EnumSet.of(EntityType.COUNTRY));
            if (before.size() == 1) {
                return before.iterator().next();
            }
        }
        return storysOwn ? storysCountry(result, headlineCountries) : null;
    }

    /**
     * Whether the verb before the "to" at word to is one of destinationVerbs, past the words that may stand between them:
     * adverbs, particles, a pronoun, people taken (takenPeople) and a "by" phrase: "were taken by ambulance to", "were
     * later airlifted directly to", "drove himself to", "brought back to", "rushed the boy to" (not "donated 5 million
     * pounds to", "sent a letter to": a thing given).
     */
    private boolean takenThere(List<CoreLabel> tokens, int to) {
        int k = to - 1;
        // "by ambulance", "by helicopter": a means of transport, a noun with its article at most
        if (k >= 1 && tokens.get(k).tag().matches("NNS?")) {
            int before = "DT".equals(tokens.get(k - 1).tag()) || "PRP$".equals(tokens.get(k - 1).tag()) ? k - 2 : k - 1;
            if (takenPeople.contains(lemma(tokens.get(k)))) {
                k = before; // "took the victims to the hospital": people taken there
            } else if (before < 0 || !tokens.get(before).word().equalsIgnoreCase("by")) {
                return false; // "sent a letter to the hospital": a thing sent is no one taken there
            } else {
                k = before - 1;
            }
        }
        for (; k >= Math.max(0, to - 5); k--) {
            String tag = tokens.get(k).tag();
            if (tag.startsWith("VB")) {
                return destinationVerbs.contains(lemma(tokens.get(k)));
            }
            if (!tag.startsWith("RB") && !tag.equals("RP") && !tag.equals("PRP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The country named or described nearest before word t, in its sentence or the stateWindow before it (not by
     * demonym); else null. Any country counts, a preposition's object too: "Ukraine's grid was hit by Russia" may be
     * about the foe's government as well.
     */
    private Entity nearestCountryBefore(DocumentEntities result, int s, int t) {
        for (int back = s; back >= Math.max(0, s - stateWindow); back--) {
            for (int k = (back == s ? t : result.tokenCount(back)) - 1; k >= 0; k--) {
                Entity e = result.at(back, k);
                if (e != null && e.type() == EntityType.COUNTRY) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The country the story names in the most sentences (two or more, more than any other), by name or demonym, unless
     * its headline names one other country alone, by name ("Chile's national orchestra to tour Asia", then concerts in
     * Japan, a Japanese pianist and a Japanese owner: the story is Chile's); else null.
     */
    private static Entity storysCountry(DocumentEntities result, Set<Country> headlineCountries) {
        Country lead = mostNamedCountry(result);
        if (lead == null || headlineCountries.size() == 1 && !headlineCountries.contains(lead)) {
            return null;
        }
        Entity named = result.countryEntity(lead);
        DemonymMatch demonym = named != null ? null : result.firstDemonym(lead);
        return named != null ? named : demonym != null ? result.activate(demonym) : null;
    }

    /**
     * The countries named in the document's first sentence when it is a headline: no full stop, question or exclamation
     * mark at its end.
     */
    private static Set<Country> headlineCountries(DocumentEntities result, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return Set.of();
        }
        List<CoreLabel> tokens = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class);
        int last = tokens.size() - 1;
        // a closing quote after the full stop ("Ruto said: "We will not borrow more."") ends a sentence too
        while (last > 0 && "''".equals(tokens.get(last).tag())) {
            last--;
        }
        if (last < 0 || SENTENCE_ENDS.contains(tokens.get(last).word())) {
            return Set.of();
        }
        // by name: a demonym in a headline may name a foreign party ("Chinese lenders wary of new loans")
        Set<Country> named = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            Entity e = result.at(0, t);
            if (e != null && e.type() == EntityType.COUNTRY && e.country() != null) {
                named.add(e.country());
            }
        }
        return named;
    }

    /** The country named (by name or demonym) in the most sentences, two or more and more than any other; else null. */
    private static Country mostNamedCountry(DocumentEntities result) {
        Map<Country, Integer> sentences = new HashMap<>();
        for (int s = 0; s < result.sentenceCount(); s++) {
            Set<Country> named = new HashSet<>();
            for (int t = 0; t < result.tokenCount(s); t++) {
                Entity e = result.at(s, t);
                if (e != null && e.type() == EntityType.COUNTRY && e.country() != null) {
                    named.add(e.country());
                }
                DemonymMatch demonym = result.demonymAt(s, t);
                if (demonym != null) {
                    named.add(demonym.country());
                }
            }
            named.forEach(c -> sentences.merge(c, 1, Integer::sum));
        }
        int most = sentences.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Country> top = sentences.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return most >= 2 && top.size() == 1 ? top.get(0) : null;
    }

    /** The tokens the post-parse pass may relink ("him", "her"): a sentence with one is worth parsing. */
    boolean isObjectPronoun(String word) {
        return objectPronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Once sentences are parsed: an object pronoun never stands for its own verb's subject (English says "himself"
     * for that). "Erdogan met Putin and thanked him": of the two persons in reach only Putin is left, so "him" is
     * Putin; "Putin thanked him" after a sentence about Xi: not Putin, so the one person of the sentence before.
     * A link the first pass made to the subject is undone; with no single person left, the pronoun stays unlinked.
     */
    void resolveObjectPronouns(DocumentEntities result, List<CoreMap> sentences) {
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                Entity linked = result.at(s, t);
                if (!isObjectPronoun(token.word()) || linked != null && linked.type() != EntityType.PERSON) {
                    continue;
                }
                Set<Entity> subjects = clauseSubjects(result, graph, s, t);
                if (subjects == null || subjects.isEmpty() || linked != null && !subjects.contains(linked)) {
                    continue;
                }
                Set<Entity> inReach = fitting(personsInReach(result, s, t, subjects), token.word(), sentences);
                Mention mention = new Mention(token.originalText(), token.beginPosition(), token.endPosition(), s, t, t + 1,
                        Mention.Kind.PRONOUN);
                if (linked != null) {
                    result.unlink(linked, mention);
                }
                if (inReach.size() == 1) {
                    result.link(inReach.iterator().next(), mention);
                }
            }
        }
    }

    /**
     * Once sentences are parsed: "the company" in the object of a verb never stands for that verb's own subject.
     * "Maple Ridge Infrastructure, which bought a 60 percent stake in the company from Southern Cross Capital": the
     * company is not Maple Ridge, so it is the organization in reach before it, or no one. Only the business and
     * generic descriptions (organization.descriptions) linked in the first pass, and only within their own clause (up
     * through objects and prepositional phrases to the first verb).
     */
    void resolveObjectDescriptions(DocumentEntities result, List<CoreMap> sentences) {
        for (Entity org : List.copyOf(result.entities())) {
            if (org.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : List.copyOf(org.mentions())) {
                if (m.kind() != Mention.Kind.DESCRIPTION || m.endToken() - m.firstToken() != 2) {
                    continue;
                }
                CoreMap sentence = sentences.get(m.sentence());
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                String noun = tokens.get(m.endToken() - 1).word().toLowerCase(Locale.ROOT);
                if (graph == null || !orgDescriptions.contains(noun) || !ownClauseSubject(result, graph, m, org)) {
                    continue;
                }
                result.unlink(org, m);
                Entity other = firstInReach(result, sentences, m.sentence(), m.firstToken(), EnumSet.of(EntityType.ORGANIZATION),
                        e -> e != org && !(companyDescriptions.contains(noun) && noBusiness(result, sentences, e)));
                if (other != null) {
                    result.link(other, m);
                }
            }
        }
    }

    /** Whether the entity is the subject of the first verb above the description, through its objects and phrases. */
    private static boolean ownClauseSubject(DocumentEntities result, SemanticGraph graph, Mention m, Entity org) {
        IndexedWord node = graph.getNodeByIndexSafe(m.endToken());
        for (int step = 0; node != null && step < 4; step++) {
            IndexedWord up = null;
            for (SemanticGraphEdge in : graph.incomingEdgeIterable(node)) {
                String rel = in.getRelation().toString();
                if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nmod:") && !rel.equals("nmod:poss") || rel.startsWith("obl:") && !rel.equals("obl:agent")) {
                    up = in.getGovernor();
                    break;
                }
            }
            if (up == null) {
                return false;
            }
            if (up.tag() != null && up.tag().startsWith("VB")) {
                for (SemanticGraphEdge out : graph.outgoingEdgeIterable(up)) {
                    // a name's own clause, not "it" ("Nissan said it would restructure the company" is Nissan's own)
                    if (out.getRelation().toString().equals("nsubj") && !"PRP".equals(out.getDependent().tag())
                            && result.at(m.sentence(), out.getDependent().index() - 1) == org) {
                        return true;
                    }
                }
                return false;
            }
            node = up;
        }
        return false;
    }

    /**
     * The entities that are subjects of the verb a pronoun is the object of (empty when it is no such object), or null
     * when a subject is a person pronoun left unresolved: then who is excluded is unknown.
     */
    private Set<Entity> clauseSubjects(DocumentEntities result, SemanticGraph graph, int s, int t) {
        IndexedWord pronoun = graph.getNodeByIndexSafe(t + 1);
        Set<Entity> subjects = new LinkedHashSet<>();
        if (pronoun == null) {
            return subjects;
        }
        for (SemanticGraphEdge in : graph.incomingEdgeIterable(pronoun)) {
            if (!disjointRelations.contains(in.getRelation().toString())) {
                continue;
            }
            for (SemanticGraphEdge out : graph.outgoingEdgeIterable(in.getGovernor())) {
                if (!out.getRelation().getShortName().equals("nsubj")) {
                    continue;
                }
                Entity subject = result.at(s, out.getDependent().index() - 1);
                if (subject == null && personPronouns.contains(out.getDependent().word().toLowerCase(Locale.ROOT))) {
                    return null;
                }
                if (subject != null) {
                    subjects.add(subject);
                }
                // "Mongolia's president, Ukhnaagiin Khurelsukh, ... invited him": the title is the subject, the name in
                // apposition to it the person
                boolean titleSubject = subject == null && titles.contains(out.getDependent().word().toLowerCase(Locale.ROOT));
                for (SemanticGraphEdge appos : titleSubject ? graph.outgoingEdgeIterable(out.getDependent()) : List.<SemanticGraphEdge>of()) {
                    Entity named = appos.getRelation().toString().equals("appos") ? result.at(s, appos.getDependent().index() - 1) : null;
                    if (named != null && named.type() == EntityType.PERSON) {
                        subjects.add(named);
                    }
                }
            }
        }
        return subjects;
    }

    /**
     * "Iraq said it would ...", "Nigeria today announced that it will ...": "it" right after a verb (and "that")
     * whose subject is a country is that country saying what it does, whatever organization came before in the
     * sentence ("In a letter to the United Nations, Iraq said it would ..."). The relations read it off the parse. So too
     * after a state's noun (country.stateDescriptions) no country was found for: "The Greek government said it had not
     * been consulted" is no organization named before.
     */
    private boolean saidByCountry(DocumentEntities result, List<CoreLabel> tokens, int s, int it) {
        int k = verbBeforePronoun(tokens, it);
        if (k < 0) {
            return false;
        }
        k--;
        while (k >= 0 && (tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("RB")
                || result.at(s, k) != null && result.at(s, k).type() == EntityType.DATE)) {
            k--;
        }
        return k >= 0 && (result.at(s, k) != null && result.at(s, k).type() == EntityType.COUNTRY
                || result.at(s, k) == null && stateDescriptions.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * The persons named right after a title: by the whole title phrase ("Prime Minister Lee Hsien Loong": "prime
     * minister"; "Ryanair CEO Michael O'Leary": "ceo"), and by the title's holder and that phrase ("Chilean President Gabriel Boric": Chile,
     * "president"; "Russia's Foreign Minister Sergei Lavrov": Russia, "foreign minister"). A holder is a country
     * (by name or demonym, the {@link Country}) or an organization (its {@link Entity}).
     */
    /** @param namedTitles the title words right before a name in the text, as written ("premier" of "Ontario Premier Doug Ford") */
    private record TitledPersons(Map<String, Set<Entity>> byTitle, Map<Object, Map<String, Set<Entity>>> byHolderAndTitle,
                                 Map<Entity, Integer> firstTitled, Set<String> namedTitles) {
        static final TitledPersons NONE = new TitledPersons(Map.of(), Map.of(), Map.of(), Set.of());

        /** Whether the person was named with a title before this character offset: a description looks back. */
        boolean titledBefore(Entity person, int offset) {
            return firstTitled.getOrDefault(person, Integer.MAX_VALUE) < offset;
        }
    }

    private TitledPersons titledPersons(DocumentEntities result, List<CoreMap> sentences) {
        Map<String, Set<Entity>> byTitlePhrase = new HashMap<>();
        Map<Object, Map<String, Set<Entity>>> byHolder = new HashMap<>();
        Map<Entity, Integer> firstTitled = new HashMap<>();
        Set<String> namedTitles = new HashSet<>();
        for (Entity e : result.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || m.firstToken() == 0) {
                    continue;
                }
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                // "Finance Minister Ana Ruiz", or the title set off before the name: "Ireland's health minister, Jennifer Carroll"
                boolean setOff = m.firstToken() >= 2 && tokens.get(m.firstToken() - 1).word().equals(",");
                int titleEnd = setOff ? m.firstToken() - 1 : m.firstToken();
                String title = tokens.get(titleEnd - 1).word().toLowerCase(Locale.ROOT);
                if (!titles.contains(title)) {
                    continue;
                }
                // back over the rest of the title ("Foreign", "Secretary") and a possessive to the holder
                int start = titleEnd - 1;
                Object holder = null;
                int holderStart = -1;
                int holderEnd = -1;
                for (int k = titleEnd - 2; k >= 0 && k >= titleEnd - 5; k--) {
                    holder = holderAt(result, m.sentence(), k);
                    if (holder != null) {
                        holderStart = result.at(m.sentence(), k) == null ? k : result.nameStart(m.sentence(), k);
                        holderEnd = k;
                        break;
                    }
                    String tag = tokens.get(k).tag();
                    if (result.at(m.sentence(), k) != null || tag == null
                            || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("HYPH"))) {
                        break;
                    }
                    start = k;
                }
                // a title set off before a name opens its phrase and the name is set off too: not the end of another
                // apposition ("Emmanuel Macron, the French president, Olaf Scholz, ...") nor of a phrase before the
                // clause ("In a letter to the prime minister, Kemi Badenoch said")
                if (setOff && !opensSetOffTitle(tokens, holderStart >= 0 ? holderStart : start, m.endToken())) {
                    continue;
                }
                firstTitled.merge(e, m.start(), Math::min);
                namedTitles.add(title);
                if (holder != null) {
                    addTitled(byHolder.computeIfAbsent(holder, h -> new HashMap<>()), literalTitlePhrase(tokens, holderEnd + 1, titleEnd), e);
                }
                addTitled(byTitlePhrase, literalTitlePhrase(tokens, start, titleEnd), e);
            }
        }
        return new TitledPersons(byTitlePhrase, byHolder, firstTitled, namedTitles);
    }

    /**
     * Whether a title phrase starting at {@code phraseStart} (its holder's name, or its first word; an article or a
     * possessive pronoun before it) comes after no comma, and the name after it, ending at {@code nameEnd}, is closed
     * by a comma or the sentence's end.
     */
    private static boolean opensSetOffTitle(List<CoreLabel> tokens, int phraseStart, int nameEnd) {
        int before = phraseStart - 1;
        if (before >= 0 && tokens.get(before).tag() != null && tokens.get(before).tag().matches("DT|PRP\\$")) {
            before--;
        }
        boolean opens = before < 0 || !tokens.get(before).word().equals(",");
        boolean closed = nameEnd >= tokens.size() || tokens.get(nameEnd).word().matches("[,.;:]");
        return opens && closed;
    }

    /**
     * The one person "the [holder] TITLE" stands for: with a holder, the one person named with the same title phrase
     * of that holder ("the Russian foreign minister" after "Russian Foreign Minister Sergei Lavrov", not "the Russian
     * defence minister"), or, for a leader word ("the Chilean leader", "the U.N. chief"), with a title that leads it
     * ({@code description.leading.titles}: "Chilean President Gabriel Boric"); without a holder, the one person named
     * right after the same title phrase ("the prime minister", never "the defence minister", after "Prime Minister
     * Benjamin Netanyahu"). A country's leader word no one in the text was named with ("Volodymyr Zelensky spoke in
     * Kyiv. The Ukrainian leader thanked Germany") stands for the one person in reach whom the dated dictionary places
     * in that country on the document's date (with Putin and Lavrov both in reach, "the Russian leader" is neither;
     * an office such as "the Israeli president" may be anyone's the dictionary cannot tell; "the Ukrainian leader,
     * Volodymyr Zelensky," and "Zelensky, the Ukrainian leader," are appositions to their own name).
     */
    private Entity describedPerson(DocumentEntities result, List<CoreLabel> tokens, int s, int the, int titleEnd, TitledPersons titled,
                                   String docDate) {
        Object holder = null;
        int holderEnd = the + 1;
        for (int k = the + 1; k < titleEnd - 1; k++) {
            Object at = holderAt(result, s, k);
            if (at != null) {
                holder = at;
                holderEnd = k + 1;
            }
        }
        String title = tokens.get(titleEnd - 1).word().toLowerCase(Locale.ROOT);
        // "Javier Otero, the president of the Spanish federation,": an apposition to its own name
        boolean possessor = titleEnd < tokens.size() && "POS".equals(tokens.get(titleEnd).tag());
        if (the >= 1 && tokens.get(the - 1).word().equals(",") && nameBefore(result, s, the) && !possessor) {
            return null;
        }
        // "the president of France": the holder named after "of" (a title of another holder than the one named before
        // is no one's here; "the president of the Spanish federation")
        if (titleEnd + 1 < tokens.size() && tokens.get(titleEnd).word().equals("of") && !verbsGerundAfter(tokens, the, titleEnd + 1)) {
            int named = tokens.get(titleEnd + 1).word().equalsIgnoreCase("the") ? titleEnd + 2 : titleEnd + 1;
            Object ofHolder = named < tokens.size() ? holderAt(result, s, named) : null;
            if (ofHolder == null || holder != null) {
                return null;
            }
            holder = ofHolder;
            holderEnd = the + 1;
        }
        // "the premier" is the prime minister, unless the text names someone with the word itself ("Ontario Premier Doug Ford")
        String literal = literalTitlePhrase(tokens, holderEnd, titleEnd);
        String holderTitle = titled.namedTitles().contains(literal) ? literal : office(literal);
        Set<Entity> candidates = new LinkedHashSet<>();
        if (holder == null) {
            candidates.addAll(titled.byTitle().getOrDefault(holderTitle, Set.of())); // no holder: the phrase after "the"
            if (candidates.isEmpty() && holderEnd == titleEnd - 1) {
                // the bare title word: "the minister" after "Ireland's health minister, Jennifer Carroll MacNeill"; not a
                // lower office's ("Vice President JD Vance" is no "the president")
                titled.byTitle().forEach((phrase, persons) -> {
                    if (phrase.endsWith(" " + title) && Arrays.stream(phrase.split("[ -]")).noneMatch(subordinateModifiers::contains)) {
                        persons.stream().filter(p -> titled.titledBefore(p, tokens.get(the).beginPosition())).forEach(candidates::add);
                    }
                });
            }
        } else if (leaderTitles.contains(title) && holderEnd == titleEnd - 1) {
            // "the Chilean leader", not "the Israeli opposition leader"
            titled.byHolderAndTitle().getOrDefault(holder, Map.of()).forEach((phrase, persons) -> {
                if (leadingTitles.contains(phrase)) {
                    candidates.addAll(persons);
                }
            });
        } else {
            candidates.addAll(titled.byHolderAndTitle().getOrDefault(holder, Map.of()).getOrDefault(holderTitle, Set.of()));
        }
        // of several, "the president" is one named with the title before it, not "acting President Choi" named later
        if (candidates.size() > 1) {
            candidates.removeIf(p -> !titled.titledBefore(p, tokens.get(the).beginPosition()));
        }
        // the dictionary knows a person's country and sector, not the office: only a word for whoever leads will do
        boolean leaderWord = leaderTitles.contains(holderTitle);
        if (candidates.isEmpty() && leaderWord && holder instanceof Country country && !titled.byHolderAndTitle().containsKey(country)
                && !nameAfter(tokens, titleEnd) && !nameBefore(result, s, the)) {
            return onlyInReach(result, s, the, EntityType.PERSON, e -> country.equals(dictionaryCountry.apply(e.name(), docDate)));
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /**
     * The token after a "Place-based" modifier written as one word at {@code k} ("Luxembourg - based", three tokens, no
     * spaces), else k: "the Luxembourg-based court" describes as "the court" does.
     */
    private static int afterBasedIn(List<CoreLabel> tokens, int k) {
        return PersonGrouping.hyphenatedEnd(tokens, k) == k + 3 && tokens.get(k + 2).word().equalsIgnoreCase("based") ? k + 3 : k;
    }

    /**
     * Whether a gerund, quoted or not, comes at {@code k} and one of description.ofGerundVerbs right before the
     * description's "the" at {@code the}: the "of" is the verb's ("accused the mayor of wasting money", "accused the
     * minister of \"lying\""), not the title's holder's ("met the minister of housing").
     */
    private boolean verbsGerundAfter(List<CoreLabel> tokens, int the, int k) {
        int at = k < tokens.size() && tokens.get(k).tag() != null && tokens.get(k).tag().equals("``") ? k + 1 : k;
        return the >= 1 && ofGerundVerbs.contains(lemma(tokens.get(the - 1))) && at < tokens.size() && "VBG".equals(tokens.get(at).tag());
    }

    /** Whether the description is in apposition to a name before it ("Recep Tayyip Erdogan, the Turkish leader,"). */
    private static boolean nameBefore(DocumentEntities result, int s, int the) {
        return the >= 2 && result.at(s, the - 2) != null && result.at(s, the - 2).type() == EntityType.PERSON;
    }

    /** Whether a name follows the title, after a comma or not ("the French president, Emmanuel Macron,"). */
    private static boolean nameAfter(List<CoreLabel> tokens, int titleEnd) {
        int k = titleEnd < tokens.size() && tokens.get(titleEnd).word().equals(",") ? titleEnd + 1 : titleEnd;
        return k < tokens.size() && tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("NNP");
    }

    /** The office a title phrase names: the phrase, or the one its synonym stands for ("premier": "prime minister"). */
    private String office(String title) {
        return titleSynonyms.getOrDefault(title, title);
    }

    /**
     * Files a person under a title phrase both as the office it names and as written: "Chinese Premier Li Qiang" is
     * "the Chinese prime minister" and "the Chinese premier".
     */
    private void addTitled(Map<String, Set<Entity>> byTitle, String literal, Entity person) {
        byTitle.computeIfAbsent(office(literal), x -> new LinkedHashSet<>()).add(person);
        byTitle.computeIfAbsent(literal, x -> new LinkedHashSet<>()).add(person);
    }

    /** The title's words from {@code from} to {@code to} (exclusive), lower case, without a possessive "'s", as written. */
    private static String literalTitlePhrase(List<CoreLabel> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!"POS".equals(tokens.get(k).tag())) {
                phrase.append(phrase.length() == 0 ? "" : " ").append(tokens.get(k).word().toLowerCase(Locale.ROOT));
            }
        }
        return phrase.toString().replace(" - ", "-"); // "Secretary-General" may come as three tokens
    }

    /** What holds a title named at this token: a country (by name or demonym: "Chile", "Chilean") or an organization. */
    private static Object holderAt(DocumentEntities result, int s, int token) {
        Entity e = result.at(s, token);
        if (e != null && e.type() == EntityType.COUNTRY) {
            return e.country();
        }
        if (e != null && e.type() == EntityType.ORGANIZATION) {
            return e;
        }
        DemonymMatch demonym = e == null ? result.demonymAt(s, token) : null;
        return demonym == null ? null : demonym.country();
    }

    /**
     * "the Prime Minister", "the president": after "the", up to two words and a title noun, with no name
     * after it. Returns the token index just past the title noun, or -1.
     */
    private int titleAfter(List<CoreLabel> tokens, int the) {
        for (int k = the + 1; k <= the + 3 && k < tokens.size(); k++) {
            if (titles.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                boolean nameFollows = k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("NNP");
                return nameFollows ? -1 : k + 1;
            }
            if (!tokens.get(k).tag().startsWith("NN") && !tokens.get(k).tag().startsWith("JJ")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Iceland did not sign, but its prime minister, Kristrún Frostadóttir, said": "its" before a state's title and the
     * holder's name stands for a country as well as an organization (not "Its founder, Pham Nhat Vuong": a company's).
     */
    private boolean titleAndNameAfter(List<CoreLabel> tokens, int pronoun) {
        for (int k = pronoun + 1; k + 1 < tokens.size() && k <= pronoun + appositionReach; k++) {
            CoreLabel t = tokens.get(k);
            if (!t.tag().startsWith("NN") && !t.tag().startsWith("JJ")) {
                return false;
            }
            CoreLabel next = tokens.get(k + 1);
            if (titles.contains(t.word().toLowerCase(Locale.ROOT)) && (next.word().equals(",") || next.tag().equals("NNP"))) {
                return stateTitles.contains(t.word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Whether the country opens the pronoun's sentence or the one right before (after "The" at most), not as a possessor
     * ("Brazil's top court ... Its president" is the court's), and nothing else that may hold a title is named between
     * them, but in a relative clause set off by commas or as a place after a preposition: "Rwanda, which denies
     * supporting M23, was not invited to the Doha talks. Its foreign minister, ...".
     * "Denmark controls Greenland. Its prime minister", "China's ruling Communist Party met. Its general secretary" and
     * "Somalia rejected it. Somaliland declared independence. Its president" leave "its" unsure.
     */
    private boolean onlyHolderBefore(DocumentEntities result, List<CoreMap> sentences, int s, int t, Entity country) {
        for (int back = 0; back <= 1 && s - back >= 0; back++) {
            List<CoreLabel> tokens = sentences.get(s - back).get(CoreAnnotations.TokensAnnotation.class);
            int first = !tokens.isEmpty() && sentenceOpeners.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
            if (first >= tokens.size() || result.at(s - back, first) != country) {
                continue;
            }
            int end = first;
            while (end < tokens.size() && result.at(s - back, end) == country) {
                end++;
            }
            if (end < tokens.size() && "POS".equals(tokens.get(end).tag())) {
                return false; // "Brazil's top court ruled ... Its president": the court's
            }
            boolean relative = false;
            for (int z = s - back; z <= s; z++) {
                List<CoreLabel> words = sentences.get(z).get(CoreAnnotations.TokensAnnotation.class);
                for (int k = z == s - back ? first + 1 : 0; k < (z == s ? t : words.size()); k++) {
                    CoreLabel w = words.get(k);
                    if (w.word().equals(",")) {
                        relative = k + 1 < words.size() && relativeOpeners.contains(words.get(k + 1).word().toLowerCase(Locale.ROOT));
                        continue;
                    }
                    Entity named = result.at(z, k);
                    boolean holder = named != null ? named != country && (named.type() == EntityType.COUNTRY || named.type() == EntityType.ORGANIZATION)
                            : w.tag().startsWith("NNP");
                    // a place after a preposition is no holder ("to the Doha talks", "in Brussels"); an organization is
                    // ("a deal with Petrobras", "a vote at the European Parliament")
                    boolean place = named != null ? named.type() == EntityType.COUNTRY : "LOCATION".equals(w.ner());
                    if (holder && !relative && !(place && nameAfterPlacePreposition(words, k))) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** "to the Doha talks", "in Brussels": a place named after a preposition is no subject of the text. */
    private boolean nameAfterPlacePreposition(List<CoreLabel> words, int k) {
        int p = k - 1;
        while (p >= 0 && (words.get(p).tag().equals("DT") || words.get(p).tag().startsWith("NNP"))) {
            p--;
        }
        return p >= 0 && placePrepositions.contains(words.get(p).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "the President of the European Council, António Costa,": the title's holder is named in apposition after it (and
     * its "of" phrase), so the title stands for no one named before.
     */
    private boolean holderNamedAfter(DocumentEntities result, List<CoreLabel> tokens, int s, int titleEnd) {
        for (int k = titleEnd; k < tokens.size() && k <= titleEnd + appositionReach; k++) {
            CoreLabel t = tokens.get(k);
            if (t.word().equals(",")) {
                Entity named = k + 1 < tokens.size() ? result.at(s, k + 1) : null;
                return named != null && named.type() == EntityType.PERSON;
            }
            boolean ofPhrase = k == titleEnd ? nameConnectors.contains(t.word())
                    : t.tag().startsWith("NNP") || t.tag().equals("DT") || nameConnectors.contains(t.word());
            if (!ofPhrase) {
                return false;
            }
        }
        return false;
    }

    private static String text(List<CoreMap> sentences, int s, CoreLabel first, CoreLabel last) {
        CoreMap sentence = sentences.get(s);
        int offset = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        return sentence.get(CoreAnnotations.TextAnnotation.class).substring(first.beginPosition() - offset, last.endPosition() - offset);
    }

    /**
     * The ends of the phrases of two to four lower-case words after "the" at {@code the} that may repeat the end of a
     * name, longest first: nouns, adjectives and a possessive's mark, untagged, each phrase ending in a noun ("the
     * landlords' association", and "the city council" of "the city council's decision"). None where a place or body
     * after "in" or "of" says which one the phrase is ("the foreign ministry in Kyiv").
     */
    private static List<Integer> nameTailEnds(List<CoreLabel> tokens, int the) {
        List<Integer> ends = new ArrayList<>();
        int words = 0;
        for (int k = the + 1; k < tokens.size() && k - the <= 5; k++) {
            CoreLabel token = tokens.get(k);
            if (token.tag() == null || !token.tag().matches("NNS?|JJ|POS") || Character.isUpperCase(token.word().charAt(0))
                    || token.ner() != null && !"O".equals(token.ner())) {
                break;
            }
            words += "POS".equals(token.tag()) ? 0 : 1;
            if (token.tag().startsWith("NN") && words >= 2 && words <= 4) {
                ends.add(0, k + 1);
            }
        }
        if (!ends.isEmpty()) {
            int after = ends.get(0);
            boolean specified = after + 1 < tokens.size() && tokens.get(after).word().matches("in|of")
                    && (Character.isUpperCase(tokens.get(after + 1).word().charAt(0))
                    || tokens.get(after + 1).word().equals("the") && after + 2 < tokens.size()
                    && Character.isUpperCase(tokens.get(after + 2).word().charAt(0)));
            if (specified) {
                ends.clear();
            }
        }
        return ends;
    }

    /**
     * The one organization named before word t of sentence s whose name ends with the words of a description ("the
     * landlords' association" after "the Dubrovnik Landlords' Association", "the rowing federation" after "the Hellenic
     * Rowing Federation"): news repeats a name's last words for it. Two such names: neither.
     */
    private static Entity organizationNamedWithTail(DocumentEntities result, String tail, int s, int t) {
        String ending = " " + tail.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return onlyOrganizationBefore(result, s, t, e -> e.name().toLowerCase(Locale.ROOT).replace('\u2019', '\'').endsWith(ending));
    }

    /** The one organization named by name before word t of sentence s that fits; null for none or several. */
    private static Entity onlyOrganizationBefore(DocumentEntities result, int s, int t, Predicate<Entity> fits) {
        Entity found = null;
        for (Entity e : result.entities()) {
            if (e.type() == EntityType.ORGANIZATION && namedBefore(e, s, t) && fits.test(e)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * "Prescott's lawyer, Somchai Wattanakul, said his client would appeal", "Alan Brenner, a lawyer for Marcus Hale, said
     * her client had not": "his client" or "her client" (description.client.nouns) stands for the one person or
     * organization the same sentence names as a lawyer's (description.client.counselNouns), as its possessor or after
     * "for"; the noun is linked, the pronoun before it stays the lawyer's. None where two are named so.
     */
    private void linkClients(DocumentEntities result, List<CoreMap> sentences) {
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 1; t < tokens.size(); t++) {
                String before = tokens.get(t - 1).word().toLowerCase(Locale.ROOT);
                // "his client list" is a list
                boolean modifier = t + 1 < tokens.size() && tag(tokens.get(t + 1)).startsWith("NN");
                if (!"NN".equals(tokens.get(t).tag()) || !clientNouns.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))
                        || !before.equals("his") && !before.equals("her") || result.at(s, t) != null || modifier) {
                    continue;
                }
                Set<Entity> represented = new LinkedHashSet<>();
                for (int k = 0; k < tokens.size(); k++) {
                    if (!counselNouns.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    // "Prescott's lawyer", "a lawyer for Marcus Hale"
                    Entity owner = k >= 2 && "POS".equals(tokens.get(k - 1).tag()) ? result.at(s, k - 2) : null;
                    Entity forWhom = k + 2 < tokens.size() && tokens.get(k + 1).word().equals("for") ? result.at(s, k + 2) : null;
                    for (Entity e : Arrays.asList(owner, forWhom)) {
                        if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
                            represented.add(e);
                        }
                    }
                }
                if (represented.size() == 1) {
                    CoreLabel client = tokens.get(t);
                    result.link(represented.iterator().next(), new Mention(client.originalText(), client.beginPosition(), client.endPosition(),
                            s, t, t + 1, Mention.Kind.DESCRIPTION));
                }
            }
        }
    }

    /**
     * The one organization named in reach (organization.window) before "the" at word t of sentence s that the text
     * classed with the noun after it, one of organization.classDescriptions before its possessive's mark ("the union's
     * chair"); null for none or several, for a noun that heads its phrase, and where a name named before holds the noun:
     * those the head descriptions read.
     */
    private Entity classedOrganization(DocumentEntities result, List<CoreMap> sentences, List<CoreLabel> tokens, int s, int t) {
        if (t + 1 >= tokens.size() || !"NN".equals(tokens.get(t + 1).tag()) || result.at(s, t + 1) != null) {
            return null;
        }
        String noun = tokens.get(t + 1).word().toLowerCase(Locale.ROOT);
        boolean possessor = t + 2 < tokens.size() && "POS".equals(tokens.get(t + 2).tag());
        if (!classDescriptions.contains(noun) || !possessor) {
            return null;
        }
        // a name that holds the noun is the head descriptions' to read ("the National Labor Relations Board ... the board's")
        if (onlyOrganizationBefore(result, s, t, e -> Arrays.asList(e.name().toLowerCase(Locale.ROOT).split(" ")).contains(noun)) != null) {
            return null;
        }
        return onlyOrganizationBefore(result, s, t, e -> namedInWindow(e, s) && classedAs(e, sentences, noun));
    }

    /** Whether the organization was named by name in sentence s or one of the organization.window sentences before it. */
    private boolean namedInWindow(Entity org, int s) {
        return org.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.sentence() <= s && m.sentence() >= s - orgWindow);
    }

    /**
     * Whether the text classes the organization with the noun: a name mention has it right before or after, with "the"
     * ("the union IG Metall", "the IG Metall union"), or in an apposition after its comma ("Unite, Britain's largest
     * union,"); never a company's (the dictionary's BUS sector: "the Starbucks union" is its workers').
     */
    private static boolean classedAs(Entity org, List<CoreMap> sentences, String noun) {
        // a company's own word is no class ("the Starbucks union" is its workers')
        if (org.actor() != null && "BUS".equals(org.actor().sector())) {
            return false;
        }
        for (Mention m : org.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            boolean afterThe = m.firstToken() > 0 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase("the");
            boolean nounEndsPhrase = m.endToken() + 1 >= tokens.size() || !tag(tokens.get(m.endToken() + 1)).startsWith("NN")
                    && !"POS".equals(tag(tokens.get(m.endToken() + 1)));
            // "the union IG Metall", "the collapsed cryptocurrency exchange Korvex", "the IG Metall union"
            if (m.firstToken() > 1 && isNoun(tokens.get(m.firstToken() - 1), noun) && articleBeforeModifiers(tokens, m.firstToken() - 2)
                    || afterThe && m.endToken() < tokens.size() && isNoun(tokens.get(m.endToken()), noun) && nounEndsPhrase) {
                return true;
            }
            // an apposition is a noun phrase: a determiner or a place's name, modifiers, the noun, closed by a comma or the end
            if (m.endToken() + 2 < tokens.size() && tokens.get(m.endToken()).word().equals(",")
                    && tokens.get(m.endToken() + 1).tag() != null && tokens.get(m.endToken() + 1).tag().matches("DT|NNP")) {
                for (int k = m.endToken() + 2; k < tokens.size() && k <= m.endToken() + 6; k++) {
                    String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
                    if (isNoun(tokens.get(k), noun) && (k + 1 >= tokens.size() || tokens.get(k + 1).word().matches("[,.;]"))) {
                        return true;
                    }
                    if (!tag.matches("JJ.*|NN.*|POS|CD|HYPH|RBS")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Whether "the" is at word k or before up to three modifiers that end there ("the collapsed cryptocurrency"). */
    private static boolean articleBeforeModifiers(List<CoreLabel> tokens, int k) {
        for (int i = k; i >= 0 && i >= k - 3; i--) {
            if (tokens.get(i).word().equalsIgnoreCase("the")) {
                return true;
            }
            if (!tag(tokens.get(i)).matches("JJ.*|NN|VBN|HYPH")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNoun(CoreLabel token, String noun) {
        return "NN".equals(token.tag()) && token.word().equalsIgnoreCase(noun);
    }

    /**
     * Whether the entity is named before word t of sentence s only in the source phrase that opens that sentence
     * ("According to Reuters, the club has approached ..."): a description there does not look back to its source.
     */
    private static boolean onlyAsSource(DocumentEntities result, Entity e, int s, int t) {
        List<Mention> before = e.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.NAME && (m.sentence() < s || m.sentence() == s && m.endToken() <= t)).toList();
        return !before.isEmpty() && before.stream().allMatch(m -> m.sentence() == s && result.inSourcePhraseBefore(s, m.firstToken(), t));
    }

    /** Whether the entity was named by name before word t of sentence s. */
    private static boolean namedBefore(Entity e, int s, int t) {
        return e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && (m.sentence() < s || m.sentence() == s && m.endToken() <= t));
    }

    /**
     * What "the alliance", "the court" stand for: the one intergovernmental organization in reach (for
     * organization.international.descriptions), else the one
     * organization in reach whose name has that head noun ("the International Court of Justice ... the court"), or
     * that was named with the noun right after or before its name ("The GMB union ... the union's general secretary",
     * "Premier League club Aston Villa ... the club's captain"). Two candidates: nothing is guessed.
     */
    private Entity describedByHeadNoun(DocumentEntities result, List<CoreMap> sentences, int s, int t, String noun, Set<EntityType> types) {
        if (!types.contains(EntityType.ORGANIZATION)) {
            return null;
        }
        boolean international = internationalDescriptions.contains(noun);
        if (international) {
            Entity union = onlyInReach(result, s, t, EntityType.ORGANIZATION, e -> intergovernmental.test(e.name()));
            // "the Ontario Teachers' Alliance ... the alliance's president": with no union of states in reach, the
            // noun stands for an organization of that head as any head description does
            if (union != null) {
                return union;
            }
        }
        if (!headDescriptions.contains(noun) && !international) {
            return null;
        }
        // "the Museo Egidio Feruglio ... a researcher at the museum": a leading head in another language
        Map<Entity, Boolean> classedByPredicate = new HashMap<>(); // the predicate below is asked many times per entity
        Predicate<Entity> ownHead = e -> noun.equalsIgnoreCase(headWord(e.name())) || namedWith(result, sentences, e, noun)
                || classedByPredicate.computeIfAbsent(e, o -> classedByPredicate(sentences, o, noun))
                || noun.equalsIgnoreCase(foreignLeadingHeads.get(e.name().split("\\s+")[0].toLowerCase(Locale.ROOT)));
        // "Britain's Financial Conduct Authority ... The regulator's chief executive": a regulating body's head, where the
        // story names no body as a regulator itself ("Ofwat, the water regulator, ... The Environment Agency ... The
        // regulator said" is Ofwat); no business nor outlet ("Yonhap News Agency")
        boolean regulating = regulatorDescriptions.contains(noun) && !described(result, ownHead);
        Predicate<Entity> byHead = regulating ? ownHead.or(e -> regulatorHeads.contains(headWord(e.name()).toLowerCase(Locale.ROOT))
                && !namedAsCompany(result, sentences, e) && Arrays.stream(e.name().split("\\s+")).noneMatch(regulatorNotWords::contains)) : ownHead;
        // a later word of a name only where no name before it has the noun for its head ("UAE Team Emirates ... the
        // team"; "University Hospital Limerick ... a nurse at the hospital", though the story names another hospital later)
        boolean headed = result.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && byHead.test(e) && namedBefore(e, s, t));
        Predicate<Entity> fits = headed ? byHead : byHead.or(e -> innerWord(e.name(), noun));
        // "According to Reuters, the club has ...": the source is no club, though a comma and the noun follow its name
        List<Entity> named = result.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION && fits.test(e) && namedBefore(e, s, t)
                && !onlyAsSource(result, e, s, t)).toList();
        Set<Entity> inReach = nearestInReach(result, s, t, EnumSet.of(EntityType.ORGANIZATION), fits);
        // "a court in Rennes overturned the fine. The court said": a new body of that head since is what it stands for
        if (inReach.size() == 1 && (named.size() == 1 || nearestSentenceInReach(result, s, t, EnumSet.of(EntityType.ORGANIZATION), fits) == s)) {
            return indefiniteSince(sentences, inReach.iterator().next(), s, t, noun) ? null : inReach.iterator().next();
        }
        // "The Brest Criminal Court fined ... (four sentences on) The court gave": out of reach, the one organization
        // of that head the story has named before. A story that has named two ("The Wellington Philharmonic Orchestra
        // appointed a conductor of the Gothenburg Symphony Orchestra ... the orchestra's board") leaves it open unless
        // one is named earlier in the sentence itself.
        if (inReach.isEmpty() && named.size() == 1) {
            return referredWithin(named.get(0), s, t, headFallbackWindow) && !indefiniteSince(sentences, named.get(0), s, t, noun)
                    ? named.get(0) : null;
        }
        return described(result, byHead.or(e -> innerWord(e.name(), noun))) || !leadDescriptions.contains(noun)
                ? null : leadOrganization(result, sentences, s, t, noun);
    }

    /** Whether any organization of the story, named anywhere, fits. */
    private static boolean described(DocumentEntities result, Predicate<Entity> fits) {
        return result.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && !e.mentions().isEmpty() && fits.test(e));
    }

    /**
     * "Canadian Blood Services has issued an urgent appeal ... The agency, which manages the blood supply": news calls
     * the body its story leads with ({@link LeadOrganization}) by its kind (organization.head.leadDescriptions) though
     * it never named it so. A description no organization of the story fits by head or by class (named anywhere: "the
     * agency" in a story that names the European Medicines Agency later is that one, or unsure) stands for the lead when
     * it was named or referred to within organization.head.fallbackWindow sentences before. Not a business (named with a
     * company's word, or a name ending in one of organization.untagged.companyTails:
     * "Halvorsen Capital bought the stadium ... The club's president"; "Korvex recalled 200,000 scooters ... the agency
     * said" is a regulator only where the story says Korvex is a company), not a name of capitals only ("The FA has charged
     * Chelsea ... The club": the FA says no kind), no body whose name has another description's word ("The
     * Alps-Adriatic Hockey League ... the club's president", "Police Scotland ... The club said"), and not after an
     * indefinite noun of the kind named since ("an agency in Lyon").
     */
    private Entity leadOrganization(DocumentEntities result, List<CoreMap> sentences, int s, int t, String noun) {
        LeadOrganization.Lead found = LeadOrganization.of(result, sentences);
        if (found == null || found.name().sentence() >= s) {
            return null;
        }
        Entity lead = found.organization();
        String[] leadWords = lead.name().toLowerCase(Locale.ROOT).split("\\s+");
        // "Halvorsen Capital bought the stadium ... The club's president": a company's word ends a business's name
        // (the actor dictionary's sectors are not known yet while references resolve)
        boolean business = namedAsCompany(result, sentences, lead) || leadWords.length > 1 && companyTails.contains(leadWords[leadWords.length - 1]);
        boolean capitalsOnly = lead.name().equals(lead.name().toUpperCase(Locale.ROOT));
        boolean anotherKind = Arrays.stream(leadWords)
                .anyMatch(w -> !w.equals(noun) && (headDescriptions.contains(w) || orgDescriptions.contains(w) || bareServiceNouns.contains(w)));
        return !business && !capitalsOnly && !anotherKind && referredWithin(lead, s, t, headFallbackWindow)
                && !indefiniteSince(sentences, lead, s, t, noun) ? lead : null;
    }

    private static String tag(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }

    /**
     * "Police arrested and questioned the student ... the Irving Police Department said": a bare service noun
     * (organization.bareServiceNouns: no determiner, possessive, adjective or name before it, no name after it) stands for
     * the one organization of the story whose name is that service's ({@link #namesTheService}), named before or after it;
     * with none or two: nothing.
     */
    private void bareServiceNouns(DocumentEntities result, List<CoreMap> sentences) {
        for (String noun : bareServiceNouns) {
            List<Entity> services = result.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION && !e.mentions().isEmpty()
                    && namesTheService(e.name(), noun)).toList();
            if (services.size() != 1) {
                continue;
            }
            for (int s = 0; s < sentences.size(); s++) {
                List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                for (int t = 0; t < tokens.size(); t++) {
                    CoreLabel token = tokens.get(t);
                    String before = t > 0 ? tokens.get(t - 1).tag() : "";
                    boolean bare = !before.equals("DT") && !before.equals("PRP$") && !before.equals("POS") && !before.startsWith("JJ")
                            && !before.startsWith("NN") && (t + 1 >= tokens.size() || !tokens.get(t + 1).tag().startsWith("NN"));
                    if (token.word().equalsIgnoreCase(noun) && token.tag().startsWith("NN") && result.at(s, t) == null && bare) {
                        result.link(services.get(0), new Mention(token.originalText(), token.beginPosition(), token.endPosition(), s, t, t + 1,
                                Mention.Kind.DESCRIPTION));
                    }
                }
            }
        }
    }

    /**
     * Whether an organization's name is a service's own: before any "of", the noun itself with no "for" before it, and
     * none of organization.bareServiceNotHeads last ("the Irving Police Department", "Police Scotland", "the Police
     * Service of Northern Ireland"; not "the Independent Office for Police Conduct" nor "the Police Federation").
     */
    private boolean namesTheService(String name, String noun) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
        int of = words.indexOf("of");
        List<String> own = of > 0 ? words.subList(0, of) : words;
        int at = own.indexOf(noun);
        return at >= 0 && !bareServiceNotHeads.contains(own.get(own.size() - 1)) && (at == 0 || !own.get(at - 1).equals("for"));
    }

    /**
     * Where the noun starts after a counted modifier opening at {@code at} ("27-nation", "27 - nation", "12-member": a
     * number, a hyphen and one of organization.head.countedNouns), or {@code at} when there is none.
     */
    private int afterCountedModifier(List<CoreLabel> tokens, int at) {
        if (at < tokens.size()) {
            String[] parts = tokens.get(at).word().toLowerCase(Locale.ROOT).split("-", 2);
            if (parts.length == 2 && parts[0].matches("\\d+") && countedNouns.contains(parts[1])) {
                return at + 1;
            }
        }
        if (at + 3 < tokens.size() && "CD".equals(tokens.get(at).tag()) && tokens.get(at + 1).word().equals("-")
                && countedNouns.contains(tokens.get(at + 2).word().toLowerCase(Locale.ROOT))) {
            return at + 3;
        }
        return at;
    }

    /** Whether the entity was named or referred to within {@code window} sentences before (s, t). */
    private static boolean referredWithin(Entity e, int s, int t, int window) {
        return e.mentions().stream().anyMatch(m -> (m.sentence() < s || m.sentence() == s && m.endToken() <= t) && s - m.sentence() <= window);
    }

    /**
     * Whether "a"/"an" and a noun of that head (maybe with modifiers between: "a new union", "a court in Rennes") came
     * after the entity's last mention before (s, t): a new body of that kind, which "the court" then is.
     */
    private static boolean indefiniteSince(List<CoreMap> sentences, Entity e, int s, int t, String noun) {
        Mention last = e.mentions().stream().filter(m -> m.sentence() < s || m.sentence() == s && m.endToken() <= t)
                .max(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::firstToken)).orElseThrow();
        for (int at = last.sentence(); at <= s; at++) {
            List<CoreLabel> tokens = sentences.get(at).get(CoreAnnotations.TokensAnnotation.class);
            int from = at == last.sentence() ? last.endToken() : 0;
            int to = at == s ? t : tokens.size();
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                // "Halvorsen Capital, an investment fund": the name's own apposition is no new body
                boolean apposition = at == last.sentence() && k == last.endToken() + 1 && tokens.get(last.endToken()).word().equals(",");
                if (!w.equals("a") && !w.equals("an") || apposition) {
                    continue;
                }
                for (int n = k + 1; n < to && n <= k + 3; n++) {
                    if (tokens.get(n).word().equalsIgnoreCase(noun)) {
                        return true;
                    }
                    if (!tokens.get(n).tag().startsWith("JJ") && !tokens.get(n).tag().startsWith("NN") && !tokens.get(n).tag().equals("VBN")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether some organization named before word t of sentence s has the noun for its head or is named with it; one
     * the story names only later is no body the description looks back to ("The bank's chief executive ... controlled by
     * Alpenland Bank").
     */
    private boolean namedByHead(DocumentEntities result, List<CoreMap> sentences, String noun, int s, int t) {
        return result.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && namedBefore(e, s, t)
                && (noun.equalsIgnoreCase(headWord(e.name())) || innerWord(e.name(), noun) || namedWith(result, sentences, e, noun)));
    }

    /**
     * Whether the noun, capitalized, is a word of the name after its first ("UAE Team Emirates ... the team's principal"),
     * and the name's own head is none of the bodies' heads ("the European Union Aviation Safety Agency" is an agency,
     * no union; "the Supreme Court Bar Association" no court).
     */
    private boolean innerWord(String name, String noun) {
        String[] words = name.split("\\s+");
        if (headDescriptions.contains(headWord(name).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(noun) && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Halvorsen Capital, an investment fund based in Norway": whether a comma and an apposition of an article, at most
     * four modifiers (an owner's possessive among them) and the noun, ending its phrase, follow the name's end.
     */
    private static boolean apposedNoun(List<CoreLabel> tokens, int end, String noun) {
        if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",") || !tokens.get(end + 1).word().matches("(?i)an?|the")) {
            return false;
        }
        for (int k = end + 2; k < tokens.size() && k <= end + 6; k++) {
            CoreLabel w = tokens.get(k);
            if (w.word().equalsIgnoreCase(noun)) {
                // not "the council-controlled agency", where the noun is a compound's first word
                return k + 1 == tokens.size() || !tokens.get(k + 1).tag().startsWith("NN") && !"POS".equals(tokens.get(k + 1).tag())
                        && !"HYPH".equals(tokens.get(k + 1).tag());
            }
            // "Unia, the country's largest trade union": an owner's possessive may open the modifiers
            if (!w.tag().startsWith("JJ") && !w.tag().startsWith("NN") && !"HYPH".equals(w.tag()) && !"VBN".equals(w.tag())
                    && !"POS".equals(w.tag())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the organization is a body no business description stands for: its name ends in one of
     * organization.companyDescriptions.notHeads ("the European Union") or has one as its head ("the Netherlands
     * Authority for Consumers and Markets") or opens with one of notLeadingHeads ("Fundación Agua Viva"), or it was named
     * with one that is also a head description ("Unia, the country's largest trade union", "the Unite union": classed so
     * after "the", unless the dictionary calls it a business, "the Boeing union", or the story names it as an employer,
     * "workers at Korvex ... the Korvex union"; not "the streaming service Lumora").
     */
    private boolean namedAsBody(DocumentEntities result, List<CoreMap> sentences, Entity org) {
        return notCompanyHeads.contains(org.lastWord()) || notCompanyHeads.contains(headWord(org.name()).toLowerCase(Locale.ROOT))
                || notCompanyLeadingHeads.contains(org.name().split(" ")[0].toLowerCase(Locale.ROOT))
                || bodyHeadDescriptions.stream().anyMatch(head -> namedWith(result, sentences, org, head))
                || !employer(sentences, org) && bodyHeadDescriptions.stream().anyMatch(head -> classedAs(org, sentences, head));
    }

    /** Whether no business description stands for the organization: a body ({@link #namedAsBody}) the story calls no company. */
    private boolean noBusiness(DocumentEntities result, List<CoreMap> sentences, Entity org) {
        return namedAsBody(result, sentences, org) && !namedAsCompany(result, sentences, org);
    }

    /**
     * Whether the story names the organization with a company's word, before it or in apposition: "The Serum Institute
     * of India, the world's largest vaccine maker," is a business whatever its name's head says.
     */
    private boolean namedAsCompany(DocumentEntities result, List<CoreMap> sentences, Entity org) {
        return companyDescriptions.stream().anyMatch(d -> namedWith(result, sentences, org, d));
    }

    /**
     * Whether the story names the organization as an employer, right after "at" or "for" ("workers at Korvex", "drivers
     * for Stagecoach"): then "the Korvex union" is its workers' union, no class of its own.
     */
    private static boolean employer(List<CoreMap> sentences, Entity org) {
        return org.mentions().stream().anyMatch(m -> {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            return m.kind() == Mention.Kind.NAME && m.firstToken() > 0 && tokens.get(m.firstToken() - 1).word().matches("(?i)at|for");
        });
    }

    /**
     * Whether the organization was named right after a description's word of another kind than the noun's: "the Swiss
     * logistics group Kuehne+Nagel" is no airline ("the carrier Finnair" is one, organization.kindSynonyms).
     */
    private boolean namedAsAnotherKind(List<CoreMap> sentences, Entity org, String noun) {
        String kind = kindSynonyms.getOrDefault(noun, noun);
        for (Mention m : org.mentions()) {
            if (m.kind() != Mention.Kind.NAME || m.firstToken() == 0) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            CoreLabel before = tokens.get(m.firstToken() - 1);
            String word = before.word().toLowerCase(Locale.ROOT);
            if (!orgDescriptions.contains(word) || !before.tag().startsWith("NN")) {
                continue;
            }
            if (!kindNeutral.contains(word)) {
                if (!kindSynonyms.getOrDefault(word, word).equals(kind)) {
                    return true;
                }
                continue;
            }
            // a neutral word says no kind, unless a noun before it does: "the logistics group Kuehne+Nagel" is another
            // kind, "the aviation group Lufthansa" an airline (organization.kindModifiers)
            CoreLabel modifier = m.firstToken() >= 2 ? tokens.get(m.firstToken() - 2) : null;
            if (modifier != null && modifier.tag().matches("NNS?")
                    && !kind.equals(kindModifiers.get(modifier.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some organization was named right after a modifier and a noun ("the exam board Pearson"), which then
     * describe it later ("a spokeswoman for the exam board").
     */
    private static boolean namedAfterPhrase(DocumentEntities result, List<CoreMap> sentences, String modifier, String noun) {
        return result.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).flatMap(e -> e.mentions().stream())
                .anyMatch(m -> {
                    List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                    return m.kind() == Mention.Kind.NAME && m.firstToken() >= 2 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase(noun)
                            && tokens.get(m.firstToken() - 2).word().equalsIgnoreCase(modifier);
                });
    }

    /**
     * Whether a name of the organization is the subject the noun is said of, by a copula or one of
     * organization.predicateNominal.verbs right after it ("Unia is the largest union in Switzerland"; the name opening
     * its clause: not "The sponsor of Halden Rovers is a bank") or by such a verb's participle after a comma in a
     * sentence the name opens, with no other name nor clause of its own between ("The King Hussein Cancer Center treated
     * its first patient on Sunday, becoming the first hospital in Jordan to"; not "The FA said Halden Rovers had been
     * promoted, becoming the first club"): a determiner, modifiers and the noun ending its phrase. (Parses come later than
     * references: the words tell.)
     */
    private boolean classedByPredicate(List<CoreMap> sentences, Entity org, String noun) {
        for (Mention m : org.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            int verb = m.endToken();
            boolean opensClause = m.firstToken() == 0 || tag(tokens.get(m.firstToken() - 1)).matches("DT|,|CC");
            boolean copula = verb < tokens.size() && tag(tokens.get(verb)).startsWith("VB")
                    && (lemma(tokens.get(verb)).equals("be") || predicateNominalVerbs.contains(lemma(tokens.get(verb))));
            if (opensClause && copula && nounPhraseAt(tokens, verb + 1, noun)) {
                return true;
            }
            boolean opens = m.firstToken() == 0 || m.firstToken() == 1 && tokens.get(0).word().equalsIgnoreCase("the");
            for (int k = m.endToken(); opens && k + 2 < tokens.size(); k++) {
                CoreLabel word = tokens.get(k);
                if (word.word().equals(",")) {
                    if ("VBG".equals(tag(tokens.get(k + 1))) && predicateNominalVerbs.contains(lemma(tokens.get(k + 1)))
                            && nounPhraseAt(tokens, k + 2, noun)) {
                        return true;
                    }
                    break;
                }
                if (word.ner() != null && word.ner().matches("ORGANIZATION|PERSON") || tag(word).startsWith("W")
                        || word.word().equalsIgnoreCase("that") && "IN".equals(tag(word))) {
                    break; // another actor's clause
                }
            }
        }
        return false;
    }

    /** Whether a determiner at word k opens a noun phrase of modifiers that the noun ends ("the first hospital in"). */
    private static boolean nounPhraseAt(List<CoreLabel> tokens, int k, String noun) {
        if (k >= tokens.size() || !"DT".equals(tag(tokens.get(k))) || tokens.get(k).word().equalsIgnoreCase("no")) {
            return false;
        }
        for (int i = k + 1; i < tokens.size() && i <= k + 5; i++) {
            if (isNoun(tokens.get(i), noun)) {
                return i + 1 == tokens.size() || !tag(tokens.get(i + 1)).startsWith("NN") && !"POS".equals(tag(tokens.get(i + 1)));
            }
            if (!tag(tokens.get(i)).matches("JJ.*|NN|CD|RBS|HYPH|VBN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a name of the organization has the noun right after or before it ("The GMB union", "Premier League club
     * Aston Villa"), or in an apposition after it ("Halvorsen Capital, an investment fund").
     */
    private static boolean namedWith(DocumentEntities result, List<CoreMap> sentences, Entity org, String noun) {
        for (Mention m : org.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            // "Premier League club Aston Villa": a noun before another name is that name's; after a name only after an
            // acronym ("The GMB union"; "the Boeing union" is its workers' union, not Boeing)
            boolean after = m.text().matches("[A-Z]{2,}") && m.endToken() < tokens.size() && tokens.get(m.endToken()).word().equalsIgnoreCase(noun)
                    && (m.endToken() + 1 == tokens.size() || !tokens.get(m.endToken() + 1).tag().startsWith("NNP"));
            // "Papua New Guinea's new National Rugby League club, the PNG Chiefs,": the noun and a comma before the name
            int article = m.firstToken() > 0 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase("the") ? m.firstToken() - 1 : m.firstToken();
            boolean before = m.firstToken() > 0 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase(noun)
                    || article >= 2 && tokens.get(article - 1).word().equals(",") && tokens.get(article - 2).word().equalsIgnoreCase(noun)
                            && "NN".equals(tokens.get(article - 2).tag());
            // "Permodalan Nasional Berhad (PNB), the state investment fund,": past the name's bracketed acronym
            int end = m.endToken() + 2 < tokens.size() && tokens.get(m.endToken()).word().equals("(")
                    && tokens.get(m.endToken() + 2).word().equals(")") ? m.endToken() + 3 : m.endToken();
            // "According to Reuters, the club has approached": the source's comma sets off no apposition
            if (after || before || apposedNoun(tokens, end, noun)
                    && !result.endsSourcePhrase(m.sentence(), m.endToken())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head noun of a name of two or more words: before its first "of" (organization.spelled.headBreaks: "the
     * International Court of Justice"; before a postpositive word there: "the Directorate General of Health"), else its last word ("the National Parks and Heritage Agency").
     */
    private String headWord(String name) {
        String[] words = name.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (headBreaks.contains(words[i])) {
                return i > 1 && postpositiveWords.contains(words[i - 1]) ? words[i - 2] : words[i - 1];
            }
        }
        return words.length > 1 ? words[words.length - 1] : "";
    }

    /** The one entity of a type that fits, named in reach (see {@link #nearestInReach}); null for none or two. */
    private Entity onlyInReach(DocumentEntities result, int s, int t, EntityType type, Predicate<Entity> fits) {
        Set<Entity> found = nearestInReach(result, s, t, EnumSet.of(type), fits);
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** "its chairman", "its chief executive": modifiers, then a noun of organization.pronoun.companyOnlyNouns (lemma). */
    private boolean companyPossessionAfter(List<CoreLabel> tokens, int t) {
        CoreLabel head = EntityExtractor.headNounAfter(tokens, t);
        return head != null && companyOnlyNouns.contains(lemma(head));
    }

    /**
     * Whether a country is named after the organization's last mention before token t of sentence s (or, for an
     * organization of an earlier sentence, anywhere before t): "the EU sanctioned Iran over its drones" reads as Iran's.
     * Not the organization's own country right after its name ("has sued Meridiano Linhas Aéreas of Brazil, accusing it").
     */
    private static boolean countryBetween(DocumentEntities result, List<CoreLabel> tokens, int s, int t, Entity org) {
        for (int i = t - 1; i >= 0; i--) {
            Entity e = result.at(s, i);
            if (e == org) {
                return false;
            }
            if (e != null && e.type() == EntityType.COUNTRY && !originOf(result, tokens, s, result.nameStart(s, i), org)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the country named from word {@code country} follows the organization's name and "of" ("Meridiano of Brazil",
     * "Meridiano of the Philippines").
     */
    private static boolean originOf(DocumentEntities result, List<CoreLabel> tokens, int s, int country, Entity org) {
        int of = country >= 1 && "DT".equals(tokens.get(country - 1).tag()) ? country - 2 : country - 1;
        return of >= 1 && tokens.get(of).word().equals("of") && result.at(s, of - 1) == org;
    }

    /**
     * The first entity of the given types named before the token in its sentence, else in the nearest sentence before;
     * one named only in the background there (quoted, owning a thing: "Epic's lawsuit against Microsoft comes after the
     * company completed its takeover", or, in a sentence before, opposed: "brought against the hospital") comes after the
     * others.
     */
    private Entity firstInReach(DocumentEntities result, List<CoreMap> sentences, int s, int t, Set<EntityType> types, Predicate<Entity> fits) {
        int sentence = nearestSentenceInReach(result, s, t, types, fits);
        if (sentence < 0) {
            return null;
        }
        int limit = sentence == s ? t : Integer.MAX_VALUE;
        Set<Entity> found = entitiesBefore(result, sentence, limit, types);
        found.removeIf(fits.negate());
        List<CoreLabel> tokens = sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
        Entity first = found.stream().filter(e -> !namedInBackground(tokens, e, sentence, limit, sentence == s)).findFirst()
                .orElse(found.iterator().next());
        Entity named = sentence == s ? null : namedInAppositionOnPossessed(result, tokens, sentence, first, found);
        if (named == null && sentence == s - 1) {
            List<CoreLabel> pronounTokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            if (pronounTokens.get(t).word().equalsIgnoreCase(possessivePronoun) && !titleAndNameAfter(pronounTokens, t)) {
                named = bodyAfterPossessor(result, tokens, sentence, first, found);
            }
        }
        return named != null ? named : first;
    }

    /**
     * "The club's largest supporters' group, Fjordgutane, criticised the decision. Its spokesman ...": where the first
     * entity of the sentence before only owns the noun phrase that a name in apposition names (the possessor, a noun
     * phrase without a verb, a comma, the name), the phrase's own organization is the one the sentence is about.
     */
    private static Entity namedInAppositionOnPossessed(DocumentEntities result, List<CoreLabel> tokens, int s, Entity first, Set<Entity> found) {
        Mention owner = possessiveMention(tokens, s, first);
        if (owner == null) {
            return null;
        }
        for (int k = owner.endToken() + 1; k < tokens.size() && k <= owner.endToken() + 8; k++) {
            String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
            if (tokens.get(k).word().equals(",")) {
                Entity named = k + 1 < tokens.size() ? result.at(s, k + 1) : null;
                return named != null && named != first && found.contains(named) ? named : null;
            }
            if (tag.startsWith("VB") || tag.equals("IN") || tag.equals("CC") || result.at(s, k) != null) {
                return null;
            }
        }
        return null;
    }

    /** The entity's first mention in sentence {@code s} when a possessive's mark follows it ("Thailand's"); else null. */
    private static Mention possessiveMention(List<CoreLabel> tokens, int s, Entity entity) {
        Mention owner = entity.mentions().stream().filter(m -> m.sentence() == s).findFirst().orElse(null);
        return owner != null && owner.endToken() < tokens.size() && "POS".equals(tokens.get(owner.endToken()).tag()) ? owner : null;
    }

    /**
     * "Thailand's Pollution Control Department said ... Its director-general, Nattaya Boonmee,": where the first entity of
     * the sentence right before is a country that only possesses the organization named right after it (which heads its
     * phrase: not "Japan's Toyota deal"), that organization is what the sentence is about. The caller asks only for "its"
     * in the sentence right after ("It was signed by" is as often a thing), not before a state's title ("Japan's Toyota
     * reported profits. Its prime minister" keeps the country's rules).
     */
    private static Entity bodyAfterPossessor(DocumentEntities result, List<CoreLabel> tokens, int s, Entity first, Set<Entity> found) {
        Mention owner = first.type() == EntityType.COUNTRY ? possessiveMention(tokens, s, first) : null;
        if (owner == null || owner.endToken() + 1 >= tokens.size()) {
            return null;
        }
        Entity possessed = result.at(s, owner.endToken() + 1);
        Mention body = possessed == null ? null
                : possessed.mentions().stream().filter(m -> m.sentence() == s && m.firstToken() == owner.endToken() + 1).findFirst().orElse(null);
        boolean headsPhrase = body != null && (body.endToken() >= tokens.size() || !tokens.get(body.endToken()).tag().startsWith("NN"));
        return headsPhrase && possessed != first && possessed.type() == EntityType.ORGANIZATION && found.contains(possessed) ? possessed : null;
    }

    /**
     * "Kjærgaard, a former research director at Novo Nordisk, has led the company since 2021": an organization named in
     * its sentence (before the description) only inside an apposition on a person that opens with a past role
     * (organization.pastRoleMarkers), as the place of that role, is the person's past, not what "the company" stands for.
     */
    private boolean inPastRoleApposition(DocumentEntities result, List<CoreLabel> tokens, int s, int t, Entity org) {
        List<Mention> here = org.mentions().stream().filter(m -> m.sentence() == s && m.firstToken() < t).toList();
        return !here.isEmpty() && here.stream().allMatch(m -> {
            int comma = m.firstToken() - 1;
            while (comma >= 0 && !",".equals(tokens.get(comma).word())) {
                comma--;
            }
            int marker = comma + 1 < tokens.size() && "DT".equals(tokens.get(comma + 1).tag()) ? comma + 2 : comma + 1;
            Entity before = comma > 0 ? result.at(s, comma - 1) : null;
            return before != null && before.type() == EntityType.PERSON && marker < m.firstToken()
                    && pastRoleMarkers.contains(tokens.get(marker).word().toLowerCase(Locale.ROOT))
                    && tokens.subList(marker + 1, m.firstToken()).stream().noneMatch(ReferenceResolver::opensClauseOrPhrase);
        });
    }

    /**
     * A verb, a relative word or a comma: after it the words say something else than the past role's place ("a former
     * banker who founded Nordhavn Bio" is no past role at Nordhavn Bio).
     */
    private static boolean opensClauseOrPhrase(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.startsWith("VB") || tag.startsWith("W") || tag.equals("MD") || token.word().equals(",");
    }

    /**
     * "Sunvale Europe, the company's subsidiary,": the entity named right before the comma that opens an apposition
     * whose description (tokens t..n) owns its head; the description stands for another (a name is not its own
     * subsidiary). Null elsewhere.
     */
    private static Entity apposedTo(DocumentEntities result, List<CoreLabel> tokens, int s, int t, int n) {
        boolean owns = n + 1 < tokens.size() && "POS".equals(tokens.get(n + 1).tag());
        return owns && t >= 2 && ",".equals(tokens.get(t - 1).word()) ? result.at(s, t - 2) : null;
    }

    /**
     * "X said Superdry would keep its brand": the organization or country named right before the verbs that come before
     * the pronoun (verbs with a modal or "to", auxiliaries and adverbs only between them) is their subject, and what
     * "it"/"its" stands for ("ITV decided not to renew its contract"). Null when a word of another kind comes between,
     * or no modal or "to" does (what a party says it will or means to do is done with its own things; "Apple said
     * Samsung had copied its design" is Apple's) and the name does not open its clause with a finite verb ("and
     * Benfica shows its home matches"), or "to" follows the name (a purpose clause: "Microsoft bought
     * Activision to strengthen its business"), or the name stands right after a preposition or a verb that is not a
     * finite one (an object).
     */
    private Entity subjectOfVerbsBefore(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        boolean verb = false;
        boolean intent = false;
        int k = t - 1;
        for (; k >= 0 && result.at(s, k) == null; k--) {
            String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("TO")) {
                verb |= !tag.equals("TO");
                intent |= tag.equals("MD") || tag.equals("TO");
            } else if (!tag.startsWith("RB")) {
                return null;
            }
        }
        Entity named = k >= 0 ? result.at(s, k) : null;
        // "University Hospital Limerick said it would open a ward": a subject "it" of a modal after the verbs is what
        // the name before them says it will do
        intent |= tokens.get(t).word().equalsIgnoreCase("it") && t + 1 < tokens.size() && "MD".equals(tokens.get(t + 1).tag());
        // "to" right after the name opens a purpose clause of someone else's act ("Toyota overtook Volkswagen to reclaim
        // its title" is Toyota's), unless a verb whose object acts names it ("urged the FTC to reopen its review")
        int first = named == null ? k : result.nameStart(s, k);
        // the name's phrase, with its article: "urged the FTC"
        int phrase = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the") ? first - 1 : first;
        int verbAt = phrase - 1;
        boolean urged = verbAt >= 0 && partyVerbs.contains(lemma(tokens.get(verbAt)));
        boolean purposeAfterName = k + 1 < t && "TO".equals(tokens.get(k + 1).tag()) && !urged;
        // "and Benfica shows its home matches on its own channel": a name that opens its clause (at the sentence's start,
        // after a semicolon or a conjunction, maybe after "the": not a reported clause's subject after "said", nor one
        // after a comma that may close an attribution, "According to Apple, Samsung copied its design") does its own
        // finite verb's act with its own things
        String opener = phrase <= 0 ? "" : tokens.get(phrase - 1).word().toLowerCase(Locale.ROOT);
        boolean opensClause = phrase == 0 || opener.equals(";") || clauseOpeners.contains(opener);
        boolean finite = false;
        for (int v = k + 1; v < t; v++) {
            finite |= tokens.get(v).tag() != null && tokens.get(v).tag().matches("VBZ|VBD|VBP");
        }
        intent |= opensClause && finite && possessivePronoun.equals(tokens.get(t).word().toLowerCase(Locale.ROOT));
        if (!verb || !intent || purposeAfterName || named == null
                || named.type() != EntityType.ORGANIZATION && named.type() != EntityType.COUNTRY) {
            return null;
        }
        // a name right after a verb or a preposition is an object, not the subject ("Apple said Samsung had copied its
        // design" still is Samsung's, "Google paid Apple to keep its" is no one's here)
        int start = first;
        while (start > 0 && (tokens.get(start - 1).word().equalsIgnoreCase("the") || "POS".equals(tokens.get(start - 1).tag()))) {
            start--;
        }
        String before = start > 0 && tokens.get(start - 1).tag() != null ? tokens.get(start - 1).tag() : "";
        return before.startsWith("VB") && !before.equals("VBD") && !before.equals("VBZ") && !before.equals("VBP") || before.equals("IN")
                || before.equals("TO") ? null : named;
    }

    /**
     * "The WHO will send experts to Bangladesh, its representative in the country, Thomas Becker, said": "its" after a
     * comma, opening a set-off phrase, a named person and a verb of saying that close the sentence, is the sentence's
     * opening subject's (the organization at its start), whatever country the reported clause names.
     */
    private boolean trailingAttribution(DocumentEntities result, List<CoreLabel> tokens, int s, int t, Entity org) {
        int opener = tokens.get(0).word().equalsIgnoreCase("the") ? 1 : 0;
        // "Pfizer will ship doses to Kenya, its health minister, Susan Nakhumicha, said": a state's title is the country's
        if (t < 2 || !tokens.get(t - 1).word().equals(",") || result.at(s, opener) != org || titleAndNameAfter(tokens, t)) {
            return false;
        }
        int comma = t + 1;
        while (comma < tokens.size() && comma <= t + 8 && !tokens.get(comma).word().equals(",")) {
            comma++;
        }
        int name = comma + 1;
        while (name < tokens.size() && name <= comma + 2 && result.at(s, name) == null && "NNP".equals(tokens.get(name).tag())) {
            name++; // "Dr", "Professor"
        }
        if (name >= tokens.size() || !tokens.get(comma).word().equals(",") || result.at(s, name) == null
                || result.at(s, name).type() != EntityType.PERSON) {
            return false;
        }
        int after = result.nameEnd(s, name);
        after = after < tokens.size() && tokens.get(after).word().equals(",") ? after + 1 : after;
        return after < tokens.size() && sayerVerbs.contains(lemma(tokens.get(after)));
    }

    /**
     * "accusing it of abusing its control": "its" after an "it" of its sentence linked to an organization goes on with it,
     * when no other name comes between ("Google said it would appeal, and Apple said its lawyers ..." is Apple's).
     */
    private Entity pronounBefore(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        for (int k = t - 1; k >= 0; k--) {
            Entity e = result.at(s, k);
            boolean pronoun = orgPronouns.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
            if (e != null && e.type() == EntityType.ORGANIZATION && pronoun) {
                return e;
            }
            if (e != null && e.type() != EntityType.DATE && !pronoun) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Apple sued Microsoft, accusing it of ...": the object "it" of a verb whose object is a party is no subject of its
     * own clause (English says "itself"). A verb with its own subject named right before it (past auxiliaries and
     * adverbs: "Samsung said Apple had sued it") passes that subject over for the nearest party named before it that may
     * be a clause's subject (not after a preposition or a verb: "Meta, a rival of Google, said ..." is Meta's); a verb
     * without one ("..., accusing it", "and accused it") shares the subject of the nearest finite verb before it, and
     * "it" is the first party named after that verb ("After talks collapsed, Apple sued Samsung, accusing it": Samsung).
     * With no other party in the sentence, the nearest one in reach before it.
     */
    private Entity objectInReach(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        Set<EntityType> parties = EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY);
        Set<Entity> here = entitiesBefore(result, s, t, parties);
        if (here.isEmpty()) {
            return nearestInReach(result, s, t, parties, e -> true).stream().findFirst().orElse(null);
        }
        int subjectEnd = t - 2;
        while (subjectEnd >= 0 && result.at(s, subjectEnd) == null && clauseFiller(tokens.get(subjectEnd))) {
            subjectEnd--;
        }
        Entity subject = subjectEnd >= 0 ? result.at(s, subjectEnd) : null;
        if (subject != null && subject.type() != EntityType.DATE) {
            Entity other = lastSubjectPartyBefore(result, tokens, s, subjectEnd, parties, subject);
            if (other != null) {
                return other;
            }
        } else {
            int verb = t - 2;
            while (verb >= 0 && !finiteVerb(tokens.get(verb))) {
                verb--;
            }
            for (int k = verb + 1; verb >= 0 && k < t; k++) {
                Entity e = result.at(s, k);
                // "has sued its former partner, Meridiano, ..., accusing it": not the subject's own "its"
                if (e != null && parties.contains(e.type()) && !"PRP$".equals(tokens.get(k).tag())) {
                    return e;
                }
            }
            // the verb's subject names no party ("Microsoft said the court had fined it", "that Bank Mazowsze has been in
            // trouble: the regulator fined it"): the party named last before it in the sentence, as a clause's subject
            // (not "told Reuters", "a court in Luxembourg")
            Entity named = lastSubjectPartyBefore(result, tokens, s, t, parties, null);
            if (named != null) {
                return named;
            }
        }
        // only the subject here ("Microsoft accused it of lying"): the one in reach before the sentence
        return nearestInReach(result, s, 0, parties, e -> !here.contains(e)).stream().findFirst().orElse(null);
    }

    /**
     * The party named last before word {@code end} of sentence s, other than {@code except}, that may be a clause's
     * subject: a party after a preposition or a verb is none ("Meta, a rival of Google, said ...", "told Reuters").
     */
    private static Entity lastSubjectPartyBefore(DocumentEntities result, List<CoreLabel> tokens, int s, int end, Set<EntityType> parties,
                                                 Entity except) {
        for (int k = end - 1; k >= 0; k--) {
            Entity e = result.at(s, k);
            if (e == null || e == except || !parties.contains(e.type())) {
                continue;
            }
            int start = result.nameStart(s, k);
            // "suspended from the Roundtable on Sustainable Palm Oil (RSPO)": past an article, and past the brackets of
            // an acronym to the name they follow; not past "of the" ("The governor of the Bank of England said Barclays
            // had misled it": the subject's own body)
            boolean article = start > 1 && "DT".equals(tokens.get(start - 1).tag()) && !tokens.get(start - 2).word().equalsIgnoreCase("of");
            int word = article ? start - 2 : start - 1;
            String before = word >= 0 && tokens.get(word).tag() != null ? tokens.get(word).tag() : "";
            if (before.equals("IN") || before.equals("TO") || before.startsWith("VB") || before.equals("-LRB-")) {
                k = start;
                continue;
            }
            return e;
        }
        return null;
    }

    /** Words between a clause's subject and its verb: auxiliaries, "not", adverbs ("had", "has not", "also"). */
    private static boolean clauseFiller(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.equals("MD") || tag.startsWith("RB") || tag.startsWith("VB") && AUXILIARIES.contains(lemma(token));
    }

    private static boolean finiteVerb(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * "Angela Ruiz, 52, ... the 52-year-old served in the Army": the ages the text states for people, right after a name
     * between commas ("Ruiz, 52,") or as "52-year-old" right before it, by the offset where each is stated.
     */
    private static Map<Integer, Map<Entity, Integer>> statedAges(DocumentEntities result, List<CoreMap> sentences) {
        Map<Integer, Map<Entity, Integer>> byOffset = new TreeMap<>();
        for (Entity e : result.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                int after = m.endToken();
                Integer age = null;
                if (after + 2 < tokens.size() && tokens.get(after).word().equals(",") && "CD".equals(tokens.get(after + 1).tag())
                        && List.of(",", ".", ";").contains(tokens.get(after + 2).word())) {
                    age = age(tokens.get(after + 1).word());
                }
                for (int k = m.firstToken() - 1; age == null && k >= Math.max(0, m.firstToken() - 3); k--) {
                    int start = ageStart(tokens, k);
                    if (start >= 0) {
                        age = ageOf(tokens, start);
                    }
                }
                if (age != null) {
                    byOffset.computeIfAbsent(m.start(), o -> new HashMap<>()).put(e, age);
                }
            }
        }
        return byOffset;
    }

    /** A person's age written as a number: 10 to 110. */
    private static Integer age(String word) {
        if (!word.matches("\\d{2,3}")) {
            return null;
        }
        int n = Integer.parseInt(word);
        return n >= 10 && n <= 110 ? n : null;
    }

    /** Where "N-year-old" (one token, or "N - year - old") starts if it ends at token k; else -1. */
    private static int ageStart(List<CoreLabel> tokens, int k) {
        if (tokens.get(k).word().matches("\\d{2,3}-year-old")) {
            return k;
        }
        return k >= 4 && tokens.get(k).word().equals("old") && tokens.get(k - 1).word().equals("-")
                && tokens.get(k - 2).word().equals("year") && tokens.get(k - 3).word().equals("-") && age(tokens.get(k - 4).word()) != null ? k - 4 : -1;
    }

    /** The token after "N-year-old" starting at {@code start}, or -1 when none starts there. */
    private static int ageAfter(List<CoreLabel> tokens, int start) {
        if (start >= tokens.size()) {
            return -1;
        }
        if (tokens.get(start).word().matches("\\d{2,3}-year-old")) {
            return ageOf(tokens, start) == null ? -1 : start + 1;
        }
        return start + 4 < tokens.size() && ageStart(tokens, start + 4) == start ? start + 5 : -1;
    }

    private static Integer ageOf(List<CoreLabel> tokens, int start) {
        String word = tokens.get(start).word();
        return age(word.contains("-") ? word.substring(0, word.indexOf('-')) : word);
    }

    /**
     * "Angela Ruiz ... was named chief. Before joining the police, the 52-year-old served in the Army": an age the text
     * gave no one stands for the one person named in the nearest sentence before that names any (one of
     * person.age.window sentences; not a person the text gave another age, nor one named beside a "he" or "she" left
     * unresolved there), never for one named in its own sentence:
     * "Whitlock testified against her former boss, saying the 41-year-old had ..." is not Whitlock.
     */
    private Entity personOfSentenceBefore(DocumentEntities result, List<CoreMap> sentences, int s, Map<Integer, Map<Entity, Integer>> ages) {
        Set<Entity> aged = new HashSet<>();
        ages.values().forEach(stated -> aged.addAll(stated.keySet()));
        Set<EntityType> persons = EnumSet.of(EntityType.PERSON);
        Set<Entity> here = entitiesBefore(result, s, Integer.MAX_VALUE, persons);
        for (int k = s - 1; k >= Math.max(0, s - ageWindow); k--) {
            Set<Entity> named = entitiesBefore(result, k, Integer.MAX_VALUE, persons);
            if (!named.isEmpty()) {
                // "She also thanked the producer Sarz. The 29-year-old beat ...": she, whoever she is, is the story's person
                boolean unresolved = false;
                List<CoreLabel> tokens = sentences.get(k).get(CoreAnnotations.TokensAnnotation.class);
                for (int i = 0; i < tokens.size(); i++) {
                    unresolved |= personPronouns.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && result.at(k, i) == null;
                }
                return named.size() == 1 && !unresolved && !aged.containsAll(named) && !here.containsAll(named) ? named.iterator().next() : null;
            }
        }
        return null;
    }

    /** The one person whose stated age (stated before the offset) is this one; null for none or several. */
    private static Entity personOfAge(Map<Integer, Map<Entity, Integer>> ages, Integer age, int offset) {
        if (age == null) {
            return null;
        }
        Set<Entity> found = new HashSet<>();
        ages.forEach((at, stated) -> stated.forEach((person, years) -> {
            if (at < offset && years.equals(age)) {
                found.add(person);
            }
        }));
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * Whether an organization's mentions in the sentence before the limit are all quoted, or, in the reference's own
     * sentence, own a thing (not a title): "Volkswagen's profit fell as Toyota gained share. The company plans ..." is
     * Volkswagen's; or, in a sentence before, are the party a case brought by another is against ({@link #opposed}). A
     * country is never in the background: "Russia's invasion of Ukraine ... its" stays unsure, as any "it" after a
     * country does.
     */
    private boolean namedInBackground(List<CoreLabel> tokens, Entity e, int sentence, int limit, boolean sameSentence) {
        return e.type() == EntityType.ORGANIZATION && e.mentions().stream().filter(m -> m.sentence() == sentence && m.firstToken() < limit)
                .allMatch(m -> quoted(tokens, m.firstToken()) || sameSentence && ownsAThing(tokens, m.endToken())
                        || !sameSentence && opposed(tokens, m.firstToken()));
    }

    /**
     * "The case was brought against the hospital by the Katiba Institute. Its lawyer ...", "The complaint against LinkedIn
     * was filed by La Quadrature du Net. Its co-founder ...": the party a case is against, after "against" (and its
     * article) in a sentence whose passive verb has a "by" agent, is not whom the next sentence goes on about (not "Sanctions
     * against Gazprom hit exports. Its ...").
     */
    private static boolean opposed(List<CoreLabel> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && "DT".equals(tokens.get(k).tag())) {
            k--;
        }
        if (k < 0 || !tokens.get(k).word().equalsIgnoreCase("against")) {
            return false;
        }
        // a "by" after the first passive participle is after any later one too
        int passive = 1;
        while (passive + 1 < tokens.size() && !("VBN".equals(tokens.get(passive).tag()) && "be".equals(lemma(tokens.get(passive - 1))))) {
            passive++;
        }
        return tokens.subList(Math.min(passive + 1, tokens.size()), tokens.size()).stream().anyMatch(w -> w.word().equals("by"));
    }

    private static boolean quoted(List<CoreLabel> tokens, int at) {
        for (int k = at - 1; k >= 0; k--) {
            String tag = tokens.get(k).tag();
            if ("``".equals(tag)) {
                return true;
            }
            if ("''".equals(tag)) {
                return false;
            }
        }
        return false;
    }

    /** "Epic's lawsuit", "Microsoft's gaming business"; not "Microsoft's chief executive". */
    private boolean ownsAThing(List<CoreLabel> tokens, int end) {
        if (end + 1 >= tokens.size() || !"POS".equals(tokens.get(end).tag())) {
            return false;
        }
        for (int k = end + 1; k < tokens.size() && k <= end + 3; k++) {
            CoreLabel word = tokens.get(k);
            if (!word.tag().startsWith("NN") && !word.tag().startsWith("JJ") || word.tag().startsWith("NNP")) {
                return false;
            }
            if (titles.contains(word.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (word.tag().startsWith("NN") && (k + 1 >= tokens.size() || !tokens.get(k + 1).tag().startsWith("NN"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entities of the given types that fit, named before the token in its sentence, else in the nearest of the
     * window's sentences before that names one, in order of first appearance; empty when none.
     */
    private Set<Entity> nearestInReach(DocumentEntities result, int s, int t, Set<EntityType> types, Predicate<Entity> fits) {
        int sentence = nearestSentenceInReach(result, s, t, types, fits);
        if (sentence < 0) {
            return Set.of();
        }
        Set<Entity> found = entitiesBefore(result, sentence, sentence == s ? t : Integer.MAX_VALUE, types);
        found.removeIf(fits.negate());
        return found;
    }

    /**
     * "The players' union, which is representing Hadley, said he would return. Its chief executive, Daryl Mitchell,":
     * the sentence before opens with an organization's description no name was linked to ("the union", "the group",
     * "the regulator"), and nothing of the pronoun's own sentence comes before it: "it" or "its" goes on with that
     * description, not with a name further back, so nothing is guessed; unless the description's apposition names it
     * ("The main opposition party, PASOK, accused the government ... Its leader, Nikos Androulakis,").
     */
    private boolean describedSubjectGoesOn(DocumentEntities result, List<CoreMap> sentences, int s, int t) {
        if (s == 0 || !entitiesBefore(result, s, t, EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY)).isEmpty()) {
            return false;
        }
        List<CoreLabel> before = sentences.get(s - 1).get(CoreAnnotations.TokensAnnotation.class);
        if (before.size() < 3 || !before.get(0).word().equalsIgnoreCase("the")) {
            return false;
        }
        int k = 1;
        int head = -1;
        // "The players' union", "The Norwegian group": modifiers, possessors and the head noun, none of them named
        while (k < before.size() && result.at(s - 1, k) == null && before.get(k).tag() != null
                && before.get(k).tag().matches("NNS?|JJ|POS|VBN")) {
            if (before.get(k).tag().startsWith("NN")) {
                head = k;
            }
            k++;
        }
        if (head < 0 || head != k - 1 || k >= before.size() || result.at(s - 1, k) != null) {
            return false;
        }
        String noun = before.get(head).word().toLowerCase(Locale.ROOT);
        boolean organization = headDescriptions.contains(noun) || orgDescriptions.contains(noun) || classDescriptions.contains(noun);
        // "The main opposition party, PASOK, accused ...": the name in apposition is the subject that goes on
        // (a name set off by commas: not "The company, Reuters reported, will", nor a list, "The two unions, Unite and the GMB,")
        int apposed = k + 1 < before.size() && before.get(k + 1).word().equalsIgnoreCase("the") ? k + 2 : k + 1;
        Entity apposedName = before.get(k).word().equals(",") && apposed < before.size() ? result.at(s - 1, apposed) : null;
        int apposedEnd = apposedName == null ? -1 : result.nameEnd(s - 1, apposed);
        if (apposedName != null && apposedName.type() == EntityType.ORGANIZATION && apposedEnd < before.size()
                && before.get(apposedEnd).word().equals(",")) {
            return false;
        }
        // the description is the subject: a comma (its apposition or clause) or its verb follows
        String next = before.get(k).tag() == null ? "" : before.get(k).tag();
        return organization && (before.get(k).word().equals(",") || next.startsWith("VB") || next.equals("MD"));
    }

    /** The sentence of the window, the token's own or the nearest before, that names an entity of the types that fits; -1 for none. */
    private int nearestSentenceInReach(DocumentEntities result, int s, int t, Set<EntityType> types, Predicate<Entity> fits) {
        for (int back = 0; back <= orgWindow && s - back >= 0; back++) {
            if (entitiesBefore(result, s - back, back == 0 ? t : Integer.MAX_VALUE, types).stream().anyMatch(fits)) {
                return s - back;
            }
        }
        return -1;
    }

    /**
     * "The two leaders": links the noun to the first and "two" to the second of the two entities of the noun's kind
     * named in the nearest sentence before that names any (both mentions carry the whole phrase's text); the relation
     * stage reads the pair as coordinated ("Putin and Kim"). Returns whether it linked.
     */
    private boolean linkPair(DocumentEntities result, List<CoreMap> sentences, List<CoreLabel> tokens, int s, int t, TitledPersons titled) {
        if (t + 1 >= tokens.size() || result.at(s, t) != null || result.at(s, t + 1) != null) {
            return false;
        }
        String noun = tokens.get(t + 1).word().toLowerCase(Locale.ROOT);
        Set<EntityType> kinds = pairPersonNouns.contains(noun) ? EnumSet.of(EntityType.PERSON)
                : pairCountryNouns.contains(noun) ? EnumSet.of(EntityType.COUNTRY)
                : pairOrganizationNouns.contains(noun) ? EnumSet.of(EntityType.ORGANIZATION)
                : pairEitherNouns.contains(noun) ? EnumSet.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION) : null;
        if (kinds == null) {
            return false;
        }
        Set<Entity> named = Set.of();
        for (int back = 1; named.isEmpty() && back <= pairWindow && s - back >= 0; back++) {
            named = entitiesBefore(result, s - back, Integer.MAX_VALUE, kinds);
        }
        // "the two leaders of Congress" are others; and a party named in the sentence itself is no part of its pair
        // ("Macron then met the two leaders")
        // ("accused both countries of failing": that "of" is the verb's)
        boolean ofOthers = t + 2 < tokens.size() && tokens.get(t + 2).word().equalsIgnoreCase("of")
                && !(t + 3 < tokens.size() && "VBG".equals(tokens.get(t + 3).tag()));
        Set<Entity> inSentence = entitiesBefore(result, s, Integer.MAX_VALUE, kinds);
        Set<Entity> earlierInSentence = entitiesBefore(result, s, t, kinds);
        boolean justNamed = earlierInSentence.size() == 2 && earlierInSentence.equals(inSentence) && subjectOfNextClause(tokens, t);
        if (justNamed) {
            // "Carney spoke with Sheinbaum on Wednesday and the two leaders agreed to ...": the two just named
            named = earlierInSentence;
        } else if (!ofOthers && !pairOfOneKind(named, inSentence)) {
            // the sentences just before name no pair of the kind: the story's last pair named as one ("Canada and Mexico agreed
            // to coordinate ... Trump has accused both countries of ..."), where those sentences name none of the kind but the
            // sentence's own parties and the pair is no clause's subject after one of them ("Japan said both countries
            // would ..." may hold Japan), or one or two, one of the pair among them (the pair is still the story's topic:
            // "... Sheinbaum said Mexico would keep talking. Trump has accused both countries"; three or more leave it open)
            Set<Entity> storyPair = lastCoordinatedPair(result, sentences, s, kinds);
            boolean clauseSubject = t + 2 < tokens.size() && (tag(tokens.get(t + 2)).startsWith("VB") || "MD".equals(tag(tokens.get(t + 2))));
            boolean onlyOwnParties = inSentence.containsAll(named) && !(clauseSubject && !earlierInSentence.isEmpty());
            boolean pairNamedAmongFew = named.size() <= 2 && storyPair.stream().anyMatch(named::contains);
            if (named.isEmpty() || onlyOwnParties || pairNamedAmongFew) {
                named = storyPair;
            }
        }
        if (!justNamed && (named.size() != 2 || ofOthers || named.stream().anyMatch(inSentence::contains))) {
            return false;
        }
        // "the offences he is charged with in Australia ... the treaty between the two countries": a pair between which
        // something stands may hold a party the sentence names before it after a preposition, so the pair named before
        // is not sure to be it (a subject is a third party: "China welcomed the truce between the two countries")
        int article = t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("the") ? t - 1 : t;
        if (!justNamed && article > 0 && tokens.get(article - 1).word().equalsIgnoreCase("between") && partyAfterPreposition(result, tokens, s, article - 1, kinds)) {
            return false;
        }
        // "the contracts between the league and the two broadcasters": the pair is one side of what stands between, so it
        // would read as the two sides
        if (!justNamed && secondSideOfBetween(tokens, article)) {
            return false;
        }
        List<Entity> pair = List.copyOf(named);
        if ((pair.get(0).type() == EntityType.PERSON) != (pair.get(1).type() == EntityType.PERSON)) {
            return false; // "the two sides" are two people or two bodies: not "Hezbollah leader Naim Qassem" and Hezbollah
        }
        // "both ministers" are no president: a person named with another title is none of a pair named by an office
        String office = lemma(tokens.get(t + 1)).toLowerCase(Locale.ROOT);
        if (titles.contains(office) && !leaderTitles.contains(office) && pair.stream().anyMatch(p -> titledOtherwise(titled, p, office))) {
            return false;
        }
        CoreLabel first = tokens.get(article);
        CoreLabel last = tokens.get(t + 1);
        String text = text(sentences, s, first, last);
        // the noun heads the phrase: it is the first named, the subject of what the pair does
        result.link(pair.get(1), new Mention(text, first.beginPosition(), last.endPosition(), s, t, t + 1, Mention.Kind.DESCRIPTION));
        result.link(pair.get(0), new Mention(text, first.beginPosition(), last.endPosition(), s, t + 1, t + 2, Mention.Kind.DESCRIPTION));
        return true;
    }

    /** Whether two entities can be a pair the sentence names by a plural: two of one kind (people or bodies), neither named in it. */
    private static boolean pairOfOneKind(Set<Entity> named, Set<Entity> inSentence) {
        if (named.size() != 2 || named.stream().anyMatch(inSentence::contains)) {
            return false;
        }
        return named.stream().filter(e -> e.type() == EntityType.PERSON).count() != 1;
    }

    /** Whether the person was named with a title, none of them the office ("Azerbaijan's president, Ilham Aliyev": no minister). */
    private static boolean titledOtherwise(TitledPersons titled, Entity person, String office) {
        boolean titledAtAll = false;
        for (Map.Entry<String, Set<Entity>> phrase : titled.byTitle().entrySet()) {
            if (phrase.getValue().contains(person)) {
                if (phrase.getKey().equals(office) || phrase.getKey().endsWith(" " + office)) {
                    return false;
                }
                titledAtAll = true;
            }
        }
        return titledAtAll;
    }

    /** Whether a verb or modal follows token t, past adverbs and commas ("it would", "it also plans", "it, too, would"). */
    private static boolean verbFollows(List<CoreLabel> tokens, int t) {
        for (int j = t + 1; j < tokens.size(); j++) {
            String tag = tokens.get(j).tag();
            if (isVerbOrModal(tag)) {
                return true;
            }
            if (!tag.startsWith("RB") && !tag.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "the two leaders" at token t (its determiner before, its noun after) opens a clause of its own after "and"
     * or a semicolon and is its verb's subject ("... and the two leaders agreed"), not an object ("Macron met Scholz
     * and the two leaders").
     */
    private static boolean subjectOfNextClause(List<CoreLabel> tokens, int t) {
        int start = t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("the") ? t - 1 : t;
        if (start == 0 || t + 2 >= tokens.size()) {
            return false;
        }
        String before = tokens.get(start - 1).word();
        String after = tokens.get(t + 2).tag();
        return (before.equalsIgnoreCase("and") || before.equals(";")) && isVerbOrModal(after);
    }

    private static boolean isVerbOrModal(String tag) {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /**
     * "On his first trip to China, Blinken met Xi", "When she arrived in Kyiv, Baerbock said ...": a pronoun in a phrase
     * or clause that opens the sentence (its first word's tag one of pronoun.cataphora.openerTags: a preposition,
     * "when"-word or participle) may stand for the person named right after that phrase's comma, the main clause's
     * subject; null when none is named there, or two are ("Putin and Xi": either may be meant).
     */
    private Entity cataphoricPerson(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        String opener = tokens.get(0).tag() == null ? "" : tokens.get(0).tag();
        if (!cataphoraOpeners.contains(opener)) {
            return null;
        }
        int comma = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < t || comma + 1 >= tokens.size()) {
            return null;
        }
        Entity subject = result.at(s, comma + 1);
        if (subject == null || subject.type() != EntityType.PERSON) {
            return null;
        }
        int end = comma + 1;
        while (end < tokens.size() && result.at(s, end) == subject) {
            end++;
        }
        boolean second = end + 1 < tokens.size() && conjunctions.contains(tokens.get(end).word().toLowerCase(Locale.ROOT)) && result.at(s, end + 1) != null
                && result.at(s, end + 1).type() == EntityType.PERSON;
        return second ? null : subject;
    }

    /**
     * Of the persons in reach in a sentence before the pronoun's, those not named only inside quotation marks, when one
     * or more is: '"Conchita told me to stay brave," Andreeva said. Her elder sister ...' is Andreeva's sister. Quotation
     * marks are counted, not read by their tags (the tagger takes a closing straight quote for an opening one).
     */
    private static Set<Entity> spokenOf(DocumentEntities result, List<CoreMap> sentences, int s, int t, Set<Entity> inReach) {
        if (inReach.size() < 2 || !entitiesBefore(result, s, t, EnumSet.of(EntityType.PERSON)).isEmpty()) {
            return inReach;
        }
        int back = sentenceWithPersonBefore(result, s);
        if (back < 0) {
            return inReach;
        }
        int sentence = back;
        List<CoreLabel> tokens = sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
        Set<Entity> outside = new LinkedHashSet<>();
        for (Entity e : inReach) {
            if (e.mentions().stream().anyMatch(m -> m.sentence() == sentence && !insideQuotes(tokens, m.firstToken()))) {
                outside.add(e);
            }
        }
        return outside.isEmpty() ? inReach : outside;
    }

    /**
     * The person who says what the subject pronoun at {@code t} does, when it comes right after one of
     * pronoun.sayer.verbs, or after "that" after one: the verb's subject right before it ("Laaksonen said he would ask
     * the ministry"), or, for a verb after "and", the person who opens the sentence as its subject ("Laaksonen accused
     * the mayor of waste and said he would ask the ministry"). Else null.
     */
    private Entity sayer(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        if (!"PRP".equals(tokens.get(t).tag()) || objectPronouns.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int verb = verbBeforePronoun(tokens, t);
        if (verb < 0 || !sayerVerbs.contains(lemma(tokens.get(verb)))) {
            return null;
        }
        // the saying verb's own subject right before it, or closing an apposition ("Its leader, Mikko Laaksonen, said")
        int k = verb - 1;
        while (k >= 0 && tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("RB")) {
            k--;
        }
        int subject = k >= 1 && tokens.get(k).word().equals(",") ? k - 1 : k;
        // (a date there closes a phrase after another subject: "Bio, who took over last month, said"; so may a body's
        // name close a relative clause on the subject: "Reid, who is promoted by Kingsway Boxing, said")
        boolean closesRelative = false;
        if (subject >= 0 && result.at(s, subject) != null && result.at(s, subject).type() != EntityType.DATE) {
            if (result.at(s, subject).type() == EntityType.PERSON) {
                return result.at(s, subject);
            }
            closesRelative = true;
        }
        // "Laaksonen accused the mayor of waste and said he": a saying verb conjoined to the first clause's verb shares
        // its subject, the person named before the sentence's first verb, not in a phrase ("In a letter to Ahonen, ...");
        // so does a participle after a comma ("Katsav refused to meet Abdullah, saying he would ...") and the verb after
        // a phrase set off right after that subject ("Bio, who took over in May, said he would ...")
        boolean conjoined = k >= 0 && tokens.get(k).word().equalsIgnoreCase("and");
        boolean afterComma = k >= 0 && tokens.get(k).word().equals(",");
        boolean participle = afterComma && "VBG".equals(tokens.get(verb).tag());
        if (!conjoined && !afterComma) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            Entity named = result.at(s, j);
            // "Putin's spokesman, Dmitry Peskov, said", "Its leader, Mikko Laaksonen, said": a possessor is no subject
            boolean possessor = named != null && ("PRP$".equals(tokens.get(j).tag())
                    || j + 1 < tokens.size() && "POS".equals(tokens.get(j + 1).tag()));
            boolean inPhrase = named != null && j >= 1 && tokens.get(j - 1).tag() != null && tokens.get(j - 1).tag().matches("IN|TO");
            if (named != null && !possessor) {
                int nameEnd = result.nameEnd(s, j);
                boolean setOffAfter = nameEnd < k && tokens.get(nameEnd).word().equals(",");
                boolean relativeAfter = setOffAfter && nameEnd + 1 < k && tokens.get(nameEnd + 1).word().equalsIgnoreCase("who");
                return named.type() == EntityType.PERSON && !inPhrase && (conjoined || participle || setOffAfter)
                        && (!closesRelative || relativeAfter) ? named : null;
            }
            String tag = tokens.get(j).tag();
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                return null;
            }
        }
        return null;
    }

    /** The verb right before the pronoun at {@code t}, or before "that" before it ("said it", "said that he"); else -1. */
    private static int verbBeforePronoun(List<CoreLabel> tokens, int t) {
        boolean afterThat = t >= 2 && tokens.get(t - 1).word().equalsIgnoreCase("that");
        int verb = afterThat ? t - 2 : t - 1;
        // "said on Monday evening that he", "said last week that he": the time of the saying between the verb and "that"
        int time = verb;
        while (afterThat && time >= 0 && ("DATE".equals(tokens.get(time).ner()) || "TIME".equals(tokens.get(time).ner()))) {
            time--;
        }
        if (time < verb) {
            verb = time >= 1 && "IN".equals(tokens.get(time).tag()) ? time - 1 : time;
        }
        return verb >= 0 && tokens.get(verb).tag() != null && tokens.get(verb).tag().startsWith("VB") ? verb : -1;
    }

    private static boolean insideQuotes(List<CoreLabel> tokens, int at) {
        int marks = 0;
        for (int k = 0; k < at; k++) {
            String w = tokens.get(k).word();
            if (w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201C") || w.equals("\u201D")) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * Whether the pronoun continues another of its gender left unresolved, in its own sentence before it or, when no
     * person is named there, in the sentence before, with no person of that gender named after it as a clause's subject:
     * "In her speech she thanked her mother, Lola Openiyi. She also thanked Sarz" is about one woman, whoever she is, not
     * the mother.
     */
    /**
     * The person the latest pronoun of the same gender before {@code t} in its sentence stands for, when no person is
     * named between them; else null.
     */
    private Entity pronounOfGenderBefore(DocumentEntities result, List<CoreLabel> tokens, int s, int t, String pronoun) {
        PersonGenders.Gender gender = genders.ofPronoun(pronoun);
        for (int k = t - 1; gender != null && k >= 0; k--) {
            Entity here = result.at(s, k);
            if (genders.ofPronoun(tokens.get(k).word()) == gender) {
                return here != null && here.type() == EntityType.PERSON ? here : null;
            }
            if (here != null && here.type() == EntityType.PERSON) {
                return null;
            }
        }
        return null;
    }

    private boolean unresolvedPronounBefore(DocumentEntities result, List<CoreMap> sentences, int s, int t, String pronoun) {
        PersonGenders.Gender gender = genders.ofPronoun(pronoun);
        if (gender == null) {
            return false;
        }
        boolean namedBefore = !entitiesBefore(result, s, t, EnumSet.of(EntityType.PERSON)).isEmpty();
        // the latest word of that gender in the sentence before decides: a person named there after the unresolved
        // pronoun, as a clause's subject, is what the pronoun continues ("Her spokesman said Whitmore would fly to Japan.
        // She met Chris Bowen" is Whitmore; "She met Maria Lopez in Madrid. She said" is still the unknown she); so in the
        // pronoun's own sentence ("In her speech, Whitehorse promised ... and said she wanted"; not an object: "She
        // thanked Sarz, with whom she recorded")
        boolean continues = false;
        for (int at = namedBefore ? s : Math.max(0, s - 1); at <= s; at++) {
            List<CoreLabel> tokens = sentences.get(at).get(CoreAnnotations.TokensAnnotation.class);
            int end = at == s ? t : tokens.size();
            for (int k = 0; k < end; k++) {
                Entity here = result.at(at, k);
                if (genders.ofPronoun(tokens.get(k).word()) == gender && here == null) {
                    continues = true;
                } else if (here != null && here.type() == EntityType.PERSON && !genders.fitting(Set.of(here), pronoun, sentences).isEmpty()
                        && genders.ofPronoun(tokens.get(k).word()) == null && !kinOfPronoun(tokens, k, gender)
                        && (k + 1 == tokens.size() || result.at(at, k + 1) != here) && verbFollows(tokens, k)) {
                    continues = false; // the subject of a clause of its own, not the unresolved one's object ("She met Maria Lopez")
                }
            }
        }
        return continues;
    }

    /**
     * Whether the name at {@code at} names a person a pronoun of that gender has, by a kin word or a title ("her mother,
     * Lola Openiyi", "his late son Adam", "her lawyer, Priya Raman").
     */
    private boolean kinOfPronoun(List<CoreLabel> tokens, int at, PersonGenders.Gender gender) {
        boolean personNoun = false; // "her mother", "his lawyer"; not "In her speech, Whitehorse said"
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            CoreLabel w = tokens.get(k);
            if ("PRP$".equals(w.tag())) {
                return personNoun && genders.ofPronoun(w.word()) == gender;
            }
            String lower = w.word().toLowerCase(Locale.ROOT);
            personNoun |= w.tag().startsWith("NN") && (relativeKin.contains(lower) || titles.contains(lower));
            if (!w.word().equals(",") && !w.tag().startsWith("NN") && !w.tag().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** Those of the persons whose known gender is not the pronoun's. */
    private Set<Entity> otherGender(Set<Entity> persons, String pronoun, List<CoreMap> sentences) {
        Set<Entity> fit = genders.fitting(persons, pronoun, sentences);
        Set<Entity> other = new LinkedHashSet<>(persons);
        other.removeAll(fit);
        return other;
    }

    /** Of two or more persons in reach, those the pronoun's gender fits (PersonGenders); one alone stays. */
    private Set<Entity> fitting(Set<Entity> inReach, String pronoun, List<CoreMap> sentences) {
        return inReach.size() < 2 ? inReach : genders.fitting(inReach, pronoun, sentences);
    }

    /**
     * The persons a pronoun may stand for, the excluded left out: those named before it in its sentence, or else in
     * the nearest of the pronoun.window sentences before that names any.
     */
    private Set<Entity> personsInReach(DocumentEntities result, int s, int t, Set<Entity> excluded) {
        Set<Entity> inReach = entitiesBefore(result, s, t, EnumSet.of(EntityType.PERSON));
        inReach.removeAll(excluded);
        for (int back = 1; inReach.isEmpty() && back <= pronounWindow && s - back >= 0; back++) {
            inReach = entitiesBefore(result, s - back, Integer.MAX_VALUE, EnumSet.of(EntityType.PERSON));
            inReach.removeAll(excluded);
        }
        return inReach;
    }

    /**
     * The last two entities of the kinds a sentence before {@code s} names as a pair, "A and B" (not the end of a longer
     * list "X, A and B"), or none.
     */
    private static Set<Entity> lastCoordinatedPair(DocumentEntities result, List<CoreMap> sentences, int s, Set<EntityType> kinds) {
        for (int back = s - 1; back >= 0; back--) {
            List<CoreLabel> tokens = sentences.get(back).get(CoreAnnotations.TokensAnnotation.class);
            Set<Entity> last = Set.of();
            for (int t = 0; t < tokens.size(); t++) {
                Entity first = result.at(back, t);
                if (first == null || !kinds.contains(first.type()) || t > 0 && result.at(back, t - 1) == first) {
                    continue;
                }
                int end = t;
                while (end < tokens.size() && result.at(back, end) == first) {
                    end++;
                }
                // "the Christian Democratic Union (CDU) and the Greens": the first name's acronym in brackets stands between
                if (EntityExtractor.bracketedWordAt(tokens, end) && result.at(back, end + 1) == first) {
                    end += 3;
                }
                // "the CDU and the Greens": an article may open the second name
                int next = end + 2 < tokens.size() && tokens.get(end + 1).word().equalsIgnoreCase("the") ? end + 2 : end + 1;
                Entity second = next < tokens.size() && tokens.get(end).word().equalsIgnoreCase("and") ? result.at(back, next) : null;
                // "the SPD, the CDU and the Greens", "the SPD (S), the CDU and ...": the end of a longer list is no pair
                int open = t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("the") ? t - 1 : t;
                int before = open - 2;
                if (before >= 2 && tokens.get(before).word().matches("\\)|-RRB-")) {
                    before -= 2;
                }
                boolean listEnd = before >= 0 && tokens.get(open - 1).word().equals(",") && result.at(back, before) != null;
                if (second != null && second != first && second.type() == first.type() && !listEnd) {
                    last = new LinkedHashSet<>(List.of(first, second));
                }
            }
            if (!last.isEmpty()) {
                return last;
            }
        }
        return Set.of();
    }

    /**
     * "He is to tour with the rapper Kofi Mensah. His manager said ...", "Reid, who is trained by his father, Steve Reid,
     * said he was disappointed. His manager said ...": a pronoun opening a sentence goes on with the person who opened
     * the sentence before as its subject, when every other person there stands only after a preposition ("with", "by",
     * "of"); a person who is the verb's object stays as likely ("Putin met Xi. He said ..."). Else null.
     */
    private static Entity subjectOverObliques(DocumentEntities result, List<CoreMap> sentences, int s, Set<Entity> inReach) {
        int back = sentenceWithPersonBefore(result, s);
        Entity opener = back < 0 ? null : result.at(back, 0);
        if (opener == null || !inReach.contains(opener)) {
            return null;
        }
        List<CoreLabel> tokens = sentences.get(back).get(CoreAnnotations.TokensAnnotation.class);
        for (Entity other : inReach) {
            for (Mention m : other == opener ? List.<Mention>of() : other.mentions()) {
                if (m.sentence() == back && !afterPreposition(tokens, m.firstToken(), m.endToken())) {
                    return null;
                }
            }
        }
        return opener;
    }

    /**
     * Whether the noun phrase holding the name at {@code at} (ending before {@code end}) hangs on a preposition, or the
     * name closes an apposition to one that does ("by his father, Steve Reid,"); not a clause's subject after a fronted
     * phrase ("after the vote, Mendes resigned").
     */
    private static boolean afterPreposition(List<CoreLabel> tokens, int at, int end) {
        boolean apposition = end >= tokens.size() || tokens.get(end).word().matches("[,.;]|and");
        for (int k = at - 1; k >= 0; k--) {
            String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
            if (tag.equals("IN") || tag.equals("TO")) {
                return true;
            }
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS")
                    || tag.equals("HYPH") || tag.equals("CD") || tag.equals(",") && apposition)) {
                return false;
            }
        }
        return false;
    }

    /** The nearest sentence before {@code s} that mentions a person, or -1. */
    private static int sentenceWithPersonBefore(DocumentEntities result, int s) {
        int back = s - 1;
        while (back >= 0 && entitiesBefore(result, back, Integer.MAX_VALUE, EnumSet.of(EntityType.PERSON)).isEmpty()) {
            back--;
        }
        return back;
    }

    /** Whether an entity of the kinds is named before word {@code before} of sentence s right after a preposition ("in Australia"). */
    private static boolean partyAfterPreposition(DocumentEntities result, List<CoreLabel> tokens, int s, int before, Set<EntityType> types) {
        for (int t = 1; t < Math.min(before, result.tokenCount(s)); t++) {
            Entity e = result.at(s, t);
            if (e != null && types.contains(e.type()) && result.at(s, t - 1) != e && "IN".equals(tokens.get(t - 1).tag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase at {@code article} follows "and" after "between" and one noun phrase of at most six words with no
     * verb, comma or preposition in it (a preposition may open another phrase: "between the owners of the league and").
     */
    private static boolean secondSideOfBetween(List<CoreLabel> tokens, int article) {
        if (article < 3 || !tokens.get(article - 1).word().equalsIgnoreCase("and")) {
            return false;
        }
        for (int k = article - 2; k >= Math.max(0, article - 8); k--) {
            String tag = tokens.get(k).tag();
            if (tokens.get(k).word().equalsIgnoreCase("between")) {
                return k < article - 2;
            }
            if (tag == null || tag.startsWith("VB") || tag.equals(",") || tag.equals("IN")) {
                return false;
            }
        }
        return false;
    }

    /** Entities of a type mentioned before a token, in order of first appearance. */
    private static Set<Entity> entitiesBefore(DocumentEntities result, int sentence, int beforeToken, Set<EntityType> types) {
        Set<Entity> found = new LinkedHashSet<>();
        int n = Math.min(beforeToken, result.tokenCount(sentence));
        for (int t = 0; t < n; t++) {
            Entity e = result.at(sentence, t);
            if (e != null && types.contains(e.type())) {
                found.add(e);
            }
        }
        return found;
    }

}
