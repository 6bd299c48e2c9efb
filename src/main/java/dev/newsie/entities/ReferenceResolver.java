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
    /** Titles that name whoever leads the holder ("the Chilean leader", "the U.N. chief"), whatever the person's title. */
    private final Set<String> leaderTitles;

    ReferenceResolver(Settings settings, List<String> titleWords) {
        this.titles = ModelFiles.lowercaseLines(titleWords);
        this.personPronouns = settings.lowercaseWords("person.pronouns");
        this.pronounWindow = settings.number("pronoun.window", 0, 10);
        this.orgPronouns = settings.lowercaseWords("organization.pronouns");
        this.orgDescriptions = settings.lowercaseWords("organization.descriptions");
        this.orgWindow = settings.number("organization.window", 0, 10);
        this.leaderTitles = settings.lowercaseWords("description.leader.titles");
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
        Map<Object, Map<String, Set<Entity>>> heldTitles = types.contains(EntityType.PERSON) ? titlesByHolder(result, sentences) : Map.of();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                String word = token.word().toLowerCase(Locale.ROOT);
                if (result.at(s, t) != null) {
                    continue;
                }
                int titleEnd = word.equals("the") ? titleAfter(tokens, t) : -1;
                Entity person = titleEnd > 0 && result.at(s, titleEnd - 1) == null
                        ? describedPerson(result, tokens, s, t, titleEnd, titled, heldTitles) : null;
                if (person != null) {
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

    /**
     * The one person "the [holder] TITLE" stands for: with a holder ("the Chilean president", "the U.N. chief"), the
     * one person named with that title of that holder, or with any title of it for a leader word ("the Chilean
     * leader" after "Chilean President Gabriel Boric"); without one, the one person named right after that title.
     */
    private Entity describedPerson(DocumentEntities result, List<CoreLabel> tokens, int s, int the, int titleEnd,
                                   Map<String, Set<Entity>> titled, Map<Object, Map<String, Set<Entity>>> heldTitles) {
        String title = tokens.get(titleEnd - 1).word().toLowerCase(Locale.ROOT);
        Object holder = null;
        for (int k = the + 1; k < titleEnd - 1; k++) {
            holder = holderAt(result, s, k) != null ? holderAt(result, s, k) : holder;
        }
        Set<Entity> candidates;
        if (holder == null) {
            candidates = titled.getOrDefault(title, Set.of());
        } else if (leaderTitles.contains(title)) {
            candidates = new LinkedHashSet<>();
            heldTitles.getOrDefault(holder, Map.of()).values().forEach(candidates::addAll);
        } else {
            candidates = heldTitles.getOrDefault(holder, Map.of()).getOrDefault(title, Set.of());
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /**
     * Holder -> title word -> the persons named right after that title of that holder: "Chilean President Gabriel
     * Boric" (Chile, president), "U.N. Secretary-General Antonio Guterres", "Russia's Foreign Minister Sergei Lavrov".
     */
    private Map<Object, Map<String, Set<Entity>>> titlesByHolder(DocumentEntities result, List<CoreMap> sentences) {
        Map<Object, Map<String, Set<Entity>>> out = new HashMap<>();
        for (Entity e : result.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || m.firstToken() == 0) {
                    continue;
                }
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                String title = tokens.get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT);
                if (!titles.contains(title)) {
                    continue;
                }
                // back over the rest of the title ("Foreign", "Secretary") and a possessive to the holder
                for (int k = m.firstToken() - 2; k >= 0 && k >= m.firstToken() - 5; k--) {
                    Object holder = holderAt(result, m.sentence(), k);
                    if (holder != null) {
                        out.computeIfAbsent(holder, h -> new HashMap<>()).computeIfAbsent(title, x -> new LinkedHashSet<>()).add(e);
                        break;
                    }
                    if (result.at(m.sentence(), k) != null) {
                        break;
                    }
                    String tag = tokens.get(k).tag();
                    if (tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("HYPH"))) {
                        break;
                    }
                }
            }
        }
        return out;
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
