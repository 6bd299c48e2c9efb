package dev.newsie.relations;

/**
 * The canonical reading of one triple: its type, the title for a role ("foreign minister" for
 * position-held), and whether the type reads from the triple's object to its subject ("Kim hosted Putin"
 * is Putin's visit to Kim).
 */
public record Relation(RelationType type, String role, boolean inverse) {
    public String name() {
        return type.name();
    }
}
