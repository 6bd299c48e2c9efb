package dev.newsie.entities;

import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links pronouns ("he", "it") and descriptions ("the company", "the Prime Minister") to the entity they
 * stand for, once a document's names are all linked: only where one entity is plainly meant.
 */
final class ReferenceResolver {
    /** Role nouns ("president", "minister"): "the Prime Minister" can stand for the one person named with that title. */
    private final Set<String> titles;
    private final Set<String> personPronouns;
    private final int pronounWindow;
    private final Set<String> orgPronouns;
    private final Set<String> orgDescriptions;
    private final int orgWindow;

    ReferenceResolver(Settings settings, List<String> titleWords) {
        this.titles = ModelFiles.lowercaseLines(titleWords);
        this.personPronouns = settings.lowercaseWords("person.pronouns");
        this.pronounWindow = settings.number("pronoun.window", 0, 10);
        this.orgPronouns = settings.lowercaseWords("organization.pronouns");
        this.orgDescriptions = settings.lowercaseWords("organization.descriptions");
        this.orgWindow = settings.number("organization.window", 0, 10);
    }

    /** The tagger sometimes tags a pronoun as a PERSON: it is a reference, not a name. */
    boolean isPersonPronoun(String text) {
        return personPronouns.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * References resolved where it is cheap and safe. "he"/"she" stand for the one person in reach (with two or
     * more, nothing is guessed). "it"/"its" and "the company"-style descriptions stand for the first organization
     * named earlier in their sentence, or else in the nearest sentence before that names one: the subject of a
     * news sentence comes first, and it is what the next sentence goes on about. When a country comes first,
     * "it" is left alone. "the Prime Minister" stands for the one person named right after that title.
     */
    void resolve(DocumentEntities result, List<CoreMap> sentences, Set<EntityType> types) {
        Map<String, Set<Entity>> titled = types.contains(EntityType.PERSON) ? titledPersons(result, sentences) : Map.of();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                String word = token.word().toLowerCase(Locale.ROOT);
                if (result.at(s, t) != null) {
                    continue;
                }
                int titleEnd = word.equals("the") ? titleAfter(tokens, t) : -1;
                if (titleEnd > 0 && titled.getOrDefault(tokens.get(titleEnd - 1).word().toLowerCase(Locale.ROOT), Set.of()).size() == 1
                        && result.at(s, titleEnd - 1) == null) {
                    Entity person = titled.get(tokens.get(titleEnd - 1).word().toLowerCase(Locale.ROOT)).iterator().next();
                    result.link(person, new Mention(text(sentences, s, token, tokens.get(titleEnd - 1)), token.beginPosition(),
                            tokens.get(titleEnd - 1).endPosition(), s, t, titleEnd, Mention.Kind.DESCRIPTION));
                } else if (types.contains(EntityType.PERSON) && personPronouns.contains(word)) {
                    Set<Entity> inReach = entitiesBefore(result, s, t, EnumSet.of(EntityType.PERSON));
                    for (int back = 1; inReach.isEmpty() && back <= pronounWindow && s - back >= 0; back++) {
                        inReach = entitiesBefore(result, s - back, Integer.MAX_VALUE, EnumSet.of(EntityType.PERSON));
                    }
                    if (inReach.size() == 1) {
                        result.link(inReach.iterator().next(), new Mention(token.originalText(), token.beginPosition(),
                                token.endPosition(), s, t, t + 1, Mention.Kind.PRONOUN));
                    }
                } else if (types.contains(EntityType.ORGANIZATION) && orgPronouns.contains(word)) {
                    // "it" is as often a country as a company: "Russia continues its confrontation"
                    Entity org = firstInReach(result, s, t, EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY));
                    if (org != null && org.type() == EntityType.COUNTRY || saidByCountry(result, tokens, s, t)) {
                        continue;
                    }
                    if (org != null) {
                        result.link(org, new Mention(token.originalText(), token.beginPosition(), token.endPosition(),
                                s, t, t + 1, Mention.Kind.PRONOUN));
                    }
                } else if (types.contains(EntityType.ORGANIZATION) && word.equals("the") && t + 1 < tokens.size()
                        && orgDescriptions.contains(tokens.get(t + 1).word().toLowerCase(Locale.ROOT))
                        && (t + 2 >= tokens.size() || !tokens.get(t + 2).tag().startsWith("NNP"))
                        && result.at(s, t + 1) == null) {
                    Entity org = firstInReach(result, s, t, EnumSet.of(EntityType.ORGANIZATION));
                    if (org != null) {
                        CoreLabel noun = tokens.get(t + 1);
                        result.link(org, new Mention(text(sentences, s, token, noun), token.beginPosition(), noun.endPosition(),
                                s, t, t + 2, Mention.Kind.DESCRIPTION));
                    }
                }
            }
        }
    }

    /**
     * "Iraq said it would ...", "Nigeria today announced that it will ...": "it" right after a verb (and "that")
     * whose subject is a country is that country saying what it does, whatever organization came before in the
     * sentence ("In a letter to the United Nations, Iraq said it would ..."). The relations read it off the parse.
     */
    private static boolean saidByCountry(DocumentEntities result, List<CoreLabel> tokens, int s, int it) {
        int k = it - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("that")) {
            k--;
        }
        if (k < 0 || tokens.get(k).tag() == null || !tokens.get(k).tag().startsWith("VB")) {
            return false;
        }
        k--;
        while (k >= 0 && (tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("RB")
                || result.at(s, k) != null && result.at(s, k).type() == EntityType.DATE)) {
            k--;
        }
        return k >= 0 && result.at(s, k) != null && result.at(s, k).type() == EntityType.COUNTRY;
    }

    /** Title word -> the persons named right after it ("Prime Minister Lee Hsien Loong", "Ryanair CEO Michael O'Leary"). */
    private Map<String, Set<Entity>> titledPersons(DocumentEntities result, List<CoreMap> sentences) {
        Map<String, Set<Entity>> out = new HashMap<>();
        for (Entity e : result.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.firstToken() > 0) {
                    CoreLabel before = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class).get(m.firstToken() - 1);
                    String title = before.word().toLowerCase(Locale.ROOT);
                    if (titles.contains(title)) {
                        out.computeIfAbsent(title, k -> new LinkedHashSet<>()).add(e);
                    }
                }
            }
        }
        return out;
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

    private static String text(List<CoreMap> sentences, int s, CoreLabel first, CoreLabel last) {
        CoreMap sentence = sentences.get(s);
        int offset = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        return sentence.get(CoreAnnotations.TextAnnotation.class).substring(first.beginPosition() - offset, last.endPosition() - offset);
    }

    /** The first entity of the given types named before the token in its sentence, else in the nearest sentence before. */
    private Entity firstInReach(DocumentEntities result, int s, int t, Set<EntityType> types) {
        for (int back = 0; back <= orgWindow && s - back >= 0; back++) {
            Set<Entity> found = entitiesBefore(result, s - back, back == 0 ? t : Integer.MAX_VALUE, types);
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
        }
        return null;
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
