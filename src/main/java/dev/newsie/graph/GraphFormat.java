package dev.newsie.graph;

import java.util.Locale;

/** The graph exports of {@code newsie graph --format}. */
public enum GraphFormat {
    JSONL, NTRIPLES, TURTLE, NQUADS, TRIG, NEO4J, CYPHER;

    /** Lets picocli accept the lower-case names the README uses ("--format turtle"). */
    public static GraphFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown graph format '" + name
                    + "' (expected jsonl, ntriples, turtle, nquads, trig, neo4j or cypher)");
        }
    }
}
