package dev.newsie.entities;

import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds countries in a sentence's tokens by the country table: names and aliases become COUNTRY mentions,
 * demonyms ("Russian") are set aside for the relations, and phrases the table marks as no country
 * ("North America") hide the country name inside them.
 */
final class CountryMatcher {
    private final CountryTable countries;
    /** Last words of state institutions' names ("Treasury", "Air Force"): "US Treasury" names the US too. */
    private final Set<String> stateInstitutions;

    /** organization.demonym.regionAdjectives: a region's adjective that opens a body's name as a demonym does ("African"). */
    private final Set<String> regionAdjectives;

    CountryMatcher(CountryTable countries, List<String> institutionWords, Set<String> regionAdjectives) {
        this.countries = countries;
        this.stateInstitutions = ModelFiles.lowercaseLines(institutionWords);
        this.regionAdjectives = Set.copyOf(regionAdjectives);
    }

    boolean namesACountry(String text) {
        return countries.byName(text) != null;
    }

    /** Whether the word is a country's name or demonym ("Ukraine", "Ukrainian", "US"). */
    boolean namesOrQualifiesACountry(String word) {
        return countries.byName(word) != null || countries.byDemonym(word) != null;
    }

    /**
     * Whether a demonym right before an organization's name belongs to it: the name is a state institution's
     * ("Russian" "Foreign Ministry", "Philippine" "Coast Guard") and does not start with a country word itself.
     */
    boolean demonymOfInstitution(CoreLabel before, List<CoreLabel> org) {
        String last = org.get(org.size() - 1).word().toLowerCase(Locale.ROOT);
        return stateInstitutions.contains(last) && demonymRightBefore(before, org);
    }

    /** A demonym one space before a name that does not itself start with a country word. */
    private boolean demonymRightBefore(CoreLabel before, List<CoreLabel> org) {
        return countries.byDemonym(before.word()) != null && !namesOrQualifiesACountry(org.get(0).word())
                && before.endPosition() + 1 == org.get(0).beginPosition();
    }

    /**
     * Whether a demonym that opens a noun phrase belongs to the name of several capitalized words right after it:
     * "the Italian Red Cross", "the Canadian Federation of Independent Business" (the tagger tags the demonym as a
     * nationality and the rest as the name; news and its annotators name the whole). The name's head (its word before
     * "of"/"for", else its last) must be one of {@code heads}, an institution's (organization.demonym.nameHeads: "Cross",
     * "Federation"), not a company's brand ("the German Volkswagen Group", "the Swiss Credit Suisse" are the companies'
     * own names with their country); first and last words capitalized. Only after "the" or at the sentence's start, so
     * that "Lufthansa and German Red Cross volunteers" stays as it is; the name must not start with a country word. A
     * region's adjective opens such a name too ("the African Centre for Biodiversity").
     */
    boolean demonymOpeningName(CoreLabel opener, CoreLabel before, List<CoreLabel> org, Set<String> heads) {
        CoreLabel head = org.get(org.size() - 1);
        for (int i = 1; i < org.size(); i++) {
            String word = org.get(i).word();
            if (word.equals("of") || word.equals("for")) {
                head = org.get(i - 1);
                break;
            }
        }
        boolean region = regionAdjectives.contains(before.word()) && !namesOrQualifiesACountry(org.get(0).word())
                && before.endPosition() + 1 == org.get(0).beginPosition();
        return Character.isUpperCase(before.word().charAt(0)) && (opener == null || opener.word().equalsIgnoreCase("the"))
                && org.size() > 1 && heads.contains(head.word())
                && Character.isUpperCase(org.get(0).word().charAt(0)) && Character.isUpperCase(org.get(org.size() - 1).word().charAt(0))
                && (demonymRightBefore(before, org) || region);
    }

