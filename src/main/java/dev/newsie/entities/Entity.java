package dev.newsie.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One real-world thing named in a document, with all its mentions. */
public final class Entity {
    private final EntityType type;
    private String name;
    private final String value;
    private final Country country;
    private final List<Mention> mentions = new ArrayList<>();
    private String id;
    private Actor actor;

    private Entity(EntityType type, String name, String value, Country country) {
        this.type = type;
        this.name = name;
        this.value = value;
        this.country = country;
    }

    public static Entity named(EntityType type, String name) {
        return new Entity(type, name, null, null);
    }

    public static Entity date(String name, String value) {
        return new Entity(EntityType.DATE, name, value, null);
    }

    public static Entity country(Country country) {
        return new Entity(EntityType.COUNTRY, country.name(), null, country);
    }

    public EntityType type() {
        return type;
    }

    public String name() {
        return name;
    }

    /** The name's last word, lower case ("regulator" of "the Australian Energy Regulator"). */
    public String lastWord() {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    void rename(String fullerName) {
        this.name = fullerName;
    }

    /** The TIMEX3 value of a DATE; null for other types. */
    public String value() {
        return value;
    }

    /** The country table row of a COUNTRY; null for other types. */
    public Country country() {
        return country;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The mention that holds token t of sentence s (0-based), or null. */
    public Mention mentionAt(int s, int t) {
        for (Mention m : mentions) {
            if (m.sentence() == s && m.firstToken() <= t && t < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    void addMention(Mention mention) {
        for (Mention m : mentions) {
            if (m.start() == mention.start() && m.end() == mention.end()) {
                return;
            }
        }
        mentions.add(mention);
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    void removeMention(Mention mention) {
        mentions.removeIf(m -> m.start() == mention.start() && m.end() == mention.end());
    }

    public int firstOffset() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).start();
    }

    /** The country and sector a PERSON or ORGANIZATION acts for (set by {@link ActorCountries}), or null. */
    public Actor actor() {
        return actor;
    }

    void setActor(Actor actor) {
        this.actor = actor;
    }

    /** Document-level id ("e1", ...), assigned once the entity list is final. */
    public String id() {
        return id;
    }

    void assignId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
