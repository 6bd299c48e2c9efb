package dev.newsie.relations;

import dev.newsie.entities.Entity;

/**
 * A relation the text states between two entities of the document. {@code relation} is its canonical
 * type, set by {@link RelationTypes} after the patterns ran (null before).
 */
public record Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                     int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                     double confidence, boolean symmetric, String rule, Relation relation) {

    /** A triple as a relation pattern states it, before its canonical type is known. */
    public Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                  int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                  double confidence, boolean symmetric, String rule) {
        this(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality, date,
                confidence, symmetric, rule, null);
    }

    /** This triple with its canonical relation; symmetric is then the type's. */
    public Triple withRelation(Relation relation) {
        return new Triple(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, relation.type().symmetric(), rule, relation);
    }
}
