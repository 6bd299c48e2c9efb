package dev.newsie.input;

/**
 * One input document. Either {@code text} is set, or {@code error} says why it could not be read;
 * a failed document still flows to the output so that output lines stay aligned with input.
 */
public record Document(String id, String text, String docDate, InputError error) {
    public static Document ok(String id, String text, String docDate) {
        return new Document(id, text, docDate, null);
    }

    public static Document failed(String id, String docDate, String kind, String message) {
        return new Document(id, null, docDate, new InputError(kind, message));
    }

    public boolean failed() {
        return error != null;
    }
}
