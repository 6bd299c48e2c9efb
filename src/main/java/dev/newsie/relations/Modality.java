package dev.newsie.relations;

import java.util.Locale;

/** How the text presents a relation. */
public enum Modality {
    ASSERTED, PLANNED, POSSIBLE, REPORTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
