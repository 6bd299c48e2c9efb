package dev.newsie.entities;

/**
 * One place where an entity is named. {@code start}/{@code end} are UTF-16 offsets into the input text;
 * {@code firstToken}/{@code endToken} index the sentence's tokens (end exclusive).
 */
public record Mention(String text, int start, int end, int sentence, int firstToken, int endToken, Kind kind) {
    /** A name, or a reference resolved to an entity: a pronoun ("he", "it") or a description ("the company"). */
    public enum Kind { NAME, PRONOUN, DESCRIPTION }

    public boolean resolved() {
        return kind != Kind.NAME;
    }
}
