package dev.newsie.graph;

/**
 * One sentence that states a relation: where it is (document, sentence, evidence offsets), what it says
 * (the surface predicate and its words, the date tied to it) and how sure the extractor was.
 */
public record Source(String statement, String document, String docDate, int sentence, int start, int end, String text,
                     String predicate, String date, double confidence, String rule) implements java.io.Serializable {

    /** Stable: the same document stating the same relation in the same sentence gives the same id in every run. */
    public String id() {
        return "src-" + RelationKey.hash(statement, document, Integer.toString(sentence));
    }
}
