package dev.newsie.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Merges a document's person mentions into one PERSON entity per person. */
final class PersonGrouping {
    private PersonGrouping() {
    }

    /**
     * All mentions of one person become one entity named by the fullest form: a shorter mention joins
     * a longer name whose first or last words it repeats ("Putin", "Vladimir" -> "Vladimir Putin").
     * When several names fit, the one named most recently before the mention wins; but a surname that both a name
     * with a generational suffix and one without share ("Trump": "Donald Trump", "Donald Trump Jr.") goes to the one
     * the document named first, its subject. A surname that a relative introduced by a kin word shares with another name
     * goes to the other ({@link #relatives}). A shorter full name does not join a relative's namesake (see
     * {@link #namesakes}); a one-word surname no name ends in may be a paternal surname ({@link #paternalSurnameOf}). A
     * given name with a surname it shares with the next name ({@code sharedSurnames}: "Cian and Rory Doyle") is named in full.
     */
    static void link(DocumentEntities result, List<Mention> persons, Map<String, Set<String>> namesakes, Set<String> suffixes,
                     Map<String, Integer> relatives, Map<Mention, String> sharedSurnames) {
        List<Mention> byLength = new ArrayList<>(persons);
        byLength.sort(Comparator.comparingInt((Mention m) -> -words(sharedSurnames.getOrDefault(m, m.text())).size()).thenComparingInt(Mention::start));
        List<Entity> people = new ArrayList<>();
        for (Mention m : byLength) {
            // "Cian" of "the brothers Cian and Rory Doyle" is Cian Doyle
            List<String> w = words(sharedSurnames.getOrDefault(m, m.text()));
            boolean bySuffix = false;
            boolean byName = false;
            List<Entity> fits = new ArrayList<>();
            for (Entity person : people) {
                List<String> fuller = words(person.name());
                // "Marcos" may be "Ferdinand Marcos Jr." as well as "Ferdinand Marcos"
                boolean surnameBeforeSuffix = w.size() == 1 && fuller.size() >= 3 && suffixes.contains(fuller.get(fuller.size() - 1))
                        && fuller.get(fuller.size() - 2).equals(w.get(0));
                if (!joins(w, fuller) && !surnameBeforeSuffix || namesakeOf(w, fuller, namesakes.get(person.name()))) {
                    continue; // "Nicolás Maduro" is not his son "Nicolás Maduro Guerra", nor "Ferdinand Marcos" "Ferdinand Marcos Jr."
                }
                fits.add(person);
                bySuffix |= surnameBeforeSuffix;
                byName |= !surnameBeforeSuffix;
            }
            // "Dan" after "President Nicușor Dan" and "Commissioner Dan Jørgensen": the news calls a person by the
            // surname, so a name ending in the word wins over one that only starts with it, unless that one is written
            // family name first ("Kim" of "Kim Jong Un", "Lee" of "Lee Jae-myung")
            if (w.size() == 1 && fits.stream().anyMatch(p -> endsWith(p, w.get(0), suffixes))
                    && fits.stream().anyMatch(p -> !endsWith(p, w.get(0), suffixes) && !familyNameFirst(p))) {
                fits = fits.stream().filter(p -> endsWith(p, w.get(0), suffixes) || familyNameFirst(p))
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            }
            // "Trump" after "Trump's daughter Tiffany Trump": not the relative, while another name fits
            List<Entity> candidates = w.size() == 1 ? unspared(fits, relatives, m.sentence()) : fits;
            Entity best = mostRecentBefore(candidates, m.start());
            if (bySuffix && byName) {
                best = fits.stream().min(Comparator.comparingInt(p -> p.mentions().stream().mapToInt(Mention::start).min().orElse(0)))
                        .orElse(best);
            }
            if (best == null && w.size() == 1) {
                best = paternalSurnameOf(people, w.get(0));
            }
            if (best == null) {
                best = Entity.named(EntityType.PERSON, String.join(" ", w));
                people.add(best);
                result.add(best);
            }
            result.link(best, m);
        }
    }

    /**
     * A name written family name first, as Korean and Chinese names are in the news: a given name of two words or a
     * hyphenated one after the first word ("Kim Jong Un", "Lee Jae-myung"); "Dan Jørgensen" is not.
     */
    private static boolean familyNameFirst(Entity person) {
        List<String> name = words(person.name());
        return name.size() >= 3 || name.size() == 2 && name.get(1).contains("-");
    }

