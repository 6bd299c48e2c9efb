package dev.newsie.entities;

/**
 * A person, organization or unnamed state actor as event data codes it: the country it acts for, its sector
 * (PLOVER/CAMEO agent code: GOV, MIL, REB, COP, IGO, ...), the actor code of the dictionary entry that gave it
 * (IGOUNO, RUSGOV), and where the country came from ({@link #TEXT}: the document says it; {@link #DICTIONARY}:
 * a dated actor dictionary knows the name). Any part may be null.
 */
public record Actor(Country country, String sector, String code, String source) {
    public static final String TEXT = "text";
    public static final String DICTIONARY = "dictionary";

    public boolean isEmpty() {
        return country == null && sector == null && code == null;
    }
}
