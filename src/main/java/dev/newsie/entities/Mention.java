package dev.newsie.entities;

/**
 * One place where an entity is named. {@code start}/{@code end} are UTF-16 offsets into the input text;
 * {@code firstToken}/{@code endToken} index the sentence's tokens (end exclusive).
 */
public record Mention(String text, int start, int end, int sentence, int firstToken, int endToken, boolean pronoun) {
}