    /** Whether a name ends in the word, before a generational suffix if it has one ("Ferdinand Marcos Jr.": "Marcos"). */
    private static boolean endsWith(Entity person, String word, Set<String> suffixes) {
        List<String> name = words(person.name());
        int last = name.size() > 2 && suffixes.contains(name.get(name.size() - 1)) ? name.size() - 2 : name.size() - 1;
        return name.get(last).equals(word);
    }

    /**
     * The fuller names that a shorter full name within them does not join, as a relative's namesake, with the words
     * that make the shorter name the relative's: a name with a generational suffix ("Ferdinand Marcos Jr.": any shorter
     * full name, an empty set), and a name right after a word for a child or parent whose possessor shares a word of it
     * ("Maduro's son, Nicolás Maduro Guerra": a shorter name with "Maduro"; "López Obrador's son, José Ramón López
     * Beltrán" is still "José Ramón"; "the victim's mother, Maria Lopez Garcia" is still "Maria Lopez").
     */
    static Map<String, Set<String>> namesakes(List<CoreMap> sentences, List<Mention> persons, Set<String> kinNouns, Set<String> suffixes) {
        Map<String, Set<String>> found = new HashMap<>();
        for (Mention m : persons) {
            List<String> w = words(m.text());
            if (w.size() < 2) {
                continue;
            }
            String name = String.join(" ", w);
            if (suffixes.contains(w.get(w.size() - 1))) {
                found.put(name, Set.of());
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            KinWord kin = kinWordBefore(tokens, m.firstToken());
            if (kin == null || kin.at() < 2 || !kin.in(kinNouns) || !"POS".equals(tokens.get(kin.at() - 1).tag())) {
                continue;
            }
            Set<String> shared = new HashSet<>();
            for (int k = kin.at() - 2; k >= 0 && "NNP".equals(tokens.get(k).tag()); k--) {
                if (w.contains(tokens.get(k).word())) {
                    shared.add(tokens.get(k).word()); // "Maduro('s son)"
                }
            }
            if (!shared.isEmpty() && !found.containsKey(name)) {
                found.put(name, shared);
            }
        }
        return found;
    }

    /**
     * The full names the document introduces right after a kin word with a possessor: "Trump's daughter Tiffany Trump",
     * "his son, Jared Kushner", "Trump's son-in-law Jared Kushner", "his older brother Henrik Vold", "his wife, the
     * sprinter Amara Okafor", "Siobhán Doyle, whose son, Oisín Doyle,". The news calls such a relative by the given name when the surname is another's ("Trump",
     * "Kushner" after the father), so a bare surname does not go to them when another name fits.
     */
    static Map<String, Integer> relatives(List<CoreMap> sentences, List<Mention> persons, Set<String> kinWords, int leadSentences) {
        Map<String, Integer> introducedIn = new java.util.TreeMap<>();
        for (Mention m : persons) {
            List<String> w = words(m.text());
            if (w.size() < 2) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            KinWord kin = kinWordBefore(tokens, m.firstToken());
            if (kin == null || !kin.in(kinWords)) {
                kin = kinWordBefore(tokens, apposedNounPhraseStart(tokens, m.firstToken())); // "his wife, the sprinter Amara Okafor"
            }
            int possessor = kin == null ? -1 : beforeAdjectives(tokens, kin.at() - 1);
            if (kin != null && possessor >= 0 && kin.in(kinWords)
                    && ("POS".equals(tokens.get(possessor).tag()) || "PRP$".equals(tokens.get(possessor).tag())
                    || "WP$".equals(tokens.get(possessor).tag()))) {
                introducedIn.merge(String.join(" ", w), m.sentence(), Math::min);
            }
        }
        // a relative the headline or lead introduces may be the story's own subject ("A jury convicted President Joe
        // Biden's son Hunter Biden ... Biden, 54, faces"), unless the text calls them by the given name alone ("His son
        // Jared"): later surnames may be theirs, but not the possessor that introduces them ("Trump's daughter Ivanka")
        Set<String> givenNamesAlone = new HashSet<>();
        persons.stream().map(m -> words(m.text())).filter(w -> w.size() == 1).forEach(w -> givenNamesAlone.add(w.get(0)));
        Map<String, Integer> spared = new java.util.TreeMap<>();
        introducedIn.forEach((name, sentence) -> spared.put(name,
                sentence < leadSentences && !givenNamesAlone.contains(words(name).get(0)) ? sentence : Integer.MAX_VALUE));
        return spared;
    }

    /**
     * Where "the" opens a noun phrase of common nouns and adjectives right before the name ("the sprinter" of "his wife,
     * the sprinter Amara Okafor"), or {@code first} when none does.
     */
    private static int apposedNounPhraseStart(List<CoreLabel> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && tokens.get(k).tag() != null && (tokens.get(k).tag().matches("NNS?|JJ.*|HYPH"))) {
            k--;
        }
        return k >= 1 && k < first - 1 && tokens.get(k).word().equalsIgnoreCase("the") && tokens.get(k - 1).word().equals(",") ? k : first;
    }

