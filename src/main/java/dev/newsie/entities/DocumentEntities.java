package dev.newsie.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entities of one document and, per sentence, which token belongs to which entity.
 * Demonyms stay latent until a relation uses one; only then do they become a COUNTRY mention.
 */
public final class DocumentEntities {
    private final List<Entity> entities = new ArrayList<>();
    private final List<Entity[]> entityByToken = new ArrayList<>();
    private final List<DemonymMatch[]> demonymByToken = new ArrayList<>();
    private final Map<String, Entity> countryByIso3 = new HashMap<>();
    /** A person's gender as the story tells it (an honorific, a given name, the pronouns taken for them): true for female. */
    private Function<Entity, Boolean> femaleByPerson = person -> null;
    /** Per sentence, the end of the source phrase that opens it ("According to Reuters,"), or 0. */
    private final int[] sourcePhraseEnds;

    DocumentEntities(List<Integer> sentenceLengths) {
        for (int n : sentenceLengths) {
            entityByToken.add(new Entity[n]);
            demonymByToken.add(new DemonymMatch[n]);
        }
        sourcePhraseEnds = new int[sentenceLengths.size()];
    }

    void tellGenders(Function<Entity, Boolean> femaleByPerson) {
        this.femaleByPerson = femaleByPerson;
    }

    /** Whether the story tells the person is a woman (true), a man (false), or neither (null), by its mentions now. */
    public Boolean isFemale(Entity person) {
        return femaleByPerson.apply(person);
    }

    /** Marks tokens 0..end (exclusive) of the sentence as the phrase that names the source of what it says. */
    void markSourcePhrase(int sentence, int end) {
        sourcePhraseEnds[sentence] = end;
    }

    /**
     * Whether a token lies in the source phrase of its sentence ("According to the newspaper L'Equipe, the club has
     * approached ...") while {@code from}, a later word of the sentence, lies after it: the source is no antecedent of
     * what the sentence then says.
     */
    boolean inSourcePhraseBefore(int sentence, int token, int from) {
        int end = sourcePhraseEnds[sentence];
        return token < end && from >= end;
    }

    /** Whether the sentence's source phrase ends with its comma at {@code token} ("According to Reuters[,]"). */
    boolean endsSourcePhrase(int sentence, int token) {
        return sourcePhraseEnds[sentence] > 0 && sourcePhraseEnds[sentence] == token;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The entity a token names, or null. */
    public Entity at(int sentence, int token) {
        Entity[] row = entityByToken.get(sentence);
        return token >= 0 && token < row.length ? row[token] : null;
    }

    /** The first token of the run of tokens, ending at or through {@code token}, that name the same entity as it. */
    public int nameStart(int sentence, int token) {
        Entity named = at(sentence, token);
        int start = token;
        while (named != null && start > 0 && at(sentence, start - 1) == named) {
            start--;
        }
        return start;
    }

    /** The token after the run of tokens, starting at or through {@code token}, that name the same entity as it. */
    public int nameEnd(int sentence, int token) {
        Entity named = at(sentence, token);
        int end = token + 1;
        while (named != null && at(sentence, end) == named) {
            end++;
        }
        return end;
    }

    /** The demonym a token is part of, or null. */
    public DemonymMatch demonymAt(int sentence, int token) {
        DemonymMatch[] row = demonymByToken.get(sentence);
        return token >= 0 && token < row.length ? row[token] : null;
    }

    public int tokenCount(int sentence) {
        return entityByToken.get(sentence).length;
    }

    public int sentenceCount() {
        return entityByToken.size();
    }

    void add(Entity entity) {
        entities.add(entity);
        if (entity.country() != null) {
            countryByIso3.put(entity.country().iso3(), entity);
        }
    }

    /** The document's entity of a country, or null when the document does not name it. */
    public Entity countryEntity(Country country) {
        return countryByIso3.get(country.iso3());
    }

    void link(Entity entity, Mention mention) {
        entity.addMention(mention);
        Entity[] row = entityByToken.get(mention.sentence());
        for (int t = mention.firstToken(); t < mention.endToken(); t++) {
            row[t] = entity;
        }
    }

    /** Takes back a mention linked to the wrong entity (a pronoun read before the sentence was parsed). */
    void unlink(Entity entity, Mention mention) {
        entity.removeMention(mention);
        Entity[] row = entityByToken.get(mention.sentence());
        for (int t = mention.firstToken(); t < mention.endToken(); t++) {
            if (row[t] == entity) {
                row[t] = null;
            }
        }
    }

    void addDemonym(DemonymMatch match) {
        Mention m = match.mention();
        DemonymMatch[] row = demonymByToken.get(m.sentence());
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            row[t] = match;
        }
    }

    /** Turns a demonym into a mention of its country (created if the text names it nowhere else). */
    public Entity activate(DemonymMatch match) {
        Entity country = countryEntity(match.country());
        if (country == null) {
            country = Entity.country(match.country());
            add(country);
        }
        link(country, match.mention());
        return country;
    }

    /** Moves every mention of one entity to another ("GM" is General Motors; "Tusk" tagged an organization is the person). */
    void moveMentions(Entity from, Entity to) {
        for (Mention m : List.copyOf(from.mentions())) {
            unlink(from, m);
            link(to, m);
        }
    }

    /** Takes back {@link #activate}: the demonym is latent again (its mention no longer the country's). */
    public void deactivate(DemonymMatch match) {
        Entity country = countryEntity(match.country());
        if (country != null) {
            unlink(country, match.mention());
        }
    }

    /**
     * The first latent word of the country in the text (a demonym, "Dutch", or a seat of government used as the state,
     * "Moscow"; see {@link ActorCountries#markLatent}) that is no part of another entity's name, or null.
     */
    public DemonymMatch firstDemonym(Country country) {
        for (int s = 0; s < demonymByToken.size(); s++) {
            DemonymMatch[] row = demonymByToken.get(s);
            for (int t = 0; t < row.length; t++) {
                if (row[t] != null && row[t].country().iso3().equals(country.iso3()) && entityByToken.get(s)[t] == null) {
                    return row[t];
                }
            }
        }
        return null;
    }

    /** Orders entities by first mention and numbers them e1, e2, ...: stable for the same input. */
    public void assignIds() {
        entities.removeIf(e -> e.mentions().isEmpty());
        entities.sort(Comparator.comparingInt(Entity::firstOffset).thenComparing(e -> e.type().ordinal()));
        for (int i = 0; i < entities.size(); i++) {
            entities.get(i).assignId("e" + (i + 1));
        }
    }
}
