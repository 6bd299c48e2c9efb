package dev.newsie.entities;

import dev.newsie.settings.Settings;
import dev.newsie.settings.SettingsException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether "he" or "she" may stand for a person, as far as the text tells: by an honorific before a name ("Mr", "Ms";
 * person.gender.*Honorifics) or else by the given name, from the table of given names CoreNLP ships in its models
 * (person.gender.namesResource; a name it lists as both is neither's, as is a name it does not list, and a word of
 * person.gender.notGenderWords: "Kim Jong Un", written surname first; the Italian "Andrea"). Used to choose among two
 * or more persons in reach ("Claire Whitmore met Chris Bowen. She said" is Whitmore) and, with the pronouns the story
 * took for a person ({@link #told}), to name a parent's side of a family tie ("father of", relations.ParentTriples).
 */
final class PersonGenders {
    enum Gender { MALE, FEMALE }

    private final Map<String, Gender> givenNames;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private final Set<String> ambiguousNames = new java.util.HashSet<>();
    private final Map<String, Gender> pronouns = new HashMap<>();
    private final Map<String, Gender> honorifics = new HashMap<>();

    PersonGenders(Settings settings) {
        Map<String, Gender> names = new HashMap<>(readNames(settings.text("person.gender.namesResource"), ambiguousNames));
        if (names.isEmpty()) {
            throw new SettingsException(settings.file() + ": setting 'person.gender.namesResource': "
                    + settings.text("person.gender.namesResource") + " lists no given name (lines \"name<TAB>MALE|FEMALE\")");
        }
        for (String word : settings.lowercaseWords("person.gender.notGenderWords")) {
            names.remove(folded(word));
            ambiguousNames.add(folded(word));
        }
        this.givenNames = Map.copyOf(names);
        settings.requireDisjoint("person.gender.malePronouns", "person.gender.femalePronouns");
        settings.requireDisjoint("person.gender.maleHonorifics", "person.gender.femaleHonorifics");
        settings.requireSubset("person.gender.malePronouns", "person.pronouns");
        settings.requireSubset("person.gender.femalePronouns", "person.pronouns");
        settings.lowercaseWords("person.gender.malePronouns").forEach(w -> pronouns.put(w, Gender.MALE));
        settings.lowercaseWords("person.gender.femalePronouns").forEach(w -> pronouns.put(w, Gender.FEMALE));
        settings.lowercaseWords("person.gender.maleHonorifics").forEach(w -> honorifics.put(w, Gender.MALE));
        settings.lowercaseWords("person.gender.femaleHonorifics").forEach(w -> honorifics.put(w, Gender.FEMALE));
    }

    /** The persons a pronoun may stand for: those whose gender is unknown or the pronoun's (all for a pronoun of none). */
    Set<Entity> fitting(Set<Entity> persons, String pronoun, List<CoreMap> sentences) {
        Gender wanted = pronouns.get(pronoun.toLowerCase(Locale.ROOT));
        Set<Entity> fit = new LinkedHashSet<>();
        for (Entity person : persons) {
            Gender gender = wanted == null ? null : of(person, sentences);
            if (gender == null || gender == wanted) {
                fit.add(person);
            }
        }
        return fit;
    }

    /** Whether the table lists the word as a given name (of either gender, or both). */
    boolean isGivenName(String word) {
        String lower = folded(word);
        return givenNames.containsKey(lower) || ambiguousNames.contains(lower);
    }

    /** The gender of a person pronoun ("she"), or null for a word that is none. */
    Gender ofPronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A person's gender by an honorific before one of its names, else by its given name (a hyphenated one the table
     * lacks by its two parts, when they agree); null when unknown.
     */
    Gender of(Entity person, List<CoreMap> sentences) {
        Gender byHonorific = byHonorific(person, sentences);
        Gender byName = byHonorific != null ? byHonorific : byGivenName(person);
        return byName != null ? byName : byPronouns(person);
    }

    /**
     * A person's gender as the story tells it, for output: an honorific before one of its names, else its given name and
     * the pronouns taken for it where they agree (or one alone); null when unknown or they disagree ("Alexis Tsipras ...
     * his son": the table's "Alexis" is no evidence against "his").
     */
    Gender told(Entity person, List<CoreMap> sentences) {
        Gender byHonorific = byHonorific(person, sentences);
        if (byHonorific != null) {
            return byHonorific;
        }
        Gender byName = byGivenName(person);
        Gender byPronouns = byPronouns(person);
        return byName == null ? byPronouns : byPronouns == null || byPronouns == byName ? byName : null;
    }

    private Gender byHonorific(Entity person, List<CoreMap> sentences) {
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.firstToken() > 0) {
                List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
                Gender byTitle = honorifics.get(tokens.get(m.firstToken() - 1).word().replace(".", "").toLowerCase(Locale.ROOT));
                if (byTitle != null) {
                    return byTitle;
                }
            }
        }
        return null;
    }

    /**
     * The gender of the pronouns already taken for a person whose name says none ("Prime Minister KP Sharma Oli invited
     * her to his office"), when they agree; null when there are none or they disagree.
     */
    private Gender byPronouns(Entity person) {
        Gender found = null;
        for (Mention m : person.mentions()) {
            Gender g = m.kind() == Mention.Kind.PRONOUN ? ofPronoun(m.text()) : null;
            if (g != null && found != null && g != found) {
                return null;
            }
            found = g != null ? g : found;
        }
        return found;
    }

    private Gender byGivenName(Entity person) {
        String[] words = person.name().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String given = folded(words[0]);
        // "Marie-Claire", "Karl-Theodor": a hyphenated given name the table lacks goes by its parts, unless they disagree
        // (Korean syllables such as "Hee" say nothing alone: person.gender.notGenderWords)
        int hyphen = given.indexOf('-');
        if (givenNames.containsKey(given) || hyphen < 1) {
            return givenNames.get(given);
        }
        Gender first = givenNames.get(given.substring(0, hyphen));
        Gender second = givenNames.get(given.substring(hyphen + 1));
        return first == null ? second : second == null || second == first ? first : null;
    }

    /** Lower case without accents: the table lists "andres", "lucia", "jose"; the news writes "Andrés", "Lucía", "José". */
    private static String folded(String word) {
        return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Lines "name<TAB>MALE|FEMALE"; other lines are skipped, and a name given both genders has neither. */
    private static Map<String, Gender> readNames(String resource, Set<String> both) {
        InputStream in = PersonGenders.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("person.gender.namesResource: " + resource + " is not on the class path (CoreNLP's models jar)");
        }
        Map<String, Gender> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] fields = line.trim().split("\t");
                if (fields.length != 2 || !fields[1].equals("MALE") && !fields[1].equals("FEMALE")) {
                    continue;
                }
                String name = folded(fields[0]);
                Gender gender = Gender.valueOf(fields[1]);
                if (names.containsKey(name) && names.get(name) != gender) {
                    both.add(name);
                }
                names.put(name, gender);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        both.forEach(names::remove);
        return names;
    }
}
