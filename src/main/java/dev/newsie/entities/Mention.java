package dev.newsie.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.List;

/**
 * One place where an entity is named. {@code start}/{@code end} are UTF-16 offsets into the input text;
 * {@code firstToken}/{@code endToken} index the sentence's tokens (end exclusive).
 */
public record Mention(String text, int start, int end, int sentence, int firstToken, int endToken, Kind kind) {
    /** A name, or a reference resolved to an entity: a pronoun ("he", "it") or a description ("the company"). */
    public enum Kind { NAME, PRONOUN, DESCRIPTION }

    /** The name written by consecutive tokens of a sentence of the document. */
    static Mention named(Annotation doc, int sentence, List<CoreLabel> tokens) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int first = tokens.get(0).index() - 1;
        return new Mention(text.substring(start, end), start, end, sentence, first, first + tokens.size(), Kind.NAME);
    }

    public boolean resolved() {
        return kind != Kind.NAME;
    }
}