    /** The index at or before {@code at} past adjectives ("his older brother", "Trump's eldest son"), or -1. */
    private static int beforeAdjectives(List<CoreLabel> tokens, int at) {
        while (at >= 0 && tokens.get(at).tag() != null && tokens.get(at).tag().startsWith("JJ")) {
            at--;
        }
        return at;
    }

    /** Whether a bare surname in the sentence may not go to the person, a relative it must spare (see {@link #relatives}). */
    private static boolean sparedBy(Map<String, Integer> relatives, Entity person, int sentence) {
        return relatives.getOrDefault(person.name(), -1) >= sentence;
    }

    /** Of the persons a bare surname in the sentence fits, those it need not spare; all of them if it must spare each. */
    private static List<Entity> unspared(List<Entity> fits, Map<String, Integer> relatives, int sentence) {
        List<Entity> unspared = fits.stream().filter(p -> !sparedBy(relatives, p, sentence)).toList();
        return unspared.isEmpty() ? fits : unspared;
    }

    /** Of the persons, the one named most recently before the offset (the first of them if none was), or null for none. */
    private static Entity mostRecentBefore(List<Entity> persons, int offset) {
        Entity best = null;
        int bestOffset = -1;
        for (Entity person : persons) {
            int lastBefore = person.mentions().stream().mapToInt(Mention::start).filter(o -> o < offset).max().orElse(-1);
            if (best == null || lastBefore > bestOffset) {
                best = person;
                bestOffset = lastBefore;
            }
        }
        return best;
    }

    /**
     * The kin word right before a name ("his son, Jared"; "son-in-law", five tokens, as one word), its last part
     * ("ex-wife": "wife") and where it starts.
     */
    private record KinWord(int at, String word, String lastPart) {
        /** Whether the kin list has the word, or its last part ("ex-wife" as a "wife"). */
        boolean in(Set<String> kinWords) {
            return kinWords.contains(word) || kinWords.contains(lastPart);
        }
    }

