package dev.newsie.relations;

/**
 * A canonical relation type of models/relation-types.tsv: what a triple means whatever words the text used.
 * {@code wikidata} is a property id ("P108"), "^P22" for a property that reads object to subject, or null;
 * {@code plover}, {@code cameo}, {@code mode} are set for event types, {@code context} (PLOVER's context: "diplomatic",
 * "military", ...) where the CAMEO->PLOVER table gives one. {@code known} is false for the
 * fallback type of a predicate the table does not list.
 */
public record RelationType(String name, String kind, boolean symmetric, String wikidata, String plover, String cameo,
                           String mode, String context, boolean known) implements java.io.Serializable {
    /** Kind of a predicate that no table row types. */
    public static final String UNTYPED_KIND = "other";
    public static final String POSITION_HELD = "position-held";
    /** The kind of the types whose triples carry a role, the title held ("position-held", "served-under"). */
    public static final String ROLE_KIND = "role";

    /** A predicate the table does not list is its own type; the sentence's construction says whether it is symmetric. */
    public static RelationType fallback(String predicate, boolean symmetric) {
        return new RelationType(predicate, UNTYPED_KIND, symmetric, null, null, null, null, null, false);
    }

    /** The Wikidata property without its direction mark: "^P22" -> "P22". */
    public String wikidataProperty() {
        return wikidata == null ? null : wikidata.startsWith("^") ? wikidata.substring(1) : wikidata;
    }

    /** The Wikidata property reads from the triple's object to its subject ("X, father of Y": Y P22 X). */
    public boolean wikidataInverse() {
        return wikidata != null && wikidata.startsWith("^");
    }

    public RelationType withContext(String newContext) {
        return new RelationType(name, kind, symmetric, wikidata, plover, cameo, mode, newContext, known);
    }

    public boolean isEvent() {
        return plover != null;
    }
}
