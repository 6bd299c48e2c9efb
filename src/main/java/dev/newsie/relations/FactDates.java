package dev.newsie.relations;

import dev.newsie.entities.Actor;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event told twice in a document has one date. A headline states the fact without a date ("Putin visits North
 * Korea") and the body dates it ("Putin arrived in Pyongyang on Tuesday"): an undated event triple takes the date of
 * the same event elsewhere in the document (same type, same parties in the type's direction, same modality and
 * negation), when all its dated tellings agree on one date; failing that, of the same event between the same two
 * countries its parties act for, when the headline names a country ("Chile's Boric signs pact with Japan" / "Boric
 * and Ishiba signed an agreement on Tuesday"). Only the first sentence (the headline, or the lede that stands for it) takes a date so: in the body a
 * second telling may be another event ("have met 40 times").
 */
public final class FactDates {
    private FactDates() {
    }

    public static List<Triple> share(List<Triple> triples) {
        Map<List<Object>, Set<Entity>> dates = new HashMap<>();
        Map<List<Object>, Set<Entity>> countryDates = new HashMap<>();
        for (Triple t : triples) {
            List<Object> key = key(t);
            if (key != null && t.date() != null) {
                dates.computeIfAbsent(key, k -> new HashSet<>()).add(t.date());
            }
            List<Object> countries = countryKey(t);
            if (countries != null && t.date() != null) {
                countryDates.computeIfAbsent(countries, k -> new HashSet<>()).add(t.date());
            }
        }
        List<Triple> out = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            List<Object> key = key(t);
            // only the headline: "Putin and Xi have met more than 40 times" in the body is no telling of Tuesday's meeting
            Set<Entity> known = null;
            if (key != null && t.date() == null && t.sentence() == 0) {
                known = new HashSet<>(dates.getOrDefault(key, Set.of()));
                // "Chile's Boric signs minerals pact with Japan" / "Boric and Ishiba signed an agreement on Tuesday":
                // the same event between the same two countries, whoever acts for them; a headline naming two people
                // ("Biden meets Xi") tells their own meeting, not one of their ministers'
                List<Object> countries = namesACountry(t) ? countryKey(t) : null;
                known.addAll(countries == null ? Set.of() : countryDates.getOrDefault(countries, Set.of()));
            }
            out.add(known != null && known.size() == 1 ? t.withDate(known.iterator().next()) : t);
        }
        return out;
    }

    private static boolean namesACountry(Triple t) {
        return t.subject().type() == EntityType.COUNTRY || t.object().type() == EntityType.COUNTRY;
    }

    /** The event by the countries its parties act for, or null where an end has none or both have the same. */
    private static List<Object> countryKey(Triple t) {
        RelationType type = t.eventType();
        String subject = countryOf(t.subject(), t.subjectActor());
        String object = countryOf(t.object(), t.objectActor());
        if (type == null || subject == null || object == null || subject.equals(object)) {
            return null;
        }
        boolean inverse = t.relation().inverse();
        String from = inverse ? object : subject;
        String to = inverse ? subject : object;
        if (type.symmetric() && from.compareTo(to) > 0) {
            String swap = from;
            from = to;
            to = swap;
        }
        return List.of(type.name(), from, to, t.modality(), t.negated());
    }

    private static String countryOf(Entity end, Actor actor) {
        if (actor != null && actor.country() != null) {
            return actor.country().iso3();
        }
        if (end.actor() != null && end.actor().country() != null) {
            return end.actor().country().iso3();
        }
        return end.country() == null ? null : end.country().iso3();
    }

    /** The event a triple tells, or null for no event: its type, its parties in the type's direction, modality, negation. */
    private static List<Object> key(Triple t) {
        RelationType type = t.eventType();
        if (type == null) {
            return null;
        }
        Entity from = t.relation().inverse() ? t.object() : t.subject();
        Entity to = t.relation().inverse() ? t.subject() : t.object();
        if (type.symmetric() && from.name().compareTo(to.name()) > 0) {
            Entity swap = from;
            from = to;
            to = swap;
        }
        return List.of(type.name(), from, to, t.modality(), t.negated());
    }
}
