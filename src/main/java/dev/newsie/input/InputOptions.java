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
 */
public record InputOptions(InputFormat format, long maxChars, String idField, String textField,
                           String dateField, List<String> includes, List<String> excludes, boolean sorted) {
    public static InputOptions defaults() {
        return new InputOptions(InputFormat.auto, 2_000_000, "id", "text", "date", List.of(), List.of(), true);
    }

    public InputOptions withMaxChars(long max) {
        return new InputOptions(format, max, idField, textField, dateField, includes, excludes, sorted);
    }

    public InputOptions withFormat(InputFormat f) {
        return new InputOptions(f, maxChars, idField, textField, dateField, includes, excludes, sorted);
    }
}
