package dev.newsie.spark;

import dev.newsie.input.Document;
import dev.newsie.input.InputError;

import java.io.Serializable;

/** A {@link Document} as it crosses the wire between Spark's stages: plain fields only (a web page still unparsed, too). */
record SourceDocument(String id, String text, String docDate, String errorKind, String errorMessage, String textSource, String url)
        implements Serializable {

    static SourceDocument of(Document doc) {
        InputError error = doc.error();
        return new SourceDocument(doc.id(), doc.text(), doc.docDate(), error == null ? null : error.kind(),
                error == null ? null : error.message(), doc.textSource(), doc.url());
    }

    Document document() {
        return new Document(id, text, docDate, errorKind == null ? null : new InputError(errorKind, errorMessage), textSource, url);
    }

    SourceDocument withId(String newId) {
        return new SourceDocument(newId, text, docDate, errorKind, errorMessage, textSource, url);
    }
}
