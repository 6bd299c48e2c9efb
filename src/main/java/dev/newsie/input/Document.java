package dev.newsie.input;

/**
 * One input document. Either {@code text} is set, or {@code error} says why it could not be read;
 * a failed document still flows to the output so that output lines stay aligned with input.
 * {@code textSource} is null for plain text, "html" when {@code text} was extracted from a web page
 * (offsets then point into that extracted text, which the output carries). {@code url} is the
 * document's source URL when the input gives one (a JSONL url field, a page's canonical link), else null.
 */
public record Document(String id, String text, String docDate, InputError error, String textSource, String url) {
    public static final String HTML = "html";
    /** A page read but not parsed yet: {@link DocumentSource#complete} parses it on a worker, under the time limit. */
    static final String HTML_PAGE = "html-page";

    public Document(String id, String text, String docDate, InputError error, String textSource) {
        this(id, text, docDate, error, textSource, null);
    }

    public static Document ok(String id, String text, String docDate) {
        return new Document(id, text, docDate, null, null);
    }

    public static Document failed(String id, String docDate, String kind, String message) {
        return new Document(id, null, docDate, new InputError(kind, message), null);
    }

    public boolean failed() {
        return error != null;
    }

    /** True for a page whose article text is still to be extracted ({@link DocumentSource#complete}). */
    public boolean pending() {
        return HTML_PAGE.equals(textSource);
    }

    public Document withId(String newId) {
        return new Document(newId, text, docDate, error, textSource, url);
    }

    public Document fromHtml() {
        return new Document(id, text, docDate, error, HTML, url);
    }

    public Document withDate(String date) {
        return new Document(id, text, date, error, textSource, url);
    }

    public Document withUrl(String newUrl) {
        return new Document(id, text, docDate, error, textSource, newUrl);
    }
}