    /** The word right before the name's first token, after a comma if one stands there, or null at the sentence's start. */
    private static KinWord kinWordBefore(List<CoreLabel> tokens, int first) {
        int kin = first - 1;
        if (kin >= 0 && tokens.get(kin).word().equals(",")) {
            kin--;
        }
        if (kin < 0) {
            return null;
        }
        // the tokenizer splits "son-in-law" and "half-brother" at their hyphens: the joined word is the kin word
        int start = kin;
        while (start >= 2 && tokens.get(start - 1).word().equals("-") && tokens.get(start - 1).beginPosition() == tokens.get(start - 2).endPosition()
                && tokens.get(start).beginPosition() == tokens.get(start - 1).endPosition()) {
            start -= 2;
        }
        StringBuilder word = new StringBuilder();
        for (int k = start; k <= kin; k++) {
            word.append(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
        return new KinWord(start, word.toString(), tokens.get(kin).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a shorter full name is another person than the fuller namesake (null: the fuller is no namesake). */
    private static boolean namesakeOf(List<String> shorter, List<String> fuller, Set<String> relativeWords) {
        if (relativeWords == null || shorter.size() < 2 || shorter.size() >= fuller.size() || !fuller.subList(0, shorter.size()).equals(shorter)) {
            return false;
        }
        return relativeWords.isEmpty() || shorter.stream().anyMatch(relativeWords::contains);
    }

    /**
     * A surname or given name the tagger missed, after the person was named in full: "Steve Jobs ... Jobs said" is
     * Steve Jobs. Only a capitalized word that no entity holds, that stands alone (no capitalized untagged word next
     * to it: "Jobs Act" is another name), after the first full mention; with several people of that name, the one
     * named most recently before it, but not a relative the bare surname spares while another fits (see {@link #relatives}).
     */
    static void linkMissedNames(Annotation doc, DocumentEntities result, List<CoreMap> sentences, Map<String, Integer> relatives) {
        List<Entity> fullNames = result.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && words(e.name()).size() >= 2).toList();
        if (fullNames.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                // "Yeşilgöz-Zegerius": a hyphenated surname comes as three tokens
                int end = hyphenatedEnd(tokens, t);
                String word = end == t + 1 ? token.word() : token.word() + "-" + tokens.get(end - 1).word();
                // "al-Sharaa" after "Ahmed al-Sharaa": a hyphenated surname may open with a particle in lower case
                boolean capitalized = !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
                        || end > t + 1 && Character.isUpperCase(tokens.get(end - 1).word().charAt(0)));
                if (result.at(s, t) != null || result.demonymAt(s, t) != null || !capitalized || !"NNP".equals(token.tag())
                        || end > t + 1 && (result.at(s, end - 1) != null || !"NNP".equals(tokens.get(end - 1).tag()))
                        || standsInAnotherName(result, tokens, s, t - 1) || standsInAnotherName(result, tokens, s, end)) {
                    continue;
                }
                Entity best = null;
                int bestOffset = -1;
                List<Entity> fits = fullNames.stream().filter(p -> words(p.name()).get(0).equals(word)
                        || words(p.name()).get(words(p.name()).size() - 1).equals(word)).toList();
                for (Entity person : unspared(fits, relatives, s)) {
                    int lastBefore = person.mentions().stream().filter(m -> !m.resolved()).mapToInt(Mention::start)
                            .filter(o -> o < token.beginPosition()).max().orElse(-1);
                    if (lastBefore >= 0 && lastBefore > bestOffset) {
                        best = person;
                        bestOffset = lastBefore;
                    }
                }
                if (best != null) {
                    result.link(best, Mention.named(doc, s, tokens.subList(t, end)));
                    t = end - 1;
                }
            }
        }
    }

    /** The end of a name word at t: after "X-Y" written without spaces (three tokens), else t + 1. */
    static int hyphenatedEnd(List<CoreLabel> tokens, int t) {
        if (t + 2 < tokens.size() && tokens.get(t + 1).word().equals("-")
                && tokens.get(t).endPosition() == tokens.get(t + 1).beginPosition()
                && tokens.get(t + 1).endPosition() == tokens.get(t + 2).beginPosition()) {
            return t + 3;
        }
        return t + 1;
    }

    /** A capitalized proper noun next to the word that is no entity: the word is part of a name newsie does not know. */
    private static boolean standsInAnotherName(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        if (t < 0 || t >= tokens.size()) {
            return false;
        }
        CoreLabel next = tokens.get(t);
        return result.at(s, t) == null && next.tag() != null && next.tag().startsWith("NNP") && !next.word().isEmpty()
                && Character.isUpperCase(next.word().charAt(0));
    }

    /**
     * The one name of three or more words whose second-to-last word is this one, or null: a Spanish or Portuguese name
     * ends in the father's and the mother's surname, and the news calls the person by the first of them ("Edmundo
     * González Urrutia" ... "González"). Only when no name ends in the word.
     */
    private static Entity paternalSurnameOf(List<Entity> people, String word) {
        List<Entity> fits = people.stream().filter(p -> {
            List<String> w = words(p.name());
            return w.size() >= 3 && w.get(w.size() - 2).equals(word);
        }).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    private static List<String> words(String name) {
        return List.of(name.strip().split("\\s+"));
    }

    private static boolean joins(List<String> shorter, List<String> fuller) {
        int n = shorter.size();
        if (n > fuller.size()) {
            return false;
        }
        if (fuller.subList(0, n).equals(shorter)) {
            return true;
        }
        // "Pieter van Houten ... Van Houten said": a surname's particle is capitalized where it opens a sentence or a name
        List<String> tail = fuller.subList(fuller.size() - n, fuller.size());
        for (int i = 0; i < n; i++) {
            String full = tail.get(i);
            String word = shorter.get(i);
            if (!full.equals(word) && !(i == 0 && Character.isLowerCase(full.charAt(0)) && full.equalsIgnoreCase(word))) {
                return false;
            }
        }
        return true;
    }
}
