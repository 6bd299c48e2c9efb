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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the tagger found once is that organization's or person's wherever the story repeats it: the tagger decides
 * sentence by sentence and often finds "Bolt" in the headline but not in "Markus Villig, who founded Bolt in 2013", or
 * "Świątek" in one sentence and not the next (one name, one sense in one story). Only the exact words of a name the
 * entity was found by, where they stand untagged (the tagger saw no name of another kind there; a place inside a name
 * of several words does not count), as a proper noun (or
 * an acronym), and alone: no capitalized word next to them that no entity holds ("Bolt Street" is another name). Not a
 * one-word name that is a word of a name of the other type ("Ford" beside Bill Ford, "Villa" beside Aston Villa), nor a
 * name two entities were found by (two Castros), nor in a headline; a one-word person's name only when the tagger found
 * it in two sentences or more. A one-word organization's name found in two sentences or more is that organization's
 * where the tagger takes it for a place too ("Lumora said ... Lumora denied ... an investigation into Lumora").
 */
final class NameRepeats {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    private static final Set<String> QUOTE_OPENS = Set.of("``", "\"", "\u201C", "'", "`");
    private static final Set<String> QUOTE_CLOSES = Set.of("''", "\"", "\u201D", "'");

    private NameRepeats() {
    }

    /** Links the untagged repeats of the names of the entities of a type, PERSON or ORGANIZATION. */
    static void link(Annotation doc, DocumentEntities result, List<CoreMap> sentences, EntityType type, Set<String> classNouns,
                     Set<String> placePrepositions, Set<String> ownedAfterNouns, Set<Integer> headlines) {
        Map<List<String>, Entity> byWords = namesOf(result, sentences, type);
        if (byWords.isEmpty()) {
            return;
        }
        Set<List<String>> namedTwice = type == EntityType.ORGANIZATION ? namedInTwoSentences(result, sentences, byWords) : Set.of();
        // words the story also writes in lower case are common nouns where they open a sentence ("Reform of the system");
        // only an organization's one-word name is read there
        Set<String> lowerCaseWords = new HashSet<>();
        for (CoreMap sentence : type == EntityType.ORGANIZATION ? sentences : List.<CoreMap>of()) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!token.word().isEmpty() && Character.isLowerCase(token.word().charAt(0))) {
                    lowerCaseWords.add(token.word());
                }
            }
        }
        List<List<String>> longestFirst = new ArrayList<>(byWords.keySet());
        longestFirst.sort(Comparator.comparingInt((List<String> w) -> -w.size()).thenComparing(Object::toString));
        for (int s = 0; s < sentences.size(); s++) {
            if (headlines.contains(s)) {
                continue; // a headline's capitals hide which words stand alone ("Hunt for Survivors Goes On")
            }
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                boolean placeReading = placeReading(tokens, t, placePrepositions, ownedAfterNouns);
                for (List<String> words : longestFirst) {
                    int end = t + words.size();
                    // an organization's one-word name opening a sentence, where the tagger may read it as a common noun,
                    // before its verb ("Vestkraft is majority-owned by ...")
                    boolean opening = type == EntityType.ORGANIZATION && t == 0 && words.size() == 1 && tokens.size() > 1
                            && tokens.get(1).tag() != null && (tokens.get(1).tag().startsWith("VB") || tokens.get(1).tag().equals("MD"))
                            && !lowerCaseWords.contains(words.get(0).toLowerCase(java.util.Locale.ROOT));
                    if (end <= tokens.size() && untaggedRepeat(result, tokens, s, t, words, classNouns, placeReading, namedTwice.contains(words), opening)) {
                        for (Mention country : countriesInside(result, s, t, end)) {
                            result.unlink(result.at(s, country.firstToken()), country);
                        }
                        result.link(byWords.get(words), Mention.named(doc, s, tokens.subList(t, end)));
                        t = end - 1;
                        break;
                    }
                }
            }
        }
    }

    /** The mentions of countries wholly inside tokens [start, end) of a sentence. */
    private static List<Mention> countriesInside(DocumentEntities result, int s, int start, int end) {
        List<Mention> inside = new ArrayList<>();
        for (Entity e : result.entities()) {
            for (Mention m : e.type() == EntityType.COUNTRY ? e.mentions() : List.<Mention>of()) {
                if (m.sentence() == s && m.firstToken() >= start && m.endToken() <= end) {
                    inside.add(m);
                }
            }
        }
        return inside;
    }

    /** Of those names, the ones their entity was found by in two sentences or more. */
    private static Set<List<String>> namedInTwoSentences(DocumentEntities result, List<CoreMap> sentences, Map<List<String>, Entity> byWords) {
        Map<List<String>, Set<Integer>> where = new HashMap<>();
        for (Map.Entry<List<String>, Entity> name : byWords.entrySet()) {
            for (Mention m : name.getValue().mentions()) {
                List<String> words = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class)
                        .subList(m.firstToken(), m.endToken()).stream().map(CoreLabel::word).toList();
                if (!m.resolved() && words.equals(name.getKey())) {
                    where.computeIfAbsent(name.getKey(), w -> new HashSet<>()).add(m.sentence());
                }
            }
        }
        Set<List<String>> namedTwice = new HashSet<>();
        where.forEach((words, at) -> {
            if (at.size() >= 2) {
                namedTwice.add(words);
            }
        });
        return namedTwice;
    }

    /** The words of each entity's names as written where it was found by name, each held by one entity of the type. */
    private static Map<List<String>, Entity> namesOf(DocumentEntities result, List<CoreMap> sentences, EntityType type) {
        EntityType other = type == EntityType.PERSON ? EntityType.ORGANIZATION : EntityType.PERSON;
        Set<String> otherWords = new HashSet<>();
        for (Entity e : result.entities()) {
            if (e.type() == other) {
                for (Mention m : e.mentions()) {
                    if (!m.resolved()) {
                        otherWords.addAll(List.of(m.text().split("\\s+")));
                    }
                }
            }
        }
        Map<List<String>, Entity> byWords = new HashMap<>();
        Set<List<String>> shared = new HashSet<>();
        for (Entity named : result.entities()) {
            if (named.type() != type) {
                continue;
            }
            // a one-word person the tagger found in one sentence only may be its slip ("Julian Dunkerton founded
            // Superdry"): two sentences make the name sure enough to spread
            long namingSentences = named.mentions().stream().filter(m -> !m.resolved()).mapToInt(Mention::sentence).distinct().count();
            if (type == EntityType.PERSON && !named.name().contains(" ") && namingSentences < 2) {
                continue;
            }
            for (Mention m : named.mentions()) {
                if (m.resolved()) {
                    continue;
                }
                List<String> words = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class)
                        .subList(m.firstToken(), m.endToken()).stream().map(CoreLabel::word).toList();
                if (!Character.isUpperCase(words.get(0).charAt(0)) || words.size() == 1 && otherWords.contains(words.get(0))) {
                    continue;
                }
                Entity before = byWords.putIfAbsent(words, named);
                if (before != null && before != named) {
                    shared.add(words);
                }
            }
        }
        shared.forEach(byWords::remove);
        return byWords;
    }

    private static boolean untaggedRepeat(DocumentEntities result, List<CoreLabel> tokens, int s, int t, List<String> words,
                                          Set<String> classNouns, boolean placeReading, boolean namedTwice, boolean opening) {
        // the whole of a name of several words is the name, even where the tagger took some of it for a place
        // ("Atlantic Strait Ferries": "Atlantic" a LOCATION), as long as its place does not run on past the name; so is
        // a one-word organization's name the tagger found in two sentences or more ("an investigation into Lumora"),
        // but for the place it also names, after "the" or a place's preposition ("landed in Barcelona", "the Amazon")
        boolean several = words.size() > 1;
        for (int k = 0; k < words.size(); k++) {
            CoreLabel token = tokens.get(t + k);
            boolean taggerFree = "O".equals(token.ner()) || "MISC".equals(token.ner())
                    || (several || namedTwice && !placeReading) && "LOCATION".equals(token.ner());
            if (!token.word().equals(words.get(k)) || result.at(s, t + k) != null && !several || result.demonymAt(s, t + k) != null || !taggerFree) {
                return false;
            }
        }
        // a country's name inside a name of several words is the name's ("Jamaica Light and Power, the island's only grid
        // operator"), but no other entity's there
        int held = 0;
        for (Mention m : countriesInside(result, s, t, t + words.size())) {
            held += m.endToken() - m.firstToken();
        }
        for (int k = t; k < t + words.size(); k++) {
            held -= result.at(s, k) != null ? 1 : 0;
        }
        if (held != 0) {
            return false;
        }
        if (several && t + words.size() < tokens.size() && "LOCATION".equals(tokens.get(t + words.size()).ner())) {
            return false;
        }
        String tag = tokens.get(t).tag();
        // the tagger calls an acronym a common noun as often as not ("a drilling engineer with BAS")
        boolean properNoun = tag != null && (tag.startsWith("NNP") || tag.startsWith("NN") && ACRONYM.matcher(tokens.get(t).word()).matches()
                || opening && tag.equals("NN"));
        int end = t + words.size();
        // a name of several capitalized words is a name whatever the tagger calls its words ("sell Golden Wok": JJ NN)
        properNoun |= several && Character.isUpperCase(tokens.get(t).word().charAt(0)) && Character.isUpperCase(tokens.get(end - 1).word().charAt(0));
        return properNoun && !capitalizedOutsideEntities(result, tokens, s, t - 1)
                && !capitalizedOutsideEntities(result, tokens, s, end) && !modifiesANoun(tokens, end, classNouns) && !quoted(tokens, t, end);
    }

    /** After "the" or a place's preposition ({@link #afterPlacePreposition}). */
    private static boolean placeReading(List<CoreLabel> tokens, int t, Set<String> placePrepositions, Set<String> ownedAfterNouns) {
        return t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("the") || afterPlacePreposition(tokens, t, placePrepositions, ownedAfterNouns);
    }

    /**
     * Whether the word at t comes right after a place's preposition (organization.placePrepositions), but for "in" after
     * a noun of ownership ("shares in Nordhavn", "a stake in Pedalo": organization.ownedAfterNouns, lemmas), which names
     * a company.
     */
    static boolean afterPlacePreposition(List<CoreLabel> tokens, int t, Set<String> placePrepositions, Set<String> ownedAfterNouns) {
        String before = t > 0 ? tokens.get(t - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        String owned = t > 1 && tokens.get(t - 2).lemma() != null ? tokens.get(t - 2).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        return placePrepositions.contains(before) && !(before.equals("in") && ownedAfterNouns.contains(owned));
    }

    /**
     * "Airbus A320 jets", "RAF airtanker": a name before a common noun or a number names a thing of it; not before a
     * class noun of organizations (organization.appositive.nouns), which says it is the organization ("the GMB union").
     */
    private static boolean modifiesANoun(List<CoreLabel> tokens, int end, Set<String> classNouns) {
        String tag = end < tokens.size() && tokens.get(end).tag() != null ? tokens.get(end).tag() : "";
        return (tag.equals("NN") || tag.equals("NNS") || tag.equals("CD")) && !classNouns.contains(tokens.get(end).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** A name in quotation marks is a coined term as often as a name ("a ``New GM''"). */
    private static boolean quoted(List<CoreLabel> tokens, int start, int end) {
        return start > 0 && end < tokens.size() && QUOTE_OPENS.contains(tokens.get(start - 1).word())
                && QUOTE_CLOSES.contains(tokens.get(end).word());
    }

    /** A capitalized proper noun or adjective no entity holds: a word of a longer name newsie does not know. */
    private static boolean capitalizedOutsideEntities(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        return t >= 0 && t < tokens.size() && result.at(s, t) == null && EntityExtractor.capitalizedName(tokens.get(t));
    }
}
