package dev.newsie.input;

/**
 * One input document. Either {@code text} is set, or {@code error} says why it could not be read;
 * a failed document still flows to the output so that output lines stay aligned with input.
 * {@code textSource} is null for plain text, "html" when {@code text} was extracted from a web page
 * (offsets then point into that extracted text, which the output carries).
 */
public record Document(String id, String text, String docDate, InputError error, String textSource) {
    public static final String HTML = "html";

    public static Document ok(String id, String text, String docDate) {
        return new Document(id, text, docDate, null, null);
    }

    public static Document failed(String id, String docDate, String kind, String message) {
        return new Document(id, null, docDate, new InputError(kind, message), null);
    }

    public boolean failed() {
        return error != null;
    }

    public Document withId(String newId) {
        return new Document(newId, text, docDate, error, textSource);
    }

    public Document fromHtml() {
        return new Document(id, text, docDate, error, HTML);
    }

    public Document withDate(String date) {
        return new Document(id, text, date, error, textSource);
    }
}
