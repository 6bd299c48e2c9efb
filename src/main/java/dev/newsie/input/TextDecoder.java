package dev.newsie.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into article text, or into the reason they are not article text. */
public final class TextDecoder {
    private TextDecoder() {
    }

    /**
     * Decodes strict UTF-8; returns either a text document or a failed one. A UTF-8 byte-order mark is
     * dropped (editors on Windows write one): offsets count from the character after it.
     */
    public static Document decode(String id, byte[] file, String docDate, long maxChars) {
        byte[] bytes = DocumentSource.withoutBom(file);
        if (bytes.length == 0) {
            return Document.failed(id, docDate, InputError.EMPTY, "document is empty");
        }
        if (looksBinary(bytes)) {
            return Document.failed(id, docDate, InputError.BINARY, "document looks binary (NUL or control bytes), not text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Document.failed(id, docDate, InputError.ENCODING, "document is not valid UTF-8");
        }
        return checkText(id, text, docDate, maxChars);
    }

    /** Checks already-decoded text (a JSONL field) for emptiness and size. */
    public static Document checkText(String id, String text, String docDate, long maxChars) {
        if (text.isBlank()) {
            return Document.failed(id, docDate, InputError.EMPTY, "document has no text");
        }
        if (text.length() > maxChars) {
            return Document.failed(id, docDate, InputError.TOO_LARGE,
                    "document has " + text.length() + " characters, over the limit of " + maxChars + " (--max-chars)");
        }
        return Document.ok(id, text, docDate);
    }

    /** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, mean a binary file. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 10 > sample;
    }
}
