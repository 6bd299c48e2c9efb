package dev.newsie.settings;

/** A setting of models/ that is missing, misspelled or malformed: newsie does not start. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
