package dev.newsie.input;

import java.util.List;

/**
 * How inputs are read.
 *
 * @param format       auto (by extension), text, jsonl or html
 * @param maxChars     longer documents become too-large error records
 * @param idField      JSONL field holding the document id
 * @param textField    JSONL field holding the text
 * @param dateField    JSONL field holding the date ("doc_date" is also read when this one is absent)
 * @param includes     glob patterns a file below a directory must match (relative path); empty: the known extensions
 * @param excludes     glob patterns that drop a file below a directory
 * @param sorted       walk each directory in name order (else file-system order, listing nothing)
 * @param urlField     JSONL field holding the document's source URL (optional in every record)
 */
public record InputOptions(InputFormat format, long maxChars, String idField, String textField,
                           String dateField, List<String> includes, List<String> excludes, boolean sorted, String urlField) {
    /** The largest --max-chars: a document's text must fit a Java string several times over in the heap. */
    public static final long MAX_CHARS_LIMIT = 100_000_000;
    /** JSON may escape one character as 6 bytes (\u00e9): a record line may hold that much per character of text. */
    public static final int LINE_BYTES_PER_CHAR = 6;
    /** Room on a record line for the fields other than the text. */
    public static final int LINE_OTHER_FIELDS_BYTES = 1 << 20;

    public static InputOptions defaults() {
        return new InputOptions(InputFormat.auto, 2_000_000, "id", "text", "date", List.of(), List.of(), true, "url");
    }

    /** The longest JSONL line read: longer ones become too-large records without being held in memory. */
    public long maxLineBytes() {
        return LINE_BYTES_PER_CHAR * maxChars + LINE_OTHER_FIELDS_BYTES;
    }

    /** The most bytes read of a text or HTML file (UTF-8 takes up to 4 bytes a character). */
    public long maxFileBytes() {
        return 4 * maxChars;
    }

    public InputOptions withMaxChars(long max) {
        return new InputOptions(format, max, idField, textField, dateField, includes, excludes, sorted, urlField);
    }

    public InputOptions withFormat(InputFormat f) {
        return new InputOptions(f, maxChars, idField, textField, dateField, includes, excludes, sorted, urlField);
    }
}
