package dev.newsie.entities;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The entity types newsie emits. */
public enum EntityType {
    PERSON, COUNTRY, DATE, ORGANIZATION;

    public static final Set<EntityType> ALL = EnumSet.allOf(EntityType.class);

    /** Parses "PERSON,COUNTRY" (any case); an unknown name is a usage error. */
    public static Set<EntityType> parseList(String list) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(EntityType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown entity type '" + part.strip() + "' (known: PERSON, COUNTRY, DATE, ORGANIZATION)");
            }
        }
        return out;
    }
}
