package dev.newsie.relations;

import dev.newsie.entities.Entity;

/** A relation the text states between two entities of the document. */
public record Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                     int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                     double confidence, boolean symmetric, String rule) {
}
