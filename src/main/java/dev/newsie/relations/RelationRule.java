package dev.newsie.relations;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One declarative relation pattern from models/relations.rules: a Semgrex pattern that names the
 * nodes {@code subj}, {@code obj} and {@code pred}, and a template that spells the predicate; {@code qualified} names
 * the node whose clause says the triple's negation, modality and date (null: pred's).
 */
public record RelationRule(String name, SemgrexPattern pattern, String predicate, double confidence, boolean symmetric,
                           Modality modality, String qualified) {
    /** The rule's modality where the text marks none (null: asserted). */
    public Modality modalityFor(Modality found) {
        return found == Modality.ASSERTED && modality != null ? modality : found;
    }
}
