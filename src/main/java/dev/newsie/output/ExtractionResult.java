package dev.newsie.output;

import dev.newsie.entities.Entity;
import dev.newsie.input.InputError;
import dev.newsie.relations.Triple;

import java.util.List;

/**
 * What newsie found in one document (or why it could not look). {@code docDateSource} says where {@code docDate}
 * came from (record, html-meta, dateline, option, none). {@code textSource}/{@code text} are set when
 * the analysed text is not the input as given (extracted from HTML): offsets then point into {@code text}.
 * {@code url} is the document's source URL when the input gave one, else null.
 */
public record ExtractionResult(String id, String docDate, String docDateSource, List<Entity> entities, List<Triple> triples,
                               InputError error, int tokens, String textSource, String text, String url) {
    public static ExtractionResult failed(String id, String docDate, String docDateSource, InputError error) {
        return new ExtractionResult(id, docDate, docDateSource, List.of(), List.of(), error, 0, null, null, null);
    }

    public boolean failed() {
        return error != null;
    }

    public ExtractionResult withUrl(String newUrl) {
        return new ExtractionResult(id, docDate, docDateSource, entities, triples, error, tokens, textSource, text, newUrl);
    }
}