    /**
     * Longest country-table match at each token. A match is dropped where the tagger found a person
     * ("Jordan") or where it sits inside a longer organization name ("Bank of Korea"); but a one-word "person"
     * that is exactly a country's name is the country unless the document names someone with that word
     * ("The court summoned Israel" is no person Israel; "Jordan" after "Michael Jordan" stays his), and a person
     * found inside a longer country name is none ("Vincent" of "Saint Vincent and the Grenadines").
     */
    List<Mention> match(Annotation doc, DocumentEntities result, List<CoreLabel> tokens, int sentence,
                       List<Mention> persons, List<Mention> orgs, Set<String> wordsOfPersonNames) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        int demonymEnd = -1;
        while (i < tokens.size()) {
            int bestEnd = -1;
            boolean bestIsDemonym = false;
            boolean bestIsBlocked = false;
            for (int j = i; j < Math.min(tokens.size(), i + CountryTable.MAX_TOKENS); j++) {
                String span = text.substring(tokens.get(i).beginPosition(), tokens.get(j).endPosition()).replaceAll("\\s+", " ");
                if (countries.isNotACountry(span)) {
                    bestEnd = j + 1;
                    bestIsBlocked = true;
                } else if (countries.byName(span) != null) {
                    bestEnd = j + 1;
                    bestIsDemonym = false;
                    bestIsBlocked = false;
                } else if (countries.byDemonym(span) != null) {
                    bestEnd = j + 1;
                    bestIsDemonym = true;
                    bestIsBlocked = false;
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            if (bestIsBlocked) {
                i = bestEnd;
                continue;
            }
            int start = tokens.get(i).beginPosition();
            int end = tokens.get(bestEnd - 1).endPosition();
            Mention m = new Mention(text.substring(start, end), start, end, sentence, i, bestEnd, Mention.Kind.NAME);
            if (bestIsDemonym && demonymEnd == i) {
                // "Afghan Tajik leader", "Syrian Turkmen commander": a people of the first one's country, no second state
                demonymEnd = bestEnd;
            } else if (bestIsDemonym) {
                result.addDemonym(new DemonymMatch(countries.byDemonym(m.text().replaceAll("\\s+", " ")), m));
                demonymEnd = bestEnd;
            } else if (persons.stream().noneMatch(p -> overlaps(p, m)) && orgs.stream().noneMatch(o -> namesSomethingElse(o, m))) {
                found.add(m);
            } else if (bestEnd - i == 1 && !wordsOfPersonNames.contains(m.text())
                    && persons.removeIf(p -> p.start() == m.start() && p.end() == m.end())) {
                found.add(m);
            } else if (bestEnd - i > 1 && orgs.stream().noneMatch(o -> namesSomethingElse(o, m))
                    && persons.stream().filter(p -> overlaps(p, m)).allMatch(p -> within(p, m))) {
                // "Saint Vincent and the Grenadines": a person the tagger found inside a longer country's name is none
                persons.removeIf(p -> within(p, m));
                found.add(m);
            }
            i = bestEnd;
        }
        // the tagger sometimes calls a person's name what the table knows as a country: trust neither then
        persons.removeIf(p -> found.stream().anyMatch(c -> c.start() == p.start() && c.end() == p.end()));
        return found;
    }

    /** Whether a lies inside b and is shorter. */
    private static boolean within(Mention a, Mention b) {
        return b.start() <= a.start() && a.end() <= b.end() && a.end() - a.start() < b.end() - b.start();
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * A country inside a longer organization name is part of another name ("Air France", "Singapore Airlines"),
     * unless the organization is an institution of that state named after it ("US Treasury", "U.S. Air Force").
     */
    private boolean namesSomethingElse(Mention org, Mention country) {
        boolean inside = org.start() <= country.start() && country.end() <= org.end() && org.end() - org.start() > country.end() - country.start();
        if (!inside) {
            return false;
        }
        String[] words = org.text().split("\\s+");
        return org.start() != country.start() || !stateInstitutions.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** One COUNTRY entity per country, whichever name or alias a mention uses. */
    void link(DocumentEntities result, List<Mention> countryMentions) {
        for (Mention c : countryMentions) {
            Country country = countries.byName(c.text());
            Entity e = result.countryEntity(country);
            if (e == null) {
                e = Entity.country(country);
                result.add(e);
            }
            result.link(e, c);
        }
    }
}
