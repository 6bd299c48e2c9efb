package dev.newsie.input;

/** A mistake in how newsie was called (missing path, bad option value): exit code 2, no stack trace. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
