package dev.newsie.input;

/** Why one document could not be processed; written into that document's output line. */
public record InputError(String kind, String message) {
    public static final String EMPTY = "empty";
    public static final String BINARY = "binary";
    public static final String ENCODING = "encoding";
    public static final String TOO_LARGE = "too-large";
    public static final String UNREADABLE = "unreadable";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String BAD_FIELD = "bad-field";
    public static final String PROCESSING = "processing";
    public static final String TIMEOUT = "timeout";
}
