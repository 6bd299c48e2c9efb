package dev.newsie.relations;

import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Lin Yu-ting, his daughter", "Evelyn Matthei, the daughter of Fernando Matthei": a tie stated from the child's side
 * (kin.childPredicates) is stated from the parent's side too, the way a family graph and its readers name it ("Joe
 * Biden, father of Hunter Biden"), with the parent's kin word where the story tells the parent's gender
 * (kin.fatherPredicate, kin.motherPredicate); where it does not, the child's side stays the only one.
 */
final class ParentTriples {
    /** Marks the rule of a tie turned round, so that the output says which pattern stated it and that it was turned. */
    static final String PARENT_SIDE = "+parent-side";

    private final Set<String> childPredicates;
    private final String fatherPredicate;
    private final String motherPredicate;

    ParentTriples(Set<String> childPredicates, String fatherPredicate, String motherPredicate) {
        this.childPredicates = Set.copyOf(childPredicates);
        this.fatherPredicate = fatherPredicate;
        this.motherPredicate = motherPredicate;
    }

    /** The triples with, after each child's-side tie of a parent whose gender is told, that tie from the parent's side. */
    List<Triple> withParentsSide(List<Triple> triples, DocumentEntities entities) {
        Set<List<Object>> stated = new HashSet<>();
        for (Triple t : triples) {
            stated.add(key(t.subject(), t.predicate(), t.object(), t));
        }
        List<Triple> out = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            out.add(t);
            Boolean female = t.object().type() == EntityType.PERSON ? entities.isFemale(t.object()) : null;
            if (!childPredicates.contains(t.predicate()) || female == null || t.subject().type() != EntityType.PERSON) {
                continue;
            }
            String predicate = female ? motherPredicate : fatherPredicate;
            if (stated.add(key(t.object(), predicate, t.subject(), t))) {
                // untyped, as every triple is here: RelationTypes types "father of" apart from "daughter of" afterwards
                Triple.Anchors a = t.anchors();
                out.add(new Triple(t.object(), predicate, t.subject(), t.text(), t.sentence(), t.evidenceStart(), t.evidenceEnd(),
                        t.negated(), t.modality(), t.date(), t.confidence(), false, t.rule() + PARENT_SIDE, null,
                        new Triple.Anchors(a.object(), a.predicate(), a.subject()), t.objectActor(), t.subjectActor()));
            }
        }
        return out;
    }

    /** A telling of a tie: the same tie told again in another sentence, or negated, or hedged, is another telling. */
    private static List<Object> key(Object subject, String predicate, Object object, Triple telling) {
        return List.of(subject, predicate, object, telling.sentence(), telling.negated(), telling.modality());
    }
}
