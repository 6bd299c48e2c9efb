package dev.newsie.graph;

/**
 * One sentence that states a relation: where it is (document, sentence, evidence offsets), what it says
 * (predicate text, the date tied to it) and how sure the extractor was.
 */
public record Source(String document, String docDate, int sentence, int start, int end, String text, String date,
                     double confidence, String rule) {
}
